import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import type { ScoreSummary, SliceGap } from "@motmap/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ChartCard } from "../ChartCard.tsx";
import type { EChartsOption } from "../EChart.tsx";
import { fmt1 } from "../format.ts";
import { CHART_TEXT, useFontsLoaded } from "./chart-style.ts";
import type { DepartmentInsight } from "./queries.ts";

type Row = DepartmentInsight["touchpoints"][number];
type Verdict = Extract<SliceGap, { kind: "gap" }>["direction"];
const AXIS = { fontSize: 12, color: "#495057" };
/** Bars on the gap chart; the table lists every touchpoint. */
const CHART_ROWS = 12;
const TABLE_ROWS = 10;
const round1 = (x: number) => Math.round(x * 10) / 10;
const signed = (x: number) => `${x > 0 ? "+" : ""}${fmt1(x)}`;

const COLORS: Record<Verdict, string> = {
  worse: "#e03131",
  better: "#0ca678",
  no_clear_difference: "#adb5bd",
  rest_too_few: "#ced4da",
};
const BADGE: Record<Verdict, string> = {
  worse: "red",
  better: "teal",
  no_clear_difference: "gray",
  rest_too_few: "gray",
};
const VERDICT_KEY = {
  worse: "departmentInsight.gaps.worse",
  better: "departmentInsight.gaps.better",
  no_clear_difference: "departmentInsight.gaps.similar",
  rest_too_few: "departmentInsight.gaps.restTooFew",
} as const;

