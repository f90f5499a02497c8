import { Badge, Card, Group, SegmentedControl, SimpleGrid, Stack, Text } from "@mantine/core";
import type { ImportanceSource, IpaQuadrant } from "@motmap/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ChartCard } from "./ChartCard.tsx";
import type { EChartsOption } from "./EChart.tsx";
import type { JourneyIpa } from "./queries.ts";
import { BlindSpotList, staffCompareCsv, staffCompareOption } from "./StaffIpaCompare.tsx";

export const QUADRANT_COLOR: Record<IpaQuadrant, string> = {
  concentrate_here: "#e03131",
  keep_up: "#2f9e44",
  low_priority: "#868e96",
  possible_overkill: "#1c7ed6",
};
const QUADRANT_FILL: Record<IpaQuadrant, string> = {
  concentrate_here: "rgba(224,49,49,0.07)",
  keep_up: "rgba(47,158,68,0.06)",
  low_priority: "rgba(134,142,150,0.06)",
  possible_overkill: "rgba(28,126,214,0.06)",
};
const ORDER: IpaQuadrant[] = ["concentrate_here", "keep_up", "low_priority", "possible_overkill"];

function bounds(values: number[], pad: number, floor: number, ceil: number): [number, number] {
  if (values.length === 0) return [floor, ceil];
  const lo = Math.max(floor, Math.floor((Math.min(...values) - pad) / pad) * pad);
  const hi = Math.min(ceil, Math.ceil((Math.max(...values) + pad) / pad) * pad);
  return [lo, hi];
}

/**
 * The importance–performance matrix: four labelled quadrants, points open their touchpoint. "팀 가설 비교" draws
 * the team's hypothesis from the map (hollow) beside the patients (filled) and lists the blind spots.
 */
