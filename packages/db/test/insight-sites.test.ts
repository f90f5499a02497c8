import type { SurveyDefinitionInput } from "@motmap/core";
import { DEMO_TOWER_SITE, FIRST_VISIT_OUTPATIENT_JOURNEY } from "@motmap/core/demo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoOrganisation } from "../src/demo/seed-demo.ts";
import { seedDemoResponses } from "../src/demo/seed-demo-responses.ts";
import {
  applyResponseRollups,
  createDepartment,
  createHospital,
  createSite,
  createSurvey,
  getSiteComparison,
  type HospitalContext,
  importJourney,
  publishSurvey,
  surveyDefinitions,
} from "../src/index.ts";
import type { StoredAnswer } from "../src/surveys/stored-answers.ts";
import { engines, freshDatabase, type TestDatabase } from "./support/engines.ts";
import { expectError, newHospital, type Seeded, seedJourney, unwrap } from "./support/fixtures.ts";

function definition(s: Seeded): SurveyDefinitionInput {
  const [[t00, t01], [t10]] = s.touchpoints;
  return {
    sections: [
      {
        key: "tp",
        questions: [
          { key: "q-a", type: "satisfaction", scale: 5, text: "a", touchpointId: t00.id },
          { key: "q-b", type: "satisfaction", scale: 7, text: "b", touchpointId: t01.id },
          { key: "q-c", type: "satisfaction", scale: 5, text: "c", touchpointId: t10.id },
        ],
      },
      {
        key: "overall",
        questions: [
          { key: "overall", type: "satisfaction", scale: 5, text: "전반" },
          { key: "nps", type: "nps", text: "추천" },
        ],
      },
    ],
  };
}

const times = <T>(count: number, value: T): T[] => new Array(count).fill(value);

