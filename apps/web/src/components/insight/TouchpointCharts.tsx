import { Button, Card, Stack, Text, Title } from "@mantine/core";
import type { ScoreSummary } from "@motmap/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ChartCard } from "./ChartCard.tsx";
import type { EChartsOption } from "./EChart.tsx";
import { fmt1 } from "./format.ts";
import type { TouchpointDetail } from "./queries.ts";

type Trend = TouchpointDetail["trend"];
type Score = Extract<ScoreSummary, { kind: "score" }>;
const scored = (s: ScoreSummary): Score | null => (s.kind === "score" ? s : null);
const round1 = (x: number) => Math.round(x * 10) / 10;

const AXIS = { fontSize: 12, color: "#495057" };
const SPLIT = { lineStyle: { color: "#f1f3f5" } };

/** Score 0–100 with its 95 % band, the journey average and the answers per period; "too few" periods are shaded. */
export function TouchpointTrendChart({
  trend,
  filename,
  selected,
  onSelect,
}: {
  trend: Trend;
  filename: string;
  selected: string | null;
  onSelect: (period: string | null) => void;
}) {
  const { t } = useTranslation();
  const option = useMemo<EChartsOption>(() => {
    const x = trend.map((p) => p.period);
    const s = trend.map((p) => scored(p.satisfaction));
    const calls = trend.map((p) => scored(p.followUp.satisfaction));
    const hasCalls = calls.some((c) => c !== null);
    const tooFew = trend.filter((p) => p.satisfaction.kind === "too_few").map((p) => p.period);
    return {
      grid: { left: 44, right: 48, top: 40, bottom: 32 },
      legend: {
        top: 0,
        data: [
          t("insight.touchpoint.series.score"),
          t("insight.touchpoint.series.journeyAverage"),
          ...(hasCalls ? [t("insight.touchpoint.series.followUp")] : []),
          t("insight.touchpoint.series.answers"),
        ],
      },
      tooltip: {
        trigger: "axis",
        formatter: (ps: { dataIndex: number }[]) => {
          const i = ps[0]?.dataIndex ?? 0;
          const p = trend[i];
          if (!p) return "";
          const sc = scored(p.satisfaction);
          const lines = [`<b>${p.period}</b>`];
          lines.push(
            sc
              ? `${t("insight.touchpoint.series.score")}: <b>${fmt1(sc.percent)}</b> (${fmt1(sc.percentCi.lower)}–${fmt1(sc.percentCi.upper)})`
              : `${t("insight.touchpoint.series.score")}: ${t("insight.tooFewN", { n: p.satisfaction.n })}`,
          );
          if (sc)
            lines.push(
              `${t("insight.table.meanCi")}: ${sc.mean.toFixed(2)} ± ${((sc.ci.upper - sc.ci.lower) / 2).toFixed(2)}`,
            );
          if (p.journeyAverage !== null)
            lines.push(`${t("insight.touchpoint.series.journeyAverage")}: ${fmt1(p.journeyAverage)}`);
          lines.push(`${t("insight.touchpoint.series.answers")}: ${p.satisfaction.n}`);
          const call = scored(p.followUp.satisfaction);
          if (call) lines.push(`${t("insight.touchpoint.series.followUp")}: ${fmt1(call.percent)} (n = ${call.n})`);
          if (p.followUp.issues > 0)
            lines.push(`${t("insight.touchpoint.series.followUpIssues")}: ${p.followUp.issues}`);
          return lines.join("<br/>");
        },
      },
      xAxis: { type: "category", data: x, axisLabel: AXIS },
      yAxis: [
        { type: "value", min: 0, max: 100, axisLabel: AXIS, splitLine: SPLIT },
        {
          type: "value",
          min: 0,
          // The answer bars stay in the lower part, under the score line.
          max: (v: { max: number }) => {
            const top = Math.max(10, v.max * 2.5);
            const step = 10 ** Math.floor(Math.log10(top));
            return Math.ceil(top / step) * step;
          },
          axisLabel: { ...AXIS, color: "#adb5bd" },
          splitLine: { show: false },
        },
      ],
      series: [
        {
          name: t("insight.touchpoint.series.answers"),
          type: "bar",
          yAxisIndex: 1,
          color: "#dee2e6",
          barMaxWidth: 18,
          z: 1,
          data: trend.map((p) => ({
            value: p.satisfaction.n,
            itemStyle: {
              color: p.period === selected ? "#74c0fc" : p.satisfaction.kind === "too_few" ? "#ffe8cc" : "#e9ecef",
            },
          })),
        },
        {
          name: "ci-lower",
          type: "line",
          stack: "ci",
          symbol: "none",
          lineStyle: { opacity: 0 },
          silent: true,
          data: s.map((v) => (v ? round1(v.percentCi.lower) : null)),
        },
        {
          name: t("insight.touchpoint.series.ciBand"),
          type: "line",
          stack: "ci",
          symbol: "none",
          lineStyle: { opacity: 0 },
          areaStyle: { color: "rgba(28,126,214,0.15)" },
          silent: true,
          data: s.map((v) => (v ? round1(v.percentCi.upper - v.percentCi.lower) : null)),
        },
        {
          name: t("insight.touchpoint.series.journeyAverage"),
          type: "line",
          data: trend.map((p) => (p.journeyAverage === null ? null : round1(p.journeyAverage))),
          color: "#868e96",
          lineStyle: { type: "dashed", width: 1.5 },
          symbol: "none",
        },
        ...(hasCalls
          ? [
              {
                name: t("insight.touchpoint.series.followUp"),
                type: "line" as const,
                data: calls.map((v) => (v ? round1(v.percent) : null)),
                color: "#2f9e44",
                lineStyle: { type: "dotted" as const, width: 2 },
                symbol: "diamond",
                symbolSize: 7,
                z: 4,
              },
            ]
          : []),
        {
          name: t("insight.touchpoint.series.score"),
          type: "line",
          data: s.map((v) => (v ? round1(v.percent) : null)),
          color: "#1c7ed6",
          lineStyle: { width: 3 },
          symbolSize: 8,
          z: 5,
          markArea: {
            silent: true,
            itemStyle: { color: "rgba(253,126,20,0.07)" },
            label: { show: true, position: "insideTop", color: "#d9480f", fontSize: 11 },
            data: tooFew.map((p) => [{ xAxis: p, name: t("insight.tooFew") }, { xAxis: p }]),
          },
        },
      ],
    };
  }, [trend, selected, t]);
  const data = {
    header: [
      t("insight.chart.period"),
      "n",
      t("insight.touchpoint.series.score"),
      t("insight.table.ciLower"),
      t("insight.table.ciUpper"),
      t("insight.table.mean"),
      t("insight.touchpoint.series.journeyAverage"),
      t("insight.touchpoint.series.followUp"),
      `${t("insight.touchpoint.series.followUp")} n`,
      t("insight.touchpoint.series.followUpIssues"),
    ],
    rows: trend.map((p) => {
      const sc = scored(p.satisfaction);
      const call = scored(p.followUp.satisfaction);
      return [
        p.period,
        p.satisfaction.n,
        sc ? sc.percent : t("insight.tooFew"),
        sc?.percentCi.lower ?? null,
        sc?.percentCi.upper ?? null,
        sc?.mean ?? null,
        p.journeyAverage,
        call ? call.percent : p.followUp.satisfaction.n > 0 ? t("insight.tooFew") : null,
        p.followUp.satisfaction.n,
        p.followUp.issues,
      ];
    }),
  };
  return (
    <ChartCard
      title={t("insight.touchpoint.trendTitle")}
      subtitle={t("insight.touchpoint.trendHint")}
      option={option}
      data={data}
      filename={`${filename}-trend`}
      testId="tp-trend-chart"
      height={320}
      onPointClick={(p) => {
        const period = trend[p.dataIndex]?.period ?? null;
        onSelect(period === selected ? null : period);
      }}
    />
  );
}