export function IpaCard({
  data,
  importance,
  onImportance,
  weakestId,
  onOpen,
  filename,
  wall,
}: {
  data: JourneyIpa;
  importance: ImportanceSource;
  onImportance: (v: ImportanceSource) => void;
  weakestId: string | null;
  onOpen: (touchpointId: string) => void;
  filename: string;
  wall?: boolean;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<"patients" | "compare">("patients");
  const compare = view === "compare" && !wall;
  const staff = data.staff;
  const names = useMemo(() => new Map(data.touchpoints.map((tp) => [tp.id, tp.name])), [data]);
  const placed = data.ipa.points.filter((p) => p.quadrant && p.importance !== null && p.performance !== null);
  const derived = data.ipa.importanceUnit === "correlation";
  const impCut = data.ipa.cuts.importance.value;
  const perfCut = data.ipa.cuts.performance.value;

  const option = useMemo<EChartsOption>(() => {
    const xs = placed.map((p) => p.importance as number);
    const ys = placed.map((p) => p.performance as number);
    const [x0, x1] = derived ? bounds(xs, 0.1, -1, 1) : bounds(xs, 5, 0, 100);
    const [y0, y1] = bounds(ys, 5, 0, 100);
    const xc = impCut ?? (x0 + x1) / 2;
    const yc = perfCut ?? (y0 + y1) / 2;
    const area = (q: IpaQuadrant, a: [number, number], b: [number, number], pos: string) => [
      {
        name: t(`insight.quadrant.${q}`),
        coord: a,
        itemStyle: { color: QUADRANT_FILL[q] },
        label: { position: pos, color: QUADRANT_COLOR[q], fontWeight: "bold", fontSize: wall ? 18 : 13 },
      },
      { coord: b },
    ];
    return {
      animation: false,
      grid: { left: 56, right: 24, top: 16, bottom: 48 },
      tooltip: {
        trigger: "item",
        formatter: (p: { data: { value: number[]; name: string; quadrant: IpaQuadrant } }) =>
          `<b>${p.data.name}</b><br/>${t("insight.ipa.importance")}: ${
            derived ? p.data.value[0]?.toFixed(2) : p.data.value[0]?.toFixed(1)
          }<br/>${t("insight.ipa.performance")}: ${p.data.value[1]?.toFixed(1)}<br/>${t(`insight.quadrant.${p.data.quadrant}`)}`,
      },
      xAxis: {
        type: "value",
        min: x0,
        max: x1,
        name: derived ? t("insight.ipa.importanceDerived") : t("insight.ipa.importanceStated"),
        nameLocation: "middle",
        nameGap: 28,
        splitLine: { show: false },
      },
      yAxis: {
        type: "value",
        min: y0,
        max: y1,
        name: t("insight.ipa.performanceAxis"),
        nameLocation: "middle",
        nameGap: 38,
        splitLine: { show: false },
      },
      series: [
        {
          type: "scatter",
          // Names of close points would print over each other: shift them apart, hide what still overlaps (the
          // quadrant lists below name every point; the weakest moment's larger point keeps its name first).
          labelLayout: { moveOverlap: "shiftY", hideOverlap: true },
          symbolSize: (_v: unknown, p: { data: { weakest: boolean } }) => (p.data.weakest ? 20 : 11),
          data: placed.map((p) => ({
            value: [p.importance, p.performance],
            name: names.get(p.touchpointId) ?? "",
            id: p.touchpointId,
            quadrant: p.quadrant,
            weakest: p.touchpointId === weakestId,
            itemStyle: {
              color: QUADRANT_COLOR[p.quadrant as IpaQuadrant],
              borderColor: p.touchpointId === weakestId ? "#000" : "#fff",
              borderWidth: p.touchpointId === weakestId ? 2 : 1,
            },
            label: {
              show: p.quadrant === "concentrate_here" || p.touchpointId === weakestId,
              position: "right",
              formatter: "{b}",
              fontSize: wall ? 14 : 11,
              color: "#343a40",
            },
          })),
          markLine: {
            silent: true,
            symbol: "none",
            lineStyle: { type: "dashed", color: "#adb5bd" },
            label: { show: false },
            data: [{ xAxis: xc }, { yAxis: yc }],
          },
          markArea: {
            silent: true,
            data: [
              area("concentrate_here", [xc, y0], [x1, yc], "insideBottomRight"),
              area("keep_up", [xc, yc], [x1, y1], "insideTopRight"),
              area("low_priority", [x0, y0], [xc, yc], "insideBottomLeft"),
              area("possible_overkill", [x0, yc], [xc, y1], "insideTopLeft"),
            ],
          },
        },
      ],
    };
  }, [placed, derived, impCut, perfCut, names, weakestId, t, wall]);

  const compareOption = useMemo<EChartsOption | null>(
    () => (staff ? staffCompareOption(staff, names, t, wall) : null),
    [staff, names, t, wall],
  );

  const csv = {
    header: [
      t("insight.table.touchpoint"),
      t("insight.ipa.importance"),
      t("insight.ipa.performance"),
      t("insight.ipa.quadrant"),
      "n",
    ],
    rows: data.ipa.points.map((p) => [
      names.get(p.touchpointId) ?? p.touchpointId,
      p.importance,
      p.performance,
      p.quadrant ? t(`insight.quadrant.${p.quadrant}`) : t(`insight.ipa.excluded`),
      p.performanceN,
    ]),
  };

  return (
    <Stack gap="xs" data-testid="ipa-card">
      <ChartCard
        title={t("insight.ipa.title")}
        subtitle={
          compare ? (
            <>{t("insight.ipa.compareSubtitle", { from: data.from, to: data.to })}</>
          ) : (
            <>
              {t("insight.ipa.subtitle", { from: data.from, to: data.to })}
              <br />
              {importance === "derived" ? t("insight.ipa.derivedHelp") : t("insight.ipa.statedHelp")}
            </>
          )
        }
        option={compare && compareOption ? compareOption : option}
        data={compare && staff ? staffCompareCsv(staff, data.touchpoints, t) : csv}
        filename={compare ? `${filename}-team-vs-patients` : filename}
        height={wall ? 520 : 420}
        testId="ipa-chart"
        wall={wall}
        onPointClick={(p) => {
          const d = p.data as { id?: string } | undefined;
          if (d?.id) onOpen(d.id);
        }}
        extra={
          !wall && (
            <Stack gap={4} align="flex-end">
              <SegmentedControl
                size="xs"
                value={view}
                onChange={(v) => {
                  setView(v as "patients" | "compare");
                  // The team rates importance on 1–5, like the patients' stated answers, not as a correlation.
                  if (v === "compare" && importance !== "stated") onImportance("stated");
                }}
                data={[
                  { value: "patients", label: t("insight.ipa.viewPatients") },
                  { value: "compare", label: t("insight.ipa.viewCompare") },
                ]}
                data-testid="ipa-view"
              />
              {!compare && (
                <SegmentedControl
                  size="xs"
                  value={importance}
                  onChange={(v) => onImportance(v as ImportanceSource)}
                  data={[
                    { value: "stated", label: t("insight.ipa.stated") },
                    { value: "derived", label: t("insight.ipa.derived") },
                  ]}
                  data-testid="ipa-importance"
                />
              )}
            </Stack>
          )
        }
      />
      {compare &&
        (staff ? (
          <Card withBorder radius="md" padding="md">
            <Stack gap="sm">
              <Text size="xs" c="dimmed">
                {t("insight.ipa.compareHelp")}
              </Text>
              <BlindSpotList staff={staff} names={names} onOpen={onOpen} />
            </Stack>
          </Card>
        ) : (
          <Text size="xs" c="dimmed">
            {importance === "stated" ? t("insight.ipa.compareNone") : t("insight.ipa.compareDerived")}
          </Text>
        ))}
      {!compare && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs">
          {ORDER.map((q) => {
            const items = placed.filter((p) => p.quadrant === q);
            return (
              <Stack key={q} gap={4} data-testid={`ipa-quadrant-${q}`}>
                <Group gap={6}>
                  <Badge color={QUADRANT_COLOR[q]} variant="filled" size="sm">
                    {t(`insight.quadrant.${q}`)}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {items.length}
                  </Text>
                </Group>
                <Text size="xs" lh={1.5}>
                  {items.map((p) => names.get(p.touchpointId)).join(" · ") || "—"}
                </Text>
              </Stack>
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}
