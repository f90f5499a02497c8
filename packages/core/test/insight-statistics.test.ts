import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AnswerScale,
  accumulateAnswers,
  accumulatePairs,
  addAnswer,
  addPair,
  bottomTwoBox,
  boxShare,
  briefScore,
  compareScores,
  emptyAccumulator,
  emptyCoMoments,
  lnGamma,
  MIN_SAMPLE,
  meanConfidenceInterval,
  meanOf,
  mergeAccumulators,
  mergeCoMoments,
  NPS_SCALE,
  NpsSummary,
  netPromoterScore,
  normalQuantile,
  pearsonCorrelation,
  removeAnswer,
  SATISFACTION_5,
  SATISFACTION_7,
  ScaleAccumulator,
  ScoreBrief,
  ScoreSummary,
  sampleSd,
  studentTCdf,
  studentTQuantile,
  subtractAccumulators,
  subtractCoMoments,
  summarizeScore,
  topTwoBox,
} from "../src/index.ts";

const answers = (scale: AnswerScale, max = 60) =>
  fc.array(fc.integer({ min: scale.min, max: scale.max }), { maxLength: max });
const anyScale = fc.constantFrom(SATISFACTION_5, SATISFACTION_7, NPS_SCALE);

describe("Student t and normal quantiles", () => {
  // Two-sided 95 % (p = 0.975) and 99 % (p = 0.995) critical values from standard t tables.
  const table: [number, number, number][] = [
    [0.975, 1, 12.7062],
    [0.975, 2, 4.3027],
    [0.975, 4, 2.7764],
    [0.975, 5, 2.5706],
    [0.975, 9, 2.2622],
    [0.975, 10, 2.2281],
    [0.975, 20, 2.086],
    [0.975, 30, 2.0423],
    [0.975, 60, 2.0003],
    [0.975, 120, 1.9799],
    [0.975, 1000, 1.9623],
    [0.995, 1, 63.6567],
    [0.995, 5, 4.0321],
    [0.995, 30, 2.75],
    [0.95, 4, 2.1318],
    [0.95, 10, 1.8125],
    [0.9, 10, 1.3722],
  ];
  it.each(table)("t(%d, df=%d) = %d", (p, df, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 3);
    expect(studentTQuantile(1 - p, df)).toBeCloseTo(-expected, 3);
  });

  it("matches closed forms: df = 1 is Cauchy, df = 2 has t = (2p − 1)·√(2 / (4p(1 − p)))", () => {
    for (const p of [0.6, 0.9, 0.975, 0.999]) {
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 8);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) * Math.sqrt(2 / (4 * p * (1 - p))), 8);
    }
  });

  it("is continuous where the exact inversion hands over to the Cornish–Fisher expansion (df 1000)", () => {
    expect(Math.abs(studentTQuantile(0.975, 1000) - studentTQuantile(0.975, 1000.001))).toBeLessThan(1e-8);
    expect(studentTQuantile(0.975, 1e9)).toBeCloseTo(1.959964, 6);
  });

  it("inverts the CDF, also for the fractional df of Welch's test", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.5, max: 900, noNaN: true }),
        (p, df) => {
          expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 9);
        },
      ),
    );
  });

  it("stays exact far in the tails, where Newton's method starts far from the root", () => {
    for (const df of [3, 3.5, 7, 50, 999]) {
      for (const p of [0.99999, 0.9999999]) {
        const t = studentTQuantile(p, df);
        expect(Math.abs((1 - studentTCdf(t, df)) / (1 - p) - 1)).toBeLessThan(1e-7);
      }
      // Near the centre t is tiny; the round trip is still good to 1e-9.
      expect(Math.abs(studentTCdf(studentTQuantile(0.5000001, df), df) - 0.5000001)).toBeLessThan(1e-9);
    }
  });

  it("normal quantile and ln Γ against known values", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 6);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(lnGamma(10)).toBeCloseTo(Math.log(362880), 12);
  });

  it("rejects probabilities outside (0, 1) and df ≤ 0", () => {
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
    expect(() => normalQuantile(0)).toThrow(RangeError);
  });
});

