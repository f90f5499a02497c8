import type { SurveyDefinitionInput } from "@motmap/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyResponseRollups,
  createJourney,
  createStage,
  createSurvey,
  createTouchpoint,
  createVocItem,
  type DepartmentInsight,
  getDepartmentInsight,
  type HospitalContext,
  publishSurvey,
  surveyDefinitions,
} from "../src/index.ts";
import type { StoredAnswer } from "../src/surveys/stored-answers.ts";
import { engines, freshDatabase, type TestDatabase } from "./support/engines.ts";
import { expectError, newHospital, type Seeded, seedJourney, unwrap } from "./support/fixtures.ts";

const pct5 = (mean: number) => ((mean - 1) / 4) * 100;
const repeat = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

// The department view on a small hospital with hand-computed figures. Answers go straight into the rollups
// (applyResponseRollups, no survey_responses row): the view must read nothing else.
describe.each(engines())("department insight on %s", (engine) => {
  let t: TestDatabase;
  let ctx: HospitalContext;
  let s: Seeded;
  let journeyB: { id: string; touchpointId: string };
  let journeyC: { id: string; touchpointId: string };
  let r: DepartmentInsight;

  beforeAll(async () => {
    t = await freshDatabase(engine);
    ctx = await newHospital(t);
    s = await seedJourney(ctx, "가 외래 여정");
    const [d0, , d2] = s.departments;
    const [[t00], [t10]] = s.touchpoints;

    // Journey B (surveyed): one touchpoint the department leads. Journey C (no survey): one it leads too.
    const b = unwrap(await createJourney(ctx, { title: "나 입원 여정" }));
    const bStage = unwrap(await createStage(ctx, b.id, { phase: "during", name: "입원 수속" }));
    const tb = unwrap(
      await createTouchpoint(ctx, bStage.id, {
        name: "입원 창구",
        channel: "face_to_face",
        element: "humanware",
        departmentIds: [d0.id],
      }),
    );
    journeyB = { id: b.id, touchpointId: tb.id };
    const c = unwrap(await createJourney(ctx, { title: "다 검진 여정" }));
    const cStage = unwrap(await createStage(ctx, c.id, { phase: "during", name: "검진 접수" }));
    const tc = unwrap(
      await createTouchpoint(ctx, cStage.id, {
        name: "검진 안내",
        channel: "face_to_face",
        element: "humanware",
        departmentIds: [d0.id, d2.id],
      }),
    );
    journeyC = { id: c.id, touchpointId: tc.id };

    const survey = async (journeyId: string, definition: SurveyDefinitionInput) => {
      const created = unwrap(await createSurvey(ctx, { title: "설문", journeyId, definition }));
      unwrap(await publishSurvey(ctx, created.id));
      return created.id;
    };
    const overallSection = {
      key: "overall",
      questions: [
        { key: "overall", type: "satisfaction" as const, scale: 5 as const, text: "전반" },
        { key: "nps", type: "nps" as const, text: "추천" },
      ],
    };
    const surveyA = await survey(s.journey.id, {
      sections: [
        {
          key: "tp",
          questions: [
            { key: "q-a", type: "satisfaction", scale: 5, text: "콜센터", touchpointId: t00.id },
            { key: "q-c", type: "satisfaction", scale: 5, text: "접수", touchpointId: t10.id },
          ],
        },
        overallSection,
      ],
    });
    const surveyB = await survey(b.id, {
      sections: [
        { key: "tp", questions: [{ key: "q-b", type: "satisfaction", scale: 5, text: "입원", touchpointId: tb.id }] },
        overallSection,
      ],
    });

    const put = async (surveyId: string, rows: { day: string; department: string; answers: StoredAnswer[] }[]) =>
      t.db.transaction().execute(async (trx) => {
        await applyResponseRollups(
          trx,
          ctx,
          { id: surveyId, definitions: await surveyDefinitions(trx, ctx, surveyId) },
          rows.map((row) => ({
            surveyVersion: 1,
            submittedAt: `${row.day}T03:00:00.000Z`,
            visitDate: row.day,
            departmentId: row.department,
            segment: null,
            channel: "web",
            answers: row.answers,
          })),
        );
      });
    const d1 = s.departments[1];
    const feb = (i: number) => `2026-02-${String(1 + (i % 27)).padStart(2, "0")}`;
    const jan = (i: number) => `2026-01-${String(1 + (i % 27)).padStart(2, "0")}`;
    await put(surveyA, [
      // February, the department: overall 5×6 + 4×6 (4.5); NPS 10×6, 8×3, 5×3 (+25); q-a 2×6 + 3×6 (2.5); q-c 4.
      ...repeat(12, (i) => ({
        day: feb(i),
        department: d0.id,
        answers: [
          { k: "overall", v: i < 6 ? 5 : 4 },
          { k: "nps", v: i < 6 ? 10 : i < 9 ? 8 : 5 },
          { k: "q-a", v: i % 2 === 0 ? 2 : 3 },
          { k: "q-c", v: 4 },
        ],
      })),
      // February, another department: overall 3, NPS 9, q-a 4×10 + 5×10 (4.5), q-c 4.
      ...repeat(20, (i) => ({
        day: feb(i),
        department: d1.id,
        answers: [
          { k: "overall", v: 3 },
          { k: "nps", v: 9 },
          { k: "q-a", v: i < 10 ? 4 : 5 },
          { k: "q-c", v: 4 },
        ],
      })),
      // January: the department's overall 3×5 + 4×5 (3.5), the other's nine 2s.
      ...repeat(10, (i) => ({ day: jan(i), department: d0.id, answers: [{ k: "overall", v: i < 5 ? 3 : 4 }] })),
      ...repeat(9, (i) => ({ day: jan(i), department: d1.id, answers: [{ k: "overall", v: 2 }] })),
      // December: outside the window.
      ...repeat(10, () => ({ day: "2025-12-10", department: d0.id, answers: [{ k: "q-a", v: 5 }] })),
    ]);
    await put(surveyB, [
      // February: five of the department's patients rate overall 1; ten of another's rate the ward desk 5.
      ...repeat(5, (i) => ({ day: feb(i), department: d0.id, answers: [{ k: "overall", v: 1 }] })),
      ...repeat(10, (i) => ({ day: feb(i), department: d2.id, answers: [{ k: "q-b", v: 5 }] })),
    ]);
    const voc = async (type: string, touchpointId: string, receivedOn: string) =>
      unwrap(await createVocItem(ctx, { type, channel: "phone", receivedOn, text: "VOC 내용입니다", touchpointId }));
    await voc("complaint", t00.id, "2026-01-10");
    await voc("complaint", t00.id, "2026-02-03");
    await voc("compliment", t00.id, "2026-02-04");
    await voc("complaint", tb.id, "2025-12-30");

    r = unwrap(await getDepartmentInsight(ctx, d0.id, { from: "2026-01", to: "2026-02" }));
  }, 120_000);
  afterAll(() => t?.dispose());

  it("headline: the department's patients across journeys against the hospital's, latest month and the one before", () => {
    expect(r.department).toMatchObject({ id: s.departments[0].id, name: "원무팀", code: "ADM", siteName: "본원" });
    expect(r.periods).toEqual(["2026-01", "2026-02"]);
    expect([r.latest, r.previous]).toEqual(["2026-02", "2026-01"]);
    const dept = r.headline.department;
    // February: journey A 12 answers (Σ 54) + journey B 5 answers of 1 → 17 answers, Σ 59.
    expect(dept.satisfaction).toMatchObject({ kind: "score", n: 17 });
    if (dept.satisfaction.kind === "score") expect(dept.satisfaction.mean).toBeCloseTo(59 / 17, 12);
    expect(dept.previousSatisfaction).toMatchObject({ kind: "score", n: 10, mean: 3.5 });
    expect(dept.change.kind).toBe("change");
    if (dept.change.kind === "change") expect(dept.change.change).toBeCloseTo(pct5(59 / 17) - pct5(3.5), 10);
    // NPS: 6 promoters, 3 passives, 3 detractors of 12; January had none.
    expect(dept.nps).toMatchObject({ kind: "nps", n: 12, score: 25, promoters: 6, passives: 3, detractors: 3 });
    expect(dept.previousNps).toEqual({ kind: "too_few", n: 0, minSample: 10 });

    const hospital = r.headline.hospital;
    // February: 32 answers of journey A (Σ 54 + 60) and 5 of B; January: 10 + 9 (Σ 35 + 18).
    expect(hospital.satisfaction).toMatchObject({ kind: "score", n: 37 });
    if (hospital.satisfaction.kind === "score") expect(hospital.satisfaction.mean).toBeCloseTo(119 / 37, 12);
    expect(hospital.previousSatisfaction).toMatchObject({ kind: "score", n: 19 });
    if (hospital.previousSatisfaction.kind === "score") {
      expect(hospital.previousSatisfaction.mean).toBeCloseTo(53 / 19, 12);
    }
    // 26 promoters, 3 passives, 3 detractors of 32.
    expect(hospital.nps).toMatchObject({ kind: "nps", n: 32, promoters: 26 });
    if (hospital.nps.kind === "nps") expect(hospital.nps.score).toBeCloseTo((23 / 32) * 100, 10);
  });

  it("trend per month, all journeys and per journey with data; too few is never a number", () => {
    expect(r.journeys.map((j) => j.title)).toEqual(["가 외래 여정", "나 입원 여정"]);
    expect(r.trend.map((p) => [p.period, p.department.satisfaction.n, p.hospital.satisfaction.n])).toEqual([
      ["2026-01", 10, 19],
      ["2026-02", 17, 37],
    ]);
    const [a, b] = r.journeys;
    expect(a?.trend.map((p) => p.department.satisfaction)).toMatchObject([
      { kind: "score", n: 10, mean: 3.5 },
      { kind: "score", n: 12, mean: 4.5 },
    ]);
    const aFeb = a?.trend[1]?.hospital.satisfaction;
    expect(aFeb).toMatchObject({ kind: "score", n: 32 });
    if (aFeb?.kind === "score") expect(aFeb.mean).toBeCloseTo(114 / 32, 12);
    // Journey B: five of the department's answers in February, none in January.
    expect(b?.trend.map((p) => p.department.satisfaction)).toEqual([
      { kind: "too_few", n: 0, minSample: 10 },
      { kind: "too_few", n: 5, minSample: 10 },
    ]);
    expect(b?.trend[1]?.department.nps).toEqual({ kind: "too_few", n: 0, minSample: 10 });
  });

  it("where the department's patients fare worse: touchpoints against the journey over the window, worst first", () => {
    const [[t00], [t10]] = s.touchpoints;
    expect(r.touchpoints.map((g) => [g.name, g.gap.kind, g.gap.kind === "gap" ? g.gap.direction : g.gap.n])).toEqual([
      ["콜센터 예약", "gap", "worse"],
      ["접수 창구", "gap", "no_clear_difference"],
      ["입원 창구", "too_few", 0],
    ]);
    const [a, c] = r.touchpoints;
    expect(a).toMatchObject({ touchpointId: t00.id, journeyId: s.journey.id, stageName: "예약" });
    // q-a: the department 2.5 (37.5) on 12 answers; the journey 12 + 20 answers, Σ 30 + 90 = 120 (68.75); the
    // rest 4.5 (87.5). December's 5s are outside the window.
    expect(a?.department).toMatchObject({ kind: "score", n: 12, mean: 2.5 });
    expect(a?.journey).toMatchObject({ kind: "score", n: 32, mean: 3.75 });
    expect(a?.gap).toMatchObject({ n: 12, wholeN: 32, restN: 20 });
    if (a?.gap.kind === "gap") {
      expect(a.gap.gap).toBeCloseTo(37.5 - 68.75, 10);
      expect(a.gap.restPercent).toBeCloseTo(87.5, 10);
      expect(a.gap.difference).toBeCloseTo(-50, 10);
    }
    // q-c: everybody answered 4: no difference.
    expect(c).toMatchObject({ touchpointId: t10.id, gap: { kind: "gap", gap: 0, difference: 0 } });
    expect(r.weakestTouchpointId).toBe(t00.id);
  });

  it("touchpoints the department owns, across journeys: latest score of every patient, change, complaints", () => {
    const [[t00]] = s.touchpoints;
    expect(r.owned.map((o) => [o.journeyTitle, o.stageName, o.name, o.lead])).toEqual([
      ["가 외래 여정", "예약", "콜센터 예약", false],
      ["나 입원 여정", "입원 수속", "입원 창구", true],
      ["다 검진 여정", "검진 접수", "검진 안내", true],
    ]);
    const [a, b, c] = r.owned;
    expect(a).toMatchObject({ touchpointId: t00.id, satisfaction: { kind: "score", n: 32, mean: 3.75 } });
    expect(a?.previousSatisfaction).toEqual({ kind: "too_few", n: 0, minSample: 10 });
    expect(a?.change).toEqual({ kind: "too_few", currentN: 32, previousN: 0 });
    // Two complaints in January–February; the compliment and December's complaint do not count.
    expect(a?.complaints).toBe(2);
    expect(b).toMatchObject({ touchpointId: journeyB.touchpointId, satisfaction: { kind: "score", n: 10, mean: 5 } });
    expect(b?.complaints).toBe(0);
    expect(c).toMatchObject({ touchpointId: journeyC.touchpointId, satisfaction: { kind: "too_few", n: 0 } });
  });

  it("every department in the latest month", () => {
    const [d0, d1, d2] = s.departments;
    expect(r.departments.map((d) => [d.departmentId, d.satisfaction.kind, d.satisfaction.n])).toEqual([
      [d0.id, "score", 17],
      [d1.id, "score", 20],
      [d2.id, "too_few", 0],
    ]);
    expect(r.departments[1]?.satisfaction).toMatchObject({ mean: 3 });
  });

  it("a one-month window still compares with the month before; weeks work too", async () => {
    const one = unwrap(await getDepartmentInsight(ctx, s.departments[0].id, { from: "2026-02", to: "2026-02" }));
    expect(one.periods).toEqual(["2026-02"]);
    expect(one.headline.department.previousSatisfaction).toMatchObject({ kind: "score", n: 10 });
    expect(one.trend).toHaveLength(1);
    // The window total of q-a is February only.
    expect(one.touchpoints[0]?.journey).toMatchObject({ n: 32 });
    const weeks = unwrap(
      await getDepartmentInsight(ctx, s.departments[0].id, { grain: "week", from: "2026-W05", to: "2026-W09" }),
    );
    expect(weeks.periods).toEqual(["2026-W05", "2026-W06", "2026-W07", "2026-W08", "2026-W09"]);
    // Every February answer falls in weeks 5–9 (26 Jan – 1 Mar).
    expect(weeks.touchpoints[0]?.department).toMatchObject({ n: 12 });
  });

  it("an unknown department, another hospital's, or a bad window", async () => {
    expectError(await getDepartmentInsight(ctx, crypto.randomUUID()), "not_found");
    const other = await newHospital(t);
    const theirs = await seedJourney(other, "다른 병원 여정");
    expectError(await getDepartmentInsight(ctx, theirs.departments[0].id), "not_found");
    expectError(await getDepartmentInsight(other, s.departments[0].id), "not_found");
    expectError(
      await getDepartmentInsight(ctx, s.departments[0].id, { from: "2026-03", to: "2026-01" }),
      "validation_failed",
    );
  });
});
