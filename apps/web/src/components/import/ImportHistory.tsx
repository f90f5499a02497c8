import { Badge, Card, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Items } from "../../api/types.ts";
import { formatDateTime } from "../../lib/format.ts";
import type { ImportSummary } from "./upload.ts";

/** Past imports (GET `url`), newest first. */
export function ImportHistory({ url, queryKey }: { url: string; queryKey: readonly unknown[] }) {
  const { t } = useTranslation();
  const imports = useQuery({
    queryKey,
    queryFn: () => api.get<Items<ImportSummary>>(url),
    select: (d) => d.items,
  });
  const items = imports.data ?? [];
  return (
    <Stack gap={6}>
      <Title order={5}>{t("surveyImport.history")}</Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {imports.isPending ? "…" : t("surveyImport.historyEmpty")}
        </Text>
      ) : (
        <Card p={0} withBorder>
          <Table.ScrollContainer minWidth={560}>
            <Table data-testid="import-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("surveyImport.colWhen")}</Table.Th>
                  <Table.Th>{t("surveyImport.colFile")}</Table.Th>
                  <Table.Th>{t("surveyImport.sourceName")}</Table.Th>
                  <Table.Th ta="right">{t("surveyImport.colCreated")}</Table.Th>
                  <Table.Th ta="right">{t("surveyImport.statDuplicates")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td>{formatDateTime(i.createdAt)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" truncate maw={260}>
                        {i.fileName}
                      </Text>
                    </Table.Td>
                    <Table.Td>{i.sourceName ? <Badge variant="light">{i.sourceName}</Badge> : "—"}</Table.Td>
                    <Table.Td ta="right">{i.created.toLocaleString()}</Table.Td>
                    <Table.Td ta="right">{i.duplicates.toLocaleString()}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </Stack>
  );
}
