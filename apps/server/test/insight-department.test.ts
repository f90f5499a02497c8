import { createDepartment, createVocItem } from "@motmap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { freshMember, seedTenant, type Tenant, unwrap } from "./support/samples.ts";
import { engines, send, type TestApp, testApp } from "./support/test-app.ts";

interface Score {
  kind: string;
  n: number;
  mean?: number;
}
interface Insight {
  department: { id: string; name: string };
  periods: string[];
  latest: string;
  headline: Record<"department" | "hospital", { satisfaction: Score; nps: Score & { score?: number } }>;
  trend: { period: string; department: { satisfaction: Score }; hospital: { satisfaction: Score } }[];
  journeys: { journeyId: string; title: string }[];
  touchpoints: {
    touchpointId: string;
    department: Score;
    journey: Score;
    gap: { kind: string; direction?: string; gap?: number };
  }[];
  weakestTouchpointId: string | null;
  owned: { touchpointId: string; name: string; lead: boolean; satisfaction: Score; complaints: number | null }[];
  departments: { departmentId: string; satisfaction: Score }[];
}

// The department view's API through the real app: answers through the public submit (pending rollups folded in on
// read), VOC through the use case, and the figures checked by hand.
describe.each(engines())("department insight API on %s", (engine) => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>;
  let h: Tenant;
  let other: Tenant;
  let viewer: string;
  let url: string;
  let secondDepartment: string;

  beforeAll(async () => {
    t = await testApp(engine);
    app = createApp({
      database: t.database,
      publicSurveyRequestsPerMinute: 100_000,
      surveySubmissionsPerMinute: 100_000,
    });
    h = await seedTenant(t, "부서현황");
    other = await seedTenant(t, "다른병원");
    viewer = (await freshMember(h, "viewer")).cookie;
    const base = `/api/hospitals/${h.hospitalId}`;
    url = `${base}/insight/departments/${h.department.id}`;
    secondDepartment = unwrap(await createDepartment(h.ctx, { name: "부서현황 외래간호팀", code: "OPD" })).id;
    const created = await send(app, "POST", `${base}/surveys`, {
      cookie: h.owner.cookie,
      body: {
        title: "외래 경험 설문",
        journeyId: h.journey.id,
        definition: {
          sections: [
            {
              key: "s",
              questions: [
                { key: "a", type: "satisfaction", scale: 5, text: "콜센터", touchpointId: h.touchpoints[0].id },
                { key: "overall", type: "satisfaction", scale: 5, text: "전반" },
                { key: "nps", type: "nps", text: "추천" },
              ],
            },
          ],
        },
      },
    });
    expect(created.status, created.text).toBe(201);
    const published = await send(app, "POST", `${base}/surveys/${created.json.id}/publish`, { cookie: h.owner.cookie });
    expect(published.status, published.text).toBe(200);
    const submit = async (visitDate: string, departmentId: string, answers: Record<string, number>) => {
      const res = await send(app, "POST", `/api/public/surveys/${published.json.publicId}/responses`, {
        body: {
          submissionKey: crypto.randomUUID(),
          visitDate,
          departmentId,
          answers: Object.entries(answers).map(([key, value]) => ({ key, value })),
        },
      });
      expect(res.status, res.text).toBe(201);
    };
    // February: the department's twelve patients (overall 4, NPS 10, the call centre 2), the other department's ten
    // (overall 2, NPS 5, the call centre 4 and 5).
    for (let i = 0; i < 12; i++) await submit(`2026-02-${10 + i}`, h.department.id, { a: 2, overall: 4, nps: 10 });
    for (let i = 0; i < 10; i++) {
      await submit(`2026-02-${10 + i}`, secondDepartment, { a: i < 5 ? 4 : 5, overall: 2, nps: 5 });
    }
    // January: three answers, too few.
    for (let i = 0; i < 3; i++) await submit(`2026-01-${10 + i}`, h.department.id, { overall: 5 });
    unwrap(
      await createVocItem(h.ctx, {
        type: "complaint",
        channel: "phone",
        receivedOn: "2026-02-11",
        text: "콜센터 연결이 늦어요",
        touchpointId: h.touchpoints[0].id,
      }),
    );
  }, 180_000);
  afterAll(() => t?.dispose());

  const get = async (path: string, cookie = viewer): Promise<Insight> => {
    const res = await send(app, "GET", path, { cookie });
    expect(res.status, res.text).toBe(200);
    return res.json as Insight;
  };

  it("a viewer reads the department against the hospital, its touchpoints, the departments", async () => {
    const r = await get(`${url}?from=2026-01&to=2026-02`);
    expect(r.department).toMatchObject({ id: h.department.id, name: h.department.name });
    expect([r.periods, r.latest]).toEqual([["2026-01", "2026-02"], "2026-02"]);
    expect(r.headline.department.satisfaction).toMatchObject({ kind: "score", n: 12, mean: 4 });
    // Every patient: 12 × 4 + 10 × 2 = 68 over 22.
    expect(r.headline.hospital.satisfaction).toMatchObject({ kind: "score", n: 22 });
    expect(r.headline.hospital.satisfaction.mean).toBeCloseTo(68 / 22, 12);
    expect(r.headline.department.nps).toMatchObject({ kind: "nps", n: 12, score: 100 });
    // 12 promoters and 10 detractors of 22.
    expect(r.headline.hospital.nps.score).toBeCloseTo((2 / 22) * 100, 10);
    expect(r.trend.map((p) => [p.period, p.department.satisfaction.kind, p.department.satisfaction.n])).toEqual([
      ["2026-01", "too_few", 3],
      ["2026-02", "score", 12],
    ]);
    expect(r.journeys).toEqual([{ journeyId: h.journey.id, title: h.journey.title, trend: expect.any(Array) }]);
    // The call centre: the department's 2 (25) against the journey's (24 + 45)/22; clearly worse than the others.
    const [callCentre] = r.touchpoints;
    expect(callCentre).toMatchObject({
      touchpointId: h.touchpoints[0].id,
      department: { kind: "score", n: 12, mean: 2 },
      journey: { kind: "score", n: 22 },
      gap: { kind: "gap", direction: "worse" },
    });
    expect(callCentre?.gap.gap).toBeCloseTo(25 - ((69 / 22 - 1) / 4) * 100, 10);
    expect(r.weakestTouchpointId).toBe(h.touchpoints[0].id);
    // The department owns the call centre on the map (the fixture's owner); every patient's score, one complaint.
    expect(r.owned).toEqual([
      expect.objectContaining({
        touchpointId: h.touchpoints[0].id,
        lead: true,
        satisfaction: expect.objectContaining({ kind: "score", n: 22 }),
        complaints: 1,
      }),
    ]);
    expect(r.departments.map((d) => [d.departmentId, d.satisfaction.n])).toEqual([
      [h.department.id, 12],
      [secondDepartment, 10],
    ]);
  });

  it("an unknown department, bad periods", async () => {
    const unknown = await send(
      app,
      "GET",
      `/api/hospitals/${h.hospitalId}/insight/departments/${crypto.randomUUID()}`,
      {
        cookie: viewer,
      },
    );
    expect(unknown.status).toBe(404);
    const reversed = await send(app, "GET", `${url}?from=2026-03&to=2026-01`, { cookie: viewer });
    expect(reversed.status).toBe(400);
    const mixed = await send(app, "GET", `${url}?grain=week&to=2026-02`, { cookie: viewer });
    expect(mixed.status).toBe(400);
  });

  it("tenant isolation: another hospital's users never see this department", async () => {
    // Not a member of this hospital: 404, indistinguishable from a hospital that does not exist.
    const asOther = await send(app, "GET", `${url}?to=2026-02`, { cookie: other.owner.cookie });
    expect(asOther.status).toBe(404);
    expect(asOther.text).not.toContain(h.department.name);
    // This department's id under their own hospital: not found there.
    const underTheirs = await send(
      app,
      "GET",
      `/api/hospitals/${other.hospitalId}/insight/departments/${h.department.id}?to=2026-02`,
      { cookie: other.owner.cookie },
    );
    expect(underTheirs.status).toBe(404);
    expect(underTheirs.text).not.toContain(h.department.name);
    // And the other way round.
    const theirs = await send(
      app,
      "GET",
      `/api/hospitals/${h.hospitalId}/insight/departments/${other.department.id}?to=2026-02`,
      { cookie: viewer },
    );
    expect(theirs.status).toBe(404);
    expect(theirs.text).not.toContain(other.tag);
    // Their own department shows none of this hospital's answers.
    const own = await get(
      `/api/hospitals/${other.hospitalId}/insight/departments/${other.department.id}?to=2026-02`,
      other.owner.cookie,
    );
    expect(own.headline.hospital.satisfaction).toMatchObject({ kind: "too_few", n: 0 });
    expect(own.departments.map((d) => d.departmentId)).toEqual([other.department.id]);
    // Signed out: 401.
    expect((await send(app, "GET", `${url}?to=2026-02`)).status).toBe(401);
  });
});
