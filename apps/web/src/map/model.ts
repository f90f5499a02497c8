import {
  type Channel,
  type Element,
  type JourneyDetail,
  type LaneLayout,
  type PainPoint,
  PHASES,
  type Phase,
  painPointWeight,
  type ResolvedLane,
  resolveLaneLayout,
  SEVERITIES,
  type StageWithTouchpoints,
  type Touchpoint,
} from "@motmap/core";

/** Filters and highlights of the map's toolbar. */
export interface MapHighlight {
  /** Only this channel stands out; the other cards are dimmed. */
  channel: Channel | null;
  /** Only this element stands out; the other cards are dimmed. */
  element: Element | null;
  /** The touchpoints this department owns are highlighted. */
  departmentId: string | null;
  /** Free text: matching cards are highlighted, the others dimmed. */
  query: string;
  /** The stage(s) with the lowest emotion are highlighted. */
  weakest: boolean;
}

export const NO_HIGHLIGHT: MapHighlight = {
  channel: null,
  element: null,
  departmentId: null,
  query: "",
  weakest: false,
};

/** Layout constants (px), shared by the rows, the curves and the benchmark. */
export const LABEL_WIDTH = 148;
export const COLUMN_WIDTH = 220;

/** Stages in phase order (before → during → after), keeping their order within a phase. */
export function phaseSorted<T extends { phase: Phase }>(stages: readonly T[]): T[] {
  return PHASES.flatMap((p) => stages.filter((s) => s.phase === p));
}

/** Consecutive runs of stages of one phase: the coloured bands above the stage headers. */
export function phaseBands(stages: readonly { phase: Phase }[]): { phase: Phase; start: number; count: number }[] {
  const bands: { phase: Phase; start: number; count: number }[] = [];
  stages.forEach((s, i) => {
    const last = bands[bands.length - 1];
    if (last && last.phase === s.phase) last.count += 1;
    else bands.push({ phase: s.phase, start: i, count: 1 });
  });
  return bands;
}

/**
 * The stage(s) whose emotion is lowest: the weakest link the multiplication rule warns about.
 * Nothing stands out when every stage feels the same and none is negative.
 */
export function lowestIds(values: readonly { id: string; score: number | null }[]): Set<string> {
  const scored = values.filter((v): v is { id: string; score: number } => v.score !== null);
  if (scored.length === 0) return new Set();
  const min = Math.min(...scored.map((v) => v.score));
  const max = Math.max(...scored.map((v) => v.score));
  if (min === max && min >= 0) return new Set();
  return new Set(scored.filter((v) => v.score === min).map((v) => v.id));
}

/** Pain points per stage (their own, and their touchpoints'), most severe first. */
export function painPointsByStage(detail: JourneyDetail): Map<string, PainPoint[]> {
  const stageOfTp = new Map<string, string>();
  for (const s of detail.stages) for (const tp of s.touchpoints) stageOfTp.set(tp.id, s.id);
  const out = new Map<string, PainPoint[]>();
  for (const p of detail.painPoints) {
    const stageId = (p.touchpointId ? stageOfTp.get(p.touchpointId) : null) ?? p.stageId;
    if (!stageId) continue;
    const list = out.get(stageId) ?? [];
    list.push(p);
    out.set(stageId, list);
  }
  for (const list of out.values()) {
    list.sort(
      (a, b) =>
        SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) ||
        painPointWeight(b) - painPointWeight(a) ||
        a.position - b.position,
    );
  }
  return out;
}

/** The lanes to draw, in order, hidden ones included (the caller skips them). */
export function mapLanes(detail: Pick<JourneyDetail, "laneLayout" | "lanes">): ResolvedLane[] {
  return resolveLaneLayout(detail.laneLayout, detail.lanes);
}

/** The layout to save: every lane in order; custom lanes keep their name on the lane itself. */
export function toLayout(lanes: readonly ResolvedLane[]): LaneLayout {
  return lanes.map((l) => ({ key: l.key, hidden: l.hidden, label: l.laneId ? "" : l.label }));
}

export function normalise(text: string): string {
  return text.normalize("NFC").toLowerCase().trim();
}

export function touchpointMatches(tp: Touchpoint, query: string): boolean {
  const q = normalise(query);
  if (!q) return false;
  return [tp.name, tp.moment, tp.serviceStandard, tp.script].some((s) => normalise(s).includes(q));
}

/** 0 = normal, 1 = dimmed, 2 = highlighted. */
export type CardEmphasis = 0 | 1 | 2;

export function cardEmphasis(tp: Touchpoint, h: MapHighlight): CardEmphasis {
  if (h.channel && tp.channel !== h.channel) return 1;
  if (h.element && tp.element !== h.element) return 1;
  const q = h.query.trim();
  if (q && !touchpointMatches(tp, q)) return 1;
  if (h.departmentId) return tp.departmentIds.includes(h.departmentId) ? 2 : 1;
  if (q) return 2;
  return 0;
}

export function stageTouchpointIds(stages: readonly StageWithTouchpoints[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of stages) out[s.id] = s.touchpoints.map((tp) => tp.id);
  return out;
}
