import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  accumulateAnswers,
  blindSpotOf,
  compareStaffIpa,
  emotionToSatisfaction,
  IMPORTANCE_5,
  type IpaInput,
  importancePerformance,
  SATISFACTION_5,
  StaffIpaComparison,
  satisfactionToEmotion,
  teamImportanceToPercent,
} from "../src/index.ts";

const constant = (value: number, scale = SATISFACTION_5) => accumulateAnswers(scale, new Array(20).fill(value));
/** Constant answers on 1–5: 0–100 = (v − 1) · 25. */
const stated = (touchpointId: string, perf: number, imp: number): IpaInput => ({
  touchpointId,
  satisfaction: constant(perf),
  importance: constant(imp, IMPORTANCE_5),
});

describe("emotion ↔ satisfaction", () => {
  it("maps known values both ways", () => {
    expect(emotionToSatisfaction(-3)).toBe(0);
    expect(emotionToSatisfaction(0)).toBe(50);
    expect(emotionToSatisfaction(3)).toBe(100);
    expect(emotionToSatisfaction(-2)).toBeCloseTo(100 / 6, 10);
    expect(emotionToSatisfaction(1)).toBeCloseTo(66.6667, 3);
    expect(satisfactionToEmotion(75)).toBe(1.5);
    expect(satisfactionToEmotion(0)).toBe(-3);
    expect(satisfactionToEmotion(120)).toBe(3);
    expect(emotionToSatisfaction(5)).toBe(100);
  });

  it("is one formula: each is the inverse of the other on the range", () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), (e) => {
        expect(satisfactionToEmotion(emotionToSatisfaction(e))).toBeCloseTo(e, 9);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (s) => {
        expect(emotionToSatisfaction(satisfactionToEmotion(s))).toBeCloseTo(s, 9);
      }),
    );
  });

  it("rescales the team's 1–5 rating as the patients' stated importance", () => {
    expect([1, 2, 3, 4, 5].map(teamImportanceToPercent)).toEqual([0, 25, 50, 75, 100]);
  });
});

describe("blindSpotOf", () => {
  it("names the disagreements around concentrate here", () => {
    expect(blindSpotOf("keep_up", "concentrate_here")).toBe("patients_concentrate");
    expect(blindSpotOf("low_priority", "concentrate_here")).toBe("patients_concentrate");
    expect(blindSpotOf("concentrate_here", "keep_up")).toBe("team_concentrate");
    expect(blindSpotOf("keep_up", "possible_overkill")).toBe("other");
    expect(blindSpotOf("keep_up", "keep_up")).toBeNull();
  });
});

