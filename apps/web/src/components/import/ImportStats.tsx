import { Card, SimpleGrid, Text } from "@mantine/core";
import type { ImportReport } from "@motmap/core";
import { useTranslation } from "react-i18next";

const number = (n: number) => n.toLocaleString();

/** Rows, valid, duplicates, errors of a report as four figures. */
export function ImportStats({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const stats = [
    { key: "rows", label: t("surveyImport.statRows"), value: report.rows, color: undefined },
    {
      key: "valid",
      label: t(report.committed ? "surveyImport.colCreated" : "surveyImport.statValid"),
      // Preview: valid rows minus those already stored; commit: what was written.
      value: report.committed ? report.created : Math.max(0, report.valid - report.duplicates),
      color: "teal",
    },
    { key: "duplicates", label: t("surveyImport.statDuplicates"), value: report.duplicates, color: "gray" },
    {
      key: "errors",
      label: t("surveyImport.statErrors"),
      value: report.errorCount,
      color: report.errorCount > 0 ? "red" : undefined,
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      {stats.map((s) => (
        <Card key={s.key} withBorder p="md" data-testid={`stat-${s.key}`}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {s.label}
          </Text>
          <Text fz={28} fw={700} c={s.color} lh={1.2} data-testid={`stat-${s.key}-value`}>
            {number(s.value)}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
