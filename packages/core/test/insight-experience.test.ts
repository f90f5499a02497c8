import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  accumulateAnswers,
  JourneyExperience,
  journeyExperience,
  SATISFACTION_5,
  SATISFACTION_7,
  type ScaleAccumulator,
  type TouchpointScoreInput,
} from "../src/index.ts";

/** `n` answers all equal to `value` (score = its place on 0–100). */
const constant = (value: number, n = 20, scale = SATISFACTION_5) => accumulateAnswers(scale, new Array(n).fill(value));
const tp = (
  touchpointId: string,
  satisfaction: ScaleAccumulator,
  previous?: ScaleAccumulator,
): TouchpointScoreInput => ({
  touchpointId,
  satisfaction,
  previous,
});

/** A touchpoint with at least 10 answers on a 5- or 7-point scale. */
const scoredTouchpoint = fc
  .constantFrom(SATISFACTION_5, SATISFACTION_7)
  .chain((scale) => fc.array(fc.integer({ min: scale.min, max: scale.max }), { minLength: 10, maxLength: 40 }))
  .map((values) => values);
const touchpointArb = fc
  .tuple(
    fc.constantFrom(SATISFACTION_5, SATISFACTION_7),
    fc.integer({ min: 10, max: 40 }),
    fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
  )
  .map(([scale, n, seeds]) =>
    accumulateAnswers(
      scale,
      seeds.slice(0, n).map((s) => scale.min + (s % (scale.max - scale.min + 1))),
    ),
  );

