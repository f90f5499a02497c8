import {
  type CoMoments,
  compareScores,
  type Frequency,
  type IpaQuadrant,
  importancePerformance,
  mergeCoMoments,
  type PriorityItem,
  type PriorityRank,
  type PriorityWeights,
  type Result,
  rankPriorities,
  type Severity,
  shiftPeriod,
} from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { getPriorityWeights } from "./priority-weights.ts";
import {
  AccumulatorGroups,
  isOverall,
  loadJourneyFrame,
  readPairCells,
  readScoreCells,
  resolvePeriods,
} from "./read-rollups.ts";
import { readVocCounts } from "./read-voc-counts.ts";

export interface PriorityListItem extends PriorityRank {
  /** The pain point's description, or the touchpoint's name for a weak touchpoint. */
  label: string;
  touchpointName: string | null;
  stageName: string | null;
}

export interface PriorityList {
  journeyId: string;
  /** The month ranked; trend compares it with the month before. */
  period: string;
  weights: PriorityWeights;
  items: PriorityListItem[];
}

const EMPTY = { scaleMin: 1, scaleMax: 5, n: 0, sum: 0, sumSquares: 0, counts: [0, 0, 0, 0, 0] };

/**
 * What to fix first in a journey for one month: its pain points and its weak touchpoints (not performing in
 * the IPA matrix), ranked by the hospital's weights over IPA quadrant, severity, complaints (the team's
 * rated frequency until VOC counts exist), trend since the previous month and reach (answers in the month).
 */
export async function getPriorities(
  ctx: HospitalContext,
  journeyId: string,
  query: { period?: string } = {},
): Promise<Result<PriorityList>> {
  const window = resolvePeriods({ grain: "month", ...(query.period ? { from: query.period, to: query.period } : {}) });
  if (!window.ok) return window;
  const period = window.value.periods[window.value.periods.length - 1] as string;
  const frame = await loadJourneyFrame(ctx, journeyId);
  if (!frame.ok) return frame;
  const previous = shiftPeriod(period, -1);
  const { surveyIds, touchpoints } = frame.value;

  const cells = await readScoreCells(ctx, surveyIds, "month", "all", { from: previous, to: period }, [
    "satisfaction",
    "importance",
  ]);
  const groups = new AccumulatorGroups<null>();
  const overallKeys = new Set<string>();
  for (const c of cells) {
    if (isOverall(c)) overallKeys.add(c.questionKey);
    if (c.touchpointId !== "") groups.add(`${c.questionType}\u0000${c.touchpointId}\u0000${c.period}`, null, c.acc);
  }
  const satisfaction = (tp: string, p: string) => groups.get(`satisfaction\u0000${tp}\u0000${p}`) ?? EMPTY;
  const stated = importancePerformance(
    touchpoints.map((tp) => ({
      touchpointId: tp.id,
      satisfaction: satisfaction(tp.id, period),
      importance: groups.get(`importance\u0000${tp.id}\u0000${period}`),
    })),
  );
  // Without stated importance (a survey that does not ask it) the derived matrix places the touchpoint.
  let quadrants = new Map(stated.points.map((p) => [p.touchpointId, p.quadrant]));
  if (stated.points.some((p) => p.excluded === "no_importance" || p.excluded === "too_few_importance")) {
    const pairs = new Map<string, CoMoments>();
    for (const p of await readPairCells(ctx, surveyIds, "all", { from: period, to: period })) {
      if (overallKeys.has(p.yKey)) {
        const prev = pairs.get(p.touchpointId);
        pairs.set(p.touchpointId, prev ? mergeCoMoments(prev, p.moments) : p.moments);
      }
    }
    const derived = importancePerformance(
      touchpoints.map((tp) => ({
        touchpointId: tp.id,
        satisfaction: satisfaction(tp.id, period),
        overall: pairs.get(tp.id) ?? null,
      })),
      { importance: "derived" },
    );
    const derivedQuadrants = new Map(derived.points.map((p) => [p.touchpointId, p.quadrant]));
    quadrants = new Map(touchpoints.map((tp) => [tp.id, quadrants.get(tp.id) ?? derivedQuadrants.get(tp.id) ?? null]));
  }

  const facts = new Map(
    touchpoints.map((tp) => {
      const now = satisfaction(tp.id, period);
      const change = compareScores(now, satisfaction(tp.id, previous));
      return [
        tp.id,
        {
          quadrant: quadrants.get(tp.id) ?? null,
          trend: change.kind === "change" ? change.change : null,
          reach: now.n > 0 ? now.n : null,
        },
      ];
    }),
  );

  // Complaints in the month; without any VOC about the journey the team's rated frequency stands in.
  const voc = await readVocCounts(
    ctx,
    touchpoints.map((tp) => tp.id),
    "month",
    { from: period, to: period },
  );
  const complaintsAbout = (touchpointId: string | null) =>
    voc && touchpointId ? (voc.get(`${touchpointId}\u0000${period}`)?.complaints ?? 0) : null;

  const painPoints = await ctx.db
    .selectFrom("pain_points")
    .select(["id", "touchpoint_id", "description", "severity", "frequency"])
    .where("hospital_id", "=", ctx.hospitalId)
    .where("journey_id", "=", journeyId)
    .orderBy("position")
    .execute();
  const byId = new Map(touchpoints.map((tp) => [tp.id, tp]));
  const labels = new Map<string, { label: string; touchpointId: string | null }>();
  const items: PriorityItem[] = painPoints.map((p) => {
    const f = p.touchpoint_id ? facts.get(p.touchpoint_id) : undefined;
    labels.set(p.id, { label: p.description, touchpointId: p.touchpoint_id });
    return {
      id: p.id,
      kind: "pain_point",
      touchpointId: p.touchpoint_id,
      quadrant: f?.quadrant ?? null,
      severity: p.severity as Severity,
      frequency: p.frequency as Frequency,
      complaints: complaintsAbout(p.touchpoint_id),
      trend: f?.trend ?? null,
      reach: f?.reach ?? null,
    };
  });
  const weak: IpaQuadrant[] = ["concentrate_here", "low_priority"];
  for (const tp of touchpoints) {
    const f = facts.get(tp.id);
    if (!f?.quadrant || !weak.includes(f.quadrant)) continue;
    labels.set(tp.id, { label: tp.name, touchpointId: tp.id });
    items.push({
      id: tp.id,
      kind: "touchpoint",
      touchpointId: tp.id,
      quadrant: f.quadrant,
      complaints: complaintsAbout(tp.id),
      trend: f.trend,
      reach: f.reach,
    });
  }

  const { weights } = await getPriorityWeights(ctx);
  const ranks = rankPriorities(items, weights);
  return {
    ok: true,
    value: {
      journeyId,
      period,
      weights,
      items: ranks.map((r) => {
        const l = labels.get(r.id);
        const tp = l?.touchpointId ? byId.get(l.touchpointId) : undefined;
        return { ...r, label: l?.label ?? "", touchpointName: tp?.name ?? null, stageName: tp?.stageName ?? null };
      }),
    },
  };
}