describe("compareStaffIpa", () => {
  // Patients (1–5 answers → 0–100):
  //   kiosk: satisfaction 2 → 25, importance 5 → 100
  //   desk:  satisfaction 5 → 100, importance 4 → 75
  //   park:  satisfaction 4 → 75, importance 2 → 25
  //   call:  satisfaction 3 → 50, importance 3 → 50
  // Cut lines (means): performance (25 + 100 + 75 + 50) / 4 = 62.5, importance (100 + 75 + 25 + 50) / 4 = 62.5.
  // Quadrants: kiosk concentrate_here, desk keep_up, park possible_overkill, call low_priority.
  const ipa = importancePerformance([
    stated("kiosk", 2, 5),
    stated("desk", 5, 4),
    stated("park", 4, 2),
    stated("call", 3, 3),
    { touchpointId: "sms", satisfaction: constant(4), importance: null },
  ]);

  it("places the team's points against the patients' cut lines and flags blind spots", () => {
    const result = compareStaffIpa(
      [
        // Team: kiosk rated 4 → 75, its stage emotion +2 → 83.33: keep_up; patients: concentrate_here.
        { touchpointId: "kiosk", importance: 4, stageEmotion: 2 },
        // Team: desk 5 → 100, emotion +1 → 66.67: keep_up, agrees with patients.
        { touchpointId: "desk", importance: 5, stageEmotion: 1 },
        // Team: park 5 → 100, emotion −2 → 16.67: concentrate_here; patients: possible_overkill.
        { touchpointId: "park", importance: 5, stageEmotion: -2 },
        // Not rated by the team: listed, never invented.
        { touchpointId: "call", importance: null, stageEmotion: 0 },
        // Rated, but patients have no importance answers for it.
        { touchpointId: "sms", importance: 2, stageEmotion: 3 },
      ],
      ipa,
    );
    expect(result).not.toBeNull();
    const r = StaffIpaComparison.parse(result);
    expect(r.cuts).toEqual({ importance: 62.5, performance: 62.5 });
    const [kiosk, desk, park, call, sms] = r.points;

    expect(kiosk?.status).toBe("compared");
    expect(kiosk?.team?.importance).toBe(75);
    expect(kiosk?.team?.performance).toBeCloseTo(83.3333, 3);
    expect(kiosk?.team?.quadrant).toBe("keep_up");
    expect(kiosk?.patient).toEqual({ importance: 100, performance: 25, quadrant: "concentrate_here" });
    expect(kiosk?.importanceGap).toBe(25);
    expect(kiosk?.performanceGap).toBeCloseTo(25 - 83.3333, 3);
    expect(kiosk?.blindSpot).toBe("patients_concentrate");

    expect(desk?.team?.quadrant).toBe("keep_up");
    expect(desk?.importanceGap).toBe(-25);
    expect(desk?.performanceGap).toBeCloseTo(100 - 66.6667, 3);
    expect(desk?.blindSpot).toBeNull();

    expect(park?.team?.quadrant).toBe("concentrate_here");
    expect(park?.patient?.quadrant).toBe("possible_overkill");
    expect(park?.blindSpot).toBe("team_concentrate");
    expect(park?.importanceGap).toBe(-75);

    expect(call).toEqual({
      touchpointId: "call",
      status: "not_rated",
      team: null,
      patient: { importance: 50, performance: 50, quadrant: "low_priority" },
      importanceGap: null,
      performanceGap: null,
      blindSpot: null,
    });

    expect(sms?.status).toBe("no_patient_point");
    // 2 → 25 (< 62.5), +3 → 100 (> 62.5): possible_overkill.
    expect(sms?.team).toEqual({ importance: 25, performance: 100, quadrant: "possible_overkill" });
    expect(sms?.patient).toBeNull();
    expect(sms?.blindSpot).toBeNull();

    expect(r.counts).toEqual({ compared: 3, notRated: 1, noPatientPoint: 1, blindSpots: 2, otherDifferences: 0 });
  });

  it("counts other quadrant differences apart from the blind spots", () => {
    // Team: desk 2 → 25, emotion +2 → 83.33: possible_overkill; patients (75, 100) keep_up.
    const r = compareStaffIpa([{ touchpointId: "desk", importance: 2, stageEmotion: 2 }], ipa);
    expect(r?.points[0]?.team?.quadrant).toBe("possible_overkill");
    expect(r?.points[0]?.blindSpot).toBe("other");
    expect(r?.points[0]?.importanceGap).toBe(50);
    expect(r?.counts).toEqual({ compared: 1, notRated: 0, noPatientPoint: 0, blindSpots: 0, otherDifferences: 1 });
  });

  it("is not defined for derived importance", () => {
    const derived = importancePerformance([stated("a", 3, 3)], { importance: "derived" });
    expect(compareStaffIpa([{ touchpointId: "a", importance: 3, stageEmotion: 0 }], derived)).toBeNull();
  });

  it("uses the scale midpoint when no patient point is placed", () => {
    const empty = importancePerformance([{ touchpointId: "a", satisfaction: constant(3), importance: null }]);
    const r = compareStaffIpa([{ touchpointId: "a", importance: 3, stageEmotion: 0 }], empty);
    // 50 / 50 sits on both lines: high importance, not high performance.
    expect(r?.cuts).toEqual({ importance: 50, performance: 50 });
    expect(r?.points[0]?.team?.quadrant).toBe("concentrate_here");
    expect(r?.points[0]?.status).toBe("no_patient_point");
  });

  it("property: a team that agrees with the patients has no blind spots; counts add up", () => {
    const answer = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ perf: answer, imp: answer, rated: fc.boolean() }), { minLength: 1, maxLength: 12 }),
        (rows) => {
          const ipa = importancePerformance(rows.map((r, i) => stated(`t${i}`, r.perf, r.imp)));
          // The team hypothesises exactly what patients said: same importance, emotion of the same 0–100 score.
          const r = compareStaffIpa(
            rows.map((row, i) => ({
              touchpointId: `t${i}`,
              importance: row.rated ? row.imp : null,
              stageEmotion: satisfactionToEmotion((row.perf - 1) * 25),
            })),
            ipa,
          );
          expect(r?.counts.blindSpots).toBe(0);
          expect(r?.counts.otherDifferences).toBe(0);
          expect(r?.points.every((p) => p.blindSpot === null)).toBe(true);
          expect((r?.counts.compared ?? 0) + (r?.counts.notRated ?? 0) + (r?.counts.noPatientPoint ?? 0)).toBe(
            rows.length,
          );
          expect(r?.counts.notRated).toBe(rows.filter((x) => !x.rated).length);
        },
      ),
    );
  });
});