describe("journeyExperience", () => {
  it("names the weakest touchpoint and shows the average beside it", () => {
    const r = journeyExperience([
      tp("parking", constant(4)), // 75
      tp("reception", constant(5)), // 100
      tp("waiting", constant(2)), // 25
      tp("payment", constant(4)), // 75
    ]);
    expect(r.weakestLink).toMatchObject({ kind: "score", score: 25, touchpointId: "waiting", n: 20 });
    expect(r.average).toEqual({ kind: "score", score: 68.75, touchpoints: 4 });
    expect(r.hiddenGap).toBe(43.75);
    expect(r.touchpoints.map((t) => t.score)).toEqual([75, 100, 25, 75]);
    expect(r.previous).toBeNull();
    expect(JourneyExperience.parse(r)).toEqual(r);
  });

  it("compares 5- and 7-point touchpoints on 0–100", () => {
    const r = journeyExperience([tp("a", constant(3)), tp("b", constant(3, 20, SATISFACTION_7))]);
    // 3 of 5 = 50; 3 of 7 = 33.3: the 7-point item is the weaker one although its raw mean is equal.
    expect(r.weakestLink).toMatchObject({ touchpointId: "b" });
    if (r.weakestLink.kind === "score") expect(r.weakestLink.score).toBeCloseTo(100 / 3, 10);
  });

  it("leaves touchpoints with fewer than 10 answers out of both views, however bad they look", () => {
    const r = journeyExperience([tp("ok", constant(4)), tp("few", constant(1, 9)), tp("good", constant(5))]);
    expect(r.weakestLink).toMatchObject({ touchpointId: "ok", score: 75 });
    expect(r.average).toEqual({ kind: "score", score: 87.5, touchpoints: 2 });
    expect(r.touchpoints[1]).toMatchObject({ touchpointId: "few", n: 9, score: null, scoreCi: null });
  });

  it("without any scored touchpoint there is no score, not 0", () => {
    const r = journeyExperience([tp("few", constant(5, 3))]);
    expect(r.weakestLink).toEqual({ kind: "no_scores", minSample: 10 });
    expect(r.average).toEqual({ kind: "no_scores", minSample: 10 });
    expect(r.hiddenGap).toBeNull();
    expect(journeyExperience([]).weakestLink.kind).toBe("no_scores");
  });

  it("reports how the weakest touchpoint moved since the previous period, and last period's weakest", () => {
    const before = (v: number) => constant(v, 30);
    const r = journeyExperience([
      tp("reception", constant(5), before(5)),
      tp("waiting", accumulateAnswers(SATISFACTION_5, [...new Array(15).fill(1), ...new Array(15).fill(2)]), before(4)),
      tp("payment", constant(4), before(3)),
    ]);
    expect(r.weakestLink).toMatchObject({ kind: "score", touchpointId: "waiting", score: 12.5, previousScore: 75 });
    if (r.weakestLink.kind !== "score") throw new Error("expected a score");
    expect(r.weakestLink.change).toMatchObject({ kind: "change", change: -62.5, direction: "down" });
    expect(r.previous).toEqual({ weakestLinkScore: 50, weakestTouchpointId: "payment", averageScore: 75 });
  });

  it("a touchpoint new this period has no previous score and no change", () => {
    const r = journeyExperience([tp("a", constant(2), constant(3)), tp("new", constant(1))]);
    expect(r.weakestLink).toMatchObject({ touchpointId: "new", previousScore: null, change: null });
    expect(r.touchpoints[0]?.change).toMatchObject({ kind: "change", change: -25 });
  });

  it("on equal scores, the weakest is the one surer to be bad (lower interval), then the earlier one", () => {
    const narrow = constant(3, 40);
    const spread = accumulateAnswers(SATISFACTION_5, [1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 3, 3]);
    expect(journeyExperience([tp("spread", spread), tp("narrow", narrow)]).weakestLink).toMatchObject({
      touchpointId: "narrow",
    });
    expect(journeyExperience([tp("x", constant(3)), tp("y", constant(3))]).weakestLink).toMatchObject({
      touchpointId: "x",
    });
  });

  describe("properties", () => {
    const journeys = fc.array(touchpointArb, { minLength: 1, maxLength: 8 });
    const scores = (inputs: ScaleAccumulator[]) => journeyExperience(inputs.map((a, i) => tp(`t${i}`, a)));

    it("scores are bounded 0–100 and the weakest link never exceeds the average", () => {
      fc.assert(
        fc.property(journeys, (accs) => {
          const r = scores(accs);
          if (r.weakestLink.kind !== "score" || r.average.kind !== "score") throw new Error("expected scores");
          expect(r.weakestLink.score).toBeGreaterThanOrEqual(0);
          expect(r.weakestLink.score).toBeLessThanOrEqual(100);
          expect(r.average.score).toBeLessThanOrEqual(100);
          expect(r.weakestLink.score).toBeLessThanOrEqual(r.average.score + 1e-9);
          expect(Math.min(...r.touchpoints.map((t) => t.score as number))).toBe(r.weakestLink.score);
        }),
      );
    });

    it("one failing touchpoint lowers the weakest link below the average", () => {
      fc.assert(
        fc.property(journeys, fc.integer({ min: 1, max: 2 }), (accs, failing) => {
          const r0 = scores(accs);
          if (r0.weakestLink.kind !== "score") throw new Error("expected a score");
          // A failing moment: every answer at 1 or 2 of 5, strictly below all the others.
          fc.pre(r0.weakestLink.score > (failing - 1) * 25);
          const r = scores([...accs, constant(failing, 12)]);
          if (r.weakestLink.kind !== "score" || r.average.kind !== "score") throw new Error("expected scores");
          expect(r.weakestLink.touchpointId).toBe(`t${accs.length}`);
          expect(r.weakestLink.score).toBeLessThan(r.average.score);
        }),
      );
    });

    it("adding a touchpoint at least as good as the weakest never lowers the weakest link", () => {
      fc.assert(
        fc.property(journeys, touchpointArb, (accs, extra) => {
          const before = scores(accs).weakestLink;
          const extraScore = journeyExperience([tp("e", extra)]).weakestLink;
          if (before.kind !== "score" || extraScore.kind !== "score") throw new Error("expected scores");
          fc.pre(extraScore.score >= before.score);
          const after = scores([...accs, extra]).weakestLink;
          if (after.kind !== "score") throw new Error("expected a score");
          expect(after.score).toBeGreaterThanOrEqual(before.score);
        }),
      );
    });

    it("improving one touchpoint (an answer moved up a point) never lowers the weakest link", () => {
      fc.assert(
        fc.property(scoredTouchpoint, fc.array(touchpointArb, { maxLength: 5 }), (values, others) => {
          const i = values.findIndex((v) => v < 5);
          fc.pre(i >= 0);
          const better = values.slice();
          better[i] = (better[i] as number) + 1;
          const scale = { min: 1, max: 7 };
          const w0 = scores([accumulateAnswers(scale, values), ...others]).weakestLink;
          const w1 = scores([accumulateAnswers(scale, better), ...others]).weakestLink;
          if (w0.kind !== "score" || w1.kind !== "score") throw new Error("expected scores");
          expect(w1.score).toBeGreaterThanOrEqual(w0.score);
        }),
      );
    });
  });
});