describe("scores from accumulators", () => {
  // 10 answers on a 5-point scale: 2, 3, 3, 4, 4, 4, 4, 5, 5, 5.
  // Σx = 39 → mean 3.9; Σ(x − 3.9)² = 3.61 + 2·0.81 + 4·0.01 + 3·1.21 = 8.9 → s² = 8.9 / 9, s = 0.99443;
  // CI = 3.9 ± t(0.975, 9) · s / √10 = 3.9 ± 2.262157 · 0.314466 = 3.9 ± 0.711372.
  const data = [2, 3, 3, 4, 4, 4, 4, 5, 5, 5];
  const acc = accumulateAnswers(SATISFACTION_5, data);

  it("mean, SD, CI, boxes and 0–100 of a small data set", () => {
    expect(acc).toEqual({ scaleMin: 1, scaleMax: 5, n: 10, sum: 39, sumSquares: 161, counts: [0, 1, 2, 4, 3] });
    const s = summarizeScore(acc);
    if (s.kind !== "score") throw new Error("expected a score");
    expect(s.mean).toBe(3.9);
    expect(s.sd).toBeCloseTo(0.994429, 6);
    expect(s.ci.lower).toBeCloseTo(3.9 - 0.711372, 5);
    expect(s.ci.upper).toBeCloseTo(3.9 + 0.711372, 5);
    expect(s.ci.level).toBe(0.95);
    expect(s.topTwoBox).toBe(0.7);
    expect(s.bottomTwoBox).toBe(0.1);
    expect(s.percent).toBeCloseTo(72.5, 10);
    expect(s.percentCi.lower).toBeCloseTo(((3.9 - 0.711372 - 1) / 4) * 100, 4);
    expect(ScoreSummary.parse(s)).toEqual(s);
  });

  it("a brief score is the summary's table fields rounded to 4 decimals", () => {
    expect(briefScore(acc)).toEqual({
      kind: "score",
      n: 10,
      scale: { min: 1, max: 5 },
      mean: 3.9,
      ci: { lower: 3.1886, upper: 4.6114 },
      percent: 72.5,
      topTwoBox: 0.7,
      bottomTwoBox: 0.1,
    });
    expect(briefScore(accumulateAnswers(SATISFACTION_5, [4, 5, 5]))).toEqual({ kind: "too_few", n: 3, minSample: 10 });
    fc.assert(
      fc.property(fc.constantFrom(SATISFACTION_5, SATISFACTION_7), answers(SATISFACTION_7, 80), (scale, raw) => {
        const a = accumulateAnswers(
          scale,
          raw.filter((v) => v <= scale.max),
        );
        const full = summarizeScore(a);
        const brief = ScoreBrief.parse(briefScore(a));
        if (full.kind !== "score" || brief.kind !== "score") {
          expect(brief).toEqual(full);
          return;
        }
        for (const [b, f] of [
          [brief.mean, full.mean],
          [brief.ci.lower, full.ci.lower],
          [brief.ci.upper, full.ci.upper],
          [brief.percent, full.percent],
          [brief.topTwoBox, full.topTwoBox],
          [brief.bottomTwoBox, full.bottomTwoBox],
        ] as const) {
          expect(Math.abs(b - f)).toBeLessThanOrEqual(0.00005 + 1e-12);
        }
        expect(brief.n).toBe(full.n);
      }),
    );
  });

  it("a 7-point scale: top-two-box is 6 and 7, 0–100 maps 1 → 0 and 7 → 100", () => {
    const seven = accumulateAnswers(SATISFACTION_7, [1, 1, 2, 3, 4, 5, 6, 6, 7, 7]);
    const s = summarizeScore(seven);
    if (s.kind !== "score") throw new Error("expected a score");
    expect(s.topTwoBox).toBe(0.4);
    expect(s.bottomTwoBox).toBe(0.3);
    expect(s.percent).toBeCloseTo(((4.2 - 1) / 6) * 100, 10);
    expect(boxShare(seven, "top", 1)).toBe(0.2);
  });

  it("n = 0: no mean, no SD, no CI, no boxes; the score is 'too few'", () => {
    const empty = emptyAccumulator(SATISFACTION_5);
    expect(meanOf(empty)).toBeNull();
    expect(sampleSd(empty)).toBeNull();
    expect(meanConfidenceInterval(empty)).toBeNull();
    expect(topTwoBox(empty)).toBeNull();
    expect(bottomTwoBox(empty)).toBeNull();
    expect(summarizeScore(empty)).toEqual({ kind: "too_few", n: 0, minSample: 10 });
  });

  it("n = 1: a mean but no SD or CI", () => {
    const one = accumulateAnswers(SATISFACTION_5, [4]);
    expect(meanOf(one)).toBe(4);
    expect(sampleSd(one)).toBeNull();
    expect(meanConfidenceInterval(one)).toBeNull();
  });

  it("n = 2: the interval uses t(0.975, 1) = 12.7 and is clipped to the scale", () => {
    const two = accumulateAnswers(SATISFACTION_7, [3, 5]);
    expect(sampleSd(two)).toBeCloseTo(Math.SQRT2, 12);
    // 4 ± 12.706 · √2 / √2 would be −8.7 … 16.7.
    expect(meanConfidenceInterval(two)).toEqual({ lower: 1, upper: 7, level: 0.95 });
  });

  it("all answers equal: SD 0 and an interval of zero width", () => {
    const same = accumulateAnswers(SATISFACTION_5, new Array(25).fill(4));
    const s = summarizeScore(same);
    if (s.kind !== "score") throw new Error("expected a score");
    expect(s.sd).toBe(0);
    expect(s.ci).toEqual({ lower: 4, upper: 4, level: 0.95 });
    expect(s.topTwoBox).toBe(1);
    expect(s.bottomTwoBox).toBe(0);
  });

  it(`fewer than MIN_SAMPLE (${MIN_SAMPLE}) answers is never a number`, () => {
    fc.assert(
      fc.property(answers(SATISFACTION_5, MIN_SAMPLE - 1), (values) => {
        const s = summarizeScore(accumulateAnswers(SATISFACTION_5, values));
        expect(s).toEqual({ kind: "too_few", n: values.length, minSample: MIN_SAMPLE });
      }),
    );
    expect(summarizeScore(accumulateAnswers(SATISFACTION_5, new Array(MIN_SAMPLE).fill(3))).kind).toBe("score");
  });

  it("the interval contains the mean and narrows as the same answers repeat", () => {
    fc.assert(
      fc.property(answers(SATISFACTION_5, 40), (values) => {
        fc.pre(values.length >= 2);
        const a = accumulateAnswers(SATISFACTION_5, values);
        const b = mergeAccumulators(a, a);
        const m = meanOf(a) as number;
        const ca = meanConfidenceInterval(a);
        const cb = meanConfidenceInterval(b);
        if (!ca || !cb) throw new Error("expected intervals");
        expect(ca.lower).toBeLessThanOrEqual(m + 1e-12);
        expect(ca.upper).toBeGreaterThanOrEqual(m - 1e-12);
        expect(cb.upper - cb.lower).toBeLessThanOrEqual(ca.upper - ca.lower + 1e-12);
      }),
    );
  });

  it("SD from the counts agrees with the textbook two-pass formula", () => {
    fc.assert(
      fc.property(
        anyScale.chain((s) => fc.tuple(fc.constant(s), answers(s))),
        ([scale, values]) => {
          fc.pre(values.length >= 2);
          const m = values.reduce((s, v) => s + v, 0) / values.length;
          const sd = Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
          expect(sampleSd(accumulateAnswers(scale, values))).toBeCloseTo(sd, 10);
        },
      ),
    );
  });

  it("rejects answers off the scale and scales that do not match", () => {
    expect(() => accumulateAnswers(SATISFACTION_5, [6])).toThrow(RangeError);
    expect(() => accumulateAnswers(SATISFACTION_5, [2.5])).toThrow(RangeError);
    expect(() => mergeAccumulators(emptyAccumulator(SATISFACTION_5), emptyAccumulator(SATISFACTION_7))).toThrow(
      RangeError,
    );
    expect(() => removeAnswer(emptyAccumulator(SATISFACTION_5), 3)).toThrow(RangeError);
  });
});

