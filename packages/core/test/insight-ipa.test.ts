import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  accumulateAnswers,
  accumulatePairs,
  IMPORTANCE_5,
  type IpaInput,
  IpaOptions,
  IpaResult,
  importancePerformance,
  quadrantOf,
  SATISFACTION_5,
  SATISFACTION_7,
} from "../src/index.ts";

const constant = (value: number, n = 20, scale = SATISFACTION_5) => accumulateAnswers(scale, new Array(n).fill(value));
/** Satisfaction `perf` and stated importance `imp`, both constant answers on 1–5 (0–100: (v − 1) · 25). */
const stated = (touchpointId: string, perf: number, imp: number): IpaInput => ({
  touchpointId,
  satisfaction: constant(perf),
  importance: constant(imp, 20, IMPORTANCE_5),
});

describe("quadrantOf", () => {
  it("assigns the four quadrants", () => {
    expect(quadrantOf(80, 20, 50, 50)).toBe("concentrate_here");
    expect(quadrantOf(80, 80, 50, 50)).toBe("keep_up");
    expect(quadrantOf(20, 20, 50, 50)).toBe("low_priority");
    expect(quadrantOf(20, 80, 50, 50)).toBe("possible_overkill");
  });

  it("on a cut line: importance counts as high, performance as not high (errs toward attention)", () => {
    expect(quadrantOf(50, 50, 50, 50)).toBe("concentrate_here");
    expect(quadrantOf(50, 80, 50, 50)).toBe("keep_up");
    expect(quadrantOf(20, 50, 50, 50)).toBe("low_priority");
    // Rounding noise from computing the mean does not move a point off the line.
    expect(quadrantOf(0.1 + 0.2, 0.3, 0.3, 0.1 + 0.2)).toBe("concentrate_here");
  });

  it("is monotone: more importance or less performance never moves a point away from concentrate_here", () => {
    const v = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(v, v, v, v, (imp, perf, ic, pc) => {
        if (quadrantOf(imp, perf, ic, pc) === "concentrate_here") {
          expect(quadrantOf(Math.min(100, imp + 10), Math.max(0, perf - 10), ic, pc)).toBe("concentrate_here");
        }
      }),
    );
  });
});

