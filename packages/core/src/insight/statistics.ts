import { z } from "zod";
import { studentTQuantile } from "./distributions.ts";

/**
 * Scores on fewer answers than this are not shown as numbers ("too few answers"): with n < 10 one
 * unhappy patient moves a 5-point mean by 0.4 and the 95 % interval is wider than a scale point.
 */
export const MIN_SAMPLE = 10;

/** A closed integer answer scale: satisfaction 1–5 or 1–7, importance 1–5, NPS 0–10. */
export const AnswerScale = z
  .object({ min: z.number().int(), max: z.number().int() })
  .refine((s) => s.max > s.min && s.max - s.min <= 100, { message: "max must exceed min (at most 101 points)" });
export type AnswerScale = z.infer<typeof AnswerScale>;

export const SATISFACTION_5: AnswerScale = { min: 1, max: 5 };
export const SATISFACTION_7: AnswerScale = { min: 1, max: 7 };
export const IMPORTANCE_5: AnswerScale = { min: 1, max: 5 };
export const NPS_SCALE: AnswerScale = { min: 0, max: 10 };

/** The satisfaction scale of a survey question with `points` points (5 or 7), as stored by the survey model. */
export const satisfactionScale = (points: 5 | 7): AnswerScale => (points === 5 ? SATISFACTION_5 : SATISFACTION_7);

/** Where `value` lies on the scale, in percent: min → 0, max → 100. Lets 5- and 7-point items be compared. */
export const scaleToPercent = (value: number, scale: AnswerScale): number =>
  ((value - scale.min) / (scale.max - scale.min)) * 100;

// ---------------------------------------------------------------------------------------------------------------
// Sufficient statistics of answers on one scale
// ---------------------------------------------------------------------------------------------------------------

/**
 * Sufficient statistics of integer answers on one scale. Everything a score needs (mean, SD, CI,
 * box shares, NPS) follows from it, and it is a commutative group under `mergeAccumulators` /
 * `subtractAccumulators`, so a rollup row can be kept in step with inserts and deletes without a rescan.
 * With integer answers every field is an integer, so merging and subtracting are exact (no float drift)
 * as long as the sum of squares stays below 2^53 (≈ 1.8·10^14 answers on a 7-point scale).
 * `counts[i]` is the number of answers equal to `scaleMin + i`; `n`, `sum` and `sumSquares` are redundant
 * with it but kept because a SQL rollup maintains them with plain `SUM`s.
 */
export const ScaleAccumulator = z
  .object({
    scaleMin: z.number().int(),
    scaleMax: z.number().int(),
    n: z.number().int().min(0),
    sum: z.number(),
    sumSquares: z.number().min(0),
    counts: z.array(z.number().int().min(0)),
  })
  .superRefine((a, ctx) => {
    if (a.scaleMax <= a.scaleMin || a.counts.length !== a.scaleMax - a.scaleMin + 1) {
      ctx.addIssue({ code: "custom", path: ["counts"], message: "one count per scale point" });
      return;
    }
    const fromCounts = momentsOfCounts(a);
    if (fromCounts.n !== a.n || fromCounts.sum !== a.sum || fromCounts.sumSquares !== a.sumSquares) {
      ctx.addIssue({ code: "custom", path: ["n"], message: "n, sum and sumSquares disagree with the counts" });
    }
  });
export type ScaleAccumulator = z.infer<typeof ScaleAccumulator>;

function momentsOfCounts(a: Pick<ScaleAccumulator, "scaleMin" | "counts">) {
  let n = 0;
  let sum = 0;
  let sumSquares = 0;
  a.counts.forEach((c, i) => {
    const v = a.scaleMin + i;
    n += c;
    sum += c * v;
    sumSquares += c * v * v;
  });
  return { n, sum, sumSquares };
}

export function emptyAccumulator(scale: AnswerScale): ScaleAccumulator {
  return {
    scaleMin: scale.min,
    scaleMax: scale.max,
    n: 0,
    sum: 0,
    sumSquares: 0,
    counts: new Array(scale.max - scale.min + 1).fill(0),
  };
}

