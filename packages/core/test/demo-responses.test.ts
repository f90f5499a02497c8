import { describe, expect, it } from "vitest";
import {
  DEMO_BAD_MONTHS,
  DEMO_DEGRADING_TOUCHPOINT,
  type DemoJourneyOutline,
  demoSurveyResponses,
  FIRST_VISIT_OUTPATIENT_JOURNEY,
} from "../src/demo/index.ts";
import {
  accumulateAnswers,
  accumulatePairs,
  checkAnswers,
  journeyExperience,
  NPS_SCALE,
  netPromoterScore,
  pearsonCorrelation,
  SATISFACTION_5,
} from "../src/index.ts";

const outline: DemoJourneyOutline = {
  title: FIRST_VISIT_OUTPATIENT_JOURNEY.title,
  stages: FIRST_VISIT_OUTPATIENT_JOURNEY.stages.map((s, i) => ({
    id: `stage-${i}`,
    name: s.name,
    touchpoints: (s.touchpoints ?? []).map((tp, j) => ({ id: `tp-${i}-${j}`, name: tp.name })),
  })),
};
const touchpoints = outline.stages.flatMap((s) => s.touchpoints);
const degrading = touchpoints.find((tp) => tp.name === DEMO_DEGRADING_TOUCHPOINT);

const options = { endMonth: "2026-11", perMonth: 600 };
const demo = demoSurveyResponses(outline, options);

function satisfactionKey(touchpointId: string) {
  return demo.definition.sections
    .flatMap((s) => s.questions)
    .find((q) => q.touchpointId === touchpointId && q.type === "satisfaction")?.key as string;
}

function monthExperience(month: string) {
  const rows = demo.responses.filter((r) => r.visitDate.startsWith(month));
  return journeyExperience(
    touchpoints.map((tp) => {
      const key = satisfactionKey(tp.id);
      return {
        touchpointId: tp.id,
        satisfaction: accumulateAnswers(
          SATISFACTION_5,
          rows.flatMap((r) => r.answers.filter((a) => a.key === key).map((a) => a.value as number)),
        ),
      };
    }),
  );
}

describe("demo survey responses", () => {
  it("are deterministic for a seed and differ between seeds", () => {
    const again = demoSurveyResponses(outline, options);
    expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
    const other = demoSurveyResponses(outline, { ...options, seed: 7 });
    expect(JSON.stringify(other.responses)).not.toBe(JSON.stringify(demo.responses));
  });

  it("cover 18 months with every answer valid for the generated survey, more visits in winter", () => {
    expect(demo.months).toHaveLength(18);
    expect(demo.months[0]).toBe("2025-06");
    for (const r of demo.responses.slice(0, 2000)) {
      expect(checkAnswers(demo.definition, r.answers).issues).toEqual([]);
    }
    const count = (m: string) => demo.responses.filter((r) => r.visitDate.startsWith(m)).length;
    expect(count("2026-01")).toBeGreaterThan(count("2025-09") * 1.15);
  });

  it("make the payment kiosk the weakest moment in its bad months only", () => {
    expect(degrading).toBeDefined();
    demo.months.forEach((month, i) => {
      const e = monthExperience(month);
      const weakest = e.weakestLink.kind === "score" ? e.weakestLink.touchpointId : null;
      if ((DEMO_BAD_MONTHS as readonly number[]).includes(i)) expect(weakest, month).toBe(degrading?.id);
      else expect(weakest, month).not.toBe(degrading?.id);
    });
  });

  it("tie NPS and overall satisfaction to touchpoint scores (derived importance has a story)", () => {
    const key = satisfactionKey(touchpoints.find((tp) => tp.name === "의사 진료·설명")?.id as string);
    const blogKey = satisfactionKey(touchpoints.find((tp) => tp.name === "공식 블로그·SNS 건강 정보")?.id as string);
    const pairsOf = (k: string) =>
      demo.responses.flatMap((r) => {
        const x = r.answers.find((a) => a.key === k)?.value;
        const y = r.answers.find((a) => a.key === "overall-satisfaction")?.value;
        return x === undefined || y === undefined ? [] : [[x, y] as const];
      });
    const doctor = pearsonCorrelation(accumulatePairs(pairsOf(key))) as number;
    const blog = pearsonCorrelation(accumulatePairs(pairsOf(blogKey))) as number;
    expect(doctor).toBeGreaterThan(blog);
    const nps = netPromoterScore(
      accumulateAnswers(
        NPS_SCALE,
        demo.responses.map((r) => r.answers.find((a) => a.key === "nps")?.value as number),
      ),
    );
    expect(nps.kind === "nps" && nps.score).toBeGreaterThan(-60);
    expect(nps.kind === "nps" && nps.score).toBeLessThan(60);
  });
});
