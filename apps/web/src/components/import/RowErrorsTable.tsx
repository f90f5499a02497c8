import { Card, Code, Table, Text } from "@mantine/core";
import type { ImportReport } from "@motmap/core";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../i18n/index.ts";

/** The reported row errors: row, column, value and the sentence in the UI language. */
export function RowErrorsTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const en = currentLanguage() === "en";
  return (
    <Card p={0} withBorder>
      <Table.ScrollContainer minWidth={640} mah={420}>
        <Table striped stickyHeader data-testid="row-errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t("surveyImport.colRow")}</Table.Th>
              <Table.Th w="18%">{t("surveyImport.colField")}</Table.Th>
              <Table.Th w="18%">{t("surveyImport.colValue")}</Table.Th>
              <Table.Th>{t("surveyImport.colProblem")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.errors.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; one row and column may have several errors
              <Table.Tr key={`${e.row}-${e.column}-${i}`} data-testid="row-error">
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {e.row}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.column ?? "—"}</Text>
                </Table.Td>
                <Table.Td>{e.value ? <Code>{e.value}</Code> : <Text c="dimmed">—</Text>}</Table.Td>
                <Table.Td>
                  <Text size="sm">{en ? e.messageEn : e.message}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {report.errorCount > report.errors.length && (
        <Text size="xs" c="dimmed" p="sm">
          {t("surveyImport.errorsMore", { shown: report.errors.length, total: report.errorCount })}
        </Text>
      )}
    </Card>
  );
}