/** Gap of each touchpoint (our patients − the journey's) over the window, worst on top; clear shortfalls red. */
export function DepartmentGapChart({
  data,
  from,
  to,
  filename,
}: {
  data: DepartmentInsight;
  from: string;
  to: string;
  filename: string;
}) {
  const { t } = useTranslation();
  const fonts = useFontsLoaded();
  const scored = data.touchpoints.filter((r) => r.gap.kind === "gap");
  // The worst first; a long tail of near-zero gaps says nothing on a chart (the table and the CSV have them all).
  const rows = useMemo(
    () => data.touchpoints.filter((r) => r.gap.kind === "gap").slice(0, CHART_ROWS),
    [data.touchpoints],
  );
  const fewCount = data.touchpoints.length - scored.length;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `fonts` redraws the canvas once a font slice has loaded
  const option = useMemo<EChartsOption>(() => {
    const manyJourneys = new Set(rows.map((r) => r.journeyId)).size > 1;
    const label = (r: Row) => (manyJourneys ? `${r.name} · ${r.journeyTitle}` : r.name);
    const gaps = rows.map((r) => (r.gap.kind === "gap" ? r.gap : null));
    return {
      textStyle: CHART_TEXT,
      grid: { left: 8, right: 56, top: 12, bottom: 28, containLabel: true },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        formatter: (ps: { dataIndex: number }[]) => {
          const i = ps[0]?.dataIndex ?? 0;
          const r = rows[i];
          const g = gaps[i];
          if (!r || !g) return "";
          return [
            `<b>${r.name}</b> · ${r.journeyTitle} / ${r.stageName}`,
            `${t("departmentInsight.gaps.department")}: <b>${fmt1(g.percent)}</b> (n = ${g.n})`,
            `${t("departmentInsight.gaps.journey")}: ${fmt1(g.wholePercent)} (n = ${g.wholeN})`,
            `${t("departmentInsight.gaps.gap")}: <b>${signed(g.gap)}</b>`,
            g.ci && g.difference !== null
              ? `${t("departmentInsight.gaps.difference")}: ${signed(g.difference)} (${fmt1(g.ci.lower)} ~ ${fmt1(g.ci.upper)})`
              : "",
            t(VERDICT_KEY[g.direction]),
          ]
            .filter(Boolean)
            .join("<br/>");
        },
      },
      xAxis: {
        type: "value",
        // Room beyond the longest bars for their value labels.
        min: (v: { min: number }) => Math.min(-1, Math.floor(v.min * 1.2 - 0.5)),
        max: (v: { max: number }) => Math.max(1, Math.ceil(v.max * 1.2 + 0.5)),
        axisLabel: AXIS,
        splitLine: { lineStyle: { color: "#f1f3f5" } },
      },
      yAxis: {
        type: "category",
        inverse: true,
        data: rows.map((r) => (r.touchpointId === data.weakestTouchpointId ? `{weak|${label(r)}}` : label(r))),
        axisLabel: {
          ...AXIS,
          width: 200,
          overflow: "truncate",
          rich: { weak: { color: "#c92a2a", fontWeight: "bold", fontSize: 12 } },
        },
        axisTick: { show: false },
      },
      series: [
        {
          type: "bar",
          barMaxWidth: 18,
          data: gaps.map((g, i) => ({
            value: g ? round1(g.gap) : null,
            itemStyle: {
              color: g ? COLORS[g.direction] : "#ced4da",
              borderColor: rows[i]?.touchpointId === data.weakestTouchpointId ? "#862e9c" : undefined,
              borderWidth: rows[i]?.touchpointId === data.weakestTouchpointId ? 2 : 0,
            },
            label: {
              show: true,
              position: g && g.gap < 0 ? "left" : "right",
              formatter: () => (g ? signed(g.gap) : ""),
              fontSize: 11,
              color: "#495057",
            },
          })),
          markLine: {
            silent: true,
            symbol: "none",
            lineStyle: { color: "#495057", type: "solid" },
            label: { show: false },
            data: [{ xAxis: 0 }],
          },
        },
      ],
    };
  }, [rows, data.weakestTouchpointId, t, fonts]);

  const csv = {
    header: [
      t("insight.table.touchpoint"),
      t("departmentInsight.owned.journey"),
      t("insight.table.stage"),
      t("departmentInsight.csv.departmentScoreN"),
      t("departmentInsight.gaps.department"),
      t("departmentInsight.csv.journeyN"),
      t("departmentInsight.csv.journeyScore"),
      t("departmentInsight.gaps.gap"),
      t("departmentInsight.gaps.difference"),
      t("departmentInsight.csv.ciLower"),
      t("departmentInsight.csv.ciUpper"),
      t("departmentInsight.gaps.significance"),
    ],
    rows: data.touchpoints.map((r) => {
      const g = r.gap;
      return [
        r.name,
        r.journeyTitle,
        r.stageName,
        g.n,
        g.kind === "gap" ? g.percent : t("insight.tooFew"),
        g.wholeN,
        r.journey.kind === "score" ? r.journey.percent : t("insight.tooFew"),
        g.kind === "gap" ? g.gap : null,
        g.kind === "gap" ? g.difference : null,
        g.kind === "gap" ? (g.ci?.lower ?? null) : null,
        g.kind === "gap" ? (g.ci?.upper ?? null) : null,
        g.kind === "gap" ? t(VERDICT_KEY[g.direction]) : t("insight.tooFew"),
      ];
    }),
  };

  const subtitle = (
    <>
      {t("departmentInsight.gaps.hint", { from, to })}
      {scored.length > rows.length && <> {t("departmentInsight.gaps.chartTop", { count: rows.length })}</>}
      {fewCount > 0 && <> {t("departmentInsight.gaps.tooFewCount", { count: fewCount })}</>}
    </>
  );
  // No touchpoint to compare: an empty axis would look broken, say so instead.
  if (rows.length === 0)
    return (
      <Card withBorder radius="md" padding="md" data-testid="dept-gap-chart">
        <Stack gap={2} mb="xs">
          <Title order={4}>{t("departmentInsight.gaps.title")}</Title>
          <Text size="xs" c="dimmed">
            {subtitle}
          </Text>
        </Stack>
        <Text size="sm" c="dimmed" ta="center" py="xl" data-testid="dept-gap-chart-empty">
          {t("departmentInsight.gaps.chartEmpty")}
        </Text>
      </Card>
    );

  return (
    <ChartCard
      title={t("departmentInsight.gaps.title")}
      subtitle={subtitle}
      option={option}
      data={csv}
      filename={`${filename}-touchpoint-gaps`}
      testId="dept-gap-chart"
      height={Math.max(180, rows.length * 30 + 48)}
    />
  );
}

