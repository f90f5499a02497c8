import { z } from "zod";
import { studentTCdf, studentTQuantile } from "./distributions.ts";
import { ConfidenceInterval, MIN_SAMPLE, type ScaleAccumulator } from "./statistics.ts";

/**
 * Comparing means of independent groups (sites, departments) from their sufficient statistics: Welch's
 * unequal-variance t-test, because groups differ in size and spread (a screening centre's 150 answers a month
 * against the main hospital's 850).
 */

/** Sufficient statistics of one sample: what a rollup row keeps (n, Σx, Σx²). */
export interface SampleMoments {
  n: number;
  sum: number;
  sumSquares: number;
}

export const WelchTest = z.discriminatedUnion("kind", [
  /** A sample with fewer than two values has no variance to test with. */
  z.object({ kind: z.literal("too_few"), n: z.tuple([z.number().int(), z.number().int()]) }),
  z.object({
    kind: z.literal("welch"),
    /** mean(a) − mean(b), in the units of the samples. */
    difference: z.number(),
    /** Standard error of the difference. */
    se: z.number(),
    /** Null when both samples have no variance (every answer the same): the statistic is 0/0 or ±∞. */
    t: z.number().nullable(),
    /** Welch–Satterthwaite degrees of freedom; null with t. */
    df: z.number().nullable(),
    /** Two-sided p value. */
    p: z.number(),
    ci: ConfidenceInterval,
  }),
]);
export type WelchTest = z.infer<typeof WelchTest>;

interface Part {
  n: number;
  mean: number;
  variance: number;
}

/**
 * Mean and sample variance from n, Σx, Σx². The numerator nΣx² − (Σx)² is an exact integer for integer
 * answers (below 2^53), so unlike (Σx² − (Σx)²/n) it does not cancel; clipped at 0 against float input.
 */
function partOf(m: SampleMoments): Part {
  const mean = m.sum / m.n;
  const variance = Math.max(0, m.n * m.sumSquares - m.sum * m.sum) / (m.n * (m.n - 1));
  return { n: m.n, mean, variance };
}

/** Welch's interval of mean(a) − mean(b); `se2` 0 when both samples are constant (the difference is exact). */
function welchInterval(a: Part, b: Part, level: number) {
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const se2 = va + vb;
  const difference = a.mean - b.mean;
  if (!(se2 > 0)) return { difference, se2: 0, df: null, ci: { lower: difference, upper: difference, level } };
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const half = studentTQuantile(1 - (1 - level) / 2, df) * Math.sqrt(se2);
  return { difference, se2, df, ci: { lower: difference - half, upper: difference + half, level } };
}

function welch(a: Part, b: Part, level: number): WelchTest {
  const { difference, se2, df, ci } = welchInterval(a, b, level);
  if (df === null) {
    // Both samples constant: no doubt when the difference is not zero, no evidence when it is.
    return { kind: "welch", difference, se: 0, t: null, df: null, p: difference === 0 ? 1 : 0, ci };
  }
  const se = Math.sqrt(se2);
  const t = difference / se;
  // The lower tail of −|t| directly, not 1 − CDF: small p values keep their digits.
  const p = Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
  return { kind: "welch", difference, se, t, df, p, ci };
}

/** Welch's two-sided t-test of mean(a) = mean(b) from the samples' n, Σx and Σx². */
export function welchTTest(a: SampleMoments, b: SampleMoments, level = 0.95): WelchTest {
  if (a.n < 2 || b.n < 2) return { kind: "too_few", n: [a.n, b.n] };
  return welch(partOf(a), partOf(b), level);
}

/** The sample on the 0–100 scale (min → 0, max → 100): a linear map, so the mean and SD follow exactly. */
function percentPart(a: ScaleAccumulator): Part {
  const raw = partOf(a);
  const k = 100 / (a.scaleMax - a.scaleMin);
  return { n: a.n, mean: (raw.mean - a.scaleMin) * k, variance: raw.variance * k * k };
}

/**
 * Welch's test of two answer samples on the 0–100 scale, so a 5-point and a 7-point version of a question
 * compare (on one scale the t statistic and p are those of the raw answers; the difference is in points).
 */
