import { Text, Tooltip } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ChartCard } from "../ChartCard.tsx";
import type { EChartsOption } from "../EChart.tsx";
import { fmt1 } from "../format.ts";
import { CHART_TEXT, useFontsLoaded } from "./chart-style.ts";
import { type DepartmentInsight, departmentLabel } from "./queries.ts";

const AXIS = { fontSize: 12, color: "#495057" };

/** Every department's overall satisfaction in the latest period (10 answers or more), this one highlighted. */
export function DepartmentComparisonChart({
  data,
  en,
  filename,
  onPick,
}: {
  data: DepartmentInsight;
  en: boolean;
  filename: string;
  onPick: (departmentId: string) => void;
}) {
  const { t } = useTranslation();
  const fonts = useFontsLoaded();
  const scored = useMemo(
    () =>
      data.departments
        .flatMap((d) => (d.satisfaction.kind === "score" ? [{ ...d, score: d.satisfaction }] : []))
        .sort((a, b) => b.score.percent - a.score.percent),
    [data.departments],
  );
  const tooFew = data.departments.filter((d) => d.satisfaction.kind === "too_few");
  const current = data.department.id;
  const tooFewText = t("departmentInsight.compare.tooFew", {
    names: tooFew.map((d) => departmentLabel(d, en)).join(", "),
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `fonts` redraws the canvas once a font slice has loaded
  const option = useMemo<EChartsOption>(
    () => ({
      textStyle: CHART_TEXT,
      grid: { left: 8, right: 44, top: 8, bottom: 24, containLabel: true },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        formatter: (ps: { dataIndex: number }[]) => {
          const d = scored[ps[0]?.dataIndex ?? 0];
          if (!d) return "";
          return `<b>${departmentLabel(d, en)}</b><br/>${fmt1(d.score.percent)} (${fmt1(d.score.percentCi.lower)}–${fmt1(d.score.percentCi.upper)}) · n = ${d.score.n}`;
        },
      },
      xAxis: { type: "value", min: 0, max: 100, axisLabel: AXIS, splitLine: { lineStyle: { color: "#f1f3f5" } } },
      yAxis: {
        type: "category",
        inverse: true,
        data: scored.map((d) =>
          d.departmentId === current ? `{me|${departmentLabel(d, en)}}` : departmentLabel(d, en),
        ),
        axisLabel: {
          ...AXIS,
          width: 130,
          overflow: "truncate",
          rich: { me: { color: "#1864ab", fontWeight: "bold" } },
        },
        axisTick: { show: false },
      },
      series: [
        {
          type: "bar",
          barMaxWidth: 20,
          cursor: "pointer",
          data: scored.map((d) => ({
            value: Math.round(d.score.percent * 10) / 10,
            itemStyle: { color: d.departmentId === current ? "#1c7ed6" : "#ced4da" },
          })),
          label: { show: true, position: "right", fontSize: 11, color: "#495057" },
        },
      ],
    }),
    [scored, current, en, fonts],
  );

  const csv = {
    header: [t("departmentInsight.compare.department"), "n", t("insight.table.score"), t("insight.table.mean")],
    rows: data.departments.map((d) => {
      const s = d.satisfaction;
      return [
        departmentLabel(d, en),
        s.n,
        s.kind === "score" ? s.percent : t("insight.tooFew"),
        s.kind === "score" ? s.mean : null,
      ];
    }),
  };

  return (
    <ChartCard
      title={t("departmentInsight.compare.title", { period: data.latest })}
      subtitle={
        <>
          {scored.length === 0 ? t("departmentInsight.compare.none") : t("departmentInsight.compare.hint")}
          {tooFew.length > 0 && (
            <Tooltip multiline w={320} label={tooFewText}>
              <Text size="xs" c="orange.8" lineClamp={2} data-testid="dept-compare-too-few">
                {tooFewText}
              </Text>
            </Tooltip>
          )}
        </>
      }
      option={option}
      data={csv}
      filename={`${filename}-departments`}
      testId="dept-compare-chart"
      height={Math.max(240, scored.length * 30 + 40)}
      onPointClick={(p) => {
        const d = scored[p.dataIndex];
        if (d) onPick(d.departmentId);
      }}
    />
  );
}