/** The same comparison as a table; each touchpoint opens its own dashboard; the weakest moment stands out. */
export function DepartmentGapTable({
  data,
  from,
  to,
  touchpointHref,
}: {
  data: DepartmentInsight;
  from: string;
  to: string;
  touchpointHref: (journeyId: string, touchpointId: string) => string;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? data.touchpoints : data.touchpoints.slice(0, TABLE_ROWS);
  const score = (s: ScoreSummary) =>
    s.kind === "score" ? (
      <>
        <Text span fw={600} c={s.percent < 60 ? "red.8" : undefined}>
          {fmt1(s.percent)}
        </Text>{" "}
        <Text span size="xs" c="dimmed">
          n = {s.n}
        </Text>
      </>
    ) : (
      <>
        <Text span size="xs" c="dimmed" fs="italic">
          {t("insight.tooFew")}
        </Text>{" "}
        <Text span size="xs" c="dimmed">
          n = {s.n}
        </Text>
      </>
    );
  return (
    <Card withBorder radius="md" padding="md" data-testid="dept-gap-table">
      <Stack gap={2} mb="xs">
        <Title order={4}>{t("departmentInsight.gaps.tableTitle", { from, to })}</Title>
      </Stack>
      <Table.ScrollContainer minWidth={560}>
        <Table striped highlightOnHover verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("insight.table.touchpoint")}</Table.Th>
              <Table.Th ta="right">{t("departmentInsight.gaps.department")}</Table.Th>
              <Table.Th ta="right">{t("departmentInsight.gaps.journey")}</Table.Th>
              <Table.Th ta="right">{t("departmentInsight.gaps.gap")}</Table.Th>
              <Table.Th miw={120}>{t("departmentInsight.gaps.significance")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => {
              const weakest = r.touchpointId === data.weakestTouchpointId;
              const g = r.gap;
              return (
                <Table.Tr
                  key={r.touchpointId}
                  data-testid="dept-gap-row"
                  data-weakest={weakest || undefined}
                  style={weakest ? { background: "var(--mantine-color-red-0)" } : undefined}
                >
                  <Table.Td>
                    <Group gap={6} wrap="wrap">
                      <Anchor component={Link} to={touchpointHref(r.journeyId, r.touchpointId)} size="sm">
                        {r.name}
                      </Anchor>
                      {weakest && (
                        <Badge color="red" size="xs">
                          {t("departmentInsight.gaps.weakest")}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {r.journeyTitle} · {r.stageName}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                    {score(r.department)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                    {score(r.journey)}
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    fw={700}
                    style={{ whiteSpace: "nowrap" }}
                    c={g.kind === "gap" && g.gap < 0 ? "red.8" : undefined}
                  >
                    {g.kind === "gap" ? signed(g.gap) : "–"}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {g.kind === "gap" ? (
                      <Badge
                        variant={g.direction === "worse" ? "filled" : "light"}
                        color={BADGE[g.direction]}
                        size="sm"
                      >
                        {t(VERDICT_KEY[g.direction])}
                      </Badge>
                    ) : (
                      <Text size="xs" c="dimmed" fs="italic">
                        {t("insight.tooFew")}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data.touchpoints.length > TABLE_ROWS && (
        <Group justify="center" mt="xs">
          <Button size="xs" variant="subtle" onClick={() => setAll(!all)} data-testid="dept-gap-table-all">
            {all
              ? t("departmentInsight.gaps.showLess")
              : t("departmentInsight.gaps.showAll", { count: data.touchpoints.length })}
          </Button>
        </Group>
      )}
      {data.touchpoints.length === 0 && (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {t("departmentInsight.gaps.empty")}
        </Text>
      )}
    </Card>
  );
}
