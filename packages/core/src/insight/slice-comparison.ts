import { z } from "zod";
import { compareScores } from "./compare-means.ts";
import {
  ConfidenceInterval,
  MIN_SAMPLE,
  type ScaleAccumulator,
  scaleOf,
  scaleToPercent,
  subtractAccumulators,
} from "./statistics.ts";

/**
 * How one slice of the patients (a department's) fares on a score against everybody (the whole journey).
 *
 * The slice is part of the whole, so the two are not independent samples and their intervals cannot be
 * compared as such: a department with most of the answers always "agrees" with the whole. The test is
 * therefore the slice against the *rest* (whole − slice, exact because accumulators subtract), with Welch's
 * unequal-variance t interval on 0–100 — while the gap shown is the slice against the whole, the yardstick a
 * manager reads on the other dashboards.
 */
export const SliceGap = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("too_few"),
    /** The slice's answers: below MIN_SAMPLE no score and no gap. */
    n: z.number().int(),
    wholeN: z.number().int(),
    minSample: z.number(),
  }),
  z.object({
    kind: z.literal("gap"),
    n: z.number().int(),
    /** The slice's score, 0–100. */
    percent: z.number(),
    wholeN: z.number().int(),
    wholePercent: z.number(),
    /** percent − wholePercent, in points of 0–100; negative: the slice's patients fare worse. */
    gap: z.number(),
    restN: z.number().int(),
    /** The others' score, 0–100; null below MIN_SAMPLE answers. */
    restPercent: z.number().nullable(),
    /** percent − restPercent with its Welch interval; null when the rest has too few answers. */
    difference: z.number().nullable(),
    ci: ConfidenceInterval.nullable(),
    /**
     * worse / better only when the interval of the difference from the rest excludes 0; rest_too_few when
     * nearly every answer is the slice's (nothing to compare with).
     */
    direction: z.enum(["worse", "better", "no_clear_difference", "rest_too_few"]),
  }),
]);
export type SliceGap = z.infer<typeof SliceGap>;

/**
 * The slice against the whole it belongs to (same question, same scale, same period). Throws when `slice` is
 * not part of `whole` (different scales, or more answers of a value than the whole has): that is a bug.
 */
export function compareSliceWithWhole(slice: ScaleAccumulator, whole: ScaleAccumulator, level = 0.95): SliceGap {
  const rest = subtractAccumulators(whole, slice);
  if (slice.n < MIN_SAMPLE) return { kind: "too_few", n: slice.n, wholeN: whole.n, minSample: MIN_SAMPLE };
  // whole.n ≥ slice.n ≥ MIN_SAMPLE: both have a mean.
  const percent = scaleToPercent(slice.sum / slice.n, scaleOf(slice));
  const wholePercent = scaleToPercent(whole.sum / whole.n, scaleOf(whole));
  const base = {
    kind: "gap" as const,
    n: slice.n,
    percent,
    wholeN: whole.n,
    wholePercent,
    gap: percent - wholePercent,
  };
  const vsRest = compareScores(slice, rest, level);
  if (vsRest.kind === "too_few") {
    return {
      ...base,
      restN: rest.n,
      restPercent: null,
      difference: null,
      ci: null,
      direction: "rest_too_few",
    };
  }
  return {
    ...base,
    restN: rest.n,
    restPercent: percent - vsRest.change,
    difference: vsRest.change,
    ci: vsRest.ci,
    direction: vsRest.direction === "down" ? "worse" : vsRest.direction === "up" ? "better" : "no_clear_difference",
  };
}

/** Worst first: significant shortfalls, then the other gaps by size, then slices with too few answers. */
export function compareSliceGaps(a: SliceGap, b: SliceGap): number {
  const rank = (g: SliceGap) => (g.kind === "too_few" ? 2 : g.direction === "worse" ? 0 : 1);
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  if (a.kind === "gap" && b.kind === "gap") return a.gap - b.gap;
  return b.n - a.n;
}
