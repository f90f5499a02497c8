import { periodKey } from "@motmap/core";
import {
  createVocItem,
  importFollowUpList,
  listFollowUpEntries,
  ROLLUP_TIME_ZONE,
  recordFollowUpAttempt,
} from "@motmap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { freshJourney, freshMember, seedTenant, type Tenant, unwrap } from "./support/samples.ts";
import { engines, send, type TestApp, testApp } from "./support/test-app.ts";

interface Detail {
  touchpoint: { id: string; name: string; stageName: string };
  periods: string[];
  trend: {
    period: string;
    satisfaction: Record<string, unknown> & { kind: string; n: number };
    importance: { kind: string; mean?: number };
    journeyAverage: number | null;
    complaints: number;
    compliments: number;
    followUp: { satisfaction: { kind: string; n: number; mean?: number }; issues: number };
  }[];
  distribution: { scale: { min: number; max: number }; n: number; counts: number[] | null };
  comments: {
    text: string;
    link: string;
    rating: number | null;
    scaleMax: number | null;
    visitDate: string | null;
    submittedAt: string;
    departmentName: string | null;
  }[];
  voc: { counts: Record<string, number>; items: { type: string; receivedOn: string; text: string }[] };
}

// The touchpoint page's API on known numbers: responses go in through the public submit (which masks free
// text and keeps the rollups), VOC through the use case; every figure is checked against a hand computation.
describe.each(engines())("touchpoint insight API on %s", (engine) => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>;
  let h: Tenant;
  let other: Tenant;
  let viewer: string;
  let t0: string;
  let t1: string;
  let url: string;

  const get = async (path: string, cookie = viewer): Promise<Detail> => {
    const res = await send(app, "GET", path, { cookie });
    expect(res.status, res.text).toBe(200);
    return res.json as Detail;
  };

  beforeAll(async () => {
    t = await testApp(engine);
    app = createApp({
      database: t.database,
      publicSurveyRequestsPerMinute: 100_000,
      surveySubmissionsPerMinute: 100_000,
    });
    h = await seedTenant(t, "접점상세");
    other = await seedTenant(t, "다른병원");
    const base = `/api/hospitals/${h.hospitalId}`;
    viewer = (await freshMember(h, "viewer")).cookie;
    t0 = h.touchpoints[0].id;
    t1 = h.touchpoints[1].id;
    url = `${base}/insight/journeys/${h.journey.id}/touchpoints/${t0}`;
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
        title: "수납 경험 설문",
        journeyId: h.journey.id,
        definition: {
          sections: [
            {
              key: "s",
              questions: [
                q("a", "satisfaction", t0),
                q("a-imp", "importance", t0),
                q("a-note", "free_text", t0),
                q("b", "satisfaction", t1),
                q("comment", "free_text"),
              ],
            },
          ],
        },
      },
    });
    expect(created.status, created.text).toBe(201);
    const published = await send(app, "POST", `${base}/surveys/${created.json.id}/publish`, { cookie: h.owner.cookie });
    expect(published.status, published.text).toBe(200);
    const submit = async (visitDate: string | null, answers: Record<string, number | string>) => {
      const res = await send(app, "POST", `/api/public/surveys/${published.json.publicId}/responses`, {
        body: {
          submissionKey: crypto.randomUUID(),
          ...(visitDate ? { visitDate } : {}),
          departmentId: h.department.id,
          answers: Object.entries(answers).map(([key, v]) =>
            typeof v === "number" ? { key, value: v } : { key, text: v },
          ),
        },
      });
      expect(res.status, res.text).toBe(201);
    };
    // January: a = 5,5,5,4,4,4,4,3,3,2,1,1 (mean 41/12; counts 2,1,2,4,3), importance 4, b = 3 throughout.
    const january = [5, 5, 5, 4, 4, 4, 4, 3, 3, 2, 1, 1];
    for (let i = 0; i < 12; i++) {
      const extra: Record<string, string> = {};
      // A general comment of a patient who gave the touchpoint 5: about something else, not shown.
      if (i === 0) extra.comment = "의사 선생님이 친절했어요";
      // The question linked to the touchpoint: shown whatever the rating.
      if (i === 3) extra["a-note"] = "수납 창구 안내가 친절했어요";
      // A general comment of a patient who gave it 1: shown, and masked at storage.
      if (i === 10) extra.comment = "수납기가 오류 나서 010-1234-5678 로 전화했어요";
      await submit(`2026-01-${String(5 + i).padStart(2, "0")}`, {
        a: january[i] as number,
        "a-imp": 4,
        b: 3,
        ...extra,
      });
    }
    // February: four answers (too few for a score), one low rating with a comment.
    const february = [2, 2, 1, 5];
    for (let i = 0; i < 4; i++) {
      await submit(`2026-02-${String(2 + i).padStart(2, "0")}`, {
        a: february[i] as number,
        ...(i === 0 ? { comment: "기계가 또 멈췄어요" } : {}),
      });
    }
    // Outside January–February, and a response that never met the touchpoint.
    await submit("2026-03-02", { a: 1, comment: "3월에 남긴 의견" });
    // a 2, but b 1: the comment is about b, the patient's worst moment.
    await submit("2026-03-03", { a: 2, b: 1, comment: "접수가 더 불편했어요" });
    // a 2 and b 2: nobody can tell which moment the comment is about; it is neither's.
    await submit("2026-03-04", { a: 2, b: 2, comment: "둘 다 별로였어요" });
    await submit("2026-01-20", { b: 1, comment: "다른 접점만 응답" });
    // No visit date: its period is the day it was submitted (today, on the hospital's clock).
    await submit(null, { a: 2, comment: "방문일 없이 남긴 의견" });

    const voc = async (type: string, touchpointId: string, receivedOn: string, text = "VOC 내용입니다") =>
      unwrap(await createVocItem(h.ctx, { type, channel: "phone", receivedOn, text, touchpointId }));
    await voc("complaint", t0, "2026-01-20", "수납기 오류, 연락처 010-2222-3333");
    await voc("compliment", t0, "2026-01-22");
    await voc("complaint", t0, "2026-02-03");
    await voc("suggestion", t0, "2026-02-10");
    await voc("complaint", t0, "2026-03-05");
    await voc("complaint", t1, "2026-01-21");
  }, 180_000);
  afterAll(() => t?.dispose());

  it("trend per month: n, mean with 95 % CI, two-box shares, importance, the journey average; too few under 10", async () => {
    const r = await get(`${url}?from=2026-01&to=2026-02`);
    expect(r.touchpoint).toMatchObject({ id: t0, name: h.touchpoints[0].name, stageName: h.stages[0].name });
    expect(r.periods).toEqual(["2026-01", "2026-02"]);
    const [jan, feb] = r.trend;
    expect(jan?.satisfaction).toMatchObject({ kind: "score", n: 12, counts: [2, 1, 2, 4, 3] });
    expect(jan?.satisfaction.mean).toBeCloseTo(41 / 12, 12);
    expect(jan?.satisfaction.topTwoBox).toBeCloseTo(7 / 12, 12);
    expect(jan?.satisfaction.bottomTwoBox).toBeCloseTo(3 / 12, 12);
    // s² = (Σx² − n·x̄²)/(n − 1) = (163 − 1681/12)/11; t(0.975, 11) = 2.200985.
    const sd = Math.sqrt((163 - 1681 / 12) / 11);
    expect(jan?.satisfaction.sd).toBeCloseTo(sd, 10);
    const ci = jan?.satisfaction.ci as { lower: number; upper: number };
    expect(ci.lower).toBeCloseTo(41 / 12 - (2.200985 * sd) / Math.sqrt(12), 5);
    expect(jan?.importance).toMatchObject({ kind: "score", mean: 4 });
    // The yardstick: the plain average of a and b on 0–100 (b: twelve 3s and the 1 of 20 January, mean 37/13).
    const percentOf = (mean: number) => ((mean - 1) / 4) * 100;
    expect(jan?.journeyAverage).toBeCloseTo((percentOf(41 / 12) + percentOf(37 / 13)) / 2, 10);
    // February: four answers are "too few", never a number; no touchpoint has a score, so no average.
    expect(feb?.satisfaction).toEqual({ kind: "too_few", n: 4, minSample: 10 });
    expect(feb?.importance).toEqual({ kind: "too_few", n: 0, minSample: 10 });
    expect(feb?.journeyAverage).toBeNull();
  });

  it("weekly grain: the same answers by ISO week, each week under 10 answers too few", async () => {
    const r = await get(`${url}?grain=week&from=2026-W02&to=2026-W03`);
    expect(r.periods).toEqual(["2026-W02", "2026-W03"]);
    // 5–11 January (W02) holds seven answers, 12–16 January (W03) five.
    expect(r.trend.map((p) => p.satisfaction)).toEqual([
      { kind: "too_few", n: 7, minSample: 10 },
      { kind: "too_few", n: 5, minSample: 10 },
    ]);
    expect(r.trend.map((p) => [p.complaints, p.compliments])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    const bad = await send(app, "GET", `${url}?grain=week&from=2026-01`, { cookie: viewer });
    expect(bad.status).toBe(400);
  });

  it("distribution over the range from the rollups; no counts under 10 answers", async () => {
    const r = await get(`${url}?from=2026-01&to=2026-02`);
    // January 2,1,2,4,3 plus February (2,2,1,5) 1,2,0,0,1.
    expect(r.distribution).toEqual({ scale: { min: 1, max: 5 }, n: 16, counts: [3, 3, 2, 4, 4] });
    const march = await get(`${url}?from=2026-03&to=2026-03`);
    expect(march.distribution).toEqual({ scale: { min: 1, max: 5 }, n: 3, counts: null });
  });

  it("comments: linked questions and the general comments of low ratings, newest first, masked", async () => {
    const r = await get(`${url}?from=2026-01&to=2026-02`);
    const texts = r.comments.map((c) => c.text).sort();
    expect(texts).toEqual([
      "기계가 또 멈췄어요",
      "수납 창구 안내가 친절했어요",
      "수납기가 오류 나서 [전화번호] 로 전화했어요",
    ]);
    expect(JSON.stringify(r)).not.toContain("1234-5678");
    const submitted = r.comments.map((c) => c.submittedAt);
    expect(submitted).toEqual([...submitted].sort().reverse());
    const byText = new Map(r.comments.map((c) => [c.text, c]));
    expect(byText.get("수납 창구 안내가 친절했어요")).toMatchObject({
      link: "question",
      rating: 4,
      scaleMax: 5,
      visitDate: "2026-01-08",
      departmentName: h.department.name,
    });
    expect(byText.get("기계가 또 멈췄어요")).toMatchObject({ link: "low_rating", rating: 2, visitDate: "2026-02-02" });
    expect(byText.get("수납기가 오류 나서 [전화번호] 로 전화했어요")).toMatchObject({ link: "low_rating", rating: 1 });

    // A response without a visit date belongs to the day it was submitted.
    const today = periodKey(new Date().toISOString(), "month", ROLLUP_TIME_ZONE);
    const now = await get(`${url}?from=${today}&to=${today}`);
    expect(now.comments.map((c) => [c.text, c.visitDate])).toEqual([["방문일 없이 남긴 의견", null]]);
    expect(now.trend[0]?.satisfaction).toEqual({ kind: "too_few", n: 1, minSample: 10 });
    // Touchpoint b's patient with a 1 left a comment: it is b's, not a's.
    const b = await get(
      `/api/hospitals/${h.hospitalId}/insight/journeys/${h.journey.id}/touchpoints/${t1}?from=2026-01&to=2026-01`,
    );
    expect(b.comments.map((c) => c.text)).toEqual(["다른 접점만 응답"]);
    // March: a 1 (worst) is a's; a 2 beside b 1 is b's; a 2 beside b 2 is nobody's.
    const marchA = await get(`${url}?from=2026-03&to=2026-03`);
    expect(marchA.comments.map((c) => c.text)).toEqual(["3월에 남긴 의견"]);
    const marchB = await get(
      `/api/hospitals/${h.hospitalId}/insight/journeys/${h.journey.id}/touchpoints/${t1}?from=2026-03&to=2026-03`,
    );
    expect(marchB.comments.map((c) => [c.text, c.rating])).toEqual([["접수가 더 불편했어요", 1]]);
  });

  it("VOC: counts per type in the range, per period on the trend, the newest items first (masked)", async () => {
    const r = await get(`${url}?from=2026-01&to=2026-02`);
    expect(r.voc.counts).toEqual({ complaint: 2, compliment: 1, suggestion: 1, inquiry: 0 });
    expect(r.voc.items.map((i) => [i.type, i.receivedOn])).toEqual([
      ["suggestion", "2026-02-10"],
      ["complaint", "2026-02-03"],
      ["compliment", "2026-01-22"],
      ["complaint", "2026-01-20"],
    ]);
    expect(r.voc.items[3]?.text).not.toContain("2222-3333");
    expect(r.trend.map((p) => [p.complaints, p.compliments])).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });

  it("follow-up calls: the callers' 1–5 ratings of the touchpoint per period of the call, and the issues raised", async () => {
    async function* rows(n: number) {
      for (let i = 0; i < n; i++) {
        yield { row: i + 2, cells: [`F-${i}`, "홍길동", `010-5555-${String(1000 + i)}`, "2026-01-05"] };
      }
    }
    const list = unwrap(
      await importFollowUpList(h.ctx, {
        header: ["번호", "이름", "전화", "방문일"],
        rows: rows(13),
        fileName: "calls.csv",
        mode: "commit",
        mapping: {
          columns: ["dedupe_key", "name", "phone", "visit_date"].map((target, i) => ({
            column: ["번호", "이름", "전화", "방문일"][i],
            target,
          })),
          defaultJourneyId: h.journey.id,
        },
      }),
    );
    expect(list.committed).toBe(true);
    const entries = unwrap(await listFollowUpEntries(h.ctx, { limit: 50 }, "127.0.0.1")).items;
    expect(entries).toHaveLength(13);
    // Twelve reached calls rate the touchpoint 1–5 (sum 40, mean 10/3); one of them raises an issue about it;
    // the thirteenth is not reached and rates nothing.
    const scores = [5, 5, 4, 4, 4, 4, 3, 3, 3, 2, 2, 1];
    for (const [i, entry] of entries.entries()) {
      const score = scores[i];
      const input =
        score === undefined
          ? { outcome: "not_reached" }
          : {
              outcome: "reached",
              ratings: [{ touchpointId: t0, score }],
              issues: i === 11 ? [{ text: "수납기 사용이 어려웠다고 함", touchpointId: t0 }] : [],
            };
      unwrap(await recordFollowUpAttempt(h.ctx, entry.id, input));
    }
    // The calls were made now: their period is this month on the hospital's clock.
    const month = periodKey(new Date().toISOString(), "month", ROLLUP_TIME_ZONE);
    const d = await get(`${url}?from=${month}&to=${month}`);
    expect(d.trend).toHaveLength(1);
    const calls = d.trend[0]?.followUp;
    expect(calls?.issues).toBe(1);
    expect(calls?.satisfaction).toMatchObject({ kind: "score", n: 12 });
    expect(calls?.satisfaction.mean).toBeCloseTo(40 / 12, 10);
    // January had no calls: too few (n = 0), never a number.
    const january = await get(`${url}?from=2026-01&to=2026-01`);
    expect(january.trend[0]?.followUp).toEqual({
      satisfaction: expect.objectContaining({ kind: "too_few", n: 0 }),
      issues: 0,
    });
  });

  it("another hospital, another journey's touchpoint or an unknown id answer 404", async () => {
    const asOther = await send(app, "GET", `${url}?from=2026-01&to=2026-02`, { cookie: other.owner.cookie });
    expect(asOther.status).toBe(404);
    const otherTouchpoint = await send(
      app,
      "GET",
      `/api/hospitals/${h.hospitalId}/insight/journeys/${h.journey.id}/touchpoints/${other.touchpoints[0].id}`,
      { cookie: viewer },
    );
    expect(otherTouchpoint.status).toBe(404);
    expect(otherTouchpoint.text).not.toContain(other.tag);
    const second = await freshJourney(h);
    const wrongJourney = await send(
      app,
      "GET",
      `/api/hospitals/${h.hospitalId}/insight/journeys/${second.journey.id}/touchpoints/${t0}`,
      { cookie: viewer },
    );
    expect(wrongJourney.status).toBe(404);
    const ownOther = await send(
      app,
      "GET",
      `/api/hospitals/${other.hospitalId}/insight/journeys/${other.journey.id}/touchpoints/${other.touchpoints[0].id}`,
      { cookie: viewer },
    );
    expect(ownOther.status).toBe(404);
  });
});
