import { Alert, Card, Stack, Table, Text, Title } from "@mantine/core";
import type { ImportReport } from "@motmap/core";
import { IconAlertTriangle, IconCircleCheck, IconCopy } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ImportStats } from "./ImportStats.tsx";
import { RowErrorsTable } from "./RowErrorsTable.tsx";

/**
 * Step 3: what the commit would do — counts, every reported row error, a few mapped rows.
 * `label` names a sample column (a question's text for a survey) and `format` shows a sample value
 * (a code as its label); both show what they are given by default.
 */
export function PreviewStep({
  report,
  label = (key) => key,
  format = (_key, value) => value,
}: {
  report: ImportReport;
  label?: (key: string) => string;
  format?: (key: string, value: string) => string;
}) {
  const { t } = useTranslation();
  const columns = [...new Set(report.sample.flatMap((r) => Object.keys(r)))];

  return (
    <Stack gap="md">
      <ImportStats report={report} />
      {report.errorCount > 0 ? (
        <Stack gap="sm">
          <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t("surveyImport.errorsTitle")}>
            {t("surveyImport.errorsBody")}
          </Alert>
          <RowErrorsTable report={report} />
        </Stack>
      ) : report.valid - report.duplicates > 0 ? (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="preview-ok">
          {t("surveyImport.noErrors")}
          {report.duplicates > 0 && ` ${t("surveyImport.duplicatesNote")}`}
        </Alert>
      ) : (
        <Alert color="gray" icon={<IconCopy size={18} />} data-testid="preview-nothing">
          {t("surveyImport.nothingToImport")} {report.duplicates > 0 && t("surveyImport.duplicatesNote")}
        </Alert>
      )}
      {report.sample.length > 0 && columns.length > 0 && (
        <Stack gap={6}>
          <Title order={5}>{t("surveyImport.sampleTitle")}</Title>
          <Card p={0} withBorder>
            <Table.ScrollContainer minWidth={Math.max(560, columns.length * 140)}>
              <Table data-testid="preview-sample" fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    {columns.map((c) => (
                      <Table.Th key={c}>
                        <Text size="xs" fw={600} lineClamp={2}>
                          {label(c)}
                        </Text>
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.sample.map((row, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: sample rows have no id and never reorder
                    <Table.Tr key={i}>
                      {columns.map((c) => (
                        <Table.Td key={c}>
                          <Text size="sm" lineClamp={2}>
                            {format(c, row[c] ?? "")}
                          </Text>
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        </Stack>
      )}
    </Stack>
  );
}
