import { z } from "zod";
import { IpaQuadrant, type IpaResult, quadrantOf } from "./ipa.ts";

/**
 * Staff vs patients in the importance–performance matrix. The journey map is the team's hypothesis: each
 * touchpoint's `importance` (1–5, the team's rating) and each stage's `emotion` (−3…+3, the hypothesised
 * emotion curve). Put on the patients' axes:
 * - team importance = (rating − 1) · 25 — the same 0–100 rescaling as the patients' stated 1–5 importance;
 * - team performance = the touchpoint's stage emotion on 0–100 (−3 → 0, 0 → 50, +3 → 100), the inverse of
 *   the map overlay's satisfaction → emotion mapping (one linear formula, both ways).
 * Both points are placed against the PATIENTS' cut lines, so a team point drawn on the same chart sits in the
 * quadrant it is labelled with. A touchpoint the team did not rate is "not rated", never given a value.
 *
 * Blind spots are the quadrant disagreements that matter for action:
 * - `patients_concentrate`: patients put it in "concentrate here", the team did not (the team thinks it is
 *   fine or unimportant);
 * - `team_concentrate`: the team put it in "concentrate here", patients did not;
 * - `other`: the quadrants differ elsewhere (e.g. keep up vs possible overkill).
 */

export const EMOTION_MIN = -3;
export const EMOTION_MAX = 3;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Satisfaction (0–100) on the emotion axis (−3…+3): linear, 50 ↔ 0. */
export function satisfactionToEmotion(score: number): number {
  return clamp(EMOTION_MIN + (score / 100) * (EMOTION_MAX - EMOTION_MIN), EMOTION_MIN, EMOTION_MAX);
}

/** An emotion (−3…+3) as the 0–100 performance it expects — the inverse of `satisfactionToEmotion`. */
export function emotionToSatisfaction(emotion: number): number {
  return clamp(((emotion - EMOTION_MIN) / (EMOTION_MAX - EMOTION_MIN)) * 100, 0, 100);
}

/** The team's 1–5 importance rating on 0–100, as the patients' stated importance: (r − 1) · 25. */
export function teamImportanceToPercent(rating: number): number {
  return clamp(((rating - 1) / 4) * 100, 0, 100);
}

export interface StaffHypothesisInput {
  touchpointId: string;
  /** The team's rating, 1–5; null = not rated. */
  importance: number | null;
  /** The emotion of the touchpoint's stage, −3…+3. */
  stageEmotion: number;
}

export const STAFF_IPA_STATUSES = ["compared", "not_rated", "no_patient_point"] as const;
export const BLIND_SPOTS = ["patients_concentrate", "team_concentrate", "other"] as const;
export const BlindSpot = z.enum(BLIND_SPOTS);
export type BlindSpot = z.infer<typeof BlindSpot>;

const PlacedPoint = z.object({ importance: z.number(), performance: z.number(), quadrant: IpaQuadrant });

export const StaffIpaPoint = z.object({
  touchpointId: z.string(),
  status: z.enum(STAFF_IPA_STATUSES),
  /** The team's hypothesis on 0–100; null when the team did not rate the touchpoint. */
  team: PlacedPoint.nullable(),
  /** The patients' point; null when it is not placed (too few answers, no importance question). */
  patient: PlacedPoint.nullable(),
  /** Patients − team, in points (0–100); null unless compared. */
  importanceGap: z.number().nullable(),
  performanceGap: z.number().nullable(),
  /** Null when the quadrants agree or the touchpoint is not compared. */
  blindSpot: BlindSpot.nullable(),
});
export type StaffIpaPoint = z.infer<typeof StaffIpaPoint>;

export const StaffIpaComparison = z.object({
  /** The cut lines both sets of points were placed against (the patients'; 50 when patients have none). */
  cuts: z.object({ importance: z.number(), performance: z.number() }),
  points: z.array(StaffIpaPoint),
  counts: z.object({
    compared: z.number().int(),
    notRated: z.number().int(),
    noPatientPoint: z.number().int(),
    /** Touchpoints where one side says "concentrate here" and the other does not. */
    blindSpots: z.number().int(),
    /** Other quadrant differences (`blindSpot: "other"`). */
    otherDifferences: z.number().int(),
  }),
});
export type StaffIpaComparison = z.infer<typeof StaffIpaComparison>;

/** The blind-spot kind of two quadrants; null when they agree. */
export function blindSpotOf(team: IpaQuadrant, patient: IpaQuadrant): BlindSpot | null {
  if (team === patient) return null;
  if (patient === "concentrate_here") return "patients_concentrate";
  if (team === "concentrate_here") return "team_concentrate";
  return "other";
}

/**
 * Compares the team's hypothesis with the patients' stated-importance IPA of the same journey. Returns null
 * for derived importance (a correlation has no counterpart in a 1–5 rating). Points follow `hypothesis`'s
 * order; touchpoints missing from the IPA count as having no patient point.
 */
export function compareStaffIpa(hypothesis: StaffHypothesisInput[], ipa: IpaResult): StaffIpaComparison | null {
  if (ipa.importanceUnit !== "percent") return null;
  const cuts = {
    importance: ipa.cuts.importance.value ?? 50,
    performance: ipa.cuts.performance.value ?? 50,
  };
  const patients = new Map(ipa.points.map((p) => [p.touchpointId, p]));
  const counts = { compared: 0, notRated: 0, noPatientPoint: 0, blindSpots: 0, otherDifferences: 0 };
  const points = hypothesis.map((h): StaffIpaPoint => {
    const p = patients.get(h.touchpointId);
    const patient =
      p && p.quadrant !== null && p.importance !== null && p.performance !== null
        ? { importance: p.importance, performance: p.performance, quadrant: p.quadrant }
        : null;
    let team: StaffIpaPoint["team"] = null;
    if (h.importance !== null) {
      const importance = teamImportanceToPercent(h.importance);
      const performance = emotionToSatisfaction(h.stageEmotion);
      team = {
        importance,
        performance,
        quadrant: quadrantOf(importance, performance, cuts.importance, cuts.performance),
      };
    }
    if (!team) {
      counts.notRated++;
      return {
        touchpointId: h.touchpointId,
        status: "not_rated",
        team,
        patient,
        importanceGap: null,
        performanceGap: null,
        blindSpot: null,
      };
    }
    if (!patient) {
      counts.noPatientPoint++;
      return {
        touchpointId: h.touchpointId,
        status: "no_patient_point",
        team,
        patient,
        importanceGap: null,
        performanceGap: null,
        blindSpot: null,
      };
    }
    counts.compared++;
    const blindSpot = blindSpotOf(team.quadrant, patient.quadrant);
    if (blindSpot === "other") counts.otherDifferences++;
    else if (blindSpot) counts.blindSpots++;
    return {
      touchpointId: h.touchpointId,
      status: "compared",
      team,
      patient,
      importanceGap: patient.importance - team.importance,
      performanceGap: patient.performance - team.performance,
      blindSpot,
    };
  });
  return { cuts, points, counts };
}
