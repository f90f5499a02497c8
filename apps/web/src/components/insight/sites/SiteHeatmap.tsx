import { SegmentedControl } from "@mantine/core";
import type { ScoreSummary } from "@motmap/core";
import { HeatmapChart } from "echarts/charts";
import { VisualMapComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ChartCard, type ChartData } from "../ChartCard.tsx";
import type { EChartsOption } from "../EChart.tsx";
import { fmt1 } from "../format.ts";
import { CHART_FONT, useChartFont } from "./chart-font.ts";
import type { SiteColumn, SiteComparison } from "./site-comparison-api.ts";

// Only this page draws a heatmap: registered here, so the other dashboards' chunks stay as they are.
echarts.use([HeatmapChart, VisualMapComponent]);

type Row = SiteComparison["touchpoints"][number];
type Score = Extract<ScoreSummary, { kind: "score" }>;
const scored = (s: ScoreSummary): Score | null => (s.kind === "score" ? s : null);
const round1 = (x: number) => Math.round(x * 10) / 10;
const isSignificant = (r: Row) => r.comparison.kind === "compared" && r.comparison.significant;
const pOf = (r: Row) =>
  r.comparison.kind === "compared" && r.comparison.test.kind === "welch" ? r.comparison.test.p : null;
const pText = (p: number) => (p < 0.001 ? "< 0.001" : p.toFixed(3));

/** The CSV of the comparison, one line per touchpoint and site: the API's numbers, unrounded. */
export function siteHeatmapCsv(
  rows: Row[],
  columns: SiteColumn[],
  siteName: (c: SiteColumn) => string,
  t: (key: string) => string,
): ChartData {
  const k = (key: string) => t(`siteComparison.csv.${key}`);
  return {
    header: [
      k("stage"),
      k("touchpoint"),
      k("site"),
      k("n"),
      k("mean"),
      k("scaleMax"),
      k("score"),
      k("ciLower"),
      k("ciUpper"),
      k("gap"),
      k("significant"),
      k("pValue"),
    ],
    rows: rows.flatMap((r) =>
      r.cells.map((cell, i) => {
        const s = scored(cell.satisfaction);
        const column = columns[i] as SiteColumn;
        return [
          r.stageName,
          r.name,
          siteName(column),
          cell.satisfaction.n,
          s ? s.mean : t("insight.tooFew"),
          s ? s.scale.max : null,
          s ? s.percent : null,
          s ? s.percentCi.lower : null,
          s ? s.percentCi.upper : null,
          cell.gapToBest,
          r.comparison.kind === "compared" ? (r.comparison.significant ? k("yes") : k("no")) : null,
          pOf(r),
        ];
      }),
    ),
  };
}

/**
 * Touchpoints (rows, journey order) × sites (columns): each cell the site's score 0–100 and its gap to the best
 * site; grey under MIN_SAMPLE answers; ✱ on a touchpoint whose sites differ significantly.
 */
