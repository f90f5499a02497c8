import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import type { BlindSpot, IpaQuadrant, StaffIpaComparison, StaffIpaPoint } from "@motmap/core";
import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ChartData } from "./ChartCard.tsx";
import type { EChartsOption } from "./EChart.tsx";
import { fmt1 } from "./format.ts";

const QUADRANT_COLOR: Record<IpaQuadrant, string> = {
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
/** The join of a blind spot stands out by its kind: red where patients want attention the team did not plan. */
const LINE_STYLE: Record<BlindSpot | "agree", { color: string; width: number; opacity: number }> = {
  patients_concentrate: { color: "#e03131", width: 2, opacity: 0.85 },
  team_concentrate: { color: "#1c7ed6", width: 1.5, opacity: 0.7 },
  other: { color: "#868e96", width: 1, opacity: 0.6 },
  agree: { color: "#ced4da", width: 1, opacity: 0.6 },
};

type Compared = StaffIpaPoint & {
  team: NonNullable<StaffIpaPoint["team"]>;
  patient: NonNullable<StaffIpaPoint["patient"]>;
};
const isCompared = (p: StaffIpaPoint): p is Compared => p.status === "compared" && !!p.team && !!p.patient;

/** Korean 으로 after a final consonant other than ㄹ, else 로 ('현상 유지'로, '집중 개선'으로). */
export function roParticle(word: string): string {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  if (code < 0 || code > 11171) return "(으)로";
  const final = code % 28;
  return final !== 0 && final !== 8 ? "으로" : "로";
}

const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : "±"}${fmt1(Math.abs(x))}`;

function bounds(values: number[]): [number, number] {
  if (values.length === 0) return [0, 100];
  return [
    Math.max(0, Math.floor((Math.min(...values) - 5) / 5) * 5),
    Math.min(100, Math.ceil((Math.max(...values) + 5) / 5) * 5),
  ];
}

/** The chart option of the comparison: each touchpoint twice (team hollow, patients filled) joined by a line. */
export function staffCompareOption(
  staff: StaffIpaComparison,
  names: Map<string, string>,
  t: TFunction,
  wall?: boolean,
): EChartsOption {
  const compared = staff.points.filter(isCompared);
  const alone = staff.points.filter((p) => p.status === "no_patient_point" && p.team);
  const xs = [
    ...compared.flatMap((p) => [p.team.importance, p.patient.importance]),
    ...alone.map((p) => p.team?.importance ?? 50),
  ];
  const ys = [
    ...compared.flatMap((p) => [p.team.performance, p.patient.performance]),
    ...alone.map((p) => p.team?.performance ?? 50),
  ];
  const [x0, x1] = bounds([...xs, staff.cuts.importance]);
  const [y0, y1] = bounds([...ys, staff.cuts.performance]);
  const xc = staff.cuts.importance;
  const yc = staff.cuts.performance;
  const area = (q: IpaQuadrant, a: [number, number], b: [number, number], pos: string) => [
    {
      name: t(`insight.quadrant.${q}`),
      coord: a,
      itemStyle: { color: QUADRANT_FILL[q] },
      label: { position: pos, color: QUADRANT_COLOR[q], fontWeight: "bold", fontSize: wall ? 18 : 13 },
    },
    { coord: b },
  ];
  const teamName = t("insight.ipa.team");
  const patientName = t("insight.ipa.patients");
  const pointData = (p: StaffIpaPoint, who: "team" | "patient") => {
    const v = who === "team" ? p.team : p.patient;
    if (!v) return null;
    const color = QUADRANT_COLOR[v.quadrant];
    return {
      value: [v.importance, v.performance],
      name: names.get(p.touchpointId) ?? "",
      id: p.touchpointId,
      who,
      quadrant: v.quadrant,
      itemStyle:
        who === "team"
          ? { color: "#fff", borderColor: color, borderWidth: 2 }
          : { color, borderColor: "#fff", borderWidth: 1 },
      label: {
        // Only the blind spots patients want fixed are named on the chart; the list below names them all.
        show: who === "patient" && p.blindSpot === "patients_concentrate",
        position: "right",
        formatter: "{b}",
        fontSize: wall ? 14 : 11,
        color: "#343a40",
        backgroundColor: "rgba(255,255,255,0.85)",
        padding: [1, 3],
        borderRadius: 2,
      },
    };
  };
  return {
    animation: false,
    grid: { left: 56, right: 24, top: 36, bottom: 48 },
    legend: {
      top: 0,
      right: 0,
      data: [
        { name: patientName, icon: "circle", itemStyle: { color: "#495057" } },
        { name: teamName, icon: "circle", itemStyle: { color: "#fff", borderColor: "#495057", borderWidth: 2 } },
      ],
    },
    tooltip: {
      trigger: "item",
      formatter: (p: { data: { value: number[]; name: string; quadrant: IpaQuadrant; who: "team" | "patient" } }) =>
        `<b>${p.data.name}</b> · ${p.data.who === "team" ? teamName : patientName}<br/>${t("insight.ipa.importance")}: ${p.data.value[0]?.toFixed(1)}<br/>${t("insight.ipa.performance")}: ${p.data.value[1]?.toFixed(1)}<br/>${t(`insight.quadrant.${p.data.quadrant}`)}`,
    },
    xAxis: {
      type: "value",
      min: x0,
      max: x1,
      name: t("insight.ipa.importanceStated"),
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
      // The joins first, under the points; a blind spot's line is darker.
      ...compared.map((p) => ({
        type: "line",
        silent: true,
        symbol: "none",
        z: 1,
        data: [
          [p.team.importance, p.team.performance],
          [p.patient.importance, p.patient.performance],
        ],
        lineStyle: { ...LINE_STYLE[p.blindSpot ?? "agree"], type: "solid" },
        tooltip: { show: false },
      })),
      {
        name: patientName,
        type: "scatter",
        z: 3,
        labelLayout: { moveOverlap: "shiftY", hideOverlap: true },
        symbolSize: wall ? 14 : 11,
        itemStyle: { color: "#495057" },
        data: staff.points.map((p) => pointData(p, "patient")).filter((d) => d !== null),
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
      {
        name: teamName,
        type: "scatter",
        z: 4,
        symbolSize: wall ? 14 : 11,
        itemStyle: { color: "#fff", borderColor: "#495057", borderWidth: 2 },
        data: staff.points.map((p) => pointData(p, "team")).filter((d) => d !== null),
      },
    ],
  };
}

/** The comparison's data for CSV: one row per touchpoint, both points, gaps and the verdict. */
export function staffCompareCsv(
  staff: StaffIpaComparison,
  touchpoints: { id: string; name: string; stageName: string }[],
  t: TFunction,
): ChartData {
  const byId = new Map(touchpoints.map((tp) => [tp.id, tp]));
  const q = (v: { quadrant: IpaQuadrant } | null) => (v ? t(`insight.quadrant.${v.quadrant}`) : null);
  const r1 = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);
  return {
    header: [
      t("insight.table.touchpoint"),
      t("insight.ipa.csv.stage"),
      t("insight.ipa.csv.teamImportance"),
      t("insight.ipa.csv.teamPerformance"),
      t("insight.ipa.csv.teamQuadrant"),
      t("insight.ipa.csv.patientImportance"),
      t("insight.ipa.csv.patientPerformance"),
      t("insight.ipa.csv.patientQuadrant"),
      t("insight.ipa.csv.importanceGap"),
      t("insight.ipa.csv.performanceGap"),
      t("insight.ipa.csv.status"),
    ],
    rows: staff.points.map((p) => [
      byId.get(p.touchpointId)?.name ?? p.touchpointId,
      byId.get(p.touchpointId)?.stageName ?? "",
      r1(p.team?.importance),
      r1(p.team?.performance),
      q(p.team),
      r1(p.patient?.importance),
      r1(p.patient?.performance),
      q(p.patient),
      r1(p.importanceGap),
      r1(p.performanceGap),
      p.status !== "compared"
        ? t(`insight.ipa.csv.${p.status}`)
        : p.blindSpot === null
          ? t("insight.ipa.csv.compared")
          : p.blindSpot === "other"
            ? t("insight.ipa.csv.otherDifference")
            : `${t("insight.ipa.csv.blindSpot")}: ${t(`insight.ipa.blindSpotKind.${p.blindSpot}`)}`,
    ]),
  };
}

/** Under the comparison chart: the blind spots by kind, one line each, then other differences and who was left out. */
export function BlindSpotList({
  staff,
  names,
  onOpen,
}: {
  staff: StaffIpaComparison;
  names: Map<string, string>;
  onOpen: (touchpointId: string) => void;
}) {
  const { t } = useTranslation();
  const compared = useMemo(() => staff.points.filter(isCompared), [staff]);
  // Within a kind, the largest surprise in satisfaction first.
  const ofKind = (kind: BlindSpot) =>
    compared
      .filter((p) => p.blindSpot === kind)
      .sort((a, b) => Math.abs(b.performanceGap ?? 0) - Math.abs(a.performanceGap ?? 0));
  const listNames = (points: StaffIpaPoint[]) => points.map((p) => names.get(p.touchpointId) ?? "").join(" · ");
  const notRated = listNames(staff.points.filter((p) => p.status === "not_rated"));
  const noPatient = listNames(staff.points.filter((p) => p.status === "no_patient_point"));
  const other = listNames(ofKind("other"));
  return (
    <Stack gap={8} data-testid="ipa-blind-spots">
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {t("insight.ipa.blindSpotsTitle")}
        </Text>
        <Text size="xs" c="dimmed" data-testid="ipa-staff-summary">
          {t("insight.ipa.summary", staff.counts)}
        </Text>
      </Stack>
      {staff.counts.blindSpots === 0 && (
        <Text size="xs" c="dimmed">
          {t("insight.ipa.noBlindSpots")}
        </Text>
      )}
      {(["patients_concentrate", "team_concentrate"] as const).map((kind) => {
        const items = ofKind(kind);
        if (items.length === 0) return null;
        return (
          <Stack key={kind} gap={2} data-testid={`ipa-blind-${kind}`}>
            <Group gap={6} wrap="nowrap" align="center">
              <Badge
                size="sm"
                variant="light"
                color={kind === "patients_concentrate" ? "red" : "blue"}
                style={{ flexShrink: 0 }}
              >
                {t(`insight.ipa.blindSpotKind.${kind}`)} {items.length}
              </Badge>
              <Text size="xs" c="dimmed">
                {t(`insight.ipa.blindSpotKindHelp.${kind}`)}
              </Text>
            </Group>
            {items.map((p) => {
              const team = t(`insight.quadrant.${p.team.quadrant}`);
              return (
                <Group
                  key={p.touchpointId}
                  gap={8}
                  wrap="nowrap"
                  align="baseline"
                  pl="xs"
                  data-testid="ipa-blind-spot"
                  data-touchpoint-id={p.touchpointId}
                >
                  <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onOpen(p.touchpointId)}>
                    {t("insight.ipa.blindSpotLine", {
                      team,
                      ro: roParticle(team),
                      patient: t(`insight.quadrant.${p.patient.quadrant}`),
                      name: names.get(p.touchpointId) ?? "",
                    })}
                  </Anchor>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                    {t("insight.ipa.blindSpotGaps", {
                      importance: signed(p.importanceGap ?? 0),
                      performance: signed(p.performanceGap ?? 0),
                    })}
                  </Text>
                </Group>
              );
            })}
          </Stack>
        );
      })}
      {other && (
        <Text size="xs" c="dimmed" data-testid="ipa-other-differences">
          {t("insight.ipa.otherDifferences", { names: other })}
        </Text>
      )}
      {notRated && (
        <Text size="xs" c="dimmed" data-testid="ipa-not-rated">
          {t("insight.ipa.notRated", { names: notRated })}
        </Text>
      )}
      {noPatient && (
        <Text size="xs" c="dimmed">
          {t("insight.ipa.noPatientPoint", { names: noPatient })}
        </Text>
      )}
    </Stack>
  );
}