export function compareMeans(a: ScaleAccumulator, b: ScaleAccumulator, level = 0.95): WelchTest {
  if (a.n < 2 || b.n < 2) return { kind: "too_few", n: [a.n, b.n] };
  return welch(percentPart(a), percentPart(b), level);
}

export const GroupComparison = z.discriminatedUnion("kind", [
  /** Fewer than two groups with MIN_SAMPLE answers: nothing to compare. */
  z.object({ kind: z.literal("too_few_groups"), groups: z.number().int(), minSample: z.number() }),
  z.object({
    kind: z.literal("compared"),
    bestId: z.string(),
    worstId: z.string(),
    /** Best minus worst, points on 0–100. */
    gap: z.number(),
    test: WelchTest,
    /** Pairs among the groups compared: the Bonferroni divisor of alpha. */
    pairs: z.number().int(),
    alpha: z.number(),
    /** p < alpha / pairs: the best and the worst group differ beyond chance. */
    significant: z.boolean(),
  }),
]);
export type GroupComparison = z.infer<typeof GroupComparison>;

/**
 * Do the groups differ? Among the groups with at least MIN_SAMPLE answers, Welch's test of the best against the
 * worst mean on 0–100. Picking the extreme pair out of k groups is k(k − 1)/2 comparisons at once, so alpha is
 * divided by that (Bonferroni; with two groups it is the plain test). Conservative, but a flag on a dashboard
 * should not appear by chance in one of twenty touchpoints of a three-site hospital.
 */
export function compareGroups(
  groups: { id: string; acc: ScaleAccumulator | null | undefined }[],
  alpha = 0.05,
): GroupComparison {
  const scored = groups
    .filter((g): g is { id: string; acc: ScaleAccumulator } => !!g.acc && g.acc.n >= MIN_SAMPLE)
    .map((g) => ({ id: g.id, acc: g.acc, percent: percentPart(g.acc).mean }));
  if (scored.length < 2) return { kind: "too_few_groups", groups: scored.length, minSample: MIN_SAMPLE };
  let best = scored[0] as (typeof scored)[number];
  let worst = best;
  for (const g of scored) {
    if (g.percent > best.percent) best = g;
    if (g.percent < worst.percent) worst = g;
  }
  // All means equal: any two groups (the first two) show it.
  if (best === worst) worst = scored[1] as (typeof scored)[number];
  const test = compareMeans(best.acc, worst.acc, 1 - alpha);
  const pairs = (scored.length * (scored.length - 1)) / 2;
  return {
    kind: "compared",
    bestId: best.id,
    worstId: worst.id,
    gap: best.percent - worst.percent,
    test,
    pairs,
    alpha,
    significant: test.kind === "welch" && test.p < alpha / pairs,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Comparing two periods
// ---------------------------------------------------------------------------------------------------------------

export const ScoreChange = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("too_few"), currentN: z.number().int(), previousN: z.number().int() }),
  z.object({
    kind: z.literal("change"),
    /** Change of the mean in points of the 0–100 scale (current − previous). */
    change: z.number(),
    ci: ConfidenceInterval,
    /** "up"/"down" only when the interval excludes 0 (Welch's t); otherwise "no_clear_change". */
    direction: z.enum(["up", "down", "no_clear_change"]),
  }),
]);
export type ScoreChange = z.infer<typeof ScoreChange>;

/**
 * How a score moved between two periods, on the 0–100 scale (so a question that moved from a 5- to a
 * 7-point scale still compares). Welch's unequal-variance t interval: weekly samples differ in size and spread.
 * Only the interval: no p value (its incomplete beta) for each of the thousands of cells a trend compares.
 */
export function compareScores(current: ScaleAccumulator, previous: ScaleAccumulator, level = 0.95): ScoreChange {
  if (current.n < MIN_SAMPLE || previous.n < MIN_SAMPLE) {
    return { kind: "too_few", currentN: current.n, previousN: previous.n };
  }
  const { difference, ci } = welchInterval(percentPart(current), percentPart(previous), level);
  const direction = ci.lower > 0 ? "up" : ci.upper < 0 ? "down" : "no_clear_change";
  return { kind: "change", change: difference, ci, direction };
}
