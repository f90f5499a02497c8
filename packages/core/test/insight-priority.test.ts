import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_PRIORITY_WEIGHTS,
  FREQUENCIES,
  IPA_QUADRANTS,
  PRIORITY_FACTORS,
  type PriorityItem,
  PriorityRank,
  PriorityWeights,
  rankPriorities,
  SEVERITIES,
} from "../src/index.ts";

const factor = (rank: PriorityRank, name: string) => {
  const f = rank.factors.find((x) => x.factor === name);
  if (!f) throw new Error(`no factor ${name}`);
  return f;
};

describe("PriorityWeights", () => {
  it("has defaults summing to 1 and is editable per hospital", () => {
    expect(PriorityWeights.parse({})).toEqual({
      quadrant: 0.3,
      severity: 0.25,
      complaints: 0.2,
      trend: 0.15,
      reach: 0.1,
    });
    expect(PRIORITY_FACTORS.reduce((s, f) => s + DEFAULT_PRIORITY_WEIGHTS[f], 0)).toBeCloseTo(1, 12);
    expect(PriorityWeights.parse({ reach: 2 })).toMatchObject({ reach: 2, quadrant: 0.3 });
  });

  it("refuses negative weights and all-zero weights", () => {
    expect(PriorityWeights.safeParse({ severity: -1 }).success).toBe(false);
    expect(PriorityWeights.safeParse({ quadrant: 0, severity: 0, complaints: 0, trend: 0, reach: 0 }).success).toBe(
      false,
    );
  });
});