export const scaleOf = (a: ScaleAccumulator): AnswerScale => ({ min: a.scaleMin, max: a.scaleMax });

function checkValue(a: ScaleAccumulator, value: number) {
  // Answers are validated at the edge (questionRange); a value off the scale here is a bug, not input.
  if (!Number.isInteger(value) || value < a.scaleMin || value > a.scaleMax) {
    throw new RangeError(`answer ${value} is not on the ${a.scaleMin}–${a.scaleMax} scale`);
  }
}

/** The accumulator with `count` more answers equal to `value` (negative `count` removes answers). */
export function addAnswer(a: ScaleAccumulator, value: number, count = 1): ScaleAccumulator {
  checkValue(a, value);
  const i = value - a.scaleMin;
  const counts = a.counts.slice();
  const next = (counts[i] ?? 0) + count;
  if (next < 0) throw new RangeError(`cannot remove ${-count} answer(s) of ${value}: only ${counts[i]} present`);
  counts[i] = next;
  return {
    ...a,
    n: a.n + count,
    sum: a.sum + count * value,
    sumSquares: a.sumSquares + count * value * value,
    counts,
  };
}

/** The accumulator without one answer equal to `value` (a deleted response). */
export const removeAnswer = (a: ScaleAccumulator, value: number): ScaleAccumulator => addAnswer(a, value, -1);

/** Accumulates a list of answers on `scale`. */
export function accumulateAnswers(scale: AnswerScale, values: Iterable<number>): ScaleAccumulator {
  const acc = emptyAccumulator(scale);
  for (const v of values) {
    checkValue(acc, v);
    const i = v - acc.scaleMin;
    acc.counts[i] = (acc.counts[i] ?? 0) + 1;
    acc.n += 1;
    acc.sum += v;
    acc.sumSquares += v * v;
  }
  return acc;
}

function checkSameScale(a: ScaleAccumulator, b: ScaleAccumulator) {
  if (a.scaleMin !== b.scaleMin || a.scaleMax !== b.scaleMax) {
    throw new RangeError(`cannot combine a ${a.scaleMin}–${a.scaleMax} with a ${b.scaleMin}–${b.scaleMax} scale`);
  }
}

/** Statistics of the union of two disjoint answer sets (e.g. two days into a week). */
export function mergeAccumulators(a: ScaleAccumulator, b: ScaleAccumulator): ScaleAccumulator {
  checkSameScale(a, b);
  return {
    ...a,
    n: a.n + b.n,
    sum: a.sum + b.sum,
    sumSquares: a.sumSquares + b.sumSquares,
    counts: a.counts.map((c, i) => c + (b.counts[i] ?? 0)),
  };
}

/**
 * Statistics of `a` without the answers in `b` (deleted responses). `b` must be part of `a`; a count
 * going negative means the rollup and its source disagree, which is a bug, so it throws.
 */
export function subtractAccumulators(a: ScaleAccumulator, b: ScaleAccumulator): ScaleAccumulator {
  checkSameScale(a, b);
  const counts = a.counts.map((c, i) => c - (b.counts[i] ?? 0));
  if (counts.some((c) => c < 0)) throw new RangeError("subtracting answers that were never added");
  return { ...a, n: a.n - b.n, sum: a.sum - b.sum, sumSquares: a.sumSquares - b.sumSquares, counts };
}

// ---------------------------------------------------------------------------------------------------------------
// Descriptive statistics
// ---------------------------------------------------------------------------------------------------------------

/** Arithmetic mean, or null without answers. */
export const meanOf = (a: Pick<ScaleAccumulator, "n" | "sum">): number | null => (a.n === 0 ? null : a.sum / a.n);

/**
 * Sample variance (n − 1 denominator), or null for n < 2. Computed from the counts around the mean, not
 * as (Σx² − (Σx)²/n)/(n − 1), which cancels catastrophically for large n and can even turn negative.
 */