// Two sites with known answers, hand-computed: 본원 (the seeded site, department 원무팀), 검진센터 (a new site and
// department), and answers of departments without a site (예약센터) or without a department ("no site").
describe.each(engines())("site comparison on %s", (engine) => {
  let t: TestDatabase;
  let ctx: HospitalContext;
  let seeded: Seeded;
  let checkupSiteId: string;
  beforeAll(async () => {
    t = await freshDatabase(engine);
    ctx = await newHospital(t);
    seeded = await seedJourney(ctx);
    const checkup = unwrap(await createSite(ctx, { name: "검진센터", address: "서울시 마포구 2" }));
    checkupSiteId = checkup.id;
    const checkupDept = unwrap(await createDepartment(ctx, { name: "건강검진팀", code: "HPC", siteId: checkup.id }));
    const survey = unwrap(
      await createSurvey(ctx, { title: "설문", journeyId: seeded.journey.id, definition: definition(seeded) }),
    );
    unwrap(await publishSurvey(ctx, survey.id));

    const main = seeded.departments[0].id; // 원무팀 → 본원
    const noSiteDept = seeded.departments[1].id; // 예약센터: no site
    const responses: { departmentId: string | null; visitDate: string; answers: StoredAnswer[] }[] = [];
    const add = (departmentId: string | null, visitDate: string, answers: StoredAnswer[][]) => {
      for (const a of answers) responses.push({ departmentId, visitDate, answers: a });
    };
    // January, 본원: q-a six 4s and six 2s (mean 3 → 50); q-b six 7s and six 4s (mean 5.5 → 75);
    // overall six 5s and six 4s; NPS six 10s, three 8s, three 5s (25).
    add(
      main,
      "2026-01-15",
      Array.from({ length: 12 }, (_, i) => [
        { k: "q-a", v: i < 6 ? 4 : 2 },
        { k: "q-b", v: i < 6 ? 7 : 4 },
        { k: "overall", v: i < 6 ? 5 : 4 },
        { k: "nps", v: i < 6 ? 10 : i < 9 ? 8 : 5 },
      ]),
    );
    // February, 본원: ten answers, overall all 4, NPS all 9.
    add(
      main,
      "2026-02-10",
      times(10, [
        { k: "overall", v: 4 },
        { k: "nps", v: 9 },
      ]),
    );
    // January, 검진센터: q-a ten 5s and two 3s (mean 14/3 → 91.67); q-b on five responses only (too few);
    // overall three 5s and nine 4s; NPS nine 10s and three 9s (100).
    add(
      checkupDept.id,
      "2026-01-20",
      Array.from({ length: 12 }, (_, i) => [
        { k: "q-a", v: i < 10 ? 5 : 3 },
        ...(i < 5 ? [{ k: "q-b", v: 6 }] : []),
        { k: "overall", v: i < 3 ? 5 : 4 },
        { k: "nps", v: i < 9 ? 10 : 9 },
      ]),
    );
    // February, 검진센터: four answers (too few for the month).
    add(checkupDept.id, "2026-02-11", times(4, [{ k: "overall", v: 5 }]));
    // No site: four from a department without a site, two without a department.
    add(
      noSiteDept,
      "2026-01-05",
      times(4, [
        { k: "q-a", v: 1 },
        { k: "overall", v: 2 },
      ]),
    );
    add(
      null,
      "2026-02-05",
      times(2, [
        { k: "q-a", v: 2 },
        { k: "overall", v: 3 },
      ]),
    );

    await t.db.transaction().execute(async (trx) => {
      const definitions = await surveyDefinitions(trx, ctx, survey.id);
      await applyResponseRollups(
        trx,
        ctx,
        { id: survey.id, definitions },
        responses.map((r) => ({
          surveyVersion: 1,
          submittedAt: `${r.visitDate}T03:00:00.000Z`,
          visitDate: r.visitDate,
          departmentId: r.departmentId,
          segment: null,
          channel: "web",
          answers: r.answers,
        })),
      );
    });
  });
  afterAll(() => t.dispose());

  it("summarises each site over the window: satisfaction with its interval, NPS, weakest touchpoint, answers", async () => {
    const r = unwrap(await getSiteComparison(ctx, seeded.journey.id, { from: "2026-01", to: "2026-02" }));
    expect(r.periods).toEqual(["2026-01", "2026-02"]);
    expect(r.sites.map((s) => [s.name, s.answers])).toEqual([
      ["본원", 22],
      ["검진센터", 16],
    ]);
    expect(r.sitesWithData).toBe(2);
    expect(r.columns.map((c) => [c.siteId, c.name, c.answers])).toEqual([
      [seeded.site.id, "본원", 22],
      [checkupSiteId, "검진센터", 16],
      [null, null, 6],
    ]);
    const [main, checkup, none] = r.columns;

    // 본원 overall over January–February: 6 × 5, 16 × 4 → mean 94/22, s² = (6·(5 − m)² + 16·(4 − m)²)/21.
    expect(main?.satisfaction.kind).toBe("score");
    if (main?.satisfaction.kind === "score") {
      const m = 94 / 22;
      const sd = Math.sqrt((6 * (5 - m) ** 2 + 16 * (4 - m) ** 2) / 21);
      expect(main.satisfaction.n).toBe(22);
      expect(main.satisfaction.mean).toBeCloseTo(m, 12);
      expect(main.satisfaction.sd).toBeCloseTo(sd, 12);
      // t(0.975, 21) = 2.079614
      expect(main.satisfaction.ci.upper - m).toBeCloseTo((2.079614 * sd) / Math.sqrt(22), 5);
      expect(main.satisfaction.percent).toBeCloseTo((m - 1) * 25, 12);
    }
    // NPS over the window: 16 promoters (6 tens + 10 nines), 3 passives, 3 detractors of 22.
    expect(main?.nps).toMatchObject({ kind: "nps", n: 22, promoters: 16, passives: 3, detractors: 3 });
    if (main?.nps.kind === "nps") expect(main.nps.score).toBeCloseTo((13 / 22) * 100, 10);
    // Weakest: q-a at 50 (q-b 75; q-c unanswered).
    expect(main?.weakestLink).toMatchObject({ kind: "score", touchpointId: seeded.touchpoints[0][0].id, score: 50 });
    expect(main?.average).toMatchObject({ kind: "score", score: 62.5, touchpoints: 2 });
    expect(main?.hiddenGap).toBe(12.5);

    // 검진센터: overall 7 × 5, 9 × 4 → 4.4375; NPS 12 answers, all promoters; q-a the only scored touchpoint.
    if (checkup?.satisfaction.kind !== "score") throw new Error("expected a score");
    expect(checkup.satisfaction.mean).toBeCloseTo(71 / 16, 12);
    expect(checkup.nps).toMatchObject({ kind: "nps", n: 12, score: 100 });
    expect(checkup.weakestLink).toMatchObject({ kind: "score", touchpointId: seeded.touchpoints[0][0].id });
    if (checkup.weakestLink.kind === "score") expect(checkup.weakestLink.score).toBeCloseTo(275 / 3, 10);

    // No site: six answers — never a number.
    expect(none?.satisfaction).toEqual({ kind: "too_few", n: 6, minSample: 10 });
    expect(none?.nps).toEqual({ kind: "too_few", n: 0, minSample: 10 });
    expect(none?.weakestLink).toEqual({ kind: "no_scores", minSample: 10 });
  });

  it("compares each touchpoint across sites: score, gap to the best, Welch's test", async () => {
    const r = unwrap(await getSiteComparison(ctx, seeded.journey.id, { from: "2026-01", to: "2026-02" }));
    const [[t00, t01], [t10]] = seeded.touchpoints;
    // Every touchpoint of the journey in journey order, answered or not.
    expect(r.touchpoints.map((tp) => tp.name)).toEqual(["콜센터 예약", "앱 예약", "접수 창구", "키오스크", "번호표"]);
    const a = r.touchpoints.find((tp) => tp.touchpointId === t00.id);
    expect(a?.cells.map((c) => c.siteId)).toEqual([seeded.site.id, checkupSiteId, null]);
    const [main, checkup, none] = a?.cells ?? [];
    expect(main?.satisfaction).toMatchObject({ kind: "score", n: 12, mean: 3, percent: 50 });
    expect(main?.gapToBest).toBeCloseTo(275 / 3 - 50, 10);
    expect(checkup?.gapToBest).toBe(0);
    expect(none?.satisfaction).toEqual({ kind: "too_few", n: 6, minSample: 10 });
    expect(none?.gapToBest).toBeNull();
    // Best 검진센터 (s² = 60/99) against worst 본원 (s² = 12/11), raw: difference 5/3, se² = 14/99,
    // t = 4.43203, df = (14/99)² / (((1/11)² + (5/99)²)/11) = 2156/106 = 20.3396, p = 0.000247346;
    // on 0–100 the difference is 41.67 points, 95 % CI 22.08 … 61.26 (scipy.stats.ttest_ind, equal_var=False).
    const cmp = a?.comparison;
    if (cmp?.kind !== "compared" || cmp.test.kind !== "welch") throw new Error("expected a comparison");
    expect(cmp).toMatchObject({ bestId: checkupSiteId, worstId: seeded.site.id, pairs: 1, significant: true });
    expect(cmp.gap).toBeCloseTo(125 / 3, 10);
    expect(cmp.test.t).toBeCloseTo(4.432026302139593, 10);
    expect(cmp.test.df).toBeCloseTo(2156 / 106, 10);
    expect(cmp.test.p).toBeCloseTo(0.0002473455798597173, 10);
    expect(cmp.test.ci.lower).toBeCloseTo(22.076936305305065, 6);
    expect(cmp.test.ci.upper).toBeCloseTo(61.256397028028275, 6);

    // q-b: 본원 75; 검진센터 on five answers (too few): one site scored, nothing to compare.
    const b = r.touchpoints.find((tp) => tp.touchpointId === t01.id);
    expect(b?.cells[0]?.satisfaction).toMatchObject({ kind: "score", percent: 75 });
    expect(b?.cells[0]?.gapToBest).toBeNull();
    expect(b?.cells[1]?.satisfaction).toEqual({ kind: "too_few", n: 5, minSample: 10 });
    expect(b?.comparison).toEqual({ kind: "too_few_groups", groups: 1, minSample: 10 });
    const c = r.touchpoints.find((tp) => tp.touchpointId === t10.id);
    expect(c?.cells.map((x) => x.satisfaction.n)).toEqual([0, 0, 0]);
  });

  it("trends satisfaction and NPS per month and site", async () => {
    const r = unwrap(await getSiteComparison(ctx, seeded.journey.id, { from: "2026-01", to: "2026-02" }));
    const point = (period: string, siteId: string | null) =>
      r.trend.find((p) => p.period === period && p.siteId === siteId);
    expect(r.trend).toHaveLength(6);
    expect(point("2026-01", seeded.site.id)?.satisfaction).toMatchObject({ kind: "score", n: 12, mean: 4.5 });
    expect(point("2026-01", seeded.site.id)?.nps).toMatchObject({ kind: "nps", score: 25 });
    // February 본원: ten 4s — no spread, the interval is the mean itself.
    expect(point("2026-02", seeded.site.id)?.satisfaction).toMatchObject({
      kind: "score",
      n: 10,
      mean: 4,
      ci: { lower: 4, upper: 4 },
    });
    expect(point("2026-02", seeded.site.id)?.nps).toMatchObject({ kind: "nps", score: 100 });
    expect(point("2026-01", checkupSiteId)?.satisfaction).toMatchObject({ kind: "score", n: 12, mean: 51 / 12 });
    expect(point("2026-02", checkupSiteId)?.satisfaction).toEqual({ kind: "too_few", n: 4, minSample: 10 });
    expect(point("2026-01", null)?.satisfaction).toEqual({ kind: "too_few", n: 4, minSample: 10 });
    expect(point("2026-02", null)?.satisfaction).toEqual({ kind: "too_few", n: 2, minSample: 10 });
  });

  it("leaves out sites without answers and the no-site column when every answer has a site", async () => {
    // March has no answers at all: no column, not even "no site".
    const r = unwrap(await getSiteComparison(ctx, seeded.journey.id, { from: "2026-03", to: "2026-03" }));
    expect(r.columns).toEqual([]);
    expect(r.sitesWithData).toBe(0);
    expect(r.sites.map((s) => s.answers)).toEqual([0, 0]);
    expect(r.touchpoints[0]?.cells).toEqual([]);
    expect(r.touchpoints[0]?.comparison).toEqual({ kind: "too_few_groups", groups: 0, minSample: 10 });
  });

  it("weekly: the same rollups by ISO week", async () => {
    // 2026-01-15 and 2026-01-20 are in weeks 3 and 4.
    const r = unwrap(
      await getSiteComparison(ctx, seeded.journey.id, { grain: "week", from: "2026-W03", to: "2026-W04" }),
    );
    expect(r.columns.map((c) => [c.name, c.answers])).toEqual([
      ["본원", 12],
      ["검진센터", 12],
    ]);
    expect(r.sitesWithData).toBe(2);
  });

  it("another hospital's journey is not found; a bad window is a validation error", async () => {
    const other = await newHospital(t);
    expectError(await getSiteComparison(other, seeded.journey.id, { from: "2026-01", to: "2026-02" }), "not_found");
    expectError(
      await getSiteComparison(ctx, seeded.journey.id, { from: "2026-03", to: "2026-01" }),
      "validation_failed",
      "from",
    );
  });
});

