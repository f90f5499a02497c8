import { describe, expect, it } from "vitest";
import {
  accumulateAnswers,
  compareGroups,
  compareMeans,
  GroupComparison,
  MIN_SAMPLE,
  SATISFACTION_5,
  SATISFACTION_7,
  type SampleMoments,
  WelchTest,
  welchTTest,
} from "../src/index.ts";

const moments = (xs: number[]): SampleMoments => ({
  n: xs.length,
  sum: xs.reduce((s, x) => s + x, 0),
  sumSquares: xs.reduce((s, x) => s + x * x, 0),
});

const welchOf = (r: WelchTest) => {
  if (r.kind !== "welch") throw new Error(`expected a test, got ${r.kind}`);
  return r;
};

describe("welchTTest", () => {
  it("matches a hand computation on small integer samples", () => {
    // a = 1…5: mean 3, s² = 10/4 = 2.5, s²/n = 1/2. b = 5,5,6,6,7,7,8,8: mean 6.5, s² = 10/7, s²/n = 10/56.
    // se² = 1/2 + 10/56 = 38/56; t = −3.5 / √(38/56) = −4.24884;
    // df = (38/56)² / ((1/2)²/4 + (10/56)²/7) = 6.86685; two-sided p = 0.0039681 (the t CDF at df 6.87).
    const r = welchOf(welchTTest(moments([1, 2, 3, 4, 5]), moments([5, 5, 6, 6, 7, 7, 8, 8])));
    expect(r.difference).toBe(-3.5);
    expect(r.se).toBeCloseTo(Math.sqrt(38 / 56), 12);
    expect(r.t).toBeCloseTo(-4.248838850668188, 10);
    expect(r.df).toBeCloseTo((38 / 56) ** 2 / (0.25 / 4 + (10 / 56) ** 2 / 7), 12);
    expect(r.df).toBeCloseTo(6.866847826086957, 10);
    expect(r.p).toBeCloseTo(0.0039680549557030926, 8);
    // 95 % interval of the difference: −3.5 ± t(0.975, 6.87) · se.
    expect(r.ci.lower).toBeCloseTo(-5.455552742769218, 6);
    expect(r.ci.upper).toBeCloseTo(-1.5444472572307821, 6);
    expect(WelchTest.parse(r)).toEqual(r);
  });

  it("reproduces the textbook example (Welch's t-test, Wikipedia example 1: t = −2.46, ν = 24.99, p = 0.021)", () => {
    const a1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
    const a2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
    const r = welchOf(welchTTest(moments(a1), moments(a2)));
    expect(r.t).toBeCloseTo(-2.455356398286006, 6);
    expect(r.df).toBeCloseTo(24.988529290231416, 4);
    expect(r.p).toBeCloseTo(0.021378001462866992, 6);
  });

  it("is symmetric: swapping the samples flips the sign, keeps p and df", () => {
    const a = moments([3, 4, 4, 5, 5, 5, 2]);
    const b = moments([1, 2, 2, 3, 4]);
    const ab = welchOf(welchTTest(a, b));
    const ba = welchOf(welchTTest(b, a));
    expect(ba.difference).toBeCloseTo(-ab.difference, 12);
    expect(ba.t).toBeCloseTo(-(ab.t as number), 12);
    expect(ba.p).toBeCloseTo(ab.p, 12);
    expect(ba.df).toBeCloseTo(ab.df as number, 12);
  });

  it("equal means give t = 0 and p = 1", () => {
    const r = welchOf(welchTTest(moments([1, 3, 5]), moments([2, 3, 3, 4])));
    expect(r.t).toBe(0);
    expect(r.p).toBeCloseTo(1, 12);
  });

  it("needs two values per sample", () => {
    expect(welchTTest(moments([4]), moments([1, 2, 3]))).toEqual({ kind: "too_few", n: [1, 3] });
    expect(welchTTest(moments([1, 2]), moments([]))).toEqual({ kind: "too_few", n: [2, 0] });
  });

  it("both variances zero: no statistic; the difference is exact (p = 0) or absent (p = 1)", () => {
    const differ = welchOf(welchTTest(moments([5, 5, 5]), moments([4, 4])));
    expect(differ).toMatchObject({ difference: 1, se: 0, t: null, df: null, p: 0 });
    expect(differ.ci).toMatchObject({ lower: 1, upper: 1 });
    const same = welchOf(welchTTest(moments([4, 4, 4]), moments([4, 4])));
    expect(same).toMatchObject({ difference: 0, t: null, df: null, p: 1 });
    // Never NaN or ±∞: the answer goes through JSON.
    expect(JSON.parse(JSON.stringify(differ))).toEqual(differ);
  });

  it("one variance zero: the degrees of freedom are the other sample's n − 1", () => {
    // a = 4,4,4,4 (no spread); b = 1,2,3 (s² = 1): se² = 1/3, t = (4 − 2)/√(1/3), df = (1/3)²/((1/3)²/2) = 2.
    const r = welchOf(welchTTest(moments([4, 4, 4, 4]), moments([1, 2, 3])));
    expect(r.df).toBeCloseTo(2, 12);
    expect(r.t).toBeCloseTo(2 / Math.sqrt(1 / 3), 12);
    // t = 3.4641 at 2 df: p = 2 · P(T < −3.4641) = 0.07418 (t CDF at 2 df: ½ + t / (2√(2 + t²))).
    const t = 2 / Math.sqrt(1 / 3);
    expect(r.p).toBeCloseTo(1 - t / Math.sqrt(2 + t * t), 12);
  });

  it("keeps small p values (no 1 − CDF cancellation)", () => {
    // 4,5 × 250 against 4,4,5,3 × 125: t = 12.897, p = 4.878e-35 (scipy.stats.ttest_ind, equal_var=False).
    const a = moments(new Array(500).fill(0).map((_, i) => 4 + (i % 2)));
    const b = moments(new Array(500).fill(0).map((_, i) => [4, 4, 5, 3][i % 4] as number));
    const r = welchOf(welchTTest(a, b));
    expect(r.t).toBeCloseTo(12.897028081435403, 8);
    expect(r.p / 4.878277938656446e-35).toBeCloseTo(1, 6);
  });
});

