import { createJourney, createStage, createTouchpoint } from "@motmap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { freshMember, seedTenant, type Tenant, unwrap } from "./support/samples.ts";
import { engines, send, type TestApp, testApp } from "./support/test-app.ts";

// The staff-vs-patient view of the IPA: the team's hypothesis on the map (touchpoint importance, stage emotion)
// against the patients' answers submitted through the public survey, every figure computed by hand.
describe.each(engines())("staff vs patient IPA on %s", (engine) => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>;
  let h: Tenant;
  let base: string;
  let viewer: string;
  let journeyId: string;
  const ids: Record<"kiosk" | "desk" | "pay" | "unrated", string> = { kiosk: "", desk: "", pay: "", unrated: "" };

  beforeAll(async () => {
    t = await testApp(engine);
    app = createApp({
      database: t.database,
      publicSurveyRequestsPerMinute: 100_000,
      surveySubmissionsPerMinute: 100_000,
    });
    h = await seedTenant(t, "팀가설");
    base = `/api/hospitals/${h.hospitalId}`;
    viewer = (await freshMember(h, "viewer")).cookie;
    // The team's map: 접수 hoped to feel good (+2 → 83.33 on 0–100), 수납 a little bad (−1 → 33.33).
    const journey = unwrap(await createJourney(h.ctx, { title: "팀 가설 여정" }));
    journeyId = journey.id;
    const reception = unwrap(await createStage(h.ctx, journeyId, { phase: "during", name: "접수", emotion: 2 }));
    const payment = unwrap(await createStage(h.ctx, journeyId, { phase: "during", name: "수납", emotion: -1 }));
    const tp = async (stageId: string, name: string, importance: number | null) =>
      unwrap(await createTouchpoint(h.ctx, stageId, { name, channel: "online", element: "software", importance })).id;
    ids.kiosk = await tp(reception.id, "무인 접수기", 4); // team importance 75
    ids.desk = await tp(reception.id, "접수 창구", 5); // 100
    ids.pay = await tp(payment.id, "수납 창구", 5); // 100
    ids.unrated = await tp(payment.id, "주차 정산", null);

    const q = (key: string, type: string, touchpointId: string) => ({ key, type, text: key, scale: 5, touchpointId });
    const created = await send(app, "POST", `${base}/surveys`, {
      cookie: h.owner.cookie,
      body: {
        title: "팀 가설 설문",
        journeyId,
        definition: {
          sections: [
            {
              key: "s",
              questions: (["kiosk", "desk", "pay", "unrated"] as const).flatMap((k) => [
                q(k, "satisfaction", ids[k]),
                q(`${k}-imp`, "importance", ids[k]),
              ]),
            },
          ],
        },
      },
    });
    expect(created.status, created.text).toBe(201);
    const published = await send(app, "POST", `${base}/surveys/${created.json.id}/publish`, { cookie: h.owner.cookie });
    expect(published.status, published.text).toBe(200);
    // Twelve patients in March 2026, the same answers each (1–5 → 0–100 = (v − 1) · 25):
    //   kiosk satisfaction 2 → 25, importance 5 → 100     desk 5 → 100, 4 → 75
    //   pay   satisfaction 4 → 75, importance 2 → 25      unrated 3 → 50, 3 → 50
    const answers = {
      kiosk: 2,
      "kiosk-imp": 5,
      desk: 5,
      "desk-imp": 4,
      pay: 4,
      "pay-imp": 2,
      unrated: 3,
      "unrated-imp": 3,
    };
    for (let i = 0; i < 12; i++) {
      const res = await send(app, "POST", `/api/public/surveys/${published.json.publicId}/responses`, {
        body: {
          submissionKey: crypto.randomUUID(),
          visitDate: `2026-03-${String(2 + i).padStart(2, "0")}`,
          answers: Object.entries(answers).map(([key, value]) => ({ key, value })),
        },
      });
      expect(res.status, res.text).toBe(201);
    }
  }, 120_000);
  afterAll(() => t?.dispose());

  const ipa = async (query: string, cookie = viewer, hospitalBase = base) =>
    send(app, "GET", `${hospitalBase}/insight/journeys/${journeyId}/ipa?${query}`, { cookie });

  it("compares the team's points with the patients' against the patients' cut lines", async () => {
    const res = await ipa("from=2026-03&to=2026-03");
    expect(res.status, res.text).toBe(200);
    const r = res.json;
    // The patients' matrix is unchanged for current clients: cuts at the means (25 + 100 + 75 + 50) / 4 = 62.5
    // and (100 + 75 + 25 + 50) / 4 = 62.5.
    expect(r.ipa.cuts.performance.value).toBe(62.5);
    expect(r.ipa.cuts.importance.value).toBe(62.5);
    expect(r.touchpoints.map((tp: { name: string }) => tp.name)).toEqual([
      "무인 접수기",
      "접수 창구",
      "수납 창구",
      "주차 정산",
    ]);

    const s = r.staff;
    expect(s.cuts).toEqual({ importance: 62.5, performance: 62.5 });
    expect(s.counts).toEqual({ compared: 3, notRated: 1, noPatientPoint: 0, blindSpots: 2, otherDifferences: 0 });
    const [kiosk, desk, pay, unrated] = s.points;

    // Kiosk: team (75, 83.33) keep up; patients (100, 25) concentrate here — the team thinks it is fine.
    expect(kiosk.touchpointId).toBe(ids.kiosk);
    expect(kiosk.status).toBe("compared");
    expect(kiosk.team.importance).toBe(75);
    expect(kiosk.team.performance).toBeCloseTo(250 / 3, 10);
    expect(kiosk.team.quadrant).toBe("keep_up");
    expect(kiosk.patient).toEqual({ importance: 100, performance: 25, quadrant: "concentrate_here" });
    expect(kiosk.importanceGap).toBe(25);
    expect(kiosk.performanceGap).toBeCloseTo(25 - 250 / 3, 10);
    expect(kiosk.blindSpot).toBe("patients_concentrate");

    // Desk: team (100, 83.33) and patients (75, 100) both keep up.
    expect(desk.team.quadrant).toBe("keep_up");
    expect(desk.patient.quadrant).toBe("keep_up");
    expect(desk.importanceGap).toBe(-25);
    expect(desk.performanceGap).toBeCloseTo(100 - 250 / 3, 10);
    expect(desk.blindSpot).toBeNull();

    // Pay: team (100, 33.33) concentrate here; patients (25, 75) possible overkill.
    expect(pay.team.performance).toBeCloseTo(100 / 3, 10);
    expect(pay.team.quadrant).toBe("concentrate_here");
    expect(pay.patient.quadrant).toBe("possible_overkill");
    expect(pay.importanceGap).toBe(-75);
    expect(pay.performanceGap).toBeCloseTo(75 - 100 / 3, 10);
    expect(pay.blindSpot).toBe("team_concentrate");

    // Not rated by the team: listed with the patients' point, no team point invented.
    expect(unrated).toEqual({
      touchpointId: ids.unrated,
      status: "not_rated",
      team: null,
      patient: { importance: 50, performance: 50, quadrant: "low_priority" },
      importanceGap: null,
      performanceGap: null,
      blindSpot: null,
    });
  });

  it("without patient answers in the window the team's points stand alone against the scale midpoint", async () => {
    const res = await ipa("from=2025-01&to=2025-01");
    expect(res.status, res.text).toBe(200);
    expect(res.json.staff.cuts).toEqual({ importance: 50, performance: 50 });
    expect(res.json.staff.counts).toEqual({
      compared: 0,
      notRated: 1,
      noPatientPoint: 3,
      blindSpots: 0,
      otherDifferences: 0,
    });
    // Kiosk 75 ≥ 50, 83.33 > 50: keep up; pay 100, 33.33: concentrate here.
    expect(res.json.staff.points.map((p: { team: { quadrant: string } | null }) => p.team?.quadrant ?? null)).toEqual([
      "keep_up",
      "keep_up",
      "concentrate_here",
      null,
    ]);
  });

  it("derived importance has no staff comparison (a correlation is not a 1–5 rating)", async () => {
    const res = await ipa("from=2026-03&to=2026-03&importance=derived");
    expect(res.status, res.text).toBe(200);
    expect(res.json.staff).toBeNull();
  });

  it("another hospital cannot read it: 404 under its own path, no access under this one", async () => {
    const other = await seedTenant(t, "다른병원");
    const mine = await ipa("from=2026-03&to=2026-03", other.owner.cookie, `/api/hospitals/${other.hospitalId}`);
    expect(mine.status).toBe(404);
    expect(mine.text).not.toContain("무인 접수기");
    const theirs = await ipa("from=2026-03&to=2026-03", other.owner.cookie);
    expect([403, 404]).toContain(theirs.status);
    expect(theirs.text).not.toContain("무인 접수기");
  });
});