export function sampleVariance(a: ScaleAccumulator): number | null {
  if (a.n < 2) return null;
  const m = a.sum / a.n;
  let ss = 0;
  for (let i = 0; i < a.counts.length; i++) {
    const d = a.scaleMin + i - m;
    ss += (a.counts[i] as number) * d * d;
  }
  return ss / (a.n - 1);
}

/** Sample standard deviation (n − 1 denominator), or null for n < 2. */
export function sampleSd(a: ScaleAccumulator): number | null {
  const v = sampleVariance(a);
  return v === null ? null : Math.sqrt(v);
}

export const ConfidenceInterval = z.object({ lower: z.number(), upper: z.number(), level: z.number() });
export type ConfidenceInterval = z.infer<typeof ConfidenceInterval>;

/**
 * The t quantiles a dashboard asks for repeat (the same level, sample sizes that recur across thousands of
 * cells), and each costs an iterative inversion of the t CDF: keep them, up to a bound.
 */
const tQuantiles = new Map<number, Map<number, number>>(); // level → df → quantile
let tQuantilesKept = 0;
function tQuantileOf(p: number, df: number): number {
  let q = tQuantiles.get(p)?.get(df);
  if (q === undefined) {
    q = studentTQuantile(p, df);
    if (tQuantilesKept >= 10_000) {
      tQuantiles.clear();
      tQuantilesKept = 0;
    }
    const byDf = tQuantiles.get(p) ?? new Map<number, number>();
    tQuantiles.set(p, byDf.set(df, q));
    tQuantilesKept += 1;
  }
  return q;
}

/**
 * Confidence interval of the mean: mean ± t(1 − α/2, n − 1) · s / √n, the t quantile rather than 1.96 because
 * small samples are the norm per touchpoint and week. The interval is clipped to the scale: a mean cannot lie
 * outside it, and a CS team reads "4.8 to 5.1 on a 5-point scale" as an error. Null for n < 2.
 */
export function meanConfidenceInterval(a: ScaleAccumulator, level = 0.95): ConfidenceInterval | null {
  const sd = sampleSd(a);
  if (sd === null) return null;
  const m = a.sum / a.n;
  const half = tQuantileOf(1 - (1 - level) / 2, a.n - 1) * (sd / Math.sqrt(a.n));
  return { lower: Math.max(a.scaleMin, m - half), upper: Math.min(a.scaleMax, m + half), level };
}

/** Share (0–1) of answers on the `width` highest (or lowest) points of the scale; null without answers. */
export function boxShare(a: ScaleAccumulator, side: "top" | "bottom", width: number): number | null {
  if (a.n === 0) return null;
  const from = side === "top" ? Math.max(0, a.counts.length - width) : 0;
  const to = side === "top" ? a.counts.length : Math.min(width, a.counts.length);
  let picked = 0;
  for (let i = from; i < to; i++) picked += a.counts[i] as number;
  return picked / a.n;
}

/**
 * Top-two-box and bottom-two-box: the shares of the two highest ("satisfied" + "very satisfied") and the two
 * lowest points, on 5- and 7-point scales alike. Named "two-box" on purpose so that nobody reads them as
 * the single top box; HCAHPS-style single top box is `boxShare(a, "top", 1)`.
 */
export const topTwoBox = (a: ScaleAccumulator) => boxShare(a, "top", 2);
export const bottomTwoBox = (a: ScaleAccumulator) => boxShare(a, "bottom", 2);

export const TooFew = z.object({ kind: z.literal("too_few"), n: z.number().int().min(0), minSample: z.number() });
export type TooFew = z.infer<typeof TooFew>;
export const tooFew = (n: number): TooFew => ({ kind: "too_few", n, minSample: MIN_SAMPLE });

/** A touchpoint's satisfaction (or importance) score for a period: a number only from MIN_SAMPLE answers on. */
export const ScoreSummary = z.discriminatedUnion("kind", [
  TooFew,
  z.object({
    kind: z.literal("score"),
    n: z.number().int(),
    scale: z.object({ min: z.number().int(), max: z.number().int() }),
    mean: z.number(),
    sd: z.number(),
    ci: ConfidenceInterval,
    /** The mean on 0–100 (min of the scale → 0, max → 100), comparable across 5- and 7-point items. */
    percent: z.number(),
    percentCi: ConfidenceInterval,
    topTwoBox: z.number(),
    bottomTwoBox: z.number(),
    /** Answers per scale point, for the distribution chart. */
    counts: z.array(z.number().int()),
  }),
]);
export type ScoreSummary = z.infer<typeof ScoreSummary>;

