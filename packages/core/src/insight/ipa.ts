import { z } from "zod";
import { type CoMoments, MIN_SAMPLE, pearsonCorrelation, type ScaleAccumulator, summarizeScore } from "./statistics.ts";

/**
 * Importance–performance analysis (IPA). Each touchpoint is a point: performance = mean satisfaction on
 * 0–100 (so 5- and 7-point items share an axis), importance = either
 * - "stated": the mean answer to "how important is this to you?" on 0–100, or
 * - "derived": Pearson's r between the touchpoint's satisfaction and overall satisfaction (or NPS) in
 *   the same responses — what actually moves the overall judgement, which patients often state poorly
 *   (everything is "very important"). Shown as r, −1…1.
 *
 * Cut lines default to the means of the plotted points (Martilla & James' data-centred variant: it always
 * splits the touchpoints, which matters because stated importance crowds near the top of the scale).
 * The scale midpoint (3 of 5 → 50) or a fixed value can be chosen instead; the midpoint is not defined for
 * derived importance. A point exactly on a line (within 1e-9) counts as HIGH importance and NOT high
 * performance: on the line the matrix errs toward attention ("concentrate here" over "keep up").
 */

export const IPA_QUADRANTS = ["concentrate_here", "keep_up", "low_priority", "possible_overkill"] as const;
export const IpaQuadrant = z.enum(IPA_QUADRANTS);
export type IpaQuadrant = z.infer<typeof IpaQuadrant>;

export const IMPORTANCE_SOURCES = ["stated", "derived"] as const;
export const ImportanceSource = z.enum(IMPORTANCE_SOURCES);
export type ImportanceSource = z.infer<typeof ImportanceSource>;

export const IpaCutLine = z.union([z.literal("mean"), z.literal("midpoint"), z.object({ value: z.number() })]);
export type IpaCutLine = z.infer<typeof IpaCutLine>;

export const IpaOptions = z
  .object({
    importance: ImportanceSource.default("stated"),
    performanceCut: IpaCutLine.default("mean"),
    importanceCut: IpaCutLine.default("mean"),
  })
  .refine((o) => !(o.importance === "derived" && o.importanceCut === "midpoint"), {
    message: "derived importance (a correlation) has no scale midpoint; use the mean or a value",
    path: ["importanceCut"],
  });
export type IpaOptions = z.input<typeof IpaOptions>;

export interface IpaInput {
  touchpointId: string;
  satisfaction: ScaleAccumulator;
  /** Stated importance answers (1–5). */
  importance?: ScaleAccumulator | null;
  /** Pairs (this touchpoint's satisfaction, overall satisfaction or NPS) from the same responses. */
  overall?: CoMoments | null;
}

export const IPA_EXCLUSIONS = ["too_few_answers", "no_importance", "too_few_importance", "no_variance"] as const;

export const IpaPoint = z.object({
  touchpointId: z.string(),
  performance: z.number().nullable(),
  performanceN: z.number().int(),
  importance: z.number().nullable(),
  importanceN: z.number().int(),
  /** Null when the touchpoint cannot be placed; `excluded` says why. */
  quadrant: IpaQuadrant.nullable(),
  excluded: z.enum(IPA_EXCLUSIONS).nullable(),
  /** Stated importance − performance in points (both 0–100); null for derived importance. */
  gap: z.number().nullable(),
});
export type IpaPoint = z.infer<typeof IpaPoint>;

const CutValue = z.object({ value: z.number().nullable(), basis: z.enum(["mean", "midpoint", "value"]) });

export const IpaResult = z.object({
  importanceSource: ImportanceSource,
  importanceUnit: z.enum(["percent", "correlation"]),
  cuts: z.object({ performance: CutValue, importance: CutValue }),
  points: z.array(IpaPoint),
  counts: z.record(IpaQuadrant, z.number().int()),
});
export type IpaResult = z.infer<typeof IpaResult>;

const ON_LINE = 1e-9;

/** The quadrant of a point, given the cut lines; see the module comment for points on a line. */
export function quadrantOf(importance: number, performance: number, importanceCut: number, performanceCut: number) {
  const important = importance >= importanceCut - ON_LINE;
  const performing = performance > performanceCut + ON_LINE;
  const q: IpaQuadrant = important
    ? performing
      ? "keep_up"
      : "concentrate_here"
    : performing
      ? "possible_overkill"
      : "low_priority";
  return q;
}

function resolveCut(
  cut: IpaCutLine,
  values: number[],
  midpoint: number | null,
): { value: number | null; basis: "mean" | "midpoint" | "value" } {
  if (typeof cut === "object") return { value: cut.value, basis: "value" };
  if (cut === "midpoint" && midpoint !== null) return { value: midpoint, basis: "midpoint" };
  return { value: values.length ? values.reduce((s, v) => s + v, 0) / values.length : null, basis: "mean" };
}

/** Places each touchpoint of a journey (for one period) in the importance–performance matrix. */
export function importancePerformance(inputs: IpaInput[], options: IpaOptions = {}): IpaResult {
  const source = options.importance ?? "stated";
  const performanceCut = options.performanceCut ?? "mean";
  const importanceCut = options.importanceCut ?? "mean";

  const points: IpaPoint[] = inputs.map((t) => {
    const perf = summarizeScore(t.satisfaction);
    const base = {
      touchpointId: t.touchpointId,
      performance: perf.kind === "score" ? perf.percent : null,
      performanceN: t.satisfaction.n,
      importance: null,
      importanceN: 0,
      quadrant: null,
      gap: null,
    };
    let importance: number | null = null;
    let excluded: IpaPoint["excluded"] = perf.kind === "score" ? null : "too_few_answers";
    let importanceN = 0;
    if (source === "stated") {
      if (!t.importance) excluded ??= "no_importance";
      else {
        importanceN = t.importance.n;
        const imp = summarizeScore(t.importance);
        if (imp.kind === "score") importance = imp.percent;
        else excluded ??= "too_few_importance";
      }
    } else if (!t.overall) excluded ??= "no_importance";
    else {
      importanceN = t.overall.n;
      if (t.overall.n < MIN_SAMPLE) excluded ??= "too_few_importance";
      else {
        importance = pearsonCorrelation(t.overall);
        if (importance === null) excluded ??= "no_variance";
      }
    }
    return { ...base, importance, importanceN, excluded };
  });

  const placed = points.filter((p) => p.excluded === null);
  const cuts = {
    performance: resolveCut(
      performanceCut,
      placed.map((p) => p.performance as number),
      // The midpoint of every scale (3 of 1–5, 4 of 1–7) is 50 on the 0–100 axis.
      50,
    ),
    importance: resolveCut(
      importanceCut,
      placed.map((p) => p.importance as number),
      source === "stated" ? 50 : null,
    ),
  };

  const counts: Record<IpaQuadrant, number> = {
    concentrate_here: 0,
    keep_up: 0,
    low_priority: 0,
    possible_overkill: 0,
  };
  for (const p of placed) {
    const q = quadrantOf(
      p.importance as number,
      p.performance as number,
      cuts.importance.value as number,
      cuts.performance.value as number,
    );
    p.quadrant = q;
    counts[q]++;
    if (source === "stated") p.gap = (p.importance as number) - (p.performance as number);
  }

  return {
    importanceSource: source,
    importanceUnit: source === "stated" ? "percent" : "correlation",
    cuts,
    points,
    counts,
  };
}