describe("accumulators are mergeable and subtractable (incremental rollups)", () => {
  it("merging equals accumulating the concatenation", () => {
    fc.assert(
      fc.property(
        anyScale.chain((s) => fc.tuple(fc.constant(s), answers(s), answers(s))),
        ([scale, a, b]) => {
          expect(mergeAccumulators(accumulateAnswers(scale, a), accumulateAnswers(scale, b))).toEqual(
            accumulateAnswers(scale, [...a, ...b]),
          );
        },
      ),
    );
  });

  it("merging is commutative and associative", () => {
    fc.assert(
      fc.property(answers(SATISFACTION_7), answers(SATISFACTION_7), answers(SATISFACTION_7), (a, b, c) => {
        const [x, y, z] = [a, b, c].map((v) => accumulateAnswers(SATISFACTION_7, v)) as [
          ScaleAccumulator,
          ScaleAccumulator,
          ScaleAccumulator,
        ];
        expect(mergeAccumulators(x, y)).toEqual(mergeAccumulators(y, x));
        expect(mergeAccumulators(mergeAccumulators(x, y), z)).toEqual(mergeAccumulators(x, mergeAccumulators(y, z)));
      }),
    );
  });

  it("add then subtract is the identity", () => {
    fc.assert(
      fc.property(
        anyScale.chain((s) => fc.tuple(fc.constant(s), answers(s), answers(s))),
        ([scale, a, b]) => {
          const x = accumulateAnswers(scale, a);
          const y = accumulateAnswers(scale, b);
          expect(subtractAccumulators(mergeAccumulators(x, y), y)).toEqual(x);
        },
      ),
    );
  });

  it("answer-by-answer inserts and deletes keep the rollup equal to a recomputation, and valid", () => {
    const op = fc.record({ insert: fc.boolean(), value: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        let rollup = emptyAccumulator(SATISFACTION_5);
        const rows: number[] = [];
        for (const { insert, value } of ops) {
          if (insert) {
            rows.push(value);
            rollup = addAnswer(rollup, value);
          } else if (rows.includes(value)) {
            rows.splice(rows.indexOf(value), 1);
            rollup = removeAnswer(rollup, value);
          }
        }
        expect(rollup).toEqual(accumulateAnswers(SATISFACTION_5, rows));
        expect(ScaleAccumulator.safeParse(rollup).success).toBe(true);
      }),
    );
  });

  it("the schema rejects an accumulator whose sums disagree with its counts", () => {
    const a = accumulateAnswers(SATISFACTION_5, [1, 2, 3]);
    expect(ScaleAccumulator.safeParse(a).success).toBe(true);
    expect(ScaleAccumulator.safeParse({ ...a, sum: 7 }).success).toBe(false);
    expect(ScaleAccumulator.safeParse({ ...a, counts: [1, 1, 1] }).success).toBe(false);
  });

  it("co-moments merge and subtract like the accumulators", () => {
    const pair = fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 10 }));
    fc.assert(
      fc.property(fc.array(pair), fc.array(pair), (a, b) => {
        const x = accumulatePairs(a);
        const y = accumulatePairs(b);
        expect(mergeCoMoments(x, y)).toEqual(accumulatePairs([...a, ...b]));
        expect(subtractCoMoments(mergeCoMoments(x, y), y)).toEqual(x);
      }),
    );
  });
});