export function summarizeScore(a: ScaleAccumulator, level = 0.95): ScoreSummary {
  if (a.n < MIN_SAMPLE) return tooFew(a.n);
  const scale = scaleOf(a);
  const m = a.sum / a.n;
  // n ≥ MIN_SAMPLE ≥ 2, so none of these is null.
  const ci = meanConfidenceInterval(a, level) as ConfidenceInterval;
  return {
    kind: "score",
    n: a.n,
    scale,
    mean: m,
    sd: sampleSd(a) as number,
    ci,
    percent: scaleToPercent(m, scale),
    percentCi: { lower: scaleToPercent(ci.lower, scale), upper: scaleToPercent(ci.upper, scale), level },
    topTwoBox: topTwoBox(a) as number,
    bottomTwoBox: bottomTwoBox(a) as number,
    counts: a.counts.slice(),
  };
}

/** Rounds to 4 decimals: a mean of 4.1234 on 1–5, a share of 12.34 %; far below what any chart or CSV shows. */
const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * What a table of many scores (touchpoint × period × department) shows of each: answers, mean with its 95 %
 * interval, the 0–100 score and the two-box shares, rounded to 4 decimals. A whole breakdown carries thousands
 * of them, and the full `ScoreSummary` (SD, interval in percent, per-point counts, full float precision) made
 * it three times the size; the full summary stays on the one-touchpoint endpoint.
 */
export const ScoreBrief = z.discriminatedUnion("kind", [
  TooFew,
  z.object({
    kind: z.literal("score"),
    n: z.number().int(),
    scale: z.object({ min: z.number().int(), max: z.number().int() }),
    mean: z.number(),
    ci: z.object({ lower: z.number(), upper: z.number() }),
    /** The mean on 0–100 (min of the scale → 0, max → 100). */
    percent: z.number(),
    topTwoBox: z.number(),
    bottomTwoBox: z.number(),
  }),
]);
export type ScoreBrief = z.infer<typeof ScoreBrief>;

