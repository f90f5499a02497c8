import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  accumulateAnswers,
  compareSliceGaps,
  compareSliceWithWhole,
  MIN_SAMPLE,
  mergeAccumulators,
  SATISFACTION_5,
  SATISFACTION_7,
  type SliceGap,
  studentTQuantile,
} from "../src/index.ts";

const answers = (...groups: [value: number, count: number][]) =>
  groups.flatMap(([value, count]) => new Array<number>(count).fill(value));

describe("compareSliceWithWhole", () => {
  it("a department far below the others: gap against the whole, Welch against the rest, 'worse'", () => {
    // Slice: five 2s and five 3s (mean 2.5 → 37.5); rest: ten 4s and ten 5s (mean 4.5 → 87.5).
    const slice = accumulateAnswers(SATISFACTION_5, answers([2, 5], [3, 5]));
    const rest = accumulateAnswers(SATISFACTION_5, answers([4, 10], [5, 10]));
    const whole = mergeAccumulators(slice, rest);
    const g = compareSliceWithWhole(slice, whole);
    expect(g.kind).toBe("gap");
    if (g.kind !== "gap") return;
    expect(g.n).toBe(10);
    expect(g.wholeN).toBe(30);
    expect(g.restN).toBe(20);
    expect(g.percent).toBeCloseTo(37.5, 12);
    // Whole: Σx = 25 + 90 = 115 over 30 answers.
    expect(g.wholePercent).toBeCloseTo(((115 / 30 - 1) / 4) * 100, 12);
    expect(g.gap).toBeCloseTo(37.5 - ((115 / 30 - 1) / 4) * 100, 12);
    expect(g.restPercent).toBeCloseTo(87.5, 12);
    expect(g.difference).toBeCloseTo(-50, 12);
    // On 0–100 (× 25 per point): s²(slice) = 2.5/9, s²(rest) = 5/19; Welch–Satterthwaite degrees of freedom.
    const vs = ((2.5 / 9) * 625) / 10;
    const vr = ((5 / 19) * 625) / 20;
    const df = (vs + vr) ** 2 / (vs ** 2 / 9 + vr ** 2 / 19);
    const half = studentTQuantile(0.975, df) * Math.sqrt(vs + vr);
    expect(g.ci?.lower).toBeCloseTo(-50 - half, 9);
    expect(g.ci?.upper).toBeCloseTo(-50 + half, 9);
    expect(g.direction).toBe("worse");
    // The other way round, the rest is the department: 'better'.
    expect(compareSliceWithWhole(rest, whole)).toMatchObject({ kind: "gap", direction: "better" });
  });

  it("noisy answers a few points apart are no clear difference", () => {
    const slice = accumulateAnswers(SATISFACTION_5, answers([1, 6], [5, 6]));
    const rest = accumulateAnswers(SATISFACTION_5, answers([1, 5], [5, 7]));
    const g = compareSliceWithWhole(slice, mergeAccumulators(slice, rest));
    expect(g).toMatchObject({ kind: "gap", direction: "no_clear_difference" });
    if (g.kind === "gap") expect(g.gap).toBeLessThan(0);
  });

  it("too few answers in the slice is no score; too few others is no test, but a gap", () => {
    const few = accumulateAnswers(SATISFACTION_5, answers([2, MIN_SAMPLE - 1]));
    const many = accumulateAnswers(SATISFACTION_5, answers([4, 40]));
    expect(compareSliceWithWhole(few, mergeAccumulators(few, many))).toEqual({
      kind: "too_few",
      n: 9,
      wholeN: 49,
      minSample: MIN_SAMPLE,
    });
    // The department has 40 of the 43 answers: nothing to test against.
    const g = compareSliceWithWhole(many, mergeAccumulators(many, accumulateAnswers(SATISFACTION_5, [1, 1, 1])));
    expect(g).toMatchObject({
      kind: "gap",
      n: 40,
      restN: 3,
      restPercent: null,
      difference: null,
      ci: null,
      direction: "rest_too_few",
    });
    if (g.kind === "gap") expect(g.gap).toBeCloseTo(75 - ((163 / 43 - 1) / 4) * 100, 12);
  });

  it("the whole itself as the slice: gap 0, no others", () => {
    const all = accumulateAnswers(SATISFACTION_7, answers([3, 5], [6, 7]));
    expect(compareSliceWithWhole(all, all)).toMatchObject({ kind: "gap", gap: 0, restN: 0, direction: "rest_too_few" });
  });

  it("a slice that is not part of the whole is a bug", () => {
    const five = accumulateAnswers(SATISFACTION_5, answers([3, 12]));
    expect(() => compareSliceWithWhole(five, accumulateAnswers(SATISFACTION_7, answers([3, 20])))).toThrow(RangeError);
    expect(() => compareSliceWithWhole(five, accumulateAnswers(SATISFACTION_5, answers([3, 11])))).toThrow(RangeError);
  });

  it("gap = difference from the rest × the rest's share of the whole (property)", () => {
    const counts = fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(counts, counts, (s, r) => {
        const acc = (c: number[]) =>
          accumulateAnswers(
            SATISFACTION_5,
            c.flatMap((k, i) => answers([i + 1, k])),
          );
        const slice = acc(s);
        const rest = acc(r);
        const g = compareSliceWithWhole(slice, mergeAccumulators(slice, rest));
        if (g.kind !== "gap" || g.difference === null) return;
        expect(g.gap).toBeCloseTo((g.difference * rest.n) / (slice.n + rest.n), 9);
        expect(g.direction === "worse").toBe((g.ci?.upper ?? 0) < 0);
      }),
    );
  });
});

describe("compareSliceGaps", () => {
  it("orders clear shortfalls first, then by gap, then too few by answers", () => {
    const gap = (gapValue: number, direction: "worse" | "no_clear_difference"): SliceGap => ({
      kind: "gap",
      n: 20,
      percent: 50 + gapValue,
      wholeN: 100,
      wholePercent: 50,
      gap: gapValue,
      restN: 80,
      restPercent: 50,
      difference: gapValue,
      ci: null,
      direction,
    });
    const few = (n: number): SliceGap => ({ kind: "too_few", n, wholeN: 50, minSample: MIN_SAMPLE });
    const sorted = [few(3), gap(-12, "no_clear_difference"), few(8), gap(-4, "worse"), gap(5, "no_clear_difference")]
      .sort(compareSliceGaps)
      .map((g) => (g.kind === "gap" ? g.gap : `few ${g.n}`));
    expect(sorted).toEqual([-4, -12, 5, "few 8", "few 3"]);
  });
});
