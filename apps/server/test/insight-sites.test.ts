import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { freshMember, seedTenant, type Tenant } from "./support/samples.ts";
import { engines, send, type TestApp, testApp } from "./support/test-app.ts";

type Summary = { kind: string; n: number; mean?: number; percent?: number; score?: number };
interface Comparison {
  sites: { id: string; name: string; answers: number }[];
  columns: {
    siteId: string | null;
    name: string | null;
    answers: number;
    satisfaction: Summary;
    nps: Summary;
    weakestLink: { kind: string; touchpointId?: string; score?: number };
  }[];
  sitesWithData: number;
  touchpoints: {
    touchpointId: string;
    cells: { siteId: string | null; satisfaction: Summary; gapToBest: number | null }[];
    comparison: { kind: string; bestId?: string; worstId?: string; significant?: boolean; test?: { p: number } };
  }[];
  trend: { period: string; siteId: string | null; satisfaction: Summary; nps: Summary }[];
}

// The site comparison through the real app: sites and departments made through the API, answers through the
// public submit (which keeps the rollups), every figure against a hand computation; and tenant isolation.
describe.each(engines())("site comparison API on %s", (engine) => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>;
  let h: Tenant;
  let other: Tenant;
  let viewer: string;
  let url: string;
  let towerId: string;

  beforeAll(async () => {
    t = await testApp(engine);
    app = createApp({
      database: t.database,
      publicSurveyRequestsPerMinute: 100_000,
      surveySubmissionsPerMinute: 100_000,
    });
    h = await seedTenant(t, "사이트비교");
    other = await seedTenant(t, "남의병원");
    viewer = (await freshMember(h, "viewer")).cookie;
    const base = `/api/hospitals/${h.hospitalId}`;
    url = `${base}/insight/journeys/${h.journey.id}/sites`;
    const post = async (path: string, body: unknown, status = 201) => {
      const res = await send(app, "POST", `${base}${path}`, { cookie: h.owner.cookie, body });
      expect(res.status, res.text).toBe(status);
      return res.json;
    };
    const tower = await post("/sites", { name: "메디컬타워", address: "서울시 마포구 92" });
    towerId = tower.id;
    const endoscopy = await post("/departments", { name: "내시경센터", code: "ENDO", siteId: tower.id });
    const [t0] = h.touchpoints;
    const survey = await post("/surveys", {
      title: "외래 설문",
      journeyId: h.journey.id,
      definition: {
        sections: [
          {
            key: "s",
            questions: [
              { key: "a", type: "satisfaction", scale: 5, text: "a", touchpointId: t0.id },
              { key: "overall", type: "satisfaction", scale: 5, text: "전반" },
              { key: "nps", type: "nps", text: "추천" },
            ],
          },
        ],
      },
    });
    const published = await post(`/surveys/${survey.id}/publish`, {}, 200);
    const submit = async (departmentId: string | null, a: number, overall: number, nps: number) => {
      const res = await send(app, "POST", `/api/public/surveys/${published.publicId}/responses`, {
        body: {
          submissionKey: crypto.randomUUID(),
          visitDate: "2026-03-10",
          ...(departmentId ? { departmentId } : {}),
          answers: [
            { key: "a", value: a },
            { key: "overall", value: overall },
            { key: "nps", value: nps },
          ],
        },
      });
      expect(res.status, res.text).toBe(201);
    };
    // 본원 (the tenant's department): a = 3 × 10 and 1 × 2 (mean 32/12 → 41.67), overall 4, NPS 8 (passive).
    for (let i = 0; i < 12; i++) await submit(h.department.id, i < 10 ? 3 : 1, 4, 8);
    // 메디컬타워 (내시경센터): a = 5 × 8 and 4 × 4 (mean 56/12 → 91.67), overall 5, NPS 10.
    for (let i = 0; i < 12; i++) await submit(endoscopy.id, i < 8 ? 5 : 4, 5, 10);
    // Without a department: the "no site" column.
    for (let i = 0; i < 3; i++) await submit(null, 2, 3, 5);
  });
  afterAll(() => t.dispose());

  it("answers a member (viewer) with the per-site numbers", async () => {
    const res = await send(app, "GET", `${url}?from=2026-03&to=2026-03`, { cookie: viewer });
    expect(res.status, res.text).toBe(200);
    const r = res.json as Comparison;
    expect(r.sitesWithData).toBe(2);
    expect(r.columns.map((c) => [c.siteId, c.name, c.answers])).toEqual([
      [h.site.id, h.site.name, 12],
      [towerId, "메디컬타워", 12],
      [null, null, 3],
    ]);
    const [main, tower, none] = r.columns;
    expect(main?.satisfaction).toMatchObject({ kind: "score", n: 12, mean: 4, percent: 75 });
    expect(main?.nps).toMatchObject({ kind: "nps", n: 12, score: 0 });
    expect(tower?.nps).toMatchObject({ kind: "nps", n: 12, score: 100 });
    expect(none?.satisfaction).toEqual({ kind: "too_few", n: 3, minSample: 10 });
    expect(main?.weakestLink).toMatchObject({ kind: "score", touchpointId: h.touchpoints[0].id });
    if (main?.weakestLink.kind === "score") expect(main.weakestLink.score).toBeCloseTo(125 / 3, 10);

    const a = r.touchpoints.find((tp) => tp.touchpointId === h.touchpoints[0].id);
    expect(a?.cells.map((c) => c.siteId)).toEqual([h.site.id, towerId, null]);
    expect(a?.cells[0]?.gapToBest).toBeCloseTo(50, 10);
    expect(a?.cells[1]?.gapToBest).toBe(0);
    expect(a?.cells[2]?.gapToBest).toBeNull();
    // 메디컬타워 (mean 14/3, s² = 24/99) against 본원 (mean 8/3, s² = 60/99): se² = 84/1188, t = 7.5214,
    // df = 18.586, p = 4.76e-7 (scipy.stats.ttest_ind, equal_var=False).
    expect(a?.comparison).toMatchObject({ kind: "compared", bestId: towerId, worstId: h.site.id, significant: true });
    expect(a?.comparison.test?.p).toBeCloseTo(4.7599690886516235e-7, 12);
    expect(r.trend.filter((p) => p.period === "2026-03").map((p) => p.siteId)).toEqual([h.site.id, towerId, null]);
  });

  it("is hidden from another hospital's members, and another hospital's journey is not found", async () => {
    const asOther = await send(app, "GET", `${url}?from=2026-03&to=2026-03`, { cookie: other.owner.cookie });
    expect(asOther.status).toBe(404);
    expect(asOther.text).not.toContain("메디컬타워");
    const otherJourney = await send(
      app,
      "GET",
      `/api/hospitals/${h.hospitalId}/insight/journeys/${other.journey.id}/sites?from=2026-03&to=2026-03`,
      { cookie: h.owner.cookie },
    );
    expect(otherJourney.status).toBe(404);
    expect(otherJourney.text).not.toContain(other.tag);
    const unauthenticated = await send(app, "GET", `${url}?from=2026-03&to=2026-03`);
    expect(unauthenticated.status).toBe(401);
  });

  it("rejects a bad window", async () => {
    const res = await send(app, "GET", `${url}?grain=day`, { cookie: viewer });
    expect(res.status).toBe(400);
    const backwards = await send(app, "GET", `${url}?from=2026-05&to=2026-01`, { cookie: viewer });
    expect(backwards.status).toBe(400);
  });
});