/** Top-two and bottom-two shares (bars) and stated importance (line) per period. */
export function TouchpointBoxChart({ trend, filename }: { trend: Trend; filename: string }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 44, right: 20, top: 40, bottom: 32 },
      legend: { top: 0 },
      tooltip: { trigger: "axis", valueFormatter: (v: unknown) => (v === null || v === undefined ? "—" : String(v)) },
      xAxis: { type: "category", data: trend.map((p) => p.period), axisLabel: AXIS },
      yAxis: { type: "value", min: 0, max: 100, axisLabel: AXIS, splitLine: SPLIT },
      series: [
        {
          name: t("insight.touchpoint.series.top2"),
          type: "bar",
          barMaxWidth: 14,
          color: "#20c997",
          data: trend.map((p) => {
            const s = scored(p.satisfaction);
            return s ? round1(s.topTwoBox * 100) : null;
          }),
        },
        {
          name: t("insight.touchpoint.series.bottom2"),
          type: "bar",
          barMaxWidth: 14,
          color: "#fa5252",
          data: trend.map((p) => {
            const s = scored(p.satisfaction);
            return s ? round1(s.bottomTwoBox * 100) : null;
          }),
        },
        {
          name: t("insight.touchpoint.series.importance"),
          type: "line",
          color: "#7048e8",
          symbolSize: 6,
          data: trend.map((p) => {
            const s = scored(p.importance);
            return s ? round1(s.percent) : null;
          }),
        },
      ],
    }),
    [trend, t],
  );
  const data = {
    header: [
      t("insight.chart.period"),
      "n",
      t("insight.touchpoint.series.top2"),
      t("insight.touchpoint.series.bottom2"),
      t("insight.table.importance"),
      `${t("insight.table.importance")} n`,
    ],
    rows: trend.map((p) => {
      const s = scored(p.satisfaction);
      const i = scored(p.importance);
      return [
        p.period,
        p.satisfaction.n,
        s ? s.topTwoBox : t("insight.tooFew"),
        s ? s.bottomTwoBox : t("insight.tooFew"),
        i ? i.mean : t("insight.tooFew"),
        p.importance.n,
      ];
    }),
  };
  return (
    <ChartCard
      title={t("insight.touchpoint.boxTitle")}
      subtitle={t("insight.touchpoint.boxHint")}
      option={option}
      data={data}
      filename={`${filename}-boxes`}
      testId="tp-box-chart"
      height={260}
    />
  );
}

