import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createDepartment, createSurvey, publishSurvey } from "@motmap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { nodeRequestListener } from "../src/http/submit-lane.ts";
import { unwrap } from "./support/samples.ts";
import { engines, type TestApp, testApp } from "./support/test-app.ts";

/** Headers that depend on the connection or the moment, not on what the app answered. */
const TRANSPORT = new Set(["date", "connection", "keep-alive", "content-length", "transfer-encoding"]);

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string>;
}

const answerOf = async (res: Response): Promise<Answer> => {
  // Headers first: once the body is read, the Response class @hono/node-server installs forgets the
  // headers middleware added to it (app.request in the same process as a node listener).
  const headers = Object.fromEntries([...res.headers].filter(([k]) => !TRANSPORT.has(k)));
  return { status: res.status, body: await res.text(), headers };
};

// On a real socket `motmap serve` answers public submissions from a node:http lane, in front of Hono
// (http/submit-lane.ts). The lane must answer exactly as the Hono route does: these tests send the
// same requests both ways and compare status, body and headers.
describe.each(engines())("the public submit lane on %s", (engine) => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>;
  let server: Server;
  let origin: string;
  let publicId: string;
  let departmentId: string;

  beforeAll(async () => {
    t = await testApp(engine);
    const ctx = await t.hospital("한빛병원", null);
    departmentId = unwrap(await createDepartment(ctx, { name: "내과", nameEn: "Internal Medicine", code: "IM" })).id;
    const survey = unwrap(
      await createSurvey(ctx, {
        title: "외래 만족도",
        definition: {
          sections: [
            {
              key: "s1",
              questions: [
                { key: "sat", type: "satisfaction", text: "만족도", required: true },
                { key: "comment", type: "free_text", text: "의견" },
              ],
            },
          ],
        },
      }),
    );
    publicId = unwrap(await publishSurvey(ctx, survey.id)).publicId;
    app = createApp({ database: t.database, publicSurveyRequestsPerMinute: 10_000, surveySubmissionsPerMinute: 20 });
    server = createServer(await nodeRequestListener(app));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.database.dispose();
  });

  const path = (id = publicId) => `/api/public/surveys/${id}/responses`;
  const viaLane = async (p: string, body: string, type = "application/json") =>
    answerOf(await fetch(origin + p, { method: "POST", headers: { "content-type": type }, body }));
  const viaHono = async (p: string, body: string, type = "application/json") =>
    answerOf(await app.request(p, { method: "POST", headers: { "content-type": type }, body }));
  const key = () => crypto.randomUUID();

  it("answers bad requests exactly as the Hono route does", async () => {
    const cases: [string, string, string?][] = [
      ["malformed JSON", "{not json"],
      ["not an object", "[1, 2]"],
      ["no submission key", JSON.stringify({ answers: [{ key: "sat", value: 4 }] })],
      ["a key that is not a UUID", JSON.stringify({ submissionKey: "abc", answers: [] })],
      ["an answer out of range", JSON.stringify({ submissionKey: key(), answers: [{ key: "sat", value: 9 }] })],
      ["an unknown question", JSON.stringify({ submissionKey: key(), answers: [{ key: "nope", value: 1 }] })],
      [
        "a department of no hospital",
        JSON.stringify({
          submissionKey: key(),
          departmentId: crypto.randomUUID(),
          answers: [{ key: "sat", value: 3 }],
        }),
      ],
      ["a body over 64 KB", JSON.stringify({ submissionKey: key(), answers: [], pad: "가".repeat(30_000) })],
    ];
    for (const [what, body] of cases) {
      const lane = await viaLane(path(), body);
      const hono = await viaHono(path(), body);
      expect(lane, what).toEqual(hono);
      expect(lane.status, what).toBeGreaterThanOrEqual(400);
    }
    // Not the lane's to answer: an unknown survey, an over-long id, a form post (CSRF) go to Hono.
    const unknown = JSON.stringify({ submissionKey: key(), answers: [{ key: "sat", value: 3 }] });
    expect(await viaLane(path("no-such-survey"), unknown)).toEqual(await viaHono(path("no-such-survey"), unknown));
    expect(await viaLane(path("x".repeat(101)), unknown)).toEqual(await viaHono(path("x".repeat(101)), unknown));
    const form = await viaLane(path(), "a=1", "application/x-www-form-urlencoded");
    expect(form.status).toBe(403);
  });

  it("stores a submission with the same answer and headers, and recognises it again", async () => {
    const submissionKey = key();
    const body = JSON.stringify({
      submissionKey,
      departmentId,
      answers: [
        { key: "sat", value: 5 },
        { key: "comment", text: "연락은 010-9876-5432 로 주세요" },
      ],
    });
    const first = await viaLane(path(), body);
    expect(first.status, first.body).toBe(201);
    const { id, duplicate } = JSON.parse(first.body);
    expect(duplicate).toBe(false);
    const again = await viaHono(path(), body);
    expect(again.status).toBe(200);
    expect(JSON.parse(again.body)).toEqual({ id, duplicate: true });
    const laneAgain = await viaLane(path(), body);
    expect(laneAgain).toEqual(again);
    // The security headers are the app's own.
    expect(first.headers).toEqual({ ...again.headers });
    expect(first.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(first.headers["x-content-type-options"]).toBe("nosniff");
    const stored = await t.database.db
      .selectFrom("survey_responses")
      .select(["answers", "department_id"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(stored.department_id).toBe(departmentId);
    expect(stored.answers).not.toContain("9876");
  });

  it("draws on the app's own rate limits: the N+1-th submission gets 429 with Retry-After either way", async () => {
    // surveySubmissionsPerMinute is 20; the tests above used some. Spend the rest through the lane …
    const body = () => JSON.stringify({ submissionKey: key(), answers: [{ key: "sat", value: 4 }] });
    let lane = await viaLane(path(), body());
    for (let i = 0; i < 25 && lane.status !== 429; i++) lane = await viaLane(path(), body());
    expect(lane.status).toBe(429);
    expect(JSON.parse(lane.body).error.code).toBe("rate_limited");
    expect(Number(lane.headers["retry-after"])).toBeGreaterThan(0);
    // … and Hono, with the same limiter, refuses too.
    const hono = await viaHono(path(), body());
    expect(hono.status).toBe(429);
    expect(hono.body).toBe(lane.body);
  });

  it("leaves every other request to Hono", async () => {
    const health = await fetch(`${origin}/healthz`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe("ok");
    const page = await fetch(`${origin}/api/public/surveys/${publicId}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-store");
  });
});
