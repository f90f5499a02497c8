import { z } from "zod";
import { FREQUENCIES, type Frequency, SEVERITIES, type Severity } from "../models/pain-point.ts";
import type { IpaQuadrant } from "./ipa.ts";

/**
 * What to fix first: a 0–100 priority for pain points and weak touchpoints, as a weighted mean of five
 * factors, each normalised to 0–1 (1 = more urgent):
 * - quadrant: the IPA quadrant of the touchpoint — concentrate_here 1, low_priority 0.4 (performing
 *   poorly, even if it matters less), keep_up 0.2 (fine now, but important), possible_overkill 0;
 * - severity: the pain point's severity, low 0 · medium ⅓ · high ⅔ · critical 1;
 * - complaints: VOC complaints in the period ÷ the most complained-about item of the list; without
 *   complaint data, the team's rated frequency (rare 0 … constant 1) stands in and says so;
 * - trend: the touchpoint score's change in points of 0–100: a drop of TREND_FULL_SCALE points or more → 1,
 *   no change → 0.5, a rise of as much → 0;
 * - reach: patients passing the touchpoint ÷ the busiest item of the list.
 * A factor that is unknown for an item (no survey data yet, a weak touchpoint has no severity) is left out
 * and the weights of the known factors are rescaled to sum to 1 — the score is the weighted mean of what
 * is known, and `coverage` says how much of the total weight that was, so a rank built on one factor is
 * visibly thin. Contributions add up to the score exactly.
 */

export const PRIORITY_FACTORS = ["quadrant", "severity", "complaints", "trend", "reach"] as const;
export const PriorityFactorName = z.enum(PRIORITY_FACTORS);
export type PriorityFactorName = z.infer<typeof PriorityFactorName>;

const Weight = z.number().min(0).max(100);

/** Per-hospital weights of the priority factors; relative, they need not sum to 1. */
export const PriorityWeights = z
  .object({
    quadrant: Weight.default(0.3),
    severity: Weight.default(0.25),
    complaints: Weight.default(0.2),
    trend: Weight.default(0.15),
    reach: Weight.default(0.1),
  })
  .refine((w) => PRIORITY_FACTORS.some((f) => w[f] > 0), { message: "at least one weight must be above 0" });
export type PriorityWeights = z.infer<typeof PriorityWeights>;

export const DEFAULT_PRIORITY_WEIGHTS: PriorityWeights = PriorityWeights.parse({});

export const QUADRANT_URGENCY: Record<IpaQuadrant, number> = {
  concentrate_here: 1,
  low_priority: 0.4,
  keep_up: 0.2,
  possible_overkill: 0,
};

/** A fall of this many points (0–100 scale) since the previous period counts as the steepest trend. */
export const TREND_FULL_SCALE = 10;

export interface PriorityItem {
  id: string;
  kind: "pain_point" | "touchpoint";
  touchpointId?: string | null;
  quadrant?: IpaQuadrant | null;
  severity?: Severity | null;
  /** The team's rated frequency; used only when `complaints` is unknown. */
  frequency?: Frequency | null;
  /** VOC complaints about the touchpoint / pain point in the period. */
  complaints?: number | null;
  /** Change of the touchpoint's 0–100 score since the previous period (current − previous). */
  trend?: number | null;
  /** Patients who passed the touchpoint in the period. */
  reach?: number | null;
}

export const PriorityFactor = z.object({
  factor: PriorityFactorName,
  /** The input as given (quadrant, severity, count, points, patients), null when unknown. */
  raw: z.union([z.string(), z.number(), z.null()]),
  /** 0–1, 1 = most urgent; null when unknown. */
  value: z.number().nullable(),
  /** Where the value came from when there is a choice ("complaints" or "rated_frequency"). */
  source: z.string().nullable(),
  weight: z.number(),
  /** The weight's share among the known factors of this item (0 when unknown). */
  effectiveWeight: z.number(),
  /** Points of the 0–100 score this factor adds: 100 · effectiveWeight · value. */
  contribution: z.number(),
});
export type PriorityFactor = z.infer<typeof PriorityFactor>;