describe("NPS", () => {
  const nps = (counts: Record<number, number>) => {
    let a = emptyAccumulator(NPS_SCALE);
    for (const [v, c] of Object.entries(counts)) a = addAnswer(a, Number(v), c);
    return netPromoterScore(a);
  };

  it("all promoters = 100, all detractors = −100", () => {
    expect(nps({ 9: 4, 10: 8 })).toMatchObject({ kind: "nps", score: 100, promoters: 12, detractors: 0 });
    expect(nps({ 0: 5, 6: 7 })).toMatchObject({ kind: "nps", score: -100, promoters: 0, detractors: 12 });
    // No spread at all: the interval has zero width.
    expect(nps({ 10: 20 })).toMatchObject({ ci: { lower: 100, upper: 100 } });
  });

  it("5 promoters, 3 passives, 2 detractors → 30, with 7 and 8 as passives and 6 as a detractor", () => {
    const r = nps({ 9: 2, 10: 3, 7: 1, 8: 2, 6: 1, 0: 1 });
    expect(r).toMatchObject({ kind: "nps", n: 10, promoters: 5, passives: 3, detractors: 2 });
    if (r.kind !== "nps") throw new Error("expected a score");
    expect(r.score).toBeCloseTo(30, 10);
    // Per-answer values +1/0/−1: mean 0.3, s² = (0.5 + 0.2 − 0.09) · 10/9; half = t(0.975, 9) · s/√10 · 100.
    const half = 2.262157 * Math.sqrt((0.61 * 10) / 9 / 10) * 100;
    expect(r.ci.lower).toBeCloseTo(30 - half, 3);
    expect(r.ci.upper).toBeCloseTo(30 + half, 3);
    expect(NpsSummary.parse(r)).toEqual(r);
  });

  it("all passives = 0; under 10 answers it is too few", () => {
    expect(nps({ 7: 6, 8: 6 })).toMatchObject({ score: 0 });
    expect(nps({ 10: 9 })).toEqual({ kind: "too_few", n: 9, minSample: 10 });
  });

  it("needs a 0–10 accumulator", () => {
    expect(() => netPromoterScore(emptyAccumulator(SATISFACTION_5))).toThrow(RangeError);
  });
});

