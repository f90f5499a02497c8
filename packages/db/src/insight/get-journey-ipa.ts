import { type ImportanceSource, type IpaResult, importancePerformance, type Result } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import {
  AccumulatorGroups,
  CoMomentGroups,
  isOverall,
  type JourneyTouchpoint,
  loadJourneyFrame,
  readPairCells,
  readScoreCells,
  resolvePeriods,
} from "./read-rollups.ts";

export interface JourneyIpaQuery {
  /** Months ("2026-01"); default: the last 12 months. */
  from?: string;
  to?: string;
  importance?: ImportanceSource;
  /** Derived importance correlates with overall satisfaction (default) or with NPS. */
  against?: "overall" | "nps";
}

export interface JourneyIpa {
  journeyId: string;
  from: string;
  to: string;
  against: "overall" | "nps";
  ipa: IpaResult;
  touchpoints: JourneyTouchpoint[];
}

const EMPTY = { scaleMin: 1, scaleMax: 5, n: 0, sum: 0, sumSquares: 0, counts: [0, 0, 0, 0, 0] };

/**
 * The importance–performance matrix of a journey over a window of months: performance is mean satisfaction
 * (0–100), importance either stated (the importance question) or derived (Pearson's r between the
 * touchpoint's satisfaction and overall satisfaction or NPS in the same responses, from co-moment rollups).
 */
export async function getJourneyIpa(
  ctx: HospitalContext,
  journeyId: string,
  query: JourneyIpaQuery = {},
): Promise<Result<JourneyIpa>> {
  const window = resolvePeriods({
    grain: "month",
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  });
  if (!window.ok) return window;
  const frame = await loadJourneyFrame(ctx, journeyId);
  if (!frame.ok) return frame;
  const { periods } = window.value;
  const months = { from: periods[0] as string, to: periods[periods.length - 1] as string };
  const source = query.importance ?? "stated";
  const against = query.against ?? "overall";

  const cells = await readScoreCells(ctx, frame.value.surveyIds, "month", "all", months, [
    "satisfaction",
    "importance",
    "nps",
  ]);
  const groups = new AccumulatorGroups<null>();
  const targetKeys = new Set<string>();
  for (const c of cells) {
    if (against === "overall" ? isOverall(c) : c.questionType === "nps") targetKeys.add(c.questionKey);
    if (c.touchpointId !== "") groups.add(`${c.questionType}\u0000${c.touchpointId}`, null, c.acc);
  }
  const pairs = new CoMomentGroups();
  if (source === "derived") {
    for (const p of await readPairCells(ctx, frame.value.surveyIds, "all", months)) {
      if (targetKeys.has(p.yKey)) pairs.add(p.touchpointId, p.moments);
    }
  }
  const ipa = importancePerformance(
    frame.value.touchpoints.map((tp) => ({
      touchpointId: tp.id,
      satisfaction: groups.get(`satisfaction\u0000${tp.id}`) ?? EMPTY,
      importance: groups.get(`importance\u0000${tp.id}`),
      overall: pairs.get(tp.id),
    })),
    { importance: source },
  );
  return { ok: true, value: { journeyId, ...months, against, ipa, touchpoints: frame.value.touchpoints } };
}
