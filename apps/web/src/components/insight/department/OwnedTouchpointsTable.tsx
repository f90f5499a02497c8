import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import type { ScoreChange } from "@motmap/core";
import { IconFileSpreadsheet } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { downloadCsv, toCsv } from "../csv.ts";
import { fmt1, meanWithCi } from "../format.ts";
import type { DepartmentInsight } from "./queries.ts";

/** The touchpoints the department owns on the maps: every patient's latest score, its movement, VOC complaints. */
export function OwnedTouchpointsTable({
  data,
  from,
  to,
  filename,
  touchpointHref,
}: {
  data: DepartmentInsight;
  from: string;
  to: string;
  filename: string;
  touchpointHref: (journeyId: string, touchpointId: string) => string;
}) {
  const { t } = useTranslation();
  const period = data.latest;
  const surveyed = new Set(data.journeys.map((j) => j.journeyId));
  const changeText = (c: ScoreChange) => (c.kind === "change" ? `${c.change > 0 ? "+" : ""}${fmt1(c.change)}` : null);

  const exportCsv = () => {
    const header = [
      t("departmentInsight.owned.journey"),
      t("departmentInsight.owned.stage"),
      t("departmentInsight.owned.touchpoint"),
      t("departmentInsight.csv.lead"),
      "n",
      t("departmentInsight.owned.latest", { period }),
      t("insight.table.mean"),
      t("departmentInsight.csv.previousScore"),
      t("departmentInsight.owned.change"),
      t("departmentInsight.owned.complaints"),
    ];
    const rows = data.owned.map((o) => {
      const s = o.satisfaction;
      const p = o.previousSatisfaction;
      return [
        o.journeyTitle,
        o.stageName,
        o.name,
        t(o.lead ? "departmentInsight.csv.yes" : "departmentInsight.csv.no"),
        s.n,
        s.kind === "score" ? s.percent : t("insight.tooFew"),
        s.kind === "score" ? s.mean : null,
        p.kind === "score" ? p.percent : null,
        o.change.kind === "change" ? o.change.change : null,
        o.complaints,
      ];
    });
    downloadCsv(`${filename}-owned-touchpoints.csv`, toCsv(header, rows));
  };

  return (
    <Card withBorder radius="md" padding="md" data-testid="dept-owned-table">
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <Stack gap={2}>
          <Title order={4}>{t("departmentInsight.owned.title")}</Title>
          <Text size="xs" c="dimmed">
            {t("departmentInsight.owned.hint", { period, from, to })}
          </Text>
        </Stack>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconFileSpreadsheet size={14} />}
          onClick={exportCsv}
          disabled={data.owned.length === 0}
          data-testid="dept-owned-table-csv"
          aria-label={t("insight.exportCsv")}
        >
          CSV
        </Button>
      </Group>
      {data.owned.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {t("departmentInsight.owned.empty")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover verticalSpacing={6} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("departmentInsight.owned.journey")}</Table.Th>
                <Table.Th>{t("departmentInsight.owned.stage")}</Table.Th>
                <Table.Th>{t("departmentInsight.owned.touchpoint")}</Table.Th>
                <Table.Th ta="right">{t("departmentInsight.owned.latest", { period })}</Table.Th>
                <Table.Th ta="right">{t("insight.table.meanCi")}</Table.Th>
                <Table.Th ta="right">{t("departmentInsight.owned.change")}</Table.Th>
                <Table.Th ta="right">{t("departmentInsight.owned.complaints")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.owned.map((o) => {
                const s = o.satisfaction;
                const c = o.change;
                return (
                  <Table.Tr key={o.touchpointId} data-testid="dept-owned-row">
                    <Table.Td c="dimmed">{o.journeyTitle}</Table.Td>
                    <Table.Td c="dimmed">{o.stageName}</Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Anchor component={Link} to={touchpointHref(o.journeyId, o.touchpointId)} size="sm">
                          {o.name}
                        </Anchor>
                        {o.lead && (
                          <Badge variant="light" size="xs">
                            {t("departmentInsight.owned.lead")}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    {!surveyed.has(o.journeyId) ? (
                      <Table.Td colSpan={2} ta="center" c="dimmed" fs="italic">
                        {t("departmentInsight.owned.noSurvey")}
                      </Table.Td>
                    ) : s.kind === "score" ? (
                      <>
                        <Table.Td ta="right" fw={700} c={s.percent < 60 ? "red.8" : undefined}>
                          {fmt1(s.percent)}
                        </Table.Td>
                        <Table.Td ta="right">{meanWithCi(s)}</Table.Td>
                      </>
                    ) : (
                      <Table.Td colSpan={2} ta="center" c="dimmed" fs="italic">
                        {t("insight.tooFewN", { n: s.n })}
                      </Table.Td>
                    )}
                    <Table.Td ta="right">
                      {c.kind === "change" ? (
                        <Badge
                          variant="light"
                          size="sm"
                          color={c.direction === "down" ? "red" : c.direction === "up" ? "teal" : "gray"}
                        >
                          {changeText(c)}
                        </Badge>
                      ) : (
                        <Text span size="xs" c="dimmed">
                          {t("departmentInsight.owned.noChange")}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" fw={o.complaints ? 700 : undefined} c={o.complaints ? "red.8" : "dimmed"}>
                      {o.complaints ?? "–"}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