export function briefScore(a: ScaleAccumulator, level = 0.95): ScoreBrief {
  if (a.n < MIN_SAMPLE) return tooFew(a.n);
  const scale = scaleOf(a);
  const mean = a.sum / a.n;
  const ci = meanConfidenceInterval(a, level) as ConfidenceInterval;
  return {
    kind: "score",
    n: a.n,
    scale,
    mean: round4(mean),
    ci: { lower: round4(ci.lower), upper: round4(ci.upper) },
    percent: round4(scaleToPercent(mean, scale)),
    topTwoBox: round4(topTwoBox(a) as number),
    bottomTwoBox: round4(bottomTwoBox(a) as number),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Net Promoter Score
// ---------------------------------------------------------------------------------------------------------------

export const NpsSummary = z.discriminatedUnion("kind", [
  TooFew,
  z.object({
    kind: z.literal("nps"),
    n: z.number().int(),
    /** −100 … 100: % promoters (9–10) − % detractors (0–6). */
    score: z.number(),
    promoters: z.number().int(),
    passives: z.number().int(),
    detractors: z.number().int(),
    /** Normal-approximation interval of the score, clipped to −100 … 100. */
    ci: ConfidenceInterval,
  }),
]);
export type NpsSummary = z.infer<typeof NpsSummary>;

/**
 * NPS from an accumulator of 0–10 answers. The interval uses the variance of a promoter (+1) /
 * passive (0) / detractor (−1) variable, (p + d − (p − d)²)/n, with the t quantile as for means.
 */
export function netPromoterScore(a: ScaleAccumulator, level = 0.95): NpsSummary {
  if (a.scaleMin !== NPS_SCALE.min || a.scaleMax !== NPS_SCALE.max) {
    throw new RangeError(`NPS needs a 0–10 scale, not ${a.scaleMin}–${a.scaleMax}`);
  }
  if (a.n < MIN_SAMPLE) return tooFew(a.n);
  const sumOf = (from: number, to: number) => a.counts.slice(from, to + 1).reduce((s, c) => s + c, 0);
  const detractors = sumOf(0, 6);
  const passives = sumOf(7, 8);
  const promoters = sumOf(9, 10);
  const p = promoters / a.n;
  const d = detractors / a.n;
  const score = (p - d) * 100;
  const variance = ((p + d - (p - d) ** 2) * a.n) / (a.n - 1);
  const half = studentTQuantile(1 - (1 - level) / 2, a.n - 1) * Math.sqrt(variance / a.n) * 100;
  return {
    kind: "nps",
    n: a.n,
    score,
    promoters,
    passives,
    detractors,
    ci: { lower: Math.max(-100, score - half), upper: Math.min(100, score + half), level },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Correlation from co-moment sums
// ---------------------------------------------------------------------------------------------------------------

/**
 * Co-moment sums of paired answers (x = a touchpoint's satisfaction, y = overall satisfaction or NPS of the
 * same response). Mergeable and subtractable like `ScaleAccumulator`, and exact for integer answers.
 */
export const CoMoments = z.object({
  n: z.number().int().min(0),
  sumX: z.number(),
  sumY: z.number(),
  sumXY: z.number(),
  sumXX: z.number().min(0),
  sumYY: z.number().min(0),
});
export type CoMoments = z.infer<typeof CoMoments>;

export const emptyCoMoments = (): CoMoments => ({ n: 0, sumX: 0, sumY: 0, sumXY: 0, sumXX: 0, sumYY: 0 });

/** Adds `count` pairs (x, y); a negative count removes them. */
export function addPair(c: CoMoments, x: number, y: number, count = 1): CoMoments {
  if (c.n + count < 0) throw new RangeError("removing more pairs than were added");
  return {
    n: c.n + count,
    sumX: c.sumX + count * x,
    sumY: c.sumY + count * y,
    sumXY: c.sumXY + count * x * y,
    sumXX: c.sumXX + count * x * x,
    sumYY: c.sumYY + count * y * y,
  };
}

export function accumulatePairs(pairs: Iterable<readonly [number, number]>): CoMoments {
  let c = emptyCoMoments();
  for (const [x, y] of pairs) c = addPair(c, x, y);
  return c;
}

export const mergeCoMoments = (a: CoMoments, b: CoMoments): CoMoments => ({
  n: a.n + b.n,
  sumX: a.sumX + b.sumX,
  sumY: a.sumY + b.sumY,
  sumXY: a.sumXY + b.sumXY,
  sumXX: a.sumXX + b.sumXX,
  sumYY: a.sumYY + b.sumYY,
});

export function subtractCoMoments(a: CoMoments, b: CoMoments): CoMoments {
  if (b.n > a.n) throw new RangeError("subtracting pairs that were never added");
  return {
    n: a.n - b.n,
    sumX: a.sumX - b.sumX,
    sumY: a.sumY - b.sumY,
    sumXY: a.sumXY - b.sumXY,
    sumXX: a.sumXX - b.sumXX,
    sumYY: a.sumYY - b.sumYY,
  };
}

/**
 * Pearson's r = (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)). The products are exact integers for integer
 * answers (up to 2^53), so there is no cancellation error. Null — never NaN — for n < 2 or when either
 * variable has no variance (everyone answered 5: the relation is undefined, not zero).
 */
export function pearsonCorrelation(c: CoMoments): number | null {
  if (c.n < 2) return null;
  const sxx = c.n * c.sumXX - c.sumX * c.sumX;
  const syy = c.n * c.sumYY - c.sumY * c.sumY;
  if (!(sxx > 0) || !(syy > 0)) return null;
  const r = (c.n * c.sumXY - c.sumX * c.sumY) / Math.sqrt(sxx * syy);
  return Math.max(-1, Math.min(1, r));
}
