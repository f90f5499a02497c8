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

  it("tie overall satisfaction to the touchpoints patients weigh (derived importance has a story)", () => {
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
    expect(doctor).toBeGreaterThan(0.3);
  });

  // The calibration (see the module): a decent hospital with clear weak spots, not one in crisis.
  const npsOf = (rows: typeof demo.responses) => {
    const nps = netPromoterScore(
      accumulateAnswers(
        NPS_SCALE,
        rows.map((r) => r.answers.find((a) => a.key === "nps")?.value as number),
      ),
    );
    return nps.kind === "nps" ? nps.score : Number.NaN;
  };
  const monthOf = (i: number) => (demo.months[i] as string).slice(5, 7);
  const overallOf = (rows: typeof demo.responses) =>
    rows.reduce((sum, r) => sum + (r.answers.find((a) => a.key === "overall-satisfaction")?.value as number), 0) /
    rows.length;

  it("look like a decent hospital: NPS +20…+45 and overall 3.9–4.3 of 5 (72–84 of 100) over the period", () => {
    expect(npsOf(demo.responses)).toBeGreaterThan(20);
    expect(npsOf(demo.responses)).toBeLessThan(45);
    const overall = overallOf(demo.responses);
    expect((overall - 1) * 25).toBeGreaterThan(72);
    expect((overall - 1) * 25).toBeLessThan(84);
  });

  it("keep waits and parking as the weakest touchpoints over the period, the doctor's explanation the best", () => {
    const rows = demo.responses;
    const e = journeyExperience(
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
    const name = (id: string) => touchpoints.find((tp) => tp.id === id)?.name;
    const ranked = [...e.touchpoints].sort((a, b) => (a.score ?? 0) - (b.score ?? 0)).map((t) => name(t.touchpointId));
    expect(new Set(ranked.slice(0, 5))).toEqual(
      new Set(["주차장 입구 만차 안내", "예약센터 ARS 연결", "진료 지연 안내", "출구 주차 정산", "채혈실 접수·대기"]),
    );
    expect(ranked.at(-1)).toBe("의사 진료·설명");
  });

  it("let the worst moment pull overall satisfaction and NPS down, and the kiosk's failure show in NPS", () => {
    const satisfactionKeys = new Set(touchpoints.map((tp) => satisfactionKey(tp.id)));
    const worstOf = (r: (typeof demo.responses)[number]) =>
      Math.min(...r.answers.filter((a) => satisfactionKeys.has(a.key)).map((a) => a.value as number));
    const bad = demo.responses.filter((r) => worstOf(r) <= 2);
    const fine = demo.responses.filter((r) => worstOf(r) >= 3);
    expect(bad.length).toBeGreaterThan(1000);
    expect(overallOf(fine) - overallOf(bad)).toBeGreaterThan(0.5);
    expect(npsOf(fine) - npsOf(bad)).toBeGreaterThan(40);
    // The kiosk's spring bad months (after the winter rush) against the ordinary months outside winter.
    const inMonths = (indices: number[]) =>
      demo.responses.filter((r) => indices.some((i) => r.visitDate.startsWith(demo.months[i] as string)));
    const failing = inMonths(DEMO_BAD_MONTHS.filter((i) => !["12", "01", "02"].includes(monthOf(i))));
    const ordinary = inMonths(
      demo.months
        .map((_, i) => i)
        .filter((i) => !(DEMO_BAD_MONTHS as readonly number[]).includes(i) && !["12", "01", "02"].includes(monthOf(i))),
    );
    expect(failing.length).toBeGreaterThan(1000);
    expect(npsOf(ordinary) - npsOf(failing)).toBeGreaterThan(8);
  });
});