describe("importancePerformance with stated importance", () => {
  // Performance 0–100: 75, 25, 25, 75, 50; importance 0–100: 100, 100, 0, 0, 50. Both means = 50.
  const inputs = [
    stated("reception", 4, 5),
    stated("waiting", 2, 5),
    stated("parking", 2, 1),
    stated("cafe", 4, 1),
    stated("payment", 3, 3),
  ];

  it("cuts at the means and places each touchpoint, the point on both lines in concentrate_here", () => {
    const r = importancePerformance(inputs);
    expect(r.cuts).toEqual({ performance: { value: 50, basis: "mean" }, importance: { value: 50, basis: "mean" } });
    expect(Object.fromEntries(r.points.map((p) => [p.touchpointId, p.quadrant]))).toEqual({
      reception: "keep_up",
      waiting: "concentrate_here",
      parking: "low_priority",
      cafe: "possible_overkill",
      payment: "concentrate_here",
    });
    expect(r.counts).toEqual({ concentrate_here: 2, keep_up: 1, low_priority: 1, possible_overkill: 1 });
    expect(r.points.find((p) => p.touchpointId === "waiting")).toMatchObject({
      performance: 25,
      importance: 100,
      gap: 75,
      performanceN: 20,
      importanceN: 20,
      excluded: null,
    });
    expect(r.importanceUnit).toBe("percent");
    expect(IpaResult.parse(r)).toEqual(r);
  });

  it("scale midpoints and fixed values as cut lines", () => {
    const shifted = [stated("a", 4, 4), stated("b", 5, 5), stated("c", 3, 4)]; // perf 75, 100, 50; imp 75, 100, 75
    const byMean = importancePerformance(shifted);
    expect(byMean.cuts.importance.value).toBeCloseTo(250 / 3, 10);
    expect(byMean.points.map((p) => p.quadrant)).toEqual(["low_priority", "keep_up", "low_priority"]);
    const byMidpoint = importancePerformance(shifted, { performanceCut: "midpoint", importanceCut: "midpoint" });
    expect(byMidpoint.cuts.performance).toEqual({ value: 50, basis: "midpoint" });
    expect(byMidpoint.points.map((p) => p.quadrant)).toEqual(["keep_up", "keep_up", "concentrate_here"]);
    const fixed = importancePerformance(shifted, { performanceCut: { value: 80 }, importanceCut: { value: 90 } });
    expect(fixed.points.map((p) => p.quadrant)).toEqual(["low_priority", "keep_up", "low_priority"]);
    expect(fixed.cuts.importance).toEqual({ value: 90, basis: "value" });
  });

  it("a 7-point satisfaction item shares the 0–100 performance axis (midpoint 4 of 7 is on the line)", () => {
    const r = importancePerformance(
      [{ touchpointId: "x", satisfaction: constant(4, 20, SATISFACTION_7), importance: constant(5, 20, IMPORTANCE_5) }],
      { performanceCut: "midpoint" },
    );
    expect(r.points[0]).toMatchObject({ performance: 50, quadrant: "concentrate_here" });
  });

  it("leaves out touchpoints with too few answers or no importance, and they do not move the cut lines", () => {
    const r = importancePerformance([
      ...inputs,
      { touchpointId: "few", satisfaction: constant(1, 9), importance: constant(5, 30, IMPORTANCE_5) },
      { touchpointId: "few-importance", satisfaction: constant(1), importance: constant(5, 5, IMPORTANCE_5) },
      { touchpointId: "no-importance", satisfaction: constant(1) },
    ]);
    expect(r.cuts.performance.value).toBe(50);
    expect(r.points.slice(5).map((p) => [p.touchpointId, p.quadrant, p.excluded])).toEqual([
      ["few", null, "too_few_answers"],
      ["few-importance", null, "too_few_importance"],
      ["no-importance", null, "no_importance"],
    ]);
    expect(Object.values(r.counts).reduce((s, c) => s + c, 0)).toBe(5);
  });

  it("no placeable touchpoint: no cut values, no quadrants", () => {
    const r = importancePerformance([{ touchpointId: "x", satisfaction: constant(3, 2) }]);
    expect(r.cuts.performance.value).toBeNull();
    expect(r.points[0]?.quadrant).toBeNull();
  });
});

describe("importancePerformance with derived importance", () => {
  /** n responses where the touchpoint's satisfaction relates to overall satisfaction as given. */
  const related = (pairs: [number, number][]) => accumulatePairs(pairs);
  const strong: [number, number][] = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5].map((x) => [x, x]); // r = 1
  const weak: [number, number][] = [
    [1, 3],
    [2, 4],
    [3, 2],
    [4, 5],
    [5, 3],
    [1, 4],
    [2, 2],
    [3, 5],
    [4, 3],
    [5, 4],
  ];

  it("importance is Pearson's r with overall satisfaction; cut at the mean r", () => {
    const r = importancePerformance(
      [
        { touchpointId: "doctor", satisfaction: constant(2), overall: related(strong) },
        { touchpointId: "parking", satisfaction: constant(2), overall: related(weak) },
        { touchpointId: "flat", satisfaction: constant(4), overall: related(strong.map(([, y]) => [3, y])) },
        { touchpointId: "few", satisfaction: constant(4), overall: related(strong.slice(0, 9)) },
      ],
      { importance: "derived" },
    );
    expect(r.importanceUnit).toBe("correlation");
    const doctor = r.points[0];
    const parking = r.points[1];
    expect(doctor?.importance).toBe(1);
    expect(parking?.importance).toBeLessThan(0.5);
    expect(doctor?.quadrant).toBe("concentrate_here");
    expect(parking?.quadrant).toBe("low_priority");
    expect(doctor?.gap).toBeNull();
    expect(r.points[2]).toMatchObject({ quadrant: null, excluded: "no_variance" });
    expect(r.points[3]).toMatchObject({ quadrant: null, excluded: "too_few_importance", importanceN: 9 });
  });

  it("the options schema refuses a midpoint for a correlation; defaults are stated importance and means", () => {
    expect(IpaOptions.safeParse({ importance: "derived", importanceCut: "midpoint" }).success).toBe(false);
    expect(IpaOptions.parse({})).toEqual({ importance: "stated", performanceCut: "mean", importanceCut: "mean" });
  });
});