// The demo's story by site: 내시경센터 works at the tower and explains best; 외과 (main hospital) waits longer.
describe("the demo hospital's sites", () => {
  let t: TestDatabase;
  let ctx: HospitalContext;
  let journeyId: string;
  beforeAll(async () => {
    t = await freshDatabase("sqlite");
    const h = await createHospital(t.db, { name: "한빛대학교병원" }, null);
    ctx = { db: t.db, hospitalId: h.id, actorId: null };
    await seedDemoOrganisation(ctx);
    journeyId = unwrap(await importJourney(ctx, FIRST_VISIT_OUTPATIENT_JOURNEY)).id;
    await seedDemoResponses(ctx, { endMonth: "2026-11", perMonth: 400 });
  }, 120_000);
  afterAll(() => t.dispose());

  it("compares the main hospital with the tower, and the tower explains significantly better", async () => {
    const r = unwrap(await getSiteComparison(ctx, journeyId, { from: "2025-12", to: "2026-11" }));
    expect(r.sitesWithData).toBe(2);
    // Every demo response has a department with a site: no "no site" column.
    expect(r.columns.map((c) => c.name)).toEqual(["본원", DEMO_TOWER_SITE]);
    const [main, tower] = r.columns;
    // 내시경센터 is 15 % of the answers.
    const share = (tower?.answers ?? 0) / ((main?.answers ?? 0) + (tower?.answers ?? 0));
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.2);
    for (const c of r.columns) {
      expect(c.satisfaction.kind).toBe("score");
      expect(c.nps.kind).toBe("nps");
      expect(c.weakestLink.kind).toBe("score");
    }
    const row = (name: string) => r.touchpoints.find((tp) => tp.name === name);
    for (const name of ["의사 진료·설명", "당일 결과 설명 진료"]) {
      expect(row(name)?.comparison, name).toMatchObject({
        kind: "compared",
        bestId: tower?.siteId,
        significant: true,
      });
    }
    // A touchpoint no department treats differently shows no significant difference.
    expect(row("카카오 알림톡 예약 확정")?.comparison).toMatchObject({ kind: "compared", significant: false });
  });
});
