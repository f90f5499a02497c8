import { createVocItem } from "@motmap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { freshMember, seedTenant, type Tenant } from "./support/samples.ts";
import { engines, send, type TestApp, testApp } from "./support/test-app.ts";

// The insight API on known numbers: responses go in through the public submit, the dashboards read the
// rollups the submit kept, and every figure is checked against a hand computation.
describe.each(engines())("insight API on %s", (engine) => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>;
  let h: Tenant;
  let base: string;
  let viewer: string;
  let t0: string;
  let t1: string;

  const get = async (path: string, cookie = viewer) => {
    const res = await send(app, "GET", `${base}${path}`, { cookie });
    expect(res.status, res.text).toBe(200);
    return res.json;
  };

  beforeAll(async () => {
    t = await testApp(engine);
    app = createApp({
      database: t.database,
      publicSurveyRequestsPerMinute: 100_000,
      surveySubmissionsPerMinute: 100_000,
    });
    h = await seedTenant(t, "인사이트");
    base = `/api/hospitals/${h.hospitalId}`;
    viewer = (await freshMember(h, "viewer")).cookie;
    t0 = h.touchpoints[0].id;
    t1 = h.touchpoints[1].id;
    const q = (key: string, type: string, touchpointId?: string) => ({
      key,
      type,
      text: key,
      ...(type === "satisfaction" || type === "importance" ? { scale: 5 } : {}),
      ...(touchpointId ? { touchpointId } : {}),
    });
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
                q("a", "satisfaction", t0),
                q("a-imp", "importance", t0),
                q("b", "satisfaction", t1),
                q("b-imp", "importance", t1),
                q("overall", "satisfaction"),
                q("nps", "nps"),
              ],
            },
          ],
        },
      },
    });
    expect(created.status, created.text).toBe(201);
    const published = await send(app, "POST", `${base}/surveys/${created.json.id}/publish`, { cookie: h.owner.cookie });
    expect(published.status, published.text).toBe(200);
    const submit = async (visitDate: string, answers: Record<string, number>) => {
      const res = await send(app, "POST", `/api/public/surveys/${published.json.publicId}/responses`, {
        body: {
          submissionKey: crypto.randomUUID(),
          visitDate,
          departmentId: h.department.id,
          segment: "초진",
          answers: Object.entries(answers).map(([key, value]) => ({ key, value })),
        },
      });
      expect(res.status, res.text).toBe(201);
    };
    // January: a = 5,5,5,5,4,4,4,4,3,3,3,3 (mean 4); b = 2,2,2,2,3,3,3,3,2,2,2,2 (mean 7/3);
    // importance a = 5, b = 4; NPS: six 10s, three 8s, three 5s → 50 % − 25 % = 25.
    const a = [5, 5, 5, 5, 4, 4, 4, 4, 3, 3, 3, 3];
    const b = [2, 2, 2, 2, 3, 3, 3, 3, 2, 2, 2, 2];
    const nps = [10, 10, 10, 10, 10, 10, 8, 8, 8, 5, 5, 5];
    for (let i = 0; i < 12; i++) {
      await submit(`2026-01-${String(5 + i).padStart(2, "0")}`, {
        a: a[i] as number,
        "a-imp": 5,
        b: b[i] as number,
        "b-imp": 4,
        overall: 4,
        nps: nps[i] as number,
      });
    }
    // February: a = 4 twelve times; b answered only five times (too few).
    for (let i = 0; i < 12; i++) {
      await submit(`2026-02-${String(2 + i).padStart(2, "0")}`, {
        a: 4,
        ...(i < 5 ? { b: 4 } : {}),
        overall: 4,
        nps: 9,
      });
    }
  }, 120_000);
  afterAll(() => t?.dispose());

  it("touchpoint scores: n, mean, 95 % CI (t), two-box shares, stated importance; too few answers below 10", async () => {
    const r = await get(`/insight/journeys/${h.journey.id}/touchpoint-scores?from=2026-01&to=2026-02`);
    expect(r.periods).toEqual(["2026-01", "2026-02"]);
    const a = r.touchpoints.find((tp: { touchpointId: string }) => tp.touchpointId === t0);
    const [jan, feb] = a.cells;
    expect(jan.satisfaction).toMatchObject({ kind: "score", n: 12, mean: 4, scale: { min: 1, max: 5 }, percent: 75 });
    // Brief scores (rounded to 4 decimals): the distribution and SD are on the touchpoint's own endpoint.
    expect(Object.keys(jan.satisfaction).sort()).toEqual(
      ["bottomTwoBox", "ci", "kind", "mean", "n", "percent", "scale", "topTwoBox"].sort(),
    );
    // s = √(8/11), t(0.975, 11) = 2.200985: 4 ± 0.54185.
    expect(jan.satisfaction.ci.lower).toBeCloseTo(4 - 2.200985 * Math.sqrt(8 / 11 / 12), 3);
    expect(jan.satisfaction.ci.upper).toBeCloseTo(4 + 2.200985 * Math.sqrt(8 / 11 / 12), 3);
    expect(jan.satisfaction.topTwoBox).toBe(0.6667);
    expect(jan.satisfaction.bottomTwoBox).toBe(0);
    expect(jan.importance).toMatchObject({ kind: "score", n: 12, mean: 5, percent: 100 });
    expect(feb.satisfaction).toMatchObject({ kind: "score", n: 12, mean: 4, ci: { lower: 4, upper: 4 } });
    const b = r.touchpoints.find((tp: { touchpointId: string }) => tp.touchpointId === t1);
    expect(b.cells[0].satisfaction.mean).toBe(2.3333);
    expect(b.cells[1].satisfaction).toEqual({ kind: "too_few", n: 5, minSample: 10 });
    expect(b.cells[0].complaints).toBeNull();
    expect(r.overall[0].nps).toMatchObject({ kind: "nps", n: 12, score: 25, promoters: 6, passives: 3, detractors: 3 });

    const byDepartment = await get(
      `/insight/journeys/${h.journey.id}/touchpoint-scores?from=2026-01&to=2026-01&by=department`,
    );
    expect(byDepartment.touchpoints[0].cells.map((c: { sliceValue: string }) => c.sliceValue)).toEqual([
      h.department.id,
    ]);
    const weekly = await get(
      `/insight/journeys/${h.journey.id}/touchpoint-scores?grain=week&from=2026-W02&to=2026-W03`,
    );
    // 5–11 January (W02) holds seven January answers, 12–16 January (W03) the other five.
    expect(weekly.touchpoints[0].cells.map((c: { satisfaction: { n: number } }) => c.satisfaction.n)).toEqual([7, 5]);
  });

  it("one slice's trend: sliceValue narrows a breakdown to one department, segment or channel", async () => {
    const dept = await get(
      `/insight/journeys/${h.journey.id}/touchpoint-scores?from=2026-01&to=2026-02&by=department&sliceValue=${h.department.id}`,
    );
    expect(dept.touchpoints[0].cells.map((c: { satisfaction: { n: number } }) => c.satisfaction.n)).toEqual([12, 12]);
    const none = await get(`/insight/journeys/${h.journey.id}/nps?from=2026-01&to=2026-01&by=segment&sliceValue=재진`);
    expect(none.points).toEqual([
      { period: "2026-01", sliceValue: "재진", nps: { kind: "too_few", n: 0, minSample: 10 } },
    ]);
    const first = await get(`/insight/journeys/${h.journey.id}/nps?from=2026-01&to=2026-01&by=segment&sliceValue=초진`);
    expect(first.points[0].nps).toMatchObject({ kind: "nps", score: 25 });
  });

  it("experience: the weakest link beside the average, and its movement", async () => {
    const r = await get(`/insight/journeys/${h.journey.id}/experience?from=2026-01&to=2026-02`);
    const jan = r.periods[0].experience;
    expect(jan.weakestLink).toMatchObject({ kind: "score", touchpointId: t1 });
    expect(jan.weakestLink.score).toBeCloseTo(((7 / 3 - 1) / 4) * 100, 10);
    expect(jan.average.score).toBeCloseTo((75 + 100 / 3) / 2, 10);
    expect(jan.hiddenGap).toBeCloseTo((75 - 100 / 3) / 2, 10);
    // February: b has too few answers, so the weakest link is a (75) and b is left out, not zero.
    const feb = r.periods[1].experience;
    expect(feb.weakestLink).toMatchObject({ kind: "score", touchpointId: t0, score: 75 });
    expect(feb.touchpoints.find((tp: { touchpointId: string }) => tp.touchpointId === t0).change.kind).toBe("change");
  });

  it("IPA (stated and derived), priorities with their factors, NPS trend", async () => {
    const ipa = await get(`/insight/journeys/${h.journey.id}/ipa?from=2026-01&to=2026-01`);
    const point = (id: string) => ipa.ipa.points.find((p: { touchpointId: string }) => p.touchpointId === id);
    expect(ipa.ipa.cuts.importance.value).toBeCloseTo(87.5, 10);
    expect(point(t0)).toMatchObject({ quadrant: "keep_up", importance: 100, performance: 75 });
    expect(point(t1)).toMatchObject({ quadrant: "low_priority", importance: 75 });
    // Overall is 4 for everyone in January: no variance, so derived importance cannot place anything.
    const derived = await get(`/insight/journeys/${h.journey.id}/ipa?from=2026-01&to=2026-01&importance=derived`);
    expect(derived.ipa.points.map((p: { excluded: string }) => p.excluded)).toEqual(["no_variance", "no_variance"]);
    const byNps = await get(
      `/insight/journeys/${h.journey.id}/ipa?from=2026-01&to=2026-01&importance=derived&against=nps`,
    );
    expect(byNps.against).toBe("nps");
    expect(byNps.ipa.points.every((p: { importance: number | null }) => p.importance !== null)).toBe(true);

    const priorities = await get(`/insight/journeys/${h.journey.id}/priorities?period=2026-01`);
    const weak = priorities.items.find((i: { kind: string }) => i.kind === "touchpoint");
    expect(weak).toMatchObject({ id: t1, touchpointId: t1, label: h.touchpoints[1].name });
    const quadrant = weak.factors.find((f: { factor: string }) => f.factor === "quadrant");
    expect(quadrant).toMatchObject({ raw: "low_priority", value: 0.4, weight: 0.3 });
    const sum = weak.factors.reduce((s: number, f: { contribution: number }) => s + f.contribution, 0);
    expect(sum).toBeCloseTo(weak.score, 10);
    expect(priorities.items.map((i: { rank: number }) => i.rank)).toEqual(
      priorities.items.map((_: unknown, i: number) => i + 1),
    );

    const trend = await get(`/insight/journeys/${h.journey.id}/nps?from=2026-01&to=2026-02`);
    expect(trend.points.map((p: { nps: { score: number } }) => p.nps.score)).toEqual([25, 100]);
  });

  it("priority weights: defaults, saved with a version by editors only, used by the ranking", async () => {
    const before = await get("/insight/priority-weights");
    expect(before).toEqual({
      version: 0,
      weights: { quadrant: 0.3, severity: 0.25, complaints: 0.2, trend: 0.15, reach: 0.1 },
    });
    const denied = await send(app, "PUT", `${base}/insight/priority-weights`, {
      cookie: viewer,
      body: { weights: { quadrant: 1 }, version: 0 },
    });
    expect(denied.status).toBe(403);
    const saved = await send(app, "PUT", `${base}/insight/priority-weights`, {
      cookie: h.owner.cookie,
      body: { weights: { quadrant: 1, severity: 0, complaints: 0, trend: 0, reach: 0 }, version: 0 },
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.json.version).toBe(1);
    const stale = await send(app, "PUT", `${base}/insight/priority-weights`, {
      cookie: h.owner.cookie,
      body: { weights: { quadrant: 1 }, version: 0 },
    });
    expect(stale.status).toBe(409);
    const allZero = await send(app, "PUT", `${base}/insight/priority-weights`, {
      cookie: h.owner.cookie,
      body: { weights: { quadrant: 0, severity: 0, complaints: 0, trend: 0, reach: 0 }, version: 1 },
    });
    expect(allZero.status).toBe(400);
    const priorities = await get(`/insight/journeys/${h.journey.id}/priorities?period=2026-01`);
    const weak = priorities.items.find((i: { kind: string }) => i.kind === "touchpoint");
    // Only the quadrant counts now: low_priority → 40.
    expect(weak.score).toBeCloseTo(40, 10);
  });

  it("VOC complaints and compliments per touchpoint feed the scores and the complaints factor", async () => {
    const voc = async (type: string, touchpointId: string, receivedOn: string) => {
      const r = await createVocItem(h.ctx, {
        type,
        channel: "phone",
        receivedOn,
        text: "VOC 내용입니다",
        touchpointId,
      });
      if (!r.ok) throw new Error(r.error.message);
    };
    await voc("complaint", t1, "2026-01-20");
    await voc("complaint", t1, "2026-01-21");
    await voc("compliment", t0, "2026-01-22");
    await voc("complaint", t0, "2026-02-01");
    await voc("suggestion", t1, "2026-01-23");
    const r = await get(`/insight/journeys/${h.journey.id}/touchpoint-scores?from=2026-01&to=2026-02`);
    const cells = (id: string) => r.touchpoints.find((tp: { touchpointId: string }) => tp.touchpointId === id).cells;
    expect(cells(t1).map((c: { complaints: number; compliments: number }) => [c.complaints, c.compliments])).toEqual([
      [2, 0],
      [0, 0],
    ]);
    expect(cells(t0).map((c: { complaints: number; compliments: number }) => [c.complaints, c.compliments])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    const priorities = await get(`/insight/journeys/${h.journey.id}/priorities?period=2026-01`);
    const weak = priorities.items.find((i: { kind: string }) => i.kind === "touchpoint");
    expect(weak.factors.find((f: { factor: string }) => f.factor === "complaints")).toMatchObject({
      raw: 2,
      value: 1,
      source: "complaints",
    });
  });

  it("rejects a window whose keys do not match the grain, and another hospital's journey", async () => {
    const res = await send(app, "GET", `${base}/insight/journeys/${h.journey.id}/experience?grain=week&from=2026-01`, {
      cookie: viewer,
    });
    expect(res.status).toBe(400);
    expect(res.json.error.issues.map((i: { path: string }) => i.path)).toEqual(["from"]);
    const weeklySegments = await send(
      app,
      "GET",
      `${base}/insight/journeys/${h.journey.id}/nps?grain=week&by=segment`,
      {
        cookie: viewer,
      },
    );
    expect(weeklySegments.status).toBe(400);
    expect(weeklySegments.json.error.issues.map((i: { path: string }) => i.path)).toEqual(["by"]);
    const other = await seedTenant(t, "다른병원");
    const foreign = await send(app, "GET", `${base}/insight/journeys/${other.journey.id}/touchpoint-scores`, {
      cookie: viewer,
    });
    expect(foreign.status).toBe(404);
  });
});
