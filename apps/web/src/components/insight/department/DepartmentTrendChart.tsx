import { SegmentedControl, Select } from "@mantine/core";
import type { NpsSummary, ScoreSummary } from "@motmap/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ChartCard } from "../ChartCard.tsx";
import type { EChartsOption } from "../EChart.tsx";
import { fmt1 } from "../format.ts";
import { CHART_TEXT, useFontsLoaded } from "./chart-style.ts";
import type { DepartmentInsight } from "./queries.ts";

type Metric = "satisfaction" | "nps";
const AXIS = { fontSize: 12, color: "#495057" };
const SPLIT = { lineStyle: { color: "#f1f3f5" } };
const round1 = (x: number) => Math.round(x * 10) / 10;
const percentOf = (s: ScoreSummary) => (s.kind === "score" ? s.percent : null);
const npsOf = (n: NpsSummary) => (n.kind === "nps" ? n.score : null);

/** Per period: our patients against the whole hospital, satisfaction (0–100, with our 95 % band) or NPS; all journeys or one. */
export function DepartmentTrendChart({ data, filename }: { data: DepartmentInsight; filename: string }) {
  const { t } = useTranslation();
  const fonts = useFontsLoaded();
  const [metric, setMetric] = useState<Metric>("satisfaction");
  const [journeyId, setJourneyId] = useState<string>("all");
  const journey = data.journeys.find((j) => j.journeyId === journeyId) ?? null;
  const trend = journey?.trend ?? data.trend;
  const deptName = t("departmentInsight.trend.department");
  const hospitalName = t("departmentInsight.trend.hospital");

  // biome-ignore lint/correctness/useExhaustiveDependencies: `fonts` redraws the canvas once a font slice has loaded
  const option = useMemo<EChartsOption>(() => {
    const x = trend.map((p) => p.period);
    const dept = trend.map((p) =>
      metric === "satisfaction" ? percentOf(p.department.satisfaction) : npsOf(p.department.nps),
    );
    const hosp = trend.map((p) =>
      metric === "satisfaction" ? percentOf(p.hospital.satisfaction) : npsOf(p.hospital.nps),
    );
    const band = trend.map((p) =>
      p.department.satisfaction.kind === "score" ? p.department.satisfaction.percentCi : null,
    );
    const low = metric === "satisfaction" ? 0 : -100;
    const nOf = (p: (typeof trend)[number], side: "department" | "hospital") =>
      metric === "satisfaction" ? p[side].satisfaction.n : p[side].nps.n;
    return {
      textStyle: CHART_TEXT,
      grid: { left: 44, right: 20, top: 40, bottom: 32 },
      legend: { top: 0, data: [deptName, hospitalName] },
      tooltip: {
        trigger: "axis",
        formatter: (ps: { dataIndex: number }[]) => {
          const i = ps[0]?.dataIndex ?? 0;
          const p = trend[i];
          if (!p) return "";
          const line = (name: string, v: number | null, n: number) =>
            `${name}: ${v === null ? t("insight.tooFewN", { n }) : `<b>${fmt1(v)}</b> (n = ${n})`}`;
          return [
            `<b>${p.period}</b>`,
            line(deptName, dept[i] ?? null, nOf(p, "department")),
            line(hospitalName, hosp[i] ?? null, nOf(p, "hospital")),
          ].join("<br/>");
        },
      },
      xAxis: { type: "category", data: x, axisLabel: AXIS },
      // Around the data, in tens, within the scale: a 0–100 axis flattens the gap a manager looks for.
      yAxis: {
        type: "value",
        min: (v: { min: number }) => Math.max(low, Math.floor((v.min - 5) / 10) * 10),
        max: (v: { max: number }) => Math.min(100, Math.ceil((v.max + 5) / 10) * 10),
        axisLabel: AXIS,
        splitLine: SPLIT,
      },
      series: [
        ...(metric === "satisfaction"
          ? [
              {
                name: "ci-lower",
                type: "line" as const,
                stack: "ci",
                symbol: "none",
                lineStyle: { opacity: 0 },
                silent: true,
                data: band.map((b) => (b ? round1(b.lower) : null)),
              },
              {
                name: t("departmentInsight.trend.ciBand"),
                type: "line" as const,
                stack: "ci",
                symbol: "none",
                lineStyle: { opacity: 0 },
                areaStyle: { color: "rgba(28,126,214,0.15)" },
                silent: true,
                data: band.map((b) => (b ? round1(b.upper - b.lower) : null)),
              },
            ]
          : []),
        {
          name: hospitalName,
          type: "line",
          data: hosp.map((v) => (v === null ? null : round1(v))),
          color: "#868e96",
          lineStyle: { type: "dashed", width: 2 },
          symbolSize: 6,
        },
        {
          name: deptName,
          type: "line",
          data: dept.map((v) => (v === null ? null : round1(v))),
          color: "#1c7ed6",
          lineStyle: { width: 3 },
          symbolSize: 8,
          z: 5,
        },
      ],
    };
  }, [trend, metric, deptName, hospitalName, t, fonts]);

  const csv = {
    header: [
      t("departmentInsight.csv.period"),
      t("departmentInsight.csv.departmentN"),
      t("departmentInsight.csv.departmentScore"),
      t("departmentInsight.csv.departmentCiLower"),
      t("departmentInsight.csv.departmentCiUpper"),
      t("departmentInsight.csv.hospitalN"),
      t("departmentInsight.csv.hospitalScore"),
      t("departmentInsight.csv.departmentNpsN"),
      t("departmentInsight.csv.departmentNps"),
      t("departmentInsight.csv.hospitalNpsN"),
      t("departmentInsight.csv.hospitalNps"),
    ],
    rows: trend.map((p) => {
      const d = p.department.satisfaction;
      const tooFew = t("insight.tooFew");
      return [
        p.period,
        d.n,
        d.kind === "score" ? d.percent : tooFew,
        d.kind === "score" ? d.percentCi.lower : null,
        d.kind === "score" ? d.percentCi.upper : null,
        p.hospital.satisfaction.n,
        percentOf(p.hospital.satisfaction) ?? tooFew,
        p.department.nps.n,
        npsOf(p.department.nps) ?? tooFew,
        p.hospital.nps.n,
        npsOf(p.hospital.nps) ?? tooFew,
      ];
    }),
  };

  return (
    <ChartCard
      title={t("departmentInsight.trend.title")}
      subtitle={metric === "satisfaction" ? t("departmentInsight.trend.hint") : t("departmentInsight.trend.npsHint")}
      option={option}
      data={csv}
      filename={`${filename}-trend${journey ? `-${journey.title}` : ""}`}
      testId="dept-trend-chart"
      height={320}
      extra={
        <>
          {data.journeys.length > 1 && (
            <Select
              size="xs"
              w={180}
              aria-label={t("departmentInsight.trend.journey")}
              data={[
                { value: "all", label: t("departmentInsight.trend.allJourneys") },
                ...data.journeys.map((j) => ({ value: j.journeyId, label: j.title })),
              ]}
              value={journeyId}
              allowDeselect={false}
              onChange={(v) => v && setJourneyId(v)}
              data-testid="dept-trend-journey"
            />
          )}
          <SegmentedControl
            size="xs"
            value={metric}
            onChange={(v) => setMetric(v as Metric)}
            data={[
              { value: "satisfaction", label: t("departmentInsight.trend.metric.satisfaction") },
              { value: "nps", label: t("departmentInsight.trend.metric.nps") },
            ]}
            data-testid="dept-trend-metric"
          />
        </>
      }
    />
  );
}
