import { Button, Group, Menu, Text } from "@mantine/core";
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { hospitalPath } from "../../api/client.ts";
import { currentLanguage } from "../../i18n/index.ts";
import type { ResponseFilters } from "./queries.ts";

/** The export's address with the browser's current filters, in the UI's language. */
export function responsesExportUrl(
  hospitalId: string,
  surveyId: string,
  format: "csv" | "xlsx",
  filters: ResponseFilters,
): string {
  const params = new URLSearchParams({ format, lang: currentLanguage() === "en" ? "en" : "ko" });
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.touchpointId) params.set("touchpointId", filters.touchpointId);
  if (filters.departmentId) params.set("departmentId", filters.departmentId);
  return hospitalPath(hospitalId, `/surveys/${surveyId}/responses/export?${params}`);
}

/**
 * Download of the responses shown (same filters) as CSV or XLSX. A plain link: the server streams
 * the file and the browser writes it to disk as it arrives, however many responses there are.
 */
export function ResponsesExportMenu({
  hospitalId,
  surveyId,
  filters,
}: {
  hospitalId: string;
  surveyId: string;
  filters: ResponseFilters;
}) {
  const { t } = useTranslation();
  const filtered = !!(filters.from || filters.to || filters.touchpointId || filters.departmentId);
  return (
    <Group justify="flex-end" gap="xs">
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            rightSection={<IconChevronDown size={14} />}
            data-testid="responses-export"
          >
            {t("surveyExport.button")}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{filtered ? t("surveyExport.filtered") : t("surveyExport.all")}</Menu.Label>
          {(["csv", "xlsx"] as const).map((format) => (
            <Menu.Item
              key={format}
              component="a"
              href={responsesExportUrl(hospitalId, surveyId, format, filters)}
              download
              leftSection={format === "csv" ? <IconFileTypeCsv size={16} /> : <IconFileSpreadsheet size={16} />}
              data-testid={`responses-export-${format}`}
            >
              {t(`surveyExport.${format}`)}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Text size="xs" c="dimmed" px="sm" pb={6} maw={260}>
            {t("surveyExport.note")}
          </Text>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