describe("Pearson correlation from co-moments", () => {
  it("perfect +1 and −1", () => {
    expect(
      pearsonCorrelation(
        accumulatePairs([
          [1, 2],
          [2, 4],
          [3, 6],
          [5, 10],
        ]),
      ),
    ).toBe(1);
    expect(
      pearsonCorrelation(
        accumulatePairs([
          [1, 10],
          [2, 8],
          [3, 6],
        ]),
      ),
    ).toBe(-1);
  });

  it("a known value: x = 1…5, y = 2, 4, 5, 4, 5 → r = 30 / √(50 · 30) = 0.7746", () => {
    const c = accumulatePairs([
      [1, 2],
      [2, 4],
      [3, 5],
      [4, 4],
      [5, 5],
    ]);
    expect(c).toEqual({ n: 5, sumX: 15, sumY: 20, sumXY: 66, sumXX: 55, sumYY: 86 });
    expect(pearsonCorrelation(c)).toBeCloseTo(30 / Math.sqrt(1500), 12);
  });

  it("zero variance or n < 2 → null, not NaN", () => {
    const flatX = accumulatePairs([
      [4, 1],
      [4, 5],
      [4, 9],
    ]);
    const flatY = accumulatePairs([
      [1, 7],
      [2, 7],
    ]);
    expect(pearsonCorrelation(flatX)).toBeNull();
    expect(pearsonCorrelation(flatY)).toBeNull();
    expect(pearsonCorrelation(addPair(emptyCoMoments(), 3, 4))).toBeNull();
    expect(pearsonCorrelation(emptyCoMoments())).toBeNull();
  });

  it("is symmetric, within −1 … 1, and unchanged by a positive linear rescaling", () => {
    const pair = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 10 }));
    fc.assert(
      fc.property(fc.array(pair, { minLength: 2, maxLength: 50 }), (pairs) => {
        const r = pearsonCorrelation(accumulatePairs(pairs));
        const swapped = pearsonCorrelation(accumulatePairs(pairs.map(([x, y]) => [y, x] as const)));
        const rescaled = pearsonCorrelation(accumulatePairs(pairs.map(([x, y]) => [2 * x + 1, y] as const)));
        if (r === null) {
          expect(swapped).toBeNull();
          return;
        }
        expect(r).toBeGreaterThanOrEqual(-1);
        expect(r).toBeLessThanOrEqual(1);
        expect(swapped).toBeCloseTo(r, 12);
        expect(rescaled).toBeCloseTo(r, 12);
      }),
    );
  });
});

describe("compareScores (Welch)", () => {
  it("a clear rise is 'up'; the change is in points of 0–100", () => {
    const before = accumulateAnswers(SATISFACTION_5, [...new Array(20).fill(2), ...new Array(20).fill(3)]);
    const after = accumulateAnswers(SATISFACTION_5, [...new Array(20).fill(4), ...new Array(20).fill(5)]);
    const c = compareScores(after, before);
    expect(c).toMatchObject({ kind: "change", direction: "up" });
    if (c.kind === "change") expect(c.change).toBeCloseTo(50, 10);
    expect(compareScores(before, after)).toMatchObject({ direction: "down" });
  });

  it("a small change on noisy answers is not a clear change; equal constant samples change by 0", () => {
    const a = accumulateAnswers(SATISFACTION_5, [1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 3]);
    const b = accumulateAnswers(SATISFACTION_5, [1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 4]);
    expect(compareScores(b, a)).toMatchObject({ kind: "change", direction: "no_clear_change" });
    const same = accumulateAnswers(SATISFACTION_5, new Array(12).fill(4));
    expect(compareScores(same, same)).toEqual({
      kind: "change",
      change: 0,
      ci: { lower: 0, upper: 0, level: 0.95 },
      direction: "no_clear_change",
    });
  });

  it("compares a 7-point period with a 5-point one on the common 0–100 scale", () => {
    const five = accumulateAnswers(SATISFACTION_5, new Array(10).fill(3)); // 50
    const seven = accumulateAnswers(SATISFACTION_7, new Array(10).fill(7)); // 100
    expect(compareScores(seven, five)).toMatchObject({ change: 50, direction: "up" });
  });

  it("too few answers on either side", () => {
    const few = accumulateAnswers(SATISFACTION_5, [5, 5]);
    const many = accumulateAnswers(SATISFACTION_5, new Array(30).fill(3));
    expect(compareScores(few, many)).toEqual({ kind: "too_few", currentN: 2, previousN: 30 });
  });
});
