import { SimpleGrid } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ChartCard } from "../ChartCard.tsx";
import type { EChartsOption } from "../EChart.tsx";
import { fmt1 } from "../format.ts";
import { CHART_FONT, useChartFont } from "./chart-font.ts";
import { type SiteColumn, type SiteComparison, siteColor } from "./site-comparison-api.ts";

type Point = SiteComparison["trend"][number];
const round1 = (x: number) => Math.round(x * 10) / 10;
const AXIS = { fontSize: 12, color: "#495057" };
const SPLIT = { lineStyle: { color: "#f1f3f5" } };

/** One site's line: "no site" dashed and grey, a gap where a period has too few answers. */
const line = (name: string, values: (number | null)[], c: SiteColumn, i: number) => ({
  name,
  type: "line" as const,
  data: values,
  color: siteColor(i, c.siteId),
  lineStyle: {
    width: c.siteId === null ? 1.5 : 2.5,
    type: c.siteId === null ? ("dashed" as const) : ("solid" as const),
  },
  symbolSize: 7,
  connectNulls: false,
});

/** What one site shows for one period: a value with its tooltip text, or how few answers it had. */
type Reading = { value: number; text: string } | { value: null; n: number };

/**
 * A trend chart of one measure, one line per site, up to 100 from `min`: a tooltip lists every site for
 * the period; at `min` below zero (NPS) a grey line marks zero.
 */
function trendOption(p: {
  periods: string[];
  columns: SiteColumn[];
  siteName: (c: SiteColumn) => string;
  readingOf: (period: string, c: SiteColumn) => Reading;
  tooFew: (n: number) => string;
  animate: boolean;
  min: number;
}): EChartsOption {
  const { periods, columns, siteName, readingOf } = p;
  return {
    textStyle: { fontFamily: CHART_FONT },
    animation: p.animate,
    grid: { left: 44, right: 20, top: 40, bottom: 32 },
    legend: { top: 0, type: "scroll" },
    tooltip: {
      trigger: "axis",
      formatter: (ps: { dataIndex: number }[]) => {
        const period = periods[ps[0]?.dataIndex ?? 0] as string;
        const lines = columns.map((c) => {
          const r = readingOf(period, c);
          return `${siteName(c)}: ${r.value === null ? p.tooFew(r.n) : r.text}`;
        });
        return [`<b>${period}</b>`, ...lines].join("<br/>");
      },
    },
    xAxis: { type: "category", data: periods, axisLabel: AXIS },
    yAxis: { type: "value", min: p.min, max: 100, axisLabel: AXIS, splitLine: SPLIT },
    series: columns.map((c, i) => ({
      ...line(
        siteName(c),
        periods.map((period) => readingOf(period, c).value),
        c,
        i,
      ),
      ...(i === 0 && p.min < 0
        ? {
            markLine: {
              silent: true,
              symbol: "none",
              data: [{ yAxis: 0 }],
              lineStyle: { color: "#adb5bd" },
              label: { show: false },
            },
          }
        : {}),
    })),
  };
}

/** Overall satisfaction (0–100) and NPS per period, one line per site; a period with too few answers is a gap. */
export function SiteTrendCharts({
  data,
  siteName,
  filename,
}: {
  data: SiteComparison;
  siteName: (c: SiteColumn) => string;
  filename: string;
}) {
  const { t } = useTranslation();
  const { columns, periods, trend } = data;
  const pointOf = useMemo(() => {
    const m = new Map<string, Point>();
    for (const p of trend) m.set(`${p.period}\u0000${p.siteId ?? ""}`, p);
    return (period: string, c: SiteColumn) => m.get(`${period}\u0000${c.siteId ?? ""}`);
  }, [trend]);
  const fontLoads = useChartFont(useMemo(() => columns.map(siteName).join(""), [columns, siteName]));

  // What both charts share: the axis, the sites, the words for too few answers.
  const chart = useMemo(
    () => ({
      periods,
      columns,
      siteName,
      tooFew: (n: number) => t("insight.tooFewN", { n }),
      animate: fontLoads === 0,
    }),
    [columns, periods, siteName, t, fontLoads],
  );

  const satisfaction = useMemo<EChartsOption>(
    () =>
      trendOption({
        ...chart,
        min: 0,
        readingOf: (period, c) => {
          const s = pointOf(period, c)?.satisfaction;
          return s?.kind === "score"
            ? {
                value: round1(s.percent),
                text: `<b>${fmt1(s.percent)}</b> (${fmt1(s.percentCi.lower)}–${fmt1(s.percentCi.upper)}) · n = ${s.n}`,
              }
            : { value: null, n: s?.n ?? 0 };
        },
      }),
    [chart, pointOf],
  );

  const nps = useMemo<EChartsOption>(
    () =>
      trendOption({
        ...chart,
        min: -100,
        readingOf: (period, c) => {
          const n = pointOf(period, c)?.nps;
          return n?.kind === "nps"
            ? {
                value: round1(n.score),
                text: `<b>${n.score >= 0 ? "+" : ""}${fmt1(n.score)}</b> (${fmt1(n.ci.lower)}–${fmt1(n.ci.upper)}) · n = ${n.n}`,
              }
            : { value: null, n: n?.n ?? 0 };
        },
      }),
    [chart, pointOf],
  );

  const k = (key: string) => t(`siteComparison.csv.${key}` as "siteComparison.csv.site");
  const satisfactionCsv = {
    header: [k("period"), k("site"), k("n"), k("mean"), k("score"), k("ciLower"), k("ciUpper")],
    rows: periods.flatMap((period) =>
      columns.map((c) => {
        const s = pointOf(period, c)?.satisfaction;
        return [
          period,
          siteName(c),
          s?.n ?? 0,
          s?.kind === "score" ? s.mean : t("insight.tooFew"),
          s?.kind === "score" ? s.percent : null,
          s?.kind === "score" ? s.percentCi.lower : null,
          s?.kind === "score" ? s.percentCi.upper : null,
        ];
      }),
    ),
  };
  const npsCsv = {
    header: [k("period"), k("site"), k("n"), k("nps"), "CI −", "CI +"],
    rows: periods.flatMap((period) =>
      columns.map((c) => {
        const n = pointOf(period, c)?.nps;
        return [
          period,
          siteName(c),
          n?.n ?? 0,
          n?.kind === "nps" ? n.score : t("insight.tooFew"),
          n?.kind === "nps" ? n.ci.lower : null,
          n?.kind === "nps" ? n.ci.upper : null,
        ];
      }),
    ),
  };

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <ChartCard
        title={t("siteComparison.trend.satisfactionTitle")}
        subtitle={t("siteComparison.trend.satisfactionHint")}
        option={satisfaction}
        data={satisfactionCsv}
        filename={`${filename}-satisfaction`}
        testId="site-trend-satisfaction"
      />
      <ChartCard
        title={t("siteComparison.trend.npsTitle")}
        subtitle={t("siteComparison.trend.npsHint")}
        option={nps}
        data={npsCsv}
        filename={`${filename}-nps`}
        testId="site-trend-nps"
      />
    </SimpleGrid>
  );
}
