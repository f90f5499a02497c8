import {
  Alert,
  Badge,
  Card,
  type ComboboxData,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { IconHistory } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ColumnMappingShape, UploadedFile } from "./upload.ts";

type Target<M extends ColumnMappingShape> = M["columns"][number]["target"];

/** Distinct, non-empty sample values of column `i`, at most three. */
function samplesOf(rows: string[][], i: number): string[] {
  const values = rows.map((r) => (r[i] ?? "").trim()).filter((v) => v.length > 0);
  return [...new Set(values)].slice(0, 3);
}

/**
 * Step 2 of every import: one row per file column with its sample values and a Select of what it
 * feeds (`options`, read and written through `valueFor` / `targetOf`), then the import's own settings
 * (`children`) and the source name.
 */
export function ColumnMapping<M extends ColumnMappingShape>({
  upload,
  mapping,
  onChange,
  options,
  valueFor,
  targetOf,
  duplicates,
  children,
}: {
  upload: UploadedFile<M>;
  mapping: M;
  onChange: (mapping: M) => void;
  options: ComboboxData;
  valueFor: (target: Target<M>) => string;
  targetOf: (value: string | null) => Target<M>;
  /** Select values chosen by more than one column: each such row shows an error. */
  duplicates: ReadonlySet<string>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const mapped = mapping.columns.filter((c) => c.target.kind !== "ignore").length;
  const remembered = upload.rememberedFrom;
  const setTarget = (i: number, value: string | null) =>
    onChange({
      ...mapping,
      columns: mapping.columns.map((c, j) => (j === i ? { ...c, target: targetOf(value) } : c)),
    });

  return (
    <Stack gap="md">
      {remembered && (
        <Alert color="teal" variant="light" icon={<IconHistory size={18} />} data-testid="remembered-mapping">
          {remembered.sourceName
            ? t("surveyImport.remembered", { source: remembered.sourceName })
            : t("surveyImport.rememberedNoName")}
        </Alert>
      )}
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Text fw={600}>{t("surveyImport.mappingTitle")}</Text>
          <Text size="sm" c="dimmed">
            {t("surveyImport.mappingHint")}
          </Text>
        </div>
        <Badge variant="light" size="lg" data-testid="mapped-count">
          {t("surveyImport.mappedCount", { mapped, total: mapping.columns.length })}
        </Badge>
      </Group>
      <Card p={0} withBorder>
        <Table.ScrollContainer minWidth={680}>
          <Table verticalSpacing="sm" data-testid="mapping-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="26%">{t("surveyImport.colColumn")}</Table.Th>
                <Table.Th w="32%">{t("surveyImport.colSamples")}</Table.Th>
                <Table.Th>{t("surveyImport.colTarget")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mapping.columns.map((c, i) => {
                const value = valueFor(c.target);
                const ignored = c.target.kind === "ignore";
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one row per file column, in file order (names may repeat)
                  <Table.Tr key={`${i}-${c.column}`} data-testid="mapping-row" data-column={c.column}>
                    <Table.Td>
                      <Text fw={500} size="sm">
                        {c.column || "—"}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="wrap">
                        {samplesOf(upload.sampleRows, i).map((v) => (
                          <Tooltip key={v} label={v} disabled={v.length <= 24} multiline maw={320}>
                            <Badge variant="default" radius="sm" tt="none" fw={400} maw={200}>
                              {v}
                            </Badge>
                          </Tooltip>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={c.column}
                        data={options}
                        value={value}
                        onChange={(v) => setTarget(i, v)}
                        allowDeselect={false}
                        searchable
                        maxDropdownHeight={320}
                        comboboxProps={{ width: 420, position: "bottom-start" }}
                        error={!ignored && duplicates.has(value) ? t("surveyImport.duplicateTarget") : undefined}
                        styles={ignored ? { input: { color: "var(--mantine-color-dimmed)" } } : undefined}
                        data-testid="mapping-select"
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      {children}
      <TextInput
        label={t("surveyImport.sourceName")}
        description={t("surveyImport.sourceNameHint")}
        value={mapping.sourceName}
        maxLength={100}
        onChange={(e) => onChange({ ...mapping, sourceName: e.currentTarget.value })}
        maw={480}
        data-testid="source-name"
      />
    </Stack>
  );
}