export function SiteHeatmap({
  data,
  siteName,
  filename,
  onOpen,
}: {
  data: SiteComparison;
  siteName: (c: SiteColumn) => string;
  filename: string;
  /** Opens a touchpoint's own dashboard (a click on its row). */
  onOpen: (touchpointId: string) => void;
}) {
  const { t } = useTranslation();
  const [only, setOnly] = useState<"all" | "significant">("all");
  const rows = useMemo(
    () => (only === "all" ? data.touchpoints : data.touchpoints.filter(isSignificant)),
    [data.touchpoints, only],
  );
  const columns = data.columns;
  const fontText = useMemo(
    () => [...columns.map(siteName), ...data.touchpoints.map((r) => r.name), "✱−0123456789.n="].join(""),
    [columns, data.touchpoints, siteName],
  );
  const fontLoads = useChartFont(fontText);

  const option = useMemo<EChartsOption>(() => {
    const x = columns.map(siteName);
    const y = rows.map((r) => (isSignificant(r) ? `✱ ${r.name}` : r.name));
    const values: [number, number, number][] = [];
    const tooFew: [number, number, number][] = [];
    rows.forEach((r, yi) => {
      r.cells.forEach((cell, xi) => {
        const s = scored(cell.satisfaction);
        if (s) values.push([xi, yi, round1(s.percent)]);
        else tooFew.push([xi, yi, cell.satisfaction.n]);
      });
    });
    const label = (xi: number, yi: number) => {
      const r = rows[yi];
      const cell = r?.cells[xi];
      const s = cell ? scored(cell.satisfaction) : null;
      if (!r || !cell || !s) return `{few|n = ${cell?.satisfaction.n ?? 0}}`;
      const gap = cell.gapToBest;
      // Gaps under a point are noise to the eye (the tooltip and the CSV keep them); red where the sites differ.
      if (gap === null || gap < 1) return `{score|${fmt1(s.percent)}}`;
      return `{score|${fmt1(s.percent)}}  {${isSignificant(r) ? "gapSignificant" : "gap"}|−${fmt1(gap)}}`;
    };
    const tooltip = (xi: number, yi: number) => {
      const r = rows[yi];
      const cell = r?.cells[xi];
      const column = columns[xi];
      if (!r || !cell || !column) return "";
      const s = scored(cell.satisfaction);
      const lines = [`<b>${r.name}</b> · ${siteName(column)}`];
      if (s) {
        lines.push(
          `${t("siteComparison.heatmap.score")}: <b>${fmt1(s.percent)}</b> (${fmt1(s.percentCi.lower)}–${fmt1(s.percentCi.upper)})`,
          `${t("insight.table.meanCi")}: ${s.mean.toFixed(2)} ± ${((s.ci.upper - s.ci.lower) / 2).toFixed(2)} / ${s.scale.max} · n = ${s.n}`,
        );
        if (cell.gapToBest !== null)
          lines.push(
            `${t("siteComparison.heatmap.gap")}: ${t("siteComparison.heatmap.points", { points: fmt1(cell.gapToBest) })}`,
          );
      } else lines.push(t("insight.tooFewN", { n: cell.satisfaction.n }));
      const c = r.comparison;
      if (c.kind === "compared") {
        const p = pOf(r);
        lines.push(
          `${t("siteComparison.heatmap.difference")}: ${t("siteComparison.heatmap.points", { points: fmt1(c.gap) })} · ` +
            `${c.significant ? t("siteComparison.heatmap.significantYes") : t("siteComparison.heatmap.significantNo")}` +
            (p !== null ? ` (p ${pText(p)})` : ""),
        );
      } else lines.push(t("siteComparison.heatmap.notCompared"));
      return lines.join("<br/>");
    };
    return {
      textStyle: { fontFamily: CHART_FONT },
      // Drawn again once the labels' glyphs arrive: that second drawing should not animate.
      animation: fontLoads === 0,
      grid: { left: 8, right: 16, top: 36, bottom: 56, containLabel: true },
      tooltip: {
        position: "top",
        formatter: (p: { data: [number, number, number] }) => tooltip(p.data[0], p.data[1]),
      },
      xAxis: {
        type: "category",
        data: x,
        position: "top",
        axisLabel: { fontSize: 13, fontWeight: 600, color: "#212529", interval: 0 },
        axisTick: { show: false },
        axisLine: { show: false },
        splitArea: { show: false },
      },
      yAxis: {
        type: "category",
        data: y,
        inverse: true,
        axisLabel: {
          fontSize: 12,
          color: "#343a40",
          width: 220,
          overflow: "truncate",
          interval: 0,
        },
        axisTick: { show: false },
        axisLine: { show: false },
      },
      visualMap: {
        seriesIndex: 0,
        min: 0,
        max: 100,
        calculable: false,
        orient: "horizontal",
        left: "center",
        bottom: 4,
        itemWidth: 12,
        itemHeight: 180,
        text: ["100", "0"],
        textStyle: { color: "#495057" },
        inRange: { color: ["#c92a2a", "#ff8787", "#ffe066", "#8ce99a", "#2b8a3e"] },
      },
      series: [
        {
          name: t("siteComparison.heatmap.score"),
          type: "heatmap",
          data: values,
          itemStyle: { borderColor: "#fff", borderWidth: 2, borderRadius: 4 },
          label: {
            show: true,
            formatter: (p: { data: [number, number, number] }) => label(p.data[0], p.data[1]),
            rich: {
              score: { fontSize: 13, fontWeight: 700, color: "#212529" },
              gap: { fontSize: 11, color: "#495057" },
              gapSignificant: { fontSize: 11, fontWeight: 700, color: "#c92a2a" },
            },
          },
          emphasis: { itemStyle: { borderColor: "#212529", borderWidth: 1 } },
        },
        {
          name: t("insight.tooFew"),
          type: "heatmap",
          data: tooFew,
          itemStyle: { color: "#f1f3f5", borderColor: "#fff", borderWidth: 2, borderRadius: 4 },
          label: {
            show: true,
            formatter: (p: { data: [number, number, number] }) => label(p.data[0], p.data[1]),
            rich: { few: { fontSize: 11, color: "#adb5bd" } },
          },
        },
      ],
    };
  }, [columns, rows, siteName, t, fontLoads]);

  const csv = useMemo(
    () => siteHeatmapCsv(rows, columns, siteName, t as (key: string) => string),
    [rows, columns, siteName, t],
  );
  const significantCount = data.touchpoints.filter(isSignificant).length;

  return (
    <ChartCard
      title={t("siteComparison.heatmap.title")}
      subtitle={rows.length === 0 ? t("siteComparison.heatmap.noneSignificant") : t("siteComparison.heatmap.hint")}
      option={option}
      data={csv}
      filename={`${filename}-touchpoints`}
      testId="site-heatmap"
      onPointClick={(p) => {
        const y = (p.data as [number, number, number] | undefined)?.[1];
        const row = y === undefined ? undefined : rows[y];
        if (row) onOpen(row.touchpointId);
      }}
      height={Math.max(160, rows.length * 34 + 100)}
      extra={
        <SegmentedControl
          size="xs"
          value={only}
          onChange={(v) => setOnly(v as "all" | "significant")}
          data={[
            { value: "all", label: t("siteComparison.heatmap.all") },
            { value: "significant", label: `${t("siteComparison.heatmap.significant")} (${significantCount})` },
          ]}
          data-testid="site-heatmap-filter"
        />
      }
    />
  );
}