/** Red for the lowest answer to green for the highest, whatever the scale length. */
function answerColor(i: number, points: number): string {
  const palette = ["#e03131", "#f76707", "#fab005", "#94d82d", "#37b24d"];
  const at = points <= 1 ? 4 : Math.round((i / (points - 1)) * 4);
  return palette[at] as string;
}

/** How many patients chose each answer, over the range or one chosen period. */
export function TouchpointDistributionChart({
  distribution,
  period,
  periodCounts,
  from,
  to,
  filename,
  onClear,
}: {
  distribution: TouchpointDetail["distribution"];
  period: string | null;
  /** The chosen period's counts (null: too few answers in it). */
  periodCounts: { n: number; counts: number[] | null } | null;
  from: string;
  to: string;
  filename: string;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const shown = period && periodCounts ? periodCounts : distribution;
  const { min } = distribution.scale;
  const counts = shown.counts;
  const total = counts ? counts.reduce((a, b) => a + b, 0) : 0;
  const labels = counts ? counts.map((_, i) => t("insight.touchpoint.points", { value: min + i })) : [];
  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 44, right: 16, top: 28, bottom: 32 },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: labels, axisLabel: AXIS },
      yAxis: { type: "value", minInterval: 1, axisLabel: AXIS, splitLine: SPLIT },
      series: [
        {
          name: t("insight.touchpoint.series.count"),
          type: "bar",
          barMaxWidth: 44,
          data: (counts ?? []).map((c, i) => ({
            value: c,
            itemStyle: { color: answerColor(i, counts?.length ?? 5), borderRadius: [4, 4, 0, 0] },
          })),
          label: {
            show: true,
            position: "top",
            fontSize: 11,
            color: "#495057",
            formatter: (p: { value: number }) => `${p.value} (${total ? Math.round((p.value / total) * 100) : 0}%)`,
          },
        },
      ],
    }),
    [counts, labels, t, total],
  );
  const hint = period
    ? t("insight.touchpoint.distHintPeriod", { period, n: shown.n })
    : t("insight.touchpoint.distHintRange", { from, to, n: shown.n });
  const clear = period ? (
    <Button size="compact-xs" variant="light" onClick={onClear} data-testid="tp-dist-all">
      {t("insight.touchpoint.distAll")}
    </Button>
  ) : null;
  if (!counts) {
    return (
      <Card withBorder radius="md" padding="md" data-testid="tp-dist-chart">
        <Stack gap={2} mb="md">
          <Title order={4}>{t("insight.touchpoint.distTitle")}</Title>
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        </Stack>
        <Text c="dimmed" fs="italic" ta="center" py={60} data-testid="tp-dist-too-few">
          {t("insight.tooFewN", { n: shown.n })}
        </Text>
        {clear}
      </Card>
    );
  }
  return (
    <ChartCard
      title={t("insight.touchpoint.distTitle")}
      subtitle={hint}
      option={option}
      data={{
        header: [
          t("insight.touchpoint.value"),
          t("insight.touchpoint.series.count"),
          t("insight.touchpoint.series.share"),
        ],
        rows: counts.map((c, i) => [min + i, c, total ? c / total : null]),
      }}
      filename={`${filename}-distribution${period ? `-${period}` : ""}`}
      testId="tp-dist-chart"
      height={320}
      extra={clear}
    />
  );
}

/** VOC complaints and compliments per period. */
export function TouchpointVocChart({ trend, filename }: { trend: Trend; filename: string }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 36, right: 16, top: 40, bottom: 32 },
      legend: { top: 0 },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: trend.map((p) => p.period), axisLabel: AXIS },
      yAxis: { type: "value", minInterval: 1, axisLabel: AXIS, splitLine: SPLIT },
      series: [
        {
          name: t("insight.touchpoint.series.complaints"),
          type: "bar",
          barMaxWidth: 14,
          color: "#fa5252",
          data: trend.map((p) => p.complaints),
        },
        {
          name: t("insight.touchpoint.series.compliments"),
          type: "bar",
          barMaxWidth: 14,
          color: "#12b886",
          data: trend.map((p) => p.compliments),
        },
      ],
    }),
    [trend, t],
  );
  return (
    <ChartCard
      title={t("insight.touchpoint.vocTitle")}
      subtitle={t("insight.touchpoint.vocHint")}
      option={option}
      data={{
        header: [
          t("insight.chart.period"),
          t("insight.touchpoint.series.complaints"),
          t("insight.touchpoint.series.compliments"),
        ],
        rows: trend.map((p) => [p.period, p.complaints, p.compliments]),
      }}
      filename={`${filename}-voc`}
      testId="tp-voc-chart"
      height={260}
    />
  );
}