describe("compareMeans (0–100)", () => {
  it("compares a 5-point with a 7-point sample on 0–100", () => {
    const five = accumulateAnswers(SATISFACTION_5, [5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 3, 3]);
    const seven = accumulateAnswers(SATISFACTION_7, [7, 7, 7, 6, 6, 6, 6, 6, 5, 5, 5, 4]);
    // Means on 0–100: 5-point (4.333 − 1)·25 = 83.33; 7-point (5.833 − 1)·100/6 = 80.56.
    const r = welchOf(compareMeans(five, seven));
    expect(r.difference).toBeCloseTo(83.33333333333333 - 80.55555555555554, 10);
    expect(r.t).toBeCloseTo(0.385549800478031, 10);
    expect(r.df).toBeCloseTo(21.01744591765527, 8);
    expect(r.p).toBeCloseTo(0.7037047470100685, 8);
  });

  it("on one scale, t and p are those of the raw answers and the difference is in points", () => {
    const a = accumulateAnswers(SATISFACTION_5, [1, 2, 3, 4, 5]);
    const b = accumulateAnswers(SATISFACTION_5, [5, 5, 4, 4, 3, 3, 2, 2]);
    const raw = welchOf(welchTTest(a, b));
    const pct = welchOf(compareMeans(a, b));
    expect(pct.difference).toBeCloseTo(raw.difference * 25, 12);
    expect(pct.t).toBeCloseTo(raw.t as number, 12);
    expect(pct.p).toBeCloseTo(raw.p, 12);
  });
});

describe("compareGroups", () => {
  const site = (values: number[]) => accumulateAnswers(SATISFACTION_5, values);
  const many = (value: number, count: number) => new Array(count).fill(value) as number[];

  it("tests the best against the worst group with enough answers", () => {
    const a = site([...many(5, 8), ...many(4, 8)]); // 87.5
    const b = site([...many(3, 8), ...many(2, 8)]); // 37.5
    const small = site([1, 1, 1]); // under MIN_SAMPLE: left out, although it is the lowest
    const r = compareGroups([
      { id: "a", acc: a },
      { id: "b", acc: b },
      { id: "small", acc: small },
      { id: "none", acc: null },
    ]);
    if (r.kind !== "compared") throw new Error(r.kind);
    expect(r).toMatchObject({ bestId: "a", worstId: "b", gap: 50, pairs: 1, alpha: 0.05, significant: true });
    expect(welchOf(r.test).difference).toBe(50);
    expect(GroupComparison.parse(r)).toEqual(r);
  });

  it("divides alpha by the number of pairs (Bonferroni) with more than two groups", () => {
    // Two groups whose p lies between 0.05/3 and 0.05: significant alone, not among three.
    // a: mean 3.9 (n 10), b: mean 3.18 (n 11); t = 2.374, df = 12.41, p = 0.0345.
    const a = site([...many(5, 3), ...many(4, 3), ...many(3, 4)]);
    const b = site([...many(4, 2), ...many(3, 9)]);
    const two = compareGroups([
      { id: "a", acc: a },
      { id: "b", acc: b },
    ]);
    if (two.kind !== "compared" || two.test.kind !== "welch") throw new Error("expected a comparison");
    expect(two.test.p).toBeCloseTo(0.034534033084228, 8);
    expect(two.significant).toBe(true);
    const mid = site([...many(4, 5), ...many(3, 5)]);
    const three = compareGroups([
      { id: "a", acc: a },
      { id: "mid", acc: mid },
      { id: "b", acc: b },
    ]);
    if (three.kind !== "compared") throw new Error(three.kind);
    expect(three).toMatchObject({ bestId: "a", worstId: "b", pairs: 3, significant: false });
  });

  it("needs two groups with MIN_SAMPLE answers", () => {
    expect(compareGroups([{ id: "a", acc: site(many(5, 20)) }])).toEqual({
      kind: "too_few_groups",
      groups: 1,
      minSample: MIN_SAMPLE,
    });
    expect(
      compareGroups([
        { id: "a", acc: site(many(5, MIN_SAMPLE - 1)) },
        { id: "b", acc: site(many(4, MIN_SAMPLE - 1)) },
      ]),
    ).toMatchObject({ kind: "too_few_groups", groups: 0 });
  });

  it("equal groups are not flagged", () => {
    const r = compareGroups([
      { id: "a", acc: site(many(4, 12)) },
      { id: "b", acc: site(many(4, 15)) },
    ]);
    expect(r).toMatchObject({ kind: "compared", bestId: "a", worstId: "b", gap: 0, significant: false });
  });
});
