import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import type { ScoreBrief } from "@motmap/core";
import { IconFileSpreadsheet } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { downloadCsv, toCsv } from "./csv.ts";
import { fmt1, meanWithCi, pct } from "./format.ts";
import type { TouchpointScores } from "./queries.ts";

/** Every touchpoint of the journey in the chosen period; "too few answers" is text, never a number. */
export function TouchpointTable({
  data,
  period,
  weakestId,
  touchpointHref,
  filename,
}: {
  data: TouchpointScores;
  period: string;
  weakestId: string | null;
  touchpointHref: (id: string) => string;
  filename: string;
}) {
  const { t } = useTranslation();
  const tooFew = (s: ScoreBrief) => (s.kind === "too_few" ? t("insight.tooFewN", { n: s.n }) : null);
  const rows = data.touchpoints.map((tp) => {
    const cells = tp.cells.filter((c) => c.period === period);
    const cell = cells[0] ?? null;
    return { tp, cell };
  });
  const hasVoc = rows.some((r) => r.cell && (r.cell.complaints !== null || r.cell.compliments !== null));

  const exportCsv = () => {
    const header = [
      t("insight.table.stage"),
      t("insight.table.touchpoint"),
      "n",
      t("insight.table.mean"),
      t("insight.table.ciLower"),
      t("insight.table.ciUpper"),
      t("insight.table.score"),
      t("insight.table.top2"),
      t("insight.table.bottom2"),
      t("insight.table.importance"),
      t("insight.table.complaints"),
      t("insight.table.compliments"),
    ];
    const body = rows.map(({ tp, cell }) => {
      const s = cell?.satisfaction;
      const i = cell?.importance;
      const ok = s?.kind === "score" ? s : null;
      return [
        tp.stageName,
        tp.name,
        s?.n ?? 0,
        ok ? ok.mean : t("insight.tooFew"),
        ok?.ci.lower ?? null,
        ok?.ci.upper ?? null,
        ok?.percent ?? null,
        ok?.topTwoBox ?? null,
        ok?.bottomTwoBox ?? null,
        i?.kind === "score" ? i.mean : null,
        cell?.complaints ?? null,
        cell?.compliments ?? null,
      ];
    });
    downloadCsv(`${filename}.csv`, toCsv(header, body));
  };

  return (
    <Card withBorder radius="md" padding="md" data-testid="touchpoint-table">
      <Group justify="space-between" mb="xs">
        <Stack gap={2}>
          <Title order={4}>{t("insight.table.title", { period })}</Title>
          <Text size="xs" c="dimmed">
            {t("insight.table.hint")}
          </Text>
        </Stack>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconFileSpreadsheet size={14} />}
          onClick={exportCsv}
          data-testid="touchpoint-table-csv"
        >
          CSV
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={860}>
        <Table striped highlightOnHover verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("insight.table.stage")}</Table.Th>
              <Table.Th>{t("insight.table.touchpoint")}</Table.Th>
              <Table.Th ta="right">n</Table.Th>
              <Table.Th ta="right">{t("insight.table.meanCi")}</Table.Th>
              <Table.Th ta="right">{t("insight.table.score")}</Table.Th>
              <Table.Th ta="right">{t("insight.table.top2")}</Table.Th>
              <Table.Th ta="right">{t("insight.table.bottom2")}</Table.Th>
              <Table.Th ta="right">{t("insight.table.importance")}</Table.Th>
              {hasVoc && <Table.Th ta="right">{t("insight.table.voc")}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ tp, cell }) => {
              const s = cell?.satisfaction ?? { kind: "too_few" as const, n: 0, minSample: 10 };
              const i = cell?.importance;
              const weakest = tp.touchpointId === weakestId;
              return (
                <Table.Tr
                  key={tp.touchpointId}
                  data-testid="touchpoint-row"
                  data-weakest={weakest || undefined}
                  style={weakest ? { background: "var(--mantine-color-red-0)" } : undefined}
                >
                  <Table.Td c="dimmed">{tp.stageName}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Anchor component={Link} to={touchpointHref(tp.touchpointId)} size="sm">
                        {tp.name}
                      </Anchor>
                      {weakest && (
                        <Badge color="red" size="xs">
                          {t("insight.weakestBadge")}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">{s.n}</Table.Td>
                  {s.kind === "score" ? (
                    <>
                      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                        {meanWithCi(s)}
                      </Table.Td>
                      <Table.Td ta="right" fw={600} c={s.percent < 60 ? "red.8" : undefined}>
                        {fmt1(s.percent)}
                      </Table.Td>
                      <Table.Td ta="right">{pct(s.topTwoBox)}</Table.Td>
                      <Table.Td ta="right">{pct(s.bottomTwoBox)}</Table.Td>
                    </>
                  ) : (
                    <Table.Td colSpan={4} ta="center" c="dimmed" fs="italic">
                      {tooFew(s)}
                    </Table.Td>
                  )}
                  <Table.Td ta="right">{i?.kind === "score" ? i.mean.toFixed(2) : "—"}</Table.Td>
                  {hasVoc && (
                    <Table.Td ta="right">
                      {cell?.complaints ?? 0} / {cell?.compliments ?? 0}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