describe("rankPriorities", () => {
  const items: PriorityItem[] = [
    {
      id: "pp-waiting",
      kind: "pain_point",
      touchpointId: "waiting",
      quadrant: "concentrate_here",
      severity: "high",
      complaints: 40,
      trend: -5,
      reach: 1000,
    },
    {
      id: "pp-parking",
      kind: "pain_point",
      touchpointId: "parking",
      quadrant: "low_priority",
      severity: "critical",
      complaints: 10,
      trend: 0,
      reach: 400,
    },
    {
      id: "tp-cafe",
      kind: "touchpoint",
      touchpointId: "cafe",
      quadrant: "possible_overkill",
      complaints: 0,
      trend: 10,
      reach: 200,
    },
  ];

  it("ranks with an explanation: each factor's raw input, normalised value, weight and contribution", () => {
    const ranks = rankPriorities(items);
    expect(ranks.map((r) => [r.rank, r.id])).toEqual([
      [1, "pp-waiting"],
      [2, "pp-parking"],
      [3, "tp-cafe"],
    ]);
    const [waiting, , cafe] = ranks as [PriorityRank, PriorityRank, PriorityRank];
    // waiting: quadrant 1, severity ⅔, complaints 40/40 = 1, trend 0.5 + 5/20 = 0.75, reach 1000/1000 = 1.
    expect(factor(waiting, "quadrant")).toMatchObject({ raw: "concentrate_here", value: 1, weight: 0.3 });
    expect(factor(waiting, "severity")).toMatchObject({ raw: "high", weight: 0.25 });
    expect(factor(waiting, "severity").value).toBeCloseTo(2 / 3, 12);
    expect(factor(waiting, "complaints")).toMatchObject({ raw: 40, value: 1, source: "complaints" });
    expect(factor(waiting, "trend")).toMatchObject({ raw: -5, value: 0.75 });
    expect(factor(waiting, "reach")).toMatchObject({ raw: 1000, value: 1 });
    const expected = 100 * (0.3 * 1 + 0.25 * (2 / 3) + 0.2 * 1 + 0.15 * 0.75 + 0.1 * 1);
    expect(waiting.score).toBeCloseTo(expected, 10);
    expect(factor(waiting, "trend").contribution).toBeCloseTo(100 * 0.15 * 0.75, 10);
    expect(waiting.coverage).toBeCloseTo(1, 12);
    // A touchpoint has no severity: it is left out and the other weights are rescaled over 0.75.
    expect(factor(cafe, "severity")).toMatchObject({ raw: null, value: null, effectiveWeight: 0, contribution: 0 });
    expect(cafe.coverage).toBeCloseTo(0.75, 12);
    expect(factor(cafe, "reach").effectiveWeight).toBeCloseTo(0.1 / 0.75, 12);
    // cafe: quadrant 0, complaints 0, trend 0 (rose by a full 10 points), reach 0.2.
    expect(cafe.score).toBeCloseTo((100 * 0.1 * 0.2) / 0.75, 10);
    for (const r of ranks) expect(PriorityRank.parse(r)).toEqual(r);
  });

  it("weights change the order as expected", () => {
    const severe: PriorityItem = { id: "severe", kind: "pain_point", severity: "critical", reach: 50, complaints: 1 };
    const common: PriorityItem = { id: "common", kind: "pain_point", severity: "low", reach: 5000, complaints: 30 };
    const bySeverity = PriorityWeights.parse({ severity: 1, reach: 0, complaints: 0, quadrant: 0, trend: 0 });
    const byReach = PriorityWeights.parse({ severity: 0, reach: 1, complaints: 0, quadrant: 0, trend: 0 });
    expect(rankPriorities([severe, common], bySeverity).map((r) => r.id)).toEqual(["severe", "common"]);
    expect(rankPriorities([severe, common], byReach).map((r) => r.id)).toEqual(["common", "severe"]);
    // Defaults: complaints (0.2) and reach (0.1) outweigh severity (0.25) here.
    expect(rankPriorities([severe, common]).map((r) => r.id)).toEqual(["common", "severe"]);
    const severityHeavy = PriorityWeights.parse({ severity: 2 });
    expect(rankPriorities([severe, common], severityHeavy).map((r) => r.id)).toEqual(["severe", "common"]);
  });

  it("a worsening trend raises the priority, an improving one lowers it", () => {
    const base: PriorityItem = { id: "x", kind: "touchpoint", quadrant: "keep_up", trend: 0 };
    const ranks = rankPriorities([
      { ...base, id: "steady" },
      { ...base, id: "improving", trend: 4 },
      { ...base, id: "falling", trend: -25 },
    ]);
    expect(ranks.map((r) => r.id)).toEqual(["falling", "steady", "improving"]);
    expect(factor(ranks[0] as PriorityRank, "trend").value).toBe(1);
  });

  it("without complaint data the rated frequency stands in and says so", () => {
    const [r] = rankPriorities([{ id: "p", kind: "pain_point", severity: "medium", frequency: "frequent" }]);
    expect(factor(r as PriorityRank, "complaints")).toMatchObject({ raw: "frequent", source: "rated_frequency" });
    expect(factor(r as PriorityRank, "complaints").value).toBeCloseTo(2 / 3, 12);
  });

  it("an item with nothing known scores 0 with coverage 0; ties keep the better-evidenced item first", () => {
    const ranks = rankPriorities([
      { id: "blank", kind: "touchpoint" },
      { id: "low", kind: "pain_point", severity: "low", complaints: 0, quadrant: "possible_overkill" },
    ]);
    expect(ranks.map((r) => [r.id, r.score, r.coverage])).toEqual([
      ["low", 0, 0.75],
      ["blank", 0, 0],
    ]);
  });

  it("properties: scores 0–100, contributions add up to the score, ranks 1…n in score order", () => {
    const item = fc.record(
      {
        id: fc.uuid(),
        kind: fc.constantFrom("pain_point" as const, "touchpoint" as const),
        quadrant: fc.option(fc.constantFrom(...IPA_QUADRANTS)),
        severity: fc.option(fc.constantFrom(...SEVERITIES)),
        frequency: fc.option(fc.constantFrom(...FREQUENCIES)),
        complaints: fc.option(fc.nat({ max: 500 })),
        trend: fc.option(fc.double({ min: -50, max: 50, noNaN: true })),
        reach: fc.option(fc.nat({ max: 100_000 })),
      },
      { requiredKeys: ["id", "kind"] },
    );
    const weight = fc.double({ min: 0, max: 5, noNaN: true });
    const weights = fc
      .record({ quadrant: weight, severity: weight, complaints: weight, trend: weight, reach: weight })
      .filter((w) => Object.values(w).some((v) => v > 0));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), weights, (list, w) => {
        const ranks = rankPriorities(list, w);
        expect(ranks.map((r) => r.rank)).toEqual(list.map((_, i) => i + 1));
        ranks.forEach((r, i) => {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100 + 1e-9);
          expect(r.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(r.score, 9);
          if (i > 0) expect(r.score).toBeLessThanOrEqual((ranks[i - 1] as PriorityRank).score);
        });
      }),
    );
  });
});