export const PriorityRank = z.object({
  rank: z.number().int().min(1),
  id: z.string(),
  kind: z.enum(["pain_point", "touchpoint"]),
  touchpointId: z.string().nullable(),
  score: z.number(),
  /** Share (0–1) of the total weight whose factor was known for this item. */
  coverage: z.number(),
  factors: z.array(PriorityFactor),
});
export type PriorityRank = z.infer<typeof PriorityRank>;

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
const ordinal = <T extends string>(list: readonly T[], v: T) => list.indexOf(v) / (list.length - 1);

/** Ranks pain points and weak touchpoints, most urgent first, each with the factors that put it there. */
export function rankPriorities(
  items: PriorityItem[],
  weights: PriorityWeights = DEFAULT_PRIORITY_WEIGHTS,
): PriorityRank[] {
  const maxComplaints = Math.max(0, ...items.map((i) => i.complaints ?? 0));
  const maxReach = Math.max(0, ...items.map((i) => i.reach ?? 0));
  const totalWeight = PRIORITY_FACTORS.reduce((s, f) => s + weights[f], 0);

  const scored = items.map((item, index) => {
    const known = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);
    const raw: Record<
      PriorityFactorName,
      { raw: string | number | null; value: number | null; source: string | null }
    > = {
      quadrant: item.quadrant
        ? { raw: item.quadrant, value: QUADRANT_URGENCY[item.quadrant], source: null }
        : { raw: null, value: null, source: null },
      severity: item.severity
        ? { raw: item.severity, value: ordinal(SEVERITIES, item.severity), source: null }
        : { raw: null, value: null, source: null },
      complaints: known(item.complaints)
        ? {
            raw: item.complaints,
            value: maxComplaints > 0 ? item.complaints / maxComplaints : 0,
            source: "complaints",
          }
        : item.frequency
          ? { raw: item.frequency, value: ordinal(FREQUENCIES, item.frequency), source: "rated_frequency" }
          : { raw: null, value: null, source: null },
      trend: known(item.trend)
        ? { raw: item.trend, value: clamp01(0.5 - item.trend / (2 * TREND_FULL_SCALE)), source: null }
        : { raw: null, value: null, source: null },
      reach: known(item.reach)
        ? { raw: item.reach, value: maxReach > 0 ? item.reach / maxReach : 0, source: null }
        : { raw: null, value: null, source: null },
    };
    const knownWeight = PRIORITY_FACTORS.reduce((s, f) => s + (raw[f].value === null ? 0 : weights[f]), 0);
    const factors: PriorityFactor[] = PRIORITY_FACTORS.map((f) => {
      const { value } = raw[f];
      const effectiveWeight = value === null || knownWeight === 0 ? 0 : weights[f] / knownWeight;
      return {
        factor: f,
        raw: raw[f].raw,
        value,
        source: raw[f].source,
        weight: weights[f],
        effectiveWeight,
        contribution: value === null ? 0 : 100 * effectiveWeight * value,
      };
    });
    return {
      index,
      item,
      score: factors.reduce((s, f) => s + f.contribution, 0),
      coverage: totalWeight > 0 ? knownWeight / totalWeight : 0,
      factors,
    };
  });

  // Ties: the better-evidenced item first, then input order (stable for the same data).
  scored.sort((a, b) => b.score - a.score || b.coverage - a.coverage || a.index - b.index);
  return scored.map(
    (s, i): PriorityRank => ({
      rank: i + 1,
      id: s.item.id,
      kind: s.item.kind,
      touchpointId: s.item.touchpointId ?? null,
      score: s.score,
      coverage: s.coverage,
      factors: s.factors,
    }),
  );
}
