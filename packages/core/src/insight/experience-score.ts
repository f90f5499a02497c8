import { z } from "zod";
import { compareScores, ScoreChange } from "./compare-means.ts";
import { ConfidenceInterval, MIN_SAMPLE, type ScaleAccumulator, summarizeScore } from "./statistics.ts";

/**
 * The journey-level experience score — the "100 − 1 = 0" rule of MOT.
 *
 * Two views, shown side by side:
 * - `weakestLink`: the lowest 0–100 touchpoint score among the touchpoints with at least MIN_SAMPLE
 *   answers, and which touchpoint it is. This is the headline.
 * - `average`: the unweighted mean of the same touchpoint scores (each touchpoint counts once, however
 *   many patients answered it, so a busy reception desk cannot drown a failing discharge).
 *
 * Why the minimum and not a weighted geometric mean: the geometric mean still hides a failing moment
 * — nine touchpoints at 90 and one at 40 give 83, barely below the average of 85 — and its weights are
 * one more thing to argue about. The minimum is exactly the rule the seeds state (patients judge the
 * hospital by the worst moment), it names one touchpoint to act on, and it is monotone: improving any
 * touchpoint never lowers it. Its known weakness — the minimum of many noisy means is biased low —
 * is contained by MIN_SAMPLE and by reporting the weakest touchpoint's confidence interval.
 */

export interface TouchpointScoreInput {
  touchpointId: string;
  /** Satisfaction answers for this touchpoint in the current period (5- or 7-point). */
  satisfaction: ScaleAccumulator;
  /** The same touchpoint in the previous period, for the movement. */
  previous?: ScaleAccumulator | null;
}

export const TouchpointExperience = z.object({
  touchpointId: z.string(),
  n: z.number().int(),
  /** 0–100, or null below MIN_SAMPLE answers. */
  score: z.number().nullable(),
  scoreCi: ConfidenceInterval.nullable(),
  previousN: z.number().int().nullable(),
  previousScore: z.number().nullable(),
  /** Null when no previous period was given. */
  change: ScoreChange.nullable(),
});
export type TouchpointExperience = z.infer<typeof TouchpointExperience>;

const NoScores = z.object({ kind: z.literal("no_scores"), minSample: z.number() });

export const WeakestLink = z.discriminatedUnion("kind", [
  NoScores,
  z.object({
    kind: z.literal("score"),
    score: z.number(),
    touchpointId: z.string(),
    n: z.number().int(),
    scoreCi: ConfidenceInterval,
    /** The same touchpoint's score in the previous period (null if it had too few answers or none given). */
    previousScore: z.number().nullable(),
    change: ScoreChange.nullable(),
  }),
]);
export type WeakestLink = z.infer<typeof WeakestLink>;

export const AverageScore = z.discriminatedUnion("kind", [
  NoScores,
  z.object({ kind: z.literal("score"), score: z.number(), touchpoints: z.number().int() }),
]);
export type AverageScore = z.infer<typeof AverageScore>;

export const JourneyExperience = z.object({
  weakestLink: WeakestLink,
  average: AverageScore,
  /** Average minus weakest link, in points: how much the average hides. */
  hiddenGap: z.number().nullable(),
  /** Per touchpoint, in input (journey) order. */
  touchpoints: z.array(TouchpointExperience),
  /** The journey-level views of the previous period, when previous accumulators were given. */
  previous: z
    .object({
      weakestLinkScore: z.number().nullable(),
      weakestTouchpointId: z.string().nullable(),
      averageScore: z.number().nullable(),
    })
    .nullable(),
});
export type JourneyExperience = z.infer<typeof JourneyExperience>;

interface Scored {
  index: number;
  touchpointId: string;
  score: number;
  ciUpper: number;
}

/** Lowest score; ties go to the one whose interval reaches lower (surer it is bad), then to journey order. */
function weakestOf(scored: Scored[]): Scored | null {
  let worst: Scored | null = null;
  for (const s of scored) {
    if (
      worst === null ||
      s.score < worst.score ||
      (s.score === worst.score && (s.ciUpper < worst.ciUpper || (s.ciUpper === worst.ciUpper && s.index < worst.index)))
    ) {
      worst = s;
    }
  }
  return worst;
}

const averageOf = (scored: Scored[]) => scored.reduce((sum, s) => sum + s.score, 0) / scored.length;

function scoreAll(items: { touchpointId: string; acc: ScaleAccumulator | null | undefined }[]): Scored[] {
  const out: Scored[] = [];
  items.forEach(({ touchpointId, acc }, index) => {
    if (!acc) return;
    const s = summarizeScore(acc);
    if (s.kind === "score") out.push({ index, touchpointId, score: s.percent, ciUpper: s.percentCi.upper });
  });
  return out;
}

/** Weakest-link and average experience scores of a journey for one period, with the movement since the previous. */
export function journeyExperience(touchpoints: TouchpointScoreInput[]): JourneyExperience {
  const hasPrevious = touchpoints.some((t) => t.previous);
  const rows: TouchpointExperience[] = touchpoints.map((t) => {
    const now = summarizeScore(t.satisfaction);
    const before = t.previous ? summarizeScore(t.previous) : null;
    return {
      touchpointId: t.touchpointId,
      n: t.satisfaction.n,
      score: now.kind === "score" ? now.percent : null,
      scoreCi: now.kind === "score" ? now.percentCi : null,
      previousN: t.previous ? t.previous.n : null,
      previousScore: before?.kind === "score" ? before.percent : null,
      change: t.previous ? compareScores(t.satisfaction, t.previous) : null,
    };
  });

  const current = scoreAll(touchpoints.map((t) => ({ touchpointId: t.touchpointId, acc: t.satisfaction })));
  const worst = weakestOf(current);
  const noScores = { kind: "no_scores", minSample: MIN_SAMPLE } as const;
  const weakestLink: WeakestLink =
    worst === null
      ? noScores
      : (() => {
          const row = rows[worst.index] as TouchpointExperience;
          return {
            kind: "score",
            score: worst.score,
            touchpointId: worst.touchpointId,
            n: row.n,
            scoreCi: row.scoreCi as ConfidenceInterval,
            previousScore: row.previousScore,
            change: row.change,
          };
        })();
  const average: AverageScore =
    current.length === 0 ? noScores : { kind: "score", score: averageOf(current), touchpoints: current.length };

  let previous: JourneyExperience["previous"] = null;
  if (hasPrevious) {
    const before = scoreAll(touchpoints.map((t) => ({ touchpointId: t.touchpointId, acc: t.previous })));
    const worstBefore = weakestOf(before);
    previous = {
      weakestLinkScore: worstBefore?.score ?? null,
      weakestTouchpointId: worstBefore?.touchpointId ?? null,
      averageScore: before.length > 0 ? averageOf(before) : null,
    };
  }

  return {
    weakestLink,
    average,
    hiddenGap: weakestLink.kind === "score" && average.kind === "score" ? average.score - weakestLink.score : null,
    touchpoints: rows,
    previous,
  };
}
