import {
  compareStaffIpa,
  type ImportanceSource,
  type IpaResult,
  importancePerformance,
  type Result,
  type StaffIpaComparison,
} from "@motmap/core";
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
  /**
   * The team's hypothesis on the map (touchpoint importance 1–5, stage emotion) against the patients' points;
   * null for derived importance.
   */
  staff: StaffIpaComparison | null;
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
  let staff: StaffIpaComparison | null = null;
  if (source === "stated") {
    const hypothesis = await ctx.db
      .selectFrom("touchpoints")
      .innerJoin("stages", "stages.id", "touchpoints.stage_id")
      .select(["touchpoints.id as id", "touchpoints.importance as importance", "stages.emotion as emotion"])
      .where("touchpoints.hospital_id", "=", ctx.hospitalId)
      .where("touchpoints.journey_id", "=", journeyId)
      .execute();
    const byId = new Map(hypothesis.map((h) => [h.id, h]));
    staff = compareStaffIpa(
      frame.value.touchpoints.map((tp) => ({
        touchpointId: tp.id,
        importance: byId.get(tp.id)?.importance ?? null,
        stageEmotion: Number(byId.get(tp.id)?.emotion ?? 0),
      })),
      ipa,
    );
  }
  return { ok: true, value: { journeyId, ...months, against, ipa, touchpoints: frame.value.touchpoints, staff } };
}
