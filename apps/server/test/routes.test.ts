import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../src/app.ts";
import { UNKNOWN_PARENT_ANSWERS_EMPTY_LIST } from "./support/known-bugs.ts";
import { fillPath, loadDocument, type Operation, operationsOf } from "./support/openapi.ts";
import {
  buildSample,
  SAMPLE_DOCUMENT,
  SAMPLES,
  seedTenant,
  sendSample,
  type Tenant,
  urlOf,
  versionOf,
} from "./support/samples.ts";
import { type ApiResponse, engines, send, type TestApp, testApp } from "./support/test-app.ts";

// Every route of the API through the real app on a real database: the features route by route,
// then checks generated from the OpenAPI document (bad input, malformed ids, unknown ids, stale
// versions, malformed JSON) so a new route is covered or the suite says what it lacks.

const operations = operationsOf(await loadDocument());
const H = "/api/hospitals/{hospitalId}";
const PASSWORD = "correct-horse-battery";

/** Asserts an error answer: status, stable code and, when given, exactly these issue paths. */
function expectError(res: ApiResponse, status: number, code: string, paths?: string[]) {
  expect(res.status, res.text).toBe(status);
  expect(res.json?.error?.code, res.text).toBe(code);
  expect(typeof res.json.error.message).toBe("string");
  if (paths) {
    const got = [...new Set((res.json.error.issues ?? []).map((i: { path: string }) => i.path))].sort();
    expect(got, res.text).toEqual([...paths].sort());
  }
}

/**
 * A bad request per operation that takes a body or a query, and the issue paths it must report.
 * The generated test below fails for an operation with a body or query that is missing here.
 */
const BAD_INPUT: Record<string, { body?: unknown; query?: Record<string, string>; paths: string[] }> = {
  "POST /api/auth/login": { body: { email: "not-an-email", password: "" }, paths: ["email", "password"] },
  "PATCH /api/auth/me": { body: { locale: "fr", name: " " }, paths: ["locale", "name"] },
  [`PATCH ${H}`]: { body: { version: 0, name: "" }, paths: ["version", "name"] },
  [`POST ${H}/sites`]: { body: { name: "  ", address: 5 }, paths: ["name", "address"] },
  [`PATCH ${H}/sites/{id}`]: { body: { name: "버전 없음" }, paths: ["version"] },
  [`POST ${H}/departments`]: { body: { name: "원무과", code: "bad code!", siteId: "nope" }, paths: ["code", "siteId"] },
  [`PATCH ${H}/departments/{id}`]: { body: { version: 1, code: "a b", name: "" }, paths: ["code", "name"] },
  [`POST ${H}/departments/reorder`]: { body: { ids: [] }, paths: ["ids"] },
  [`POST ${H}/personas`]: { body: { name: "", segment: "alien" }, paths: ["name", "segment"] },
  [`PATCH ${H}/personas/{id}`]: { body: { version: "1", goals: "one" }, paths: ["version", "goals"] },
  [`POST ${H}/journeys`]: {
    body: { title: "", status: "archived", personaId: 7 },
    paths: ["title", "status", "personaId"],
  },
  [`POST ${H}/journeys/import`]: {
    body: { format: "motmap.journey/v0", title: "", stages: [{ phase: "later", name: "접수" }] },
    paths: ["format", "title", "stages.0.phase"],
  },
  [`PATCH ${H}/journeys/{id}`]: {
    body: { version: 1, status: "archived", personaId: "x" },
    paths: ["status", "personaId"],
  },
  [`POST ${H}/journeys/{id}/duplicate`]: { body: { title: "" }, paths: ["title"] },
  [`POST ${H}/journeys/{journeyId}/stages`]: {
    body: { phase: "sometime", name: "", emotion: 5, position: -1 },
    paths: ["phase", "name", "emotion", "position"],
  },
  [`POST ${H}/journeys/{journeyId}/stages/reorder`]: { body: { ids: ["not-a-uuid"] }, paths: ["ids.0"] },
  [`PATCH ${H}/stages/{id}`]: { body: { version: 1, emotion: -4, actions: "전화" }, paths: ["emotion", "actions"] },
  [`POST ${H}/stages/{stageId}/touchpoints`]: {
    body: { name: "창구", channel: "fax", element: "hardware", targets: [{ label: "대기", operator: "<", value: 1 }] },
    paths: ["channel", "targets.0.operator"],
  },
  [`POST ${H}/stages/{stageId}/touchpoints/reorder`]: { body: {}, paths: ["ids"] },
  [`PATCH ${H}/touchpoints/{id}`]: {
    body: { version: 1, importance: 6, departmentIds: ["x"] },
    paths: ["importance", "departmentIds.0"],
  },
  [`POST ${H}/journeys/{journeyId}/pain-points`]: { body: { description: "앵커 없음" }, paths: ["stageId"] },
  [`PATCH ${H}/pain-points/{id}`]: {
    body: { version: 1, severity: "huge", description: "  " },
    paths: ["severity", "description"],
  },
  [`POST ${H}/members`]: {
    body: { email: "x", name: "새 회원", role: "superuser", password: "short" },
    paths: ["email", "role", "password"],
  },
  [`PATCH ${H}/members/{userId}`]: { body: { role: "superuser" }, paths: ["role"] },
  [`GET ${H}/audit-log`]: {
    query: { limit: "0", before: "yesterday", beforeId: "7" },
    paths: ["limit", "before", "beforeId"],
  },
  [`POST ${H}/journeys/{id}/to-be`]: { body: { title: " " }, paths: ["title"] },
  [`GET ${H}/voc`]: {
    query: { type: "praise", from: "yesterday", overdue: "yes" },
    paths: ["type", "from", "overdue"],
  },
  [`POST ${H}/voc`]: {
    body: { type: "rant", channel: "fax", receivedOn: "13/06/2024", text: " ", contact: "abc" },
    paths: ["type", "channel", "receivedOn", "text", "contact"],
  },
  [`POST ${H}/voc/suggest`]: { body: { text: 5 }, paths: ["text"] },
  [`GET ${H}/insight/journeys/{id}/touchpoint-scores`]: {
    query: { grain: "year", from: "2026-13", by: "ward" },
    paths: ["grain", "from", "by"],
  },
  [`GET ${H}/insight/journeys/{id}/experience`]: { query: { grain: "day", to: "x" }, paths: ["grain", "to"] },
  [`GET ${H}/insight/journeys/{id}/ipa`]: {
    query: { importance: "felt", against: "mood", from: "2026" },
    paths: ["importance", "against", "from"],
  },
  [`GET ${H}/insight/journeys/{id}/priorities`]: { query: { period: "soon" }, paths: ["period"] },
  [`GET ${H}/insight/departments/{id}`]: { query: { grain: "day", to: "2026-13" }, paths: ["grain", "to"] },
  [`GET ${H}/insight/journeys/{id}/nps`]: { query: { by: "room", to: "2026-W99" }, paths: ["by", "to"] },
  [`GET ${H}/insight/journeys/{id}/touchpoints/{touchpointId}`]: {
    query: { grain: "quarter", from: "2026-00" },
    paths: ["grain", "from"],
  },
  [`GET ${H}/insight/journeys/{id}/sites`]: { query: { grain: "day", to: "2026-13" }, paths: ["grain", "to"] },
  [`PUT ${H}/insight/priority-weights`]: {
    body: { weights: { quadrant: -1 }, version: "1" },
    paths: ["weights.quadrant", "version"],
  },
  [`POST ${H}/voc/views`]: { body: { name: "", filter: { status: "lost" } }, paths: ["name", "filter.status"] },
  [`PATCH ${H}/voc/{id}`]: { body: { version: 0, severity: "critical" }, paths: ["version", "severity"] },
  [`POST ${H}/voc/{id}/transition`]: { body: { action: "escalate", version: 1 }, paths: ["action"] },
  [`POST ${H}/voc/{id}/contact/reveal`]: { body: { purpose: 7 }, paths: ["purpose"] },
  [`GET ${H}/personal-data-access-log`]: { query: { limit: "0", before: "yesterday" }, paths: ["limit", "before"] },
  [`GET ${H}/alerts`]: { query: { unread: "maybe", kind: "rant", limit: "many" }, paths: ["unread", "kind", "limit"] },
  [`POST ${H}/alerts/rules`]: {
    body: { kind: "low_satisfaction", touchpointId: "x", threshold: 9 },
    paths: ["touchpointId", "threshold"],
  },
  [`PATCH ${H}/alerts/rules/{id}`]: { body: { version: 0, threshold: 0 }, paths: ["version", "threshold"] },
  [`PUT ${H}/alerts/smtp`]: {
    body: { version: -1, host: "", port: 0, secure: "yes", fromAddress: "x", appUrl: "motmap" },
    paths: ["version", "host", "port", "secure", "fromAddress", "appUrl"],
  },
  [`POST ${H}/alerts/smtp/test`]: { body: { to: "nobody" }, paths: ["to"] },
  [`PUT ${H}/alerts/recipients/{departmentId}`]: { body: { emails: ["x"] }, paths: ["emails.0"] },
  [`GET ${H}/journeys/{id}/voc-counts`]: { query: { from: "yesterday", to: "soon" }, paths: ["from", "to"] },
  [`PUT ${H}/follow-up/settings`]: { body: { retentionDays: 0, maxAttempts: 3 }, paths: ["retentionDays", "version"] },
  [`PUT ${H}/follow-up/scripts/{journeyId}`]: { body: { text: 5 }, paths: ["text"] },
  [`POST ${H}/follow-up/imports/preview`]: { body: { fileName: "", content: "" }, paths: ["fileName", "content"] },
  [`POST ${H}/follow-up/imports/commit`]: {
    body: { fileName: "a.csv", content: "eA==", mapping: { columns: [{ column: "x", target: "age" }] } },
    paths: ["mapping.columns.0.target"],
  },
  [`GET ${H}/follow-up/entries`]: { query: { status: "lost", from: "soon" }, paths: ["status", "from"] },
  [`POST ${H}/follow-up/entries/assign`]: {
    body: { entryIds: [], assigneeUserId: 5 },
    paths: ["entryIds", "assigneeUserId"],
  },
  [`POST ${H}/follow-up/entries/{id}/attempts`]: {
    body: { outcome: "maybe", ratings: [{ touchpointId: "x", score: 9 }] },
    paths: ["outcome", "ratings.0.touchpointId", "ratings.0.score"],
  },
  [`POST ${H}/follow-up/entries/{id}/phone/reveal`]: { body: { purpose: 7 }, paths: ["purpose"] },
  [`POST ${H}/follow-up/issues/{id}/voc`]: { body: { type: "praise" }, paths: ["type"] },
  [`GET ${H}/follow-up/stats`]: { query: { to: "later" }, paths: ["to"] },
  "GET /api/templates": { query: { locale: "fr" }, paths: ["locale"] },
  [`GET ${H}/journeys/{id}/export/map.svg`]: { query: { locale: "fr" }, paths: ["locale"] },
  [`GET ${H}/journeys/{id}/export/map.png`]: { query: { scale: "5", locale: "" }, paths: ["scale", "locale"] },
  [`GET ${H}/journeys/{id}/export/map.pdf`]: { query: { paper: "A5" }, paths: ["paper"] },
  [`GET ${H}/journeys/{id}/export/cycle.svg`]: { query: { colourBy: "rainbow" }, paths: ["colourBy"] },
  [`GET ${H}/journeys/{id}/export/cycle.png`]: { query: { scale: "0", colourBy: "x" }, paths: ["scale", "colourBy"] },
  [`GET ${H}/journeys/{id}/export/cycle.pdf`]: { query: { paper: "B4", locale: "ja" }, paths: ["paper", "locale"] },
  [`POST ${H}/journeys/from-template`]: { body: { templateId: "", locale: "ja" }, paths: ["templateId", "locale"] },
  [`POST ${H}/journeys/{journeyId}/lanes`]: { body: { kind: "graph", name: "" }, paths: ["kind", "name"] },
  [`PATCH ${H}/lanes/{id}`]: { body: { name: "버전 없음" }, paths: ["version"] },
  [`PUT ${H}/lanes/{laneId}/cells/{stageId}`]: {
    body: { version: 0, score: 4, text: 1 },
    paths: ["version", "score", "text"],
  },
  [`POST ${H}/journeys/{journeyId}/comments`]: { body: { stageId: "x", body: " " }, paths: ["stageId", "body"] },
  [`POST ${H}/surveys`]: {
    body: {
      title: "",
      definition: {
        sections: [
          {
            key: "a",
            questions: [
              { key: "q", type: "single_choice", text: "선택", options: [{ value: "x", label: "엑스" }] },
              { key: "q", type: "rating", text: "중복" },
            ],
          },
        ],
      },
    },
    paths: ["title", "definition.sections.0.questions.1.type"],
  },
  [`POST ${H}/surveys/from-journey`]: { body: { journeyId: "x", locale: "ja" }, paths: ["journeyId", "locale"] },
  [`POST ${H}/surveys/from-template`]: { body: { templateId: "hira-2099" }, paths: ["templateId"] },
  [`PATCH ${H}/surveys/{id}`]: {
    body: {
      version: 1,
      definition: {
        sections: [
          {
            key: "a",
            questions: [
              { key: "q", type: "single_choice", text: "선택", options: [{ value: "x", label: "엑스" }] },
              { key: "q", type: "nps", text: "중복" },
            ],
          },
        ],
      },
    },
    paths: ["definition.sections.0.questions.0.options", "definition.sections.0.questions.1.key"],
  },
  [`GET ${H}/surveys/{id}/responses`]: {
    query: { limit: "0", from: "yesterday", touchpointId: "x", beforeId: "7" },
    paths: ["limit", "from", "touchpointId", "beforeId"],
  },
  [`GET ${H}/surveys/{id}/responses/export`]: {
    query: { format: "pdf", lang: "ja", to: "tomorrow", departmentId: "x" },
    paths: ["format", "lang", "to", "departmentId"],
  },
  [`GET ${H}/surveys/{surveyId}/fhir/responses`]: {
    query: { limit: "501", to: "tomorrow" },
    paths: ["limit", "to"],
  },
  [`POST ${H}/surveys/fhir/questionnaire`]: { body: { resourceType: 7 }, paths: ["resourceType"] },
  [`POST ${H}/surveys/{surveyId}/fhir/responses`]: { body: { resourceType: "Patient" }, paths: ["resourceType"] },
  [`POST ${H}/surveys/{surveyId}/imports/uploads`]: { query: { fileName: "x".repeat(300) }, paths: ["fileName"] },
  [`POST ${H}/surveys/{surveyId}/imports/uploads/{uploadId}/preview`]: {
    body: { mapping: { sourceName: 5, columns: [{ column: "만족도" }], multipleSeparator: "" } },
    paths: ["mapping.sourceName", "mapping.columns.0.target", "mapping.multipleSeparator"],
  },
  [`POST ${H}/surveys/{surveyId}/imports/uploads/{uploadId}/commit`]: {
    body: { mapping: { columns: "전부" } },
    paths: ["mapping.columns"],
  },
  [`POST ${H}/voc-imports/uploads`]: { query: { fileName: "x".repeat(300) }, paths: ["fileName"] },
  [`POST ${H}/voc-imports/uploads/{uploadId}/preview`]: {
    body: { mapping: { columns: [{ column: "유형", target: { kind: "colour" } }], defaults: { type: "praise" } } },
    paths: ["mapping.columns.0.target.kind", "mapping.defaults.type"],
  },
  [`POST ${H}/voc-imports/uploads/{uploadId}/commit`]: {
    body: { mapping: { columns: [{ column: "접점", target: { kind: "touchpoint" } }] } },
    paths: ["mapping.journeyId"],
  },
  "POST /api/public/surveys/{publicId}/responses": {
    body: { submissionKey: "again", channel: "import", answers: [{ key: "q1", value: "five" }] },
    paths: ["submissionKey", "channel", "answers.0.value"],
  },
};

const withBody = operations.filter((o) => o.hasBody);
const withPathIds = operations.filter((o) => o.pathIds.length > 0);
const versioned = operations.filter((o) => ["PATCH", "PUT"].includes(o.method) && o.bodyProperties.includes("version"));
const randomId = () => crypto.randomUUID();
const TABLE_OF: Record<string, Parameters<typeof versionOf>[1]> = {
  sites: "sites",
  departments: "departments",
  personas: "personas",
  journeys: "journeys",
  stages: "stages",
  touchpoints: "touchpoints",
  "pain-points": "pain_points",
  lanes: "journey_lanes",
  surveys: "surveys",
  voc: "voc_items",
  alerts: "alert_rules",
};

describe.each(engines())("HTTP routes on %s", (engine) => {
  let t: TestApp;
  /** A logged-in owner (real login with a password) of the hospital at `base`. */
  let owner: ReturnType<TestApp["client"]>;
  let ownerId: string;
  let ownerEmail: string;
  let base: string;
  /** A second hospital with one of everything, for the generated checks. */
  let tenant: Tenant;

  beforeAll(async () => {
    t = await testApp(engine);
    ownerEmail = `owner-${engine}@routes.kr`;
    const u = await t.userClient(ownerEmail, PASSWORD);
    owner = u.client;
    ownerId = u.userId;
    const h = await t.hospital("서울테스트병원", ownerId);
    base = `/api/hospitals/${h.hospitalId}`;
    tenant = await seedTenant(t, "routes");
  });
  afterAll(() => t?.dispose());

  // Small helpers that go through the API as the owner.
  const create = async (path: string, body: unknown) => {
    const res = await owner.post(`${base}${path}`, body);
    expect(res.status, res.text).toBe(201);
    return res.json;
  };
  const detail = async (journeyId: string) => {
    const res = await owner.get(`${base}/journeys/${journeyId}`);
    expect(res.status, res.text).toBe(200);
    return res.json;
  };
  const newJourney = async (title: string, stages: string[] = []) => {
    const journey = await create("/journeys", { title });
    const created = [];
    for (const name of stages) created.push(await create(`/journeys/${journey.id}/stages`, { phase: "during", name }));
    return { journey, stages: created };
  };

  describe("auth", () => {
    it("login answers the user and memberships and sets an HttpOnly, SameSite session cookie", async () => {
      const c = t.client();
      const res = await c.post("/api/auth/login", { email: ownerEmail.toUpperCase(), password: PASSWORD });
      expect(res.status, res.text).toBe(200);
      expect(res.json.user).toMatchObject({ id: ownerId, email: ownerEmail, locale: "ko" });
      expect(res.json.user).not.toHaveProperty("passwordHash");
      expect(res.text).not.toContain("argon2");
      expect(res.json.memberships).toEqual([
        { hospitalId: base.split("/").pop(), hospitalName: "서울테스트병원", role: "owner" },
      ]);
      const cookie = res.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/^motmap_session=[A-Za-z0-9_-]{40,};/);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);
      expect(cookie).toMatch(/;\s*Path=\//i);
      expect(cookie).not.toMatch(/;\s*Secure/i);
      const expires = Date.parse(/;\s*Expires=([^;]+)/i.exec(cookie)?.[1] ?? "");
      expect(expires).toBeGreaterThan(Date.now());
      expect((await c.get("/api/auth/me")).status).toBe(200);
    });

    it("over HTTPS the session cookie is also Secure", async () => {
      const res = await send(t.app, "POST", "https://localhost/api/auth/login", {
        body: { email: ownerEmail, password: PASSWORD },
        headers: { origin: "https://localhost" },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("set-cookie")).toMatch(/;\s*Secure/i);
    });

    it("a wrong password and an unknown e-mail get the same 401 answer", async () => {
      const wrong = await t.client().post("/api/auth/login", { email: ownerEmail, password: "wrong-password-123" });
      const unknown = await t.client().post("/api/auth/login", { email: "nobody@routes.kr", password: PASSWORD });
      expectError(wrong, 401, "unauthenticated");
      expectError(unknown, 401, "unauthenticated");
      expect(wrong.json).toEqual(unknown.json);
      expect(wrong.headers.get("set-cookie")).toBeNull();
    });

    it("login accepts the e-mail with spaces around it and in any case", async () => {
      const res = await t
        .client()
        .post("/api/auth/login", { email: ` ${ownerEmail.toUpperCase()} `, password: PASSWORD });
      expect(res.status, res.text).toBe(200);
      expect(res.json.user.id).toBe(ownerId);
    });

    it("/me without a cookie, or with a made-up one, is 401", async () => {
      expectError(await t.client().get("/api/auth/me"), 401, "unauthenticated");
      expectError(await t.client("motmap_session=made-up-token").get("/api/auth/me"), 401, "unauthenticated");
      expectError(await t.client().patch("/api/auth/me", { locale: "en" }), 401, "unauthenticated");
      expectError(await t.client().get(`${base}/journeys`), 401, "unauthenticated");
    });

    it("an expired session is 401", async () => {
      const user = await t.quickUser("만료");
      expect((await t.send("GET", "/api/auth/me", { cookie: user.cookie })).status).toBe(200);
      await t.database.db
        .updateTable("sessions")
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where("user_id", "=", user.userId)
        .execute();
      expectError(await t.send("GET", "/api/auth/me", { cookie: user.cookie }), 401, "unauthenticated");
    });

    it("/me answers the logged-in user and their hospitals", async () => {
      const res = await owner.get("/api/auth/me");
      expect(res.status).toBe(200);
      expect(res.json.user.id).toBe(ownerId);
      expect(res.json.memberships.map((m: { role: string }) => m.role)).toEqual(["owner"]);
    });

    it("logout revokes the session on the server: the old cookie gets 401 afterwards", async () => {
      const c = t.client();
      expect((await c.post("/api/auth/login", { email: ownerEmail, password: PASSWORD })).status).toBe(200);
      const oldCookie = c.cookie;
      expect((await t.client(oldCookie).get("/api/auth/me")).status).toBe(200);
      const out = await c.post("/api/auth/logout");
      expect(out.status).toBe(204);
      expect(out.headers.get("set-cookie")).toMatch(/^motmap_session=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i);
      // Replaying the old cookie (as a copy kept by an attacker would) no longer works.
      expectError(await t.client(oldCookie).get("/api/auth/me"), 401, "unauthenticated");
      expectError(await t.client(oldCookie).get(`${base}/journeys`), 401, "unauthenticated");
      // Other sessions of the same user stay.
      expect((await owner.get("/api/auth/me")).status).toBe(200);
      // Logging out without a session is harmless.
      expect((await t.client().post("/api/auth/logout")).status).toBe(204);
    });

    it("PATCH /me changes the language and the name", async () => {
      const { client } = await t.userClient(`locale-${engine}@routes.kr`);
      const res = await client.patch("/api/auth/me", { locale: "en" });
      expect(res.status, res.text).toBe(200);
      expect(res.json.user.locale).toBe("en");
      expect((await client.get("/api/auth/me")).json.user.locale).toBe("en");
      const renamed = await client.patch("/api/auth/me", { name: "  김하나  " });
      expect(renamed.json.user).toMatchObject({ name: "김하나", locale: "en" });
      expectError(await client.patch("/api/auth/me", { locale: "ja" }), 400, "validation_failed", ["locale"]);
      expect((await client.get("/api/auth/me")).json.user.locale).toBe("en");
    });

    it("login is rate limited per e-mail: 429 with Retry-After, even for the right password", async () => {
      const limited = createApp({ database: t.database, loginAttempts: 3 });
      const login = (email: string, password: string) =>
        send(limited, "POST", "/api/auth/login", { body: { email, password } });
      for (let i = 0; i < 3; i++) expectError(await login(ownerEmail, `wrong-password-${i}`), 401, "unauthenticated");
      const blocked = await login(ownerEmail, "wrong-password-9");
      expectError(blocked, 429, "rate_limited");
      const retryAfter = Number(blocked.headers.get("retry-after"));
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      expectError(await login(ownerEmail, PASSWORD), 429, "rate_limited");
      // The e-mail is counted as normalised: changing its case is no way around the limit.
      expectError(await login(ownerEmail.toUpperCase(), PASSWORD), 429, "rate_limited");
      // Another e-mail is counted separately.
      expectError(await login(`other-${engine}@routes.kr`, "wrong-password-1"), 401, "unauthenticated");
    });
  });

  describe("hospital", () => {
    it("GET answers the hospital; PATCH renames it and bumps the version", async () => {
      const got = await owner.get(base);
      expect(got.status).toBe(200);
      expect(got.json).toMatchObject({ name: "서울테스트병원", nameEn: "", version: 1 });
      const patched = await owner.patch(base, { version: 1, nameEn: "Seoul Test Hospital" });
      expect(patched.status, patched.text).toBe(200);
      expect(patched.json).toMatchObject({ name: "서울테스트병원", nameEn: "Seoul Test Hospital", version: 2 });
      const stale = await owner.patch(base, { version: 1, name: "덮어쓰기" });
      expectError(stale, 409, "version_conflict");
      expect(stale.json.error.details).toEqual({ currentVersion: 2 });
      expect((await owner.get(base)).json.name).toBe("서울테스트병원");
      // Members see the new name.
      expect((await owner.get("/api/auth/me")).json.memberships[0].hospitalName).toBe("서울테스트병원");
    });
  });

  describe("sites", () => {
    it("lists, creates, updates and deletes sites", async () => {
      const a = await create("/sites", { name: "본원", address: "서울시 종로구" });
      const b = await create("/sites", { name: "  분원  " });
      expect(a).toMatchObject({ name: "본원", address: "서울시 종로구", version: 1, position: 0 });
      expect(b).toMatchObject({ name: "분원", address: "", position: 1 });
      expect((await owner.get(`${base}/sites`)).json.items.map((s: { id: string }) => s.id)).toEqual([a.id, b.id]);

      const patched = await owner.patch(`${base}/sites/${b.id}`, { version: 1, address: "경기도 고양시" });
      expect(patched.status).toBe(200);
      expect(patched.json).toMatchObject({ name: "분원", address: "경기도 고양시", version: 2 });

      expect((await owner.delete(`${base}/sites/${a.id}`)).status).toBe(204);
      expect((await owner.get(`${base}/sites`)).json.items.map((s: { id: string }) => s.id)).toEqual([b.id]);
      expectError(await owner.delete(`${base}/sites/${a.id}`), 404, "not_found");
      expectError(await owner.patch(`${base}/sites/${a.id}`, { version: 1, name: "없음" }), 404, "not_found");
    });
  });

  describe("departments", () => {
    it("creates with a site, rejects a site of nowhere, updates, and unlinks when the site goes", async () => {
      const site = await create("/sites", { name: "암센터" });
      const d = await create("/departments", { name: "종양내과", nameEn: "Oncology", code: "ONC", siteId: site.id });
      expect(d).toMatchObject({
        name: "종양내과",
        nameEn: "Oncology",
        code: "ONC",
        siteId: site.id,
        description: "",
        version: 1,
      });
      expectError(
        await owner.post(`${base}/departments`, { name: "어디", siteId: randomId() }),
        400,
        "validation_failed",
        ["siteId"],
      );
      expectError(
        await owner.patch(`${base}/departments/${d.id}`, { version: 1, siteId: randomId() }),
        400,
        "validation_failed",
        ["siteId"],
      );
      const patched = await owner.patch(`${base}/departments/${d.id}`, { version: 1, description: "항암 치료" });
      expect(patched.json).toMatchObject({ description: "항암 치료", version: 2, siteId: site.id });

      expect((await owner.delete(`${base}/sites/${site.id}`)).status).toBe(204);
      const after = (await owner.get(`${base}/departments`)).json.items.find((x: { id: string }) => x.id === d.id);
      expect(after.siteId).toBeNull();
      // A touchpoint it owned keeps existing, without it.
      const { stages } = await newJourney("부서 삭제 여정", ["진료"]);
      const kept = await create("/departments", { name: "협진팀" });
      const tp = await create(`/stages/${stages[0].id}/touchpoints`, {
        name: "협진 안내",
        channel: "face_to_face",
        element: "humanware",
        departmentIds: [d.id, kept.id],
      });
      expect((await owner.delete(`${base}/departments/${d.id}`)).status).toBe(204);
      expect((await owner.get(`${base}/touchpoints/${tp.id}`)).json.departmentIds).toEqual([kept.id]);
      const positions = (await owner.get(`${base}/departments`)).json.items.map(
        (x: { position: number }) => x.position,
      );
      expect(positions).toEqual(positions.map((_: number, i: number) => i));
      expectError(await owner.delete(`${base}/departments/${d.id}`), 404, "not_found");
    });

    it("reorders departments with every id; a partial or foreign list is 400 invalid_reorder", async () => {
      const before = (await owner.get(`${base}/departments`)).json.items.map((d: { id: string }) => d.id);
      await create("/departments", { name: "영상의학과" });
      await create("/departments", { name: "진단검사의학과" });
      const ids = (await owner.get(`${base}/departments`)).json.items.map((d: { id: string }) => d.id);
      expect(ids.length).toBe(before.length + 2);
      const reversed = [...ids].reverse();
      const res = await owner.post(`${base}/departments/reorder`, { ids: reversed });
      expect(res.status, res.text).toBe(200);
      expect(res.json.items.map((d: { id: string }) => d.id)).toEqual(reversed);
      expect(res.json.items.map((d: { position: number }) => d.position)).toEqual(reversed.map((_, i) => i));
      expect((await owner.get(`${base}/departments`)).json.items.map((d: { id: string }) => d.id)).toEqual(reversed);

      expectError(await owner.post(`${base}/departments/reorder`, { ids: reversed.slice(1) }), 400, "invalid_reorder", [
        "ids",
      ]);
      expectError(
        await owner.post(`${base}/departments/reorder`, { ids: [...reversed.slice(1), tenant.department.id] }),
        400,
        "invalid_reorder",
        ["ids"],
      );
      expectError(
        await owner.post(`${base}/departments/reorder`, { ids: [...reversed, reversed[0]] }),
        400,
        "invalid_reorder",
        ["ids"],
      );
      expect((await owner.get(`${base}/departments`)).json.items.map((d: { id: string }) => d.id)).toEqual(reversed);
    });
  });

  describe("personas", () => {
    it("creates, lists by name, updates and deletes; a deleted persona leaves its journeys without one", async () => {
      const p = await create("/personas", { name: "하외국", segment: "foreign", goals: ["통역", " ", "길 안내"] });
      expect(p).toMatchObject({
        name: "하외국",
        segment: "foreign",
        goals: ["통역", "길 안내"],
        quote: "",
        version: 1,
      });
      const q = await create("/personas", { name: "가노인" });
      expect(q.segment).toBe("other");
      const names = (await owner.get(`${base}/personas`)).json.items.map((x: { name: string }) => x.name);
      expect(names.indexOf("가노인")).toBeLessThan(names.indexOf("하외국"));

      const patched = await owner.patch(`${base}/personas/${p.id}`, {
        version: 1,
        quote: "영어 안내가 있나요?",
        ageGroup: "30대",
      });
      expect(patched.json).toMatchObject({ quote: "영어 안내가 있나요?", ageGroup: "30대", version: 2 });

      const journey = await create("/journeys", { title: "외국인 외래", personaId: p.id });
      expect((await owner.delete(`${base}/personas/${p.id}`)).status).toBe(204);
      const after = await detail(journey.id);
      expect(after.personaId).toBeNull();
      expect(after.persona).toBeNull();
      expectError(await owner.patch(`${base}/personas/${p.id}`, { version: 2, quote: "" }), 404, "not_found");
    });
  });

  describe("journeys", () => {
    it("creates with defaults, and rejects a persona of nowhere", async () => {
      const j = await create("/journeys", { title: "  응급실 여정 " });
      expect(j).toMatchObject({ title: "응급실 여정", description: "", status: "draft", personaId: null, version: 1 });
      expectError(
        await owner.post(`${base}/journeys`, { title: "x", personaId: tenant.persona.id }),
        400,
        "validation_failed",
        ["personaId"],
      );
    });

    it("lists journeys with their stage and touchpoint counts and persona name", async () => {
      const persona = await create("/personas", { name: "박첫방문", segment: "first_visit_outpatient" });
      const journey = await create("/journeys", { title: "첫 방문 외래", personaId: persona.id });
      const s0 = await create(`/journeys/${journey.id}/stages`, { phase: "before", name: "예약" });
      const s1 = await create(`/journeys/${journey.id}/stages`, { phase: "during", name: "접수" });
      await create(`/stages/${s0.id}/touchpoints`, { name: "전화", channel: "phone", element: "humanware" });
      await create(`/stages/${s1.id}/touchpoints`, { name: "창구", channel: "face_to_face", element: "humanware" });
      await create(`/stages/${s1.id}/touchpoints`, { name: "키오스크", channel: "face_to_face", element: "hardware" });
      const empty = await create("/journeys", { title: "빈 여정" });

      const items = (await owner.get(`${base}/journeys`)).json.items;
      expect(items.find((j: { id: string }) => j.id === journey.id)).toMatchObject({
        title: "첫 방문 외래",
        stageCount: 2,
        touchpointCount: 3,
        personaName: "박첫방문",
      });
      expect(items.find((j: { id: string }) => j.id === empty.id)).toMatchObject({
        stageCount: 0,
        touchpointCount: 0,
        personaName: null,
      });
    });

    it("answers the detail: stages in order with their touchpoints, pain points and the persona", async () => {
      const persona = await create("/personas", { name: "최보호자", segment: "pediatric_guardian" });
      const journey = await create("/journeys", {
        title: "소아 외래",
        personaId: persona.id,
        description: "보호자 동반",
      });
      const s0 = await create(`/journeys/${journey.id}/stages`, {
        phase: "before",
        name: "예약",
        actions: ["앱"],
        emotion: -1,
      });
      const s1 = await create(`/journeys/${journey.id}/stages`, { phase: "during", name: "진료" });
      const t0 = await create(`/stages/${s0.id}/touchpoints`, {
        name: "앱 예약",
        channel: "online",
        element: "software",
      });
      const t1 = await create(`/stages/${s0.id}/touchpoints`, {
        name: "알림 문자",
        channel: "online",
        element: "software",
      });
      const p0 = await create(`/journeys/${journey.id}/pain-points`, {
        touchpointId: t1.id,
        description: "문자가 늦다",
      });

      const d = await detail(journey.id);
      expect(d).toMatchObject({
        id: journey.id,
        title: "소아 외래",
        description: "보호자 동반",
        persona: { id: persona.id },
      });
      expect(d.stages.map((s: { id: string }) => s.id)).toEqual([s0.id, s1.id]);
      expect(d.stages[0]).toMatchObject({ actions: ["앱"], emotion: -1, position: 0 });
      expect(d.stages[0].touchpoints.map((x: { id: string }) => x.id)).toEqual([t0.id, t1.id]);
      expect(d.stages[1].touchpoints).toEqual([]);
      expect(d.painPoints).toEqual([expect.objectContaining({ id: p0.id, stageId: s0.id, touchpointId: t1.id })]);
      expectError(await owner.get(`${base}/journeys/${randomId()}`), 404, "not_found");
    });

    it("updates title, status and persona; deleting takes its stages, touchpoints and pain points along", async () => {
      const { journey, stages } = await newJourney("수정할 여정", ["접수"]);
      const tp = await create(`/stages/${stages[0].id}/touchpoints`, {
        name: "창구",
        channel: "face_to_face",
        element: "humanware",
      });
      const pp = await create(`/journeys/${journey.id}/pain-points`, { stageId: stages[0].id, description: "대기" });
      const version = (await detail(journey.id)).version;
      const res = await owner.patch(`${base}/journeys/${journey.id}`, {
        version,
        title: "게시한 여정",
        status: "published",
      });
      expect(res.status, res.text).toBe(200);
      expect(res.json).toMatchObject({ title: "게시한 여정", status: "published", version: version + 1 });
      expectError(
        await owner.patch(`${base}/journeys/${journey.id}`, { version: version + 1, personaId: randomId() }),
        400,
        "validation_failed",
        ["personaId"],
      );

      expect((await owner.delete(`${base}/journeys/${journey.id}`)).status).toBe(204);
      expectError(await owner.get(`${base}/journeys/${journey.id}`), 404, "not_found");
      expectError(await owner.get(`${base}/touchpoints/${tp.id}`), 404, "not_found");
      expectError(await owner.patch(`${base}/pain-points/${pp.id}`, { version: 1, severity: "low" }), 404, "not_found");
      expectError(await owner.patch(`${base}/stages/${stages[0].id}`, { version: 1, name: "x" }), 404, "not_found");
      expectError(await owner.delete(`${base}/journeys/${journey.id}`), 404, "not_found");
    });

    it("duplicates a journey as a draft copy with new ids, leaving the original as it was", async () => {
      const { journey, stages } = await newJourney("원본 여정", ["예약", "수납"]);
      await create(`/stages/${stages[1].id}/touchpoints`, {
        name: "수납 창구",
        channel: "face_to_face",
        element: "humanware",
      });
      await create(`/journeys/${journey.id}/pain-points`, { stageId: stages[0].id, description: "예약이 어렵다" });
      const v = (await detail(journey.id)).version;
      await owner.patch(`${base}/journeys/${journey.id}`, { version: v, status: "published" });
      const original = await detail(journey.id);

      const copy = await create(`/journeys/${journey.id}/duplicate`, {});
      expect(copy).toMatchObject({ title: "원본 여정 (사본)", status: "draft", version: 1 });
      expect(copy.id).not.toBe(journey.id);
      const copied = await detail(copy.id);
      expect(copied.stages.map((s: { name: string }) => s.name)).toEqual(["예약", "수납"]);
      expect(copied.stages[1].touchpoints.map((x: { name: string }) => x.name)).toEqual(["수납 창구"]);
      expect(copied.painPoints.map((p: { description: string }) => p.description)).toEqual(["예약이 어렵다"]);
      const originalIds = new Set([
        ...original.stages.map((s: { id: string }) => s.id),
        ...original.painPoints.map((p: { id: string }) => p.id),
      ]);
      expect(copied.stages.some((s: { id: string }) => originalIds.has(s.id))).toBe(false);
      expect(await detail(journey.id)).toEqual(original);

      const named = await create(`/journeys/${journey.id}/duplicate`, { title: "2025 개선안" });
      expect(named.title).toBe("2025 개선안");
      expectError(await owner.post(`${base}/journeys/${randomId()}/duplicate`, {}), 404, "not_found");
    });

    it("export → import → export gives the same document", async () => {
      const d1 = await create("/departments", { name: "예약센터", code: "CALL" });
      const d2 = await create("/departments", { name: "외래간호팀", code: "OPD" });
      const persona = await create("/personas", {
        name: "이재진",
        segment: "returning_outpatient",
        goals: ["빨리"],
        quote: "또 왔어요",
      });
      const journey = await create("/journeys", {
        title: "재진 외래",
        personaId: persona.id,
        description: "정기 진료",
      });
      const s0 = await create(`/journeys/${journey.id}/stages`, {
        phase: "before",
        name: "예약 변경",
        goal: "원하는 날짜",
        thoughts: ["언제?"],
        opportunities: ["앱 알림"],
        emotion: -2,
      });
      const s1 = await create(`/journeys/${journey.id}/stages`, { phase: "after", name: "귀가" });
      const t0 = await create(`/stages/${s0.id}/touchpoints`, {
        name: "콜센터",
        moment: "연결되는 순간",
        channel: "phone",
        element: "humanware",
        departmentIds: [d1.id, d2.id],
        serviceStandard: "3회 안에 받는다",
        script: "안녕하십니까",
        dos: ["이름 확인"],
        donts: ["돌리기"],
        targets: [{ label: "응답", operator: "<=", value: 30, unit: "초" }],
        importance: 4,
      });
      await create(`/stages/${s1.id}/touchpoints`, { name: "수납", channel: "face_to_face", element: "humanware" });
      await create(`/journeys/${journey.id}/pain-points`, {
        touchpointId: t0.id,
        description: "통화 대기",
        severity: "high",
      });
      await create(`/journeys/${journey.id}/pain-points`, {
        stageId: s1.id,
        description: "주차 정산",
        evidence: "measured",
      });

      const exported = await owner.get(`${base}/journeys/${journey.id}/export`);
      expect(exported.status).toBe(200);
      const doc = exported.json;
      expect(doc).toMatchObject({
        format: "motmap.journey/v1",
        title: "재진 외래",
        persona: { name: "이재진", quote: "또 왔어요" },
      });
      expect(doc.stages[0].touchpoints[0].departments).toEqual(["예약센터", "외래간호팀"]);
      expect(doc.stages[0].painPoints).toEqual([
        expect.objectContaining({ touchpoint: "콜센터", description: "통화 대기" }),
      ]);
      expect(JSON.stringify(doc)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

      const imported = await create("/journeys/import", doc);
      expect(imported.id).not.toBe(journey.id);
      const again = await owner.get(`${base}/journeys/${imported.id}/export`);
      expect(again.json).toEqual(doc);
      // Import matched the persona and the departments by name instead of copying them.
      expect((await detail(imported.id)).personaId).toBe(persona.id);
      const deptNames = (await owner.get(`${base}/departments`)).json.items.map((d: { name: string }) => d.name);
      expect(deptNames.filter((n: string) => n === "예약센터")).toHaveLength(1);
      expectError(await owner.get(`${base}/journeys/${randomId()}/export`), 404, "not_found");
    });

    it("imports a document into a hospital that has none of its departments or persona", async () => {
      const imported = await create("/journeys/import", SAMPLE_DOCUMENT);
      const d = await detail(imported.id);
      expect(d).toMatchObject({ title: "가져온 건강검진 여정", status: "draft", persona: { name: "가져온 페르소나" } });
      expect(d.stages.map((s: { name: string }) => s.name)).toEqual(["검진 예약", "검진"]);
      const departments = (await owner.get(`${base}/departments`)).json.items;
      const center = departments.find((x: { name: string }) => x.name === "건강검진센터");
      expect(d.stages[0].touchpoints[0].departmentIds).toEqual([center.id]);
      expect(d.painPoints.map((p: { touchpointId: string | null }) => p.touchpointId)).toEqual([
        d.stages[0].touchpoints[0].id,
        null,
      ]);
    });

    it("rejects a document whose pain point names a touchpoint its stage does not have", async () => {
      const doc = {
        ...SAMPLE_DOCUMENT,
        stages: [{ phase: "before", name: "예약", painPoints: [{ touchpoint: "없는 접점", description: "?" }] }],
      };
      expectError(await owner.post(`${base}/journeys/import`, doc), 400, "validation_failed", [
        "stages.0.painPoints.0.touchpoint",
      ]);
    });

    // Departments the other hospital lacks are created in the order first named, while a touchpoint
    // keeps its own order of departments: ["B"] then ["A", "B"] must come back as written.
    it("export → import into another hospital → export gives the same document", async () => {
      const first = await create("/departments", { name: "가정의학과" });
      const second = await create("/departments", { name: "건강증진센터" });
      const { journey, stages } = await newJourney("이동할 여정", ["검진"]);
      await create(`/stages/${stages[0].id}/touchpoints`, {
        name: "안내",
        channel: "face_to_face",
        element: "humanware",
        departmentIds: [second.id],
      });
      await create(`/stages/${stages[0].id}/touchpoints`, {
        name: "상담",
        channel: "face_to_face",
        element: "humanware",
        departmentIds: [first.id, second.id],
      });
      const doc = (await owner.get(`${base}/journeys/${journey.id}/export`)).json;
      const other = await t.hospital("다른병원", ownerId);
      const otherBase = `/api/hospitals/${other.hospitalId}`;
      const imported = await owner.post(`${otherBase}/journeys/import`, doc);
      expect(imported.status).toBe(201);
      expect((await owner.get(`${otherBase}/journeys/${imported.json.id}/export`)).json).toEqual(doc);
    });
  });

  describe("stages", () => {
    it("appends, inserts at a position, updates and deletes, keeping positions 0..n-1", async () => {
      const { journey } = await newJourney("단계 여정");
      const a = await create(`/journeys/${journey.id}/stages`, { phase: "during", name: "접수" });
      const b = await create(`/journeys/${journey.id}/stages`, { phase: "after", name: "귀가" });
      expect([a.position, b.position]).toEqual([0, 1]);
      const first = await create(`/journeys/${journey.id}/stages`, { phase: "before", name: "예약", position: 0 });
      expect(first).toMatchObject({ position: 0, journeyId: journey.id, goal: "", actions: [], emotion: 0 });
      const order = async () =>
        (await detail(journey.id)).stages.map((s: { id: string; position: number }) => [s.id, s.position]);
      expect(await order()).toEqual([
        [first.id, 0],
        [a.id, 1],
        [b.id, 2],
      ]);
      // A position past the end appends.
      const last = await create(`/journeys/${journey.id}/stages`, { phase: "after", name: "재방문", position: 99 });
      expect(last.position).toBe(3);

      const patched = await owner.patch(`${base}/stages/${a.id}`, {
        version: 1,
        goal: "빠른 접수",
        thoughts: ["오래 걸리나?"],
      });
      expect(patched.status, patched.text).toBe(200);
      expect(patched.json).toMatchObject({ goal: "빠른 접수", thoughts: ["오래 걸리나?"], name: "접수", version: 2 });

      expect((await owner.delete(`${base}/stages/${a.id}`)).status).toBe(204);
      expect(await order()).toEqual([
        [first.id, 0],
        [b.id, 1],
        [last.id, 2],
      ]);
      expectError(await owner.delete(`${base}/stages/${a.id}`), 404, "not_found");
      expectError(
        await owner.post(`${base}/journeys/${randomId()}/stages`, { phase: "before", name: "x" }),
        404,
        "not_found",
      );
    });

    it("reorders stages with every id of the journey; other lists are 400 invalid_reorder", async () => {
      const { journey, stages } = await newJourney("순서 여정", ["하나", "둘", "셋"]);
      const ids = stages.map((s: { id: string }) => s.id);
      const res = await owner.post(`${base}/journeys/${journey.id}/stages/reorder`, { ids: [ids[2], ids[0], ids[1]] });
      expect(res.status, res.text).toBe(200);
      expect(res.json.items.map((s: { name: string; position: number }) => [s.name, s.position])).toEqual([
        ["셋", 0],
        ["하나", 1],
        ["둘", 2],
      ]);
      expect((await detail(journey.id)).stages.map((s: { name: string }) => s.name)).toEqual(["셋", "하나", "둘"]);
      const other = await newJourney("다른 여정", ["남의 단계"]);
      expectError(
        await owner.post(`${base}/journeys/${journey.id}/stages/reorder`, {
          ids: [ids[0], ids[1], other.stages[0].id],
        }),
        400,
        "invalid_reorder",
        ["ids"],
      );
      expectError(
        await owner.post(`${base}/journeys/${journey.id}/stages/reorder`, { ids: [ids[0], ids[1]] }),
        400,
        "invalid_reorder",
        ["ids"],
      );
      expectError(await owner.post(`${base}/journeys/${randomId()}/stages/reorder`, { ids }), 404, "not_found");
    });
  });

  describe("touchpoints", () => {
    it("creates with departments and targets, answers every field, and rejects a department of nowhere", async () => {
      const { stages } = await newJourney("접점 여정", ["접수"]);
      const d1 = await create("/departments", { name: "원무팀" });
      const d2 = await create("/departments", { name: "안내데스크" });
      const body = {
        name: "  접수 창구 ",
        moment: "번호가 불리는 순간",
        channel: "face_to_face",
        element: "humanware",
        departmentIds: [d1.id, d2.id, d1.id],
        serviceStandard: "눈 맞추기",
        script: "어떻게 오셨어요?",
        dos: ["이름 부르기", ""],
        donts: ["반말"],
        targets: [
          { label: "대기 시간", operator: "<=", value: 15, unit: "분" },
          { label: "만족도", operator: ">=", value: 4.5 },
        ],
        importance: 5,
      };
      const created = await create(`/stages/${stages[0].id}/touchpoints`, body);
      const expected = {
        name: "접수 창구",
        moment: "번호가 불리는 순간",
        channel: "face_to_face",
        element: "humanware",
        stageId: stages[0].id,
        position: 0,
        serviceStandard: "눈 맞추기",
        script: "어떻게 오셨어요?",
        dos: ["이름 부르기"],
        donts: ["반말"],
        targets: [
          { label: "대기 시간", operator: "<=", value: 15, unit: "분" },
          { label: "만족도", operator: ">=", value: 4.5, unit: "" },
        ],
        importance: 5,
        version: 1,
      };
      expect(created).toMatchObject(expected);
      expect([...created.departmentIds].sort()).toEqual([d1.id, d2.id].sort());
      const got = await owner.get(`${base}/touchpoints/${created.id}`);
      expect(got.status).toBe(200);
      expect(got.json).toMatchObject(expected);
      expect(got.json.departmentIds).toEqual([d1.id, d2.id]);

      expectError(
        await owner.post(`${base}/stages/${stages[0].id}/touchpoints`, {
          name: "x",
          channel: "phone",
          element: "software",
          departmentIds: [d1.id, tenant.department.id],
        }),
        400,
        "validation_failed",
        ["departmentIds.1"],
      );
      expectError(
        await owner.post(`${base}/stages/${randomId()}/touchpoints`, {
          name: "x",
          channel: "phone",
          element: "software",
        }),
        404,
        "not_found",
      );
      expectError(await owner.get(`${base}/touchpoints/${randomId()}`), 404, "not_found");
    });

    it("updates fields and departments; moving to another stage appends it there and its pain points follow", async () => {
      const { journey, stages } = await newJourney("이동 여정", ["대기", "진료"]);
      const [from, to] = stages;
      const a = await create(`/stages/${from.id}/touchpoints`, {
        name: "번호표",
        channel: "face_to_face",
        element: "hardware",
      });
      const b = await create(`/stages/${from.id}/touchpoints`, {
        name: "전광판",
        channel: "face_to_face",
        element: "hardware",
      });
      const c = await create(`/stages/${from.id}/touchpoints`, {
        name: "호출",
        channel: "face_to_face",
        element: "humanware",
      });
      const x = await create(`/stages/${to.id}/touchpoints`, {
        name: "진료실",
        channel: "face_to_face",
        element: "humanware",
      });
      const pain = await create(`/journeys/${journey.id}/pain-points`, {
        touchpointId: b.id,
        description: "글씨가 작다",
      });
      const dept = await create("/departments", { name: "외래간호" });

      const fields = await owner.patch(`${base}/touchpoints/${b.id}`, {
        version: 1,
        script: "잠시만요",
        departmentIds: [dept.id],
        importance: null,
      });
      expect(fields.status, fields.text).toBe(200);
      expect(fields.json).toMatchObject({ script: "잠시만요", departmentIds: [dept.id], importance: null, version: 2 });

      const moved = await owner.patch(`${base}/touchpoints/${b.id}`, { version: 2, stageId: to.id });
      expect(moved.status, moved.text).toBe(200);
      expect(moved.json).toMatchObject({ stageId: to.id, position: 1, departmentIds: [dept.id], script: "잠시만요" });
      const d = await detail(journey.id);
      expect(d.stages[0].touchpoints.map((tp: { id: string; position: number }) => [tp.id, tp.position])).toEqual([
        [a.id, 0],
        [c.id, 1],
      ]);
      expect(d.stages[1].touchpoints.map((tp: { id: string }) => tp.id)).toEqual([x.id, b.id]);
      expect(d.painPoints.find((p: { id: string }) => p.id === pain.id)).toMatchObject({
        stageId: to.id,
        touchpointId: b.id,
      });

      const elsewhere = await newJourney("남의 여정", ["남의 단계"]);
      const version = moved.json.version;
      expectError(
        await owner.patch(`${base}/touchpoints/${b.id}`, { version, stageId: elsewhere.stages[0].id }),
        400,
        "validation_failed",
        ["stageId"],
      );
      expectError(
        await owner.patch(`${base}/touchpoints/${b.id}`, { version, stageId: randomId() }),
        400,
        "validation_failed",
        ["stageId"],
      );
      expectError(
        await owner.patch(`${base}/touchpoints/${b.id}`, { version, departmentIds: [randomId()] }),
        400,
        "validation_failed",
        ["departmentIds.0"],
      );
      expect((await owner.get(`${base}/touchpoints/${b.id}`)).json).toEqual(moved.json);
    });

    it("reorders the touchpoints of a stage and deletes one with its pain points, closing the gap", async () => {
      const { journey, stages } = await newJourney("정렬 여정", ["접수"]);
      const names = ["가", "나", "다"];
      const tps = [];
      for (const name of names)
        tps.push(await create(`/stages/${stages[0].id}/touchpoints`, { name, channel: "phone", element: "software" }));
      const res = await owner.post(`${base}/stages/${stages[0].id}/touchpoints/reorder`, {
        ids: [tps[2].id, tps[1].id, tps[0].id],
      });
      expect(res.status, res.text).toBe(200);
      expect(res.json.items.map((x: { name: string; position: number }) => [x.name, x.position])).toEqual([
        ["다", 0],
        ["나", 1],
        ["가", 2],
      ]);
      expectError(
        await owner.post(`${base}/stages/${stages[0].id}/touchpoints/reorder`, { ids: [tps[0].id] }),
        400,
        "invalid_reorder",
        ["ids"],
      );
      expectError(
        await owner.post(`${base}/stages/${randomId()}/touchpoints/reorder`, { ids: [tps[0].id] }),
        404,
        "not_found",
      );

      const pain = await create(`/journeys/${journey.id}/pain-points`, {
        touchpointId: tps[1].id,
        description: "불친절",
      });
      expect((await owner.delete(`${base}/touchpoints/${tps[1].id}`)).status).toBe(204);
      const d = await detail(journey.id);
      expect(d.stages[0].touchpoints.map((x: { name: string; position: number }) => [x.name, x.position])).toEqual([
        ["다", 0],
        ["가", 1],
      ]);
      expect(d.painPoints.some((p: { id: string }) => p.id === pain.id)).toBe(false);
      expectError(await owner.delete(`${base}/touchpoints/${tps[1].id}`), 404, "not_found");
    });
  });

  describe("pain points", () => {
    it("hang on a stage or on a touchpoint (taking its stage); a wrong anchor is 400", async () => {
      const { journey, stages } = await newJourney("불편 여정", ["예약", "수납"]);
      const tp = await create(`/stages/${stages[1].id}/touchpoints`, {
        name: "무인 수납기",
        channel: "face_to_face",
        element: "hardware",
      });
      const onStage = await create(`/journeys/${journey.id}/pain-points`, {
        stageId: stages[0].id,
        description: "  예약이 어렵다 ",
      });
      expect(onStage).toMatchObject({
        journeyId: journey.id,
        stageId: stages[0].id,
        touchpointId: null,
        description: "예약이 어렵다",
        severity: "medium",
        frequency: "occasional",
        evidence: "hypothesis",
        version: 1,
      });
      const onTouchpoint = await create(`/journeys/${journey.id}/pain-points`, {
        touchpointId: tp.id,
        description: "카드가 안 된다",
        severity: "critical",
        frequency: "frequent",
        evidence: "observed",
      });
      expect(onTouchpoint).toMatchObject({ stageId: stages[1].id, touchpointId: tp.id, severity: "critical" });

      const post = (body: unknown) => owner.post(`${base}/journeys/${journey.id}/pain-points`, body);
      expectError(
        await post({ stageId: stages[0].id, touchpointId: tp.id, description: "x" }),
        400,
        "validation_failed",
        ["stageId"],
      );
      const other = await newJourney("다른 여정", ["다른 단계"]);
      expectError(await post({ stageId: other.stages[0].id, description: "x" }), 400, "validation_failed", ["stageId"]);
      expectError(await post({ touchpointId: randomId(), description: "x" }), 400, "validation_failed", [
        "touchpointId",
      ]);
      expectError(
        await owner.post(`${base}/journeys/${randomId()}/pain-points`, { stageId: stages[0].id, description: "x" }),
        404,
        "not_found",
      );
    });

    it("updates (moving between stages and touchpoints) and deletes", async () => {
      const { journey, stages } = await newJourney("불편 수정 여정", ["예약", "수납"]);
      const tp = await create(`/stages/${stages[1].id}/touchpoints`, {
        name: "창구",
        channel: "face_to_face",
        element: "humanware",
      });
      const p = await create(`/journeys/${journey.id}/pain-points`, {
        stageId: stages[0].id,
        description: "전화가 안 된다",
      });
      const r1 = await owner.patch(`${base}/pain-points/${p.id}`, {
        version: 1,
        severity: "high",
        evidence: "measured",
      });
      expect(r1.status, r1.text).toBe(200);
      expect(r1.json).toMatchObject({ severity: "high", evidence: "measured", stageId: stages[0].id, version: 2 });
      const r2 = await owner.patch(`${base}/pain-points/${p.id}`, { version: 2, touchpointId: tp.id });
      expect(r2.json).toMatchObject({ stageId: stages[1].id, touchpointId: tp.id, version: 3 });
      const r3 = await owner.patch(`${base}/pain-points/${p.id}`, { version: 3, stageId: stages[0].id });
      expect(r3.json).toMatchObject({ stageId: stages[0].id, touchpointId: null, version: 4 });
      expectError(
        await owner.patch(`${base}/pain-points/${p.id}`, { version: 4, stageId: tenant.stages[0].id }),
        400,
        "validation_failed",
        ["stageId"],
      );

      expect((await owner.delete(`${base}/pain-points/${p.id}`)).status).toBe(204);
      expect((await detail(journey.id)).painPoints).toEqual([]);
      expectError(await owner.delete(`${base}/pain-points/${p.id}`), 404, "not_found");
    });
  });

  describe("templates", () => {
    it("lists the journey templates in Korean or English to logged-in users", async () => {
      const ko = await owner.get("/api/templates");
      expect(ko.status).toBe(200);
      expect(ko.json.items.length).toBeGreaterThanOrEqual(4);
      const ids = ko.json.items.map((x: { id: string }) => x.id);
      expect(ids).toContain("first-visit-outpatient");
      const en = await owner.get("/api/templates?locale=en");
      expect(en.json.items.map((x: { id: string }) => x.id)).toEqual(ids);
      expect(en.json.items[0].title).not.toBe(ko.json.items[0].title);
      for (const item of ko.json.items) expect(item.stageCount).toBeGreaterThan(0);
      expectError(await t.client().get("/api/templates"), 401, "unauthenticated");
    });

    it("creates a draft journey from a template, with the stages and touchpoints it lists", async () => {
      const summary = (await owner.get("/api/templates")).json.items.find(
        (x: { id: string }) => x.id === "emergency-room",
      );
      const created = await create("/journeys/from-template", { templateId: "emergency-room", title: "우리 응급실" });
      expect(created).toMatchObject({ title: "우리 응급실", status: "draft", variant: "as_is" });
      const d = await detail(created.id);
      expect(d.stages).toHaveLength(summary.stageCount);
      expect(d.stages.reduce((n: number, st: { touchpoints: unknown[] }) => n + st.touchpoints.length, 0)).toBe(
        summary.touchpointCount,
      );
      expectError(
        await owner.post(`${base}/journeys/from-template`, { templateId: "no-such-template" }),
        400,
        "validation_failed",
        ["templateId"],
      );
    });
  });

  describe("to-be journeys", () => {
    it("copies an as-is journey as a draft to-be design that links back to it", async () => {
      const { journey, stages } = await newJourney("현재 외래", ["접수", "진료"]);
      await create(`/stages/${stages[0].id}/touchpoints`, {
        name: "접수 창구",
        channel: "face_to_face",
        element: "humanware",
      });
      const toBe = await create(`/journeys/${journey.id}/to-be`, {});
      expect(toBe).toMatchObject({
        title: "현재 외래 (To-be)",
        variant: "to_be",
        basedOnId: journey.id,
        status: "draft",
        version: 1,
      });
      expect(journey.variant).toBe("as_is");
      expect(journey.basedOnId).toBeNull();
      const d = await detail(toBe.id);
      expect(d.stages.map((x: { name: string }) => x.name)).toEqual(["접수", "진료"]);
      expect(d.stages[0].touchpoints.map((x: { name: string }) => x.name)).toEqual(["접수 창구"]);
      const named = await create(`/journeys/${journey.id}/to-be`, { title: "2026 개선" });
      expect(named.title).toBe("2026 개선");
      expectError(await owner.post(`${base}/journeys/${randomId()}/to-be`, {}), 404, "not_found");
    });
  });

  describe("map lanes", () => {
    it("adds, renames and deletes custom lanes; cells are created once and then updated by version", async () => {
      const { journey, stages } = await newJourney("레인 여정", ["예약", "접수"]);
      const text = await create(`/journeys/${journey.id}/lanes`, { kind: "text", name: " 직원 메모 " });
      const score = await create(`/journeys/${journey.id}/lanes`, { kind: "score", name: "만족도" });
      expect(text).toMatchObject({ journeyId: journey.id, kind: "text", name: "직원 메모", version: 1 });

      const renamed = await owner.patch(`${base}/lanes/${text.id}`, { version: 1, name: "현장 메모" });
      expect(renamed.status, renamed.text).toBe(200);
      expect(renamed.json).toMatchObject({ name: "현장 메모", version: 2 });

      const cellUrl = (laneId: string, stageId: string) => `${base}/lanes/${laneId}/cells/${stageId}`;
      const created = await owner.raw("PUT", cellUrl(score.id, stages[0].id), { score: -2 });
      expect(created.status, created.text).toBe(200);
      expect(created.json).toMatchObject({ laneId: score.id, stageId: stages[0].id, score: -2, text: "", version: 1 });
      // Creating it again (no version) is a conflict: someone made it first.
      expectError(await owner.raw("PUT", cellUrl(score.id, stages[0].id), { score: 3 }), 409, "version_conflict");
      const updated = await owner.raw("PUT", cellUrl(score.id, stages[0].id), { version: 1, score: 3, text: "좋아짐" });
      expect(updated.json).toMatchObject({ score: 3, text: "좋아짐", version: 2 });
      expectError(await owner.raw("PUT", cellUrl(text.id, stages[1].id), { score: 1 }), 400, "validation_failed", [
        "score",
      ]);
      const other = await newJourney("남의 레인 여정", ["다른 단계"]);
      expectError(
        await owner.raw("PUT", cellUrl(text.id, other.stages[0].id), { text: "x" }),
        400,
        "validation_failed",
        ["stageId"],
      );
      expectError(await owner.raw("PUT", cellUrl(randomId(), stages[0].id), { text: "x" }), 404, "not_found");
      expect((await owner.raw("PUT", cellUrl(text.id, stages[1].id), { text: "안내 부족" })).status).toBe(200);

      const d = await detail(journey.id);
      expect(d.lanes.map((l: { id: string }) => l.id)).toEqual([text.id, score.id]);
      expect(d.cells).toHaveLength(2);

      expect((await owner.delete(`${base}/lanes/${score.id}`)).status).toBe(204);
      const after = await detail(journey.id);
      expect(after.lanes.map((l: { id: string }) => l.id)).toEqual([text.id]);
      expect(after.cells.map((c: { laneId: string }) => c.laneId)).toEqual([text.id]);
      expectError(await owner.delete(`${base}/lanes/${score.id}`), 404, "not_found");
      expectError(
        await owner.post(`${base}/journeys/${randomId()}/lanes`, { kind: "text", name: "x" }),
        404,
        "not_found",
      );
    });

    it("saves the journey's lane layout and rejects unknown or repeated lanes", async () => {
      const { journey } = await newJourney("배치 여정", ["접수"]);
      const lane = await create(`/journeys/${journey.id}/lanes`, { kind: "text", name: "메모" });
      const layout = [
        { key: `lane:${lane.id}`, hidden: false, label: "" },
        { key: "emotion", hidden: true, label: "감정 곡선" },
      ];
      const version = (await detail(journey.id)).version;
      const res = await owner.patch(`${base}/journeys/${journey.id}`, { version, laneLayout: layout });
      expect(res.status, res.text).toBe(200);
      expect(res.json.laneLayout).toEqual(layout);
      expectError(
        await owner.patch(`${base}/journeys/${journey.id}`, { version: version + 1, laneLayout: [{ key: "weather" }] }),
        400,
        "validation_failed",
        ["laneLayout.0.key"],
      );
      expectError(
        await owner.patch(`${base}/journeys/${journey.id}`, {
          version: version + 1,
          laneLayout: [{ key: "emotion" }, { key: "emotion" }],
        }),
        400,
        "validation_failed",
        ["laneLayout"],
      );
      const reset = await owner.patch(`${base}/journeys/${journey.id}`, { version: version + 1, laneLayout: null });
      expect(reset.json.laneLayout).toBeNull();
    });

    it("export → import → export keeps custom lanes, their cells and the layout", async () => {
      const { journey, stages } = await newJourney("레인 문서 여정", ["예약", "귀가"]);
      const lane = await create(`/journeys/${journey.id}/lanes`, { kind: "score", name: "만족도" });
      await owner.raw("PUT", `${base}/lanes/${lane.id}/cells/${stages[1].id}`, { score: 2, text: "만족" });
      const version = (await detail(journey.id)).version;
      await owner.patch(`${base}/journeys/${journey.id}`, {
        version,
        laneLayout: [{ key: "touchpoints" }, { key: `lane:${lane.id}`, label: "" }],
      });
      const doc = (await owner.get(`${base}/journeys/${journey.id}/export`)).json;
      expect(doc.lanes).toEqual([{ kind: "score", name: "만족도", cells: [{ stage: 1, text: "만족", score: 2 }] }]);
      expect(doc.laneLayout.map((e: { key: string }) => e.key)).toEqual(["touchpoints", "custom:0"]);
      const imported = await create("/journeys/import", doc);
      expect((await owner.get(`${base}/journeys/${imported.id}/export`)).json).toEqual(doc);
    });
  });

  describe("comments", () => {
    it("comments on a stage or a touchpoint, lists them oldest first, and deletes one", async () => {
      const { journey, stages } = await newJourney("의견 여정", ["접수"]);
      const tp = await create(`/stages/${stages[0].id}/touchpoints`, {
        name: "키오스크",
        channel: "face_to_face",
        element: "hardware",
      });
      const onStage = await create(`/journeys/${journey.id}/comments`, {
        stageId: stages[0].id,
        body: "  대기 안내가 필요합니다 ",
      });
      expect(onStage).toMatchObject({
        journeyId: journey.id,
        stageId: stages[0].id,
        touchpointId: null,
        authorId: ownerId,
        authorName: `owner-${engine}`,
        body: "대기 안내가 필요합니다",
      });
      const onTouchpoint = await create(`/journeys/${journey.id}/comments`, {
        touchpointId: tp.id,
        body: "글씨가 작아요",
      });
      expect(onTouchpoint).toMatchObject({ stageId: stages[0].id, touchpointId: tp.id });
      const list = await owner.get(`${base}/journeys/${journey.id}/comments`);
      expect(list.json.items.map((c: { id: string }) => c.id)).toEqual([onStage.id, onTouchpoint.id]);

      const post = (body: unknown) => owner.post(`${base}/journeys/${journey.id}/comments`, body);
      expectError(await post({ body: "어디에?" }), 400, "validation_failed", ["stageId"]);
      expectError(await post({ stageId: tenant.stages[0].id, body: "남의 단계" }), 400, "validation_failed", [
        "stageId",
      ]);
      expectError(
        await owner.post(`${base}/journeys/${randomId()}/comments`, { stageId: stages[0].id, body: "x" }),
        404,
        "not_found",
      );

      expect((await owner.delete(`${base}/comments/${onStage.id}`)).status).toBe(204);
      expect(
        (await owner.get(`${base}/journeys/${journey.id}/comments`)).json.items.map((c: { id: string }) => c.id),
      ).toEqual([onTouchpoint.id]);
      expectError(await owner.delete(`${base}/comments/${onStage.id}`), 404, "not_found");
    });
  });

  describe("share links", () => {
    it("shares a published journey read-only by link, until the link is revoked", async () => {
      const { journey, stages } = await newJourney("공유 여정", ["접수"]);
      await create(`/stages/${stages[0].id}/touchpoints`, {
        name: "안내",
        channel: "face_to_face",
        element: "humanware",
      });
      expectError(await owner.post(`${base}/journeys/${journey.id}/shares`), 409, "conflict");
      const version = (await detail(journey.id)).version;
      expect((await owner.patch(`${base}/journeys/${journey.id}`, { version, status: "published" })).status).toBe(200);

      const share = await create(`/journeys/${journey.id}/shares`, {});
      expect(share).toMatchObject({ journeyId: journey.id, createdByName: `owner-${engine}`, revokedAt: null });
      expect(share.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      expect(share.path).toBe(`/share/${share.token}`);
      const list = await owner.get(`${base}/journeys/${journey.id}/shares`);
      expect(list.json.items).toEqual([expect.objectContaining({ id: share.id, revokedAt: null })]);
      expect(list.text).not.toContain(share.token);

      const open = await t.client().get(`/api/public/shares/${share.token}`);
      expect(open.status, open.text).toBe(200);
      expect(open.json.hospitalName).toBe("서울테스트병원");
      expect(open.json.journey).toMatchObject({ id: journey.id, title: "공유 여정", status: "published" });
      expect(open.json.journey.stages[0].touchpoints[0].name).toBe("안내");
      expect(open.headers.get("cache-control")).toBe("no-store");
      expect(open.headers.get("x-robots-tag")).toBe("noindex");

      expect((await owner.delete(`${base}/shares/${share.id}`)).status).toBe(204);
      expectError(await t.client().get(`/api/public/shares/${share.token}`), 404, "not_found");
      const revoked = (await owner.get(`${base}/journeys/${journey.id}/shares`)).json.items[0];
      expect(revoked.revokedAt).not.toBeNull();
      expect((await owner.delete(`${base}/shares/${share.id}`)).status).toBe(204);
      expectError(await owner.delete(`${base}/shares/${randomId()}`), 404, "not_found");
    });

    it("a link stops working when its journey goes back to draft; made-up tokens are 404", async () => {
      const { journey } = await newJourney("다시 초안", ["접수"]);
      const version = (await detail(journey.id)).version;
      await owner.patch(`${base}/journeys/${journey.id}`, { version, status: "published" });
      const share = await create(`/journeys/${journey.id}/shares`, {});
      expect((await t.client().get(`/api/public/shares/${share.token}`)).status).toBe(200);
      await owner.patch(`${base}/journeys/${journey.id}`, { version: version + 1, status: "draft" });
      expectError(await t.client().get(`/api/public/shares/${share.token}`), 404, "not_found");
      expectError(await t.client().get(`/api/public/shares/${"a".repeat(43)}`), 404, "not_found");
      expectError(await t.client().get("/api/public/shares/short"), 404, "not_found");
    });

    it("the public side is rate limited per address: 429 with Retry-After", async () => {
      const limited = createApp({ database: t.database, publicRequestsPerMinute: 2 });
      const get = () => send(limited, "GET", `/api/public/shares/${"b".repeat(43)}`);
      expect((await get()).status).toBe(404);
      expect((await get()).status).toBe(404);
      const blocked = await get();
      expectError(blocked, 429, "rate_limited");
      expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    });
  });

  describe("members", () => {
    it("lists members; adds a new account (which can then log in) and an existing one", async () => {
      const list = await owner.get(`${base}/members`);
      expect(list.status).toBe(200);
      expect(list.json.items).toContainEqual({
        userId: ownerId,
        email: ownerEmail,
        name: `owner-${engine}`,
        role: "owner",
      });
      expect(list.text).not.toContain("password");

      const email = `nurse-${engine}@routes.kr`;
      const added = await owner.post(`${base}/members`, {
        email: email.toUpperCase(),
        name: "김간호",
        role: "editor",
        password: "long-enough-pass",
      });
      expect(added.status, added.text).toBe(201);
      expect(added.json).toMatchObject({ email, name: "김간호", role: "editor" });
      const nurse = t.client();
      const login = await nurse.post("/api/auth/login", { email, password: "long-enough-pass" });
      expect(login.status).toBe(200);
      expect(login.json.memberships).toEqual([
        expect.objectContaining({ hospitalId: base.split("/").pop(), role: "editor" }),
      ]);
      expect((await nurse.get(`${base}/journeys`)).status).toBe(200);

      expectError(
        await owner.post(`${base}/members`, { email: `nopass-${engine}@routes.kr`, name: "비번없음", role: "viewer" }),
        400,
        "validation_failed",
        ["password"],
      );

      // An account that exists already (a member of another hospital) joins without a password.
      const existing = await t.userClient(`doctor-${engine}@routes.kr`);
      const joined = await owner.post(`${base}/members`, {
        email: `doctor-${engine}@routes.kr`,
        name: "무시되는 이름",
        role: "viewer",
      });
      expect(joined.status, joined.text).toBe(201);
      expect(joined.json).toEqual({
        userId: existing.userId,
        email: `doctor-${engine}@routes.kr`,
        name: `doctor-${engine}`,
        role: "viewer",
      });
      expect((await existing.client.get(`${base}/journeys`)).status).toBe(200);

      expectError(await owner.post(`${base}/members`, { email, name: "김간호", role: "viewer" }), 409, "conflict", [
        "email",
      ]);
    });

    it("changes a role and removes a member, who then no longer sees the hospital", async () => {
      const member = await t.quickUser("이원무");
      await t.addMembership(base.split("/").pop() as string, member.userId, "viewer");
      expect((await t.send("POST", `${base}/sites`, { cookie: member.cookie, body: { name: "x" } })).status).toBe(403);

      const changed = await owner.patch(`${base}/members/${member.userId}`, { role: "editor" });
      expect(changed.status, changed.text).toBe(200);
      expect(changed.json).toMatchObject({ userId: member.userId, role: "editor" });
      expect(
        (await t.send("POST", `${base}/sites`, { cookie: member.cookie, body: { name: "권한 생김" } })).status,
      ).toBe(201);

      expect((await owner.delete(`${base}/members/${member.userId}`)).status).toBe(204);
      expectError(await t.send("GET", `${base}/journeys`, { cookie: member.cookie }), 404, "not_found");
      expect((await t.send("GET", "/api/auth/me", { cookie: member.cookie })).json.memberships).toEqual([]);
      expectError(await owner.delete(`${base}/members/${member.userId}`), 404, "not_found");
      expectError(await owner.patch(`${base}/members/${randomId()}`, { role: "viewer" }), 404, "not_found");
    });

    it("protects the last owner from being demoted or removed", async () => {
      const demote = await owner.patch(`${base}/members/${ownerId}`, { role: "admin" });
      expectError(demote, 403, "forbidden");
      expectError(await owner.delete(`${base}/members/${ownerId}`), 403, "forbidden");
      expect(
        (await owner.get(`${base}/members`)).json.items.find((m: { userId: string }) => m.userId === ownerId).role,
      ).toBe("owner");
    });
  });

  describe("audit log", () => {
    it("records creates, updates and deletes with who, before and after", async () => {
      const site = await create("/sites", { name: "감사 분원" });
      await owner.patch(`${base}/sites/${site.id}`, { version: 1, name: "감사 분원 2" });
      await owner.delete(`${base}/sites/${site.id}`);
      const res = await owner.get(`${base}/audit-log?entityId=${site.id}`);
      expect(res.status, res.text).toBe(200);
      const entries = res.json.items;
      expect(entries.map((e: { action: string }) => e.action).sort()).toEqual(["create", "delete", "update"]);
      for (const e of entries) {
        expect(e).toMatchObject({
          entityType: "site",
          entityId: site.id,
          userId: ownerId,
          userName: `owner-${engine}`,
        });
        expect(Number.isNaN(Date.parse(e.at))).toBe(false);
      }
      const entry = (action: string) => entries.find((e: { action: string }) => e.action === action);
      const [deleted, updated, created] = [entry("delete"), entry("update"), entry("create")];
      expect(created.before).toBeNull();
      expect(created.after).toMatchObject({ id: site.id, name: "감사 분원" });
      expect(updated.before).toMatchObject({ name: "감사 분원", version: 1 });
      expect(updated.after).toMatchObject({ name: "감사 분원 2", version: 2 });
      expect(deleted.before).toMatchObject({ name: "감사 분원 2" });
      expect(deleted.after).toBeNull();
    });

    it("records member changes and reorders, newest first", async () => {
      const member = await t.quickUser("감사 회원");
      await owner.post(`${base}/members`, { email: member.email, name: "감사 회원", role: "viewer" });
      await owner.patch(`${base}/members/${member.userId}`, { role: "editor" });
      const entries = (await owner.get(`${base}/audit-log?entityId=${member.userId}`)).json.items;
      expect(entries.map((e: { action: string; entityType: string }) => `${e.action} ${e.entityType}`).sort()).toEqual([
        "create membership",
        "update membership",
      ]);
      const update = entries.find((e: { action: string }) => e.action === "update");
      expect(update.before).toMatchObject({ userId: member.userId, role: "viewer" });
      expect(update.after).toMatchObject({ userId: member.userId, role: "editor" });
      const all = (await owner.get(`${base}/audit-log?limit=500`)).json.items;
      const times = all.map((e: { at: string }) => e.at);
      expect([...times].sort().reverse()).toEqual(times);
    });

    it("pages with `before`: pages are disjoint, newest first, and no newer than the cursor", async () => {
      const site = await create("/sites", { name: "페이지 분원" });
      for (let v = 1; v <= 6; v++)
        await owner.patch(`${base}/sites/${site.id}`, { version: v, name: `페이지 분원 ${v}` });
      const all = (await owner.get(`${base}/audit-log?entityId=${site.id}`)).json.items;
      expect(all).toHaveLength(7);
      const first = (await owner.get(`${base}/audit-log?entityId=${site.id}&limit=3`)).json.items;
      expect(first).toEqual(all.slice(0, 3));
      const cursor = first[2].at;
      const second = (
        await owner.get(`${base}/audit-log?entityId=${site.id}&limit=3&before=${encodeURIComponent(cursor)}`)
      ).json.items;
      expect(second.length).toBeGreaterThan(0);
      for (const e of second) expect(e.at < cursor).toBe(true);
      const firstIds = new Set(first.map((e: { id: string }) => e.id));
      expect(second.some((e: { id: string }) => firstIds.has(e.id))).toBe(false);
      expect(all.map((e: { id: string }) => e.id)).toEqual(
        expect.arrayContaining(second.map((e: { id: string }) => e.id)),
      );
      expectError(await owner.get(`${base}/audit-log?limit=501`), 400, "validation_failed", ["limit"]);
    });

    it("pages with `before` and `beforeId` through every entry, even entries that share a timestamp", async () => {
      // One frozen clock: every entry of this hospital gets the same `at`, as entries of one
      // transaction often do (an import writes its departments, persona and journey at once).
      vi.useFakeTimers({ toFake: ["Date"] });
      try {
        vi.setSystemTime(new Date()); // now, so the sessions stay valid
        const h = await t.hospital("같은시각병원", ownerId);
        const hb = `/api/hospitals/${h.hospitalId}`;
        for (const name of ["하나", "둘", "셋", "넷"])
          expect((await owner.post(`${hb}/sites`, { name })).status).toBe(201);
        const all = (await owner.get(`${hb}/audit-log`)).json.items;
        expect(all).toHaveLength(5);
        const seen: string[] = [];
        let page = (await owner.get(`${hb}/audit-log?limit=2`)).json.items;
        while (page.length > 0) {
          seen.push(...page.map((e: { id: string }) => e.id));
          const last = page[page.length - 1];
          page = (await owner.get(`${hb}/audit-log?limit=2&before=${encodeURIComponent(last.at)}&beforeId=${last.id}`))
            .json.items;
        }
        expect(seen).toEqual(all.map((e: { id: string }) => e.id));
      } finally {
        vi.useRealTimers();
      }
    });
  });

  describe("the API as a whole", () => {
    it("sends security headers on API answers and on the docs page", async () => {
      for (const res of [
        await owner.get(`${base}/journeys`),
        await t.client().get("/api/auth/me"),
        await t.client().get("/api/docs"),
      ]) {
        expect(res.headers.get("x-content-type-options")).toBe("nosniff");
        const csp = res.headers.get("content-security-policy") ?? "";
        expect(csp).toContain("default-src 'self'");
        const framing = res.headers.get("x-frame-options") ?? "";
        expect(/^(DENY|SAMEORIGIN)$/i.test(framing) || csp.includes("frame-ancestors 'none'")).toBe(true);
        expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      }
    });

    it("serves Swagger UI at /api/docs and the OpenAPI 3.1 document", async () => {
      const docs = await t.client().get("/api/docs");
      expect(docs.status).toBe(200);
      expect(docs.headers.get("content-type")).toMatch(/^text\/html/);
      expect(docs.text).toContain('id="swagger-ui"');
      for (const asset of ["/api/docs/init.js", "/api/docs/swagger-ui.css", "/api/docs/swagger-ui-bundle.js"]) {
        expect((await t.client().get(asset)).status, asset).toBe(200);
      }
      const doc = await t.client().get("/api/openapi.json");
      expect(doc.json.openapi).toBe("3.1.0");
      expect(doc.json.components.securitySchemes.sessionCookie).toMatchObject({
        type: "apiKey",
        in: "cookie",
        name: "motmap_session",
      });
    });

    it("answers an unknown /api path with a 404 JSON error", async () => {
      for (const res of [
        await owner.get("/api/nothing-here"),
        await t.client().post("/api/hospitals", {}),
        await owner.raw("PUT", `${base}/journeys`, {}),
      ]) {
        expect(res.status).toBe(404);
        expect(res.headers.get("content-type")).toMatch(/application\/json/);
        expect(res.json.error.code).toBe("not_found");
      }
    });

    it("answers a hospital id that is not a uuid, or unknown, like a hospital the user is not in: 404", async () => {
      expectError(await owner.get("/api/hospitals/not-a-uuid/journeys"), 404, "not_found");
      expectError(await owner.get(`/api/hospitals/${randomId()}`), 404, "not_found");
    });

    it("refuses a body over 5 MB with 413", async () => {
      const res = await owner.post(`${base}/journeys`, { title: "큰 본문", description: "가".repeat(2 * 1024 * 1024) });
      expectError(res, 413, "payload_too_large");
    });

    // The CSRF guard's refusal is a 403 with our error shape, not a 500.
    it("a cross-site form post is refused with 403, not 500", async () => {
      const res = await t.send("POST", `${base}/sites`, {
        cookie: owner.cookie,
        body: "name=evil",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      });
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe("forbidden");
    });

    it("a body with a content type other than JSON is a client error, not 500", async () => {
      const res = await t.send("POST", `${base}/sites`, {
        cookie: owner.cookie,
        body: "<site/>",
        headers: { "content-type": "application/xml" },
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    });
  });

  describe("every operation of the document", () => {
    /** A valid request: the sample of the hospital operation, or an auth request as the tenant's owner. */
    const sampleOf = async (op: Operation) => {
      if (SAMPLES[op.key]) return await buildSample(op.key, tenant);
      if (op.key === "POST /api/auth/login") return { params: {}, body: { email: ownerEmail, password: PASSWORD } };
      return { params: {}, ...(op.hasBody ? { body: {} } : {}) };
    };

    it("the bad-input table covers every operation with a body or a query, and nothing else", () => {
      const needed = operations.filter((o) => o.hasBody || o.queryParams.length > 0).map((o) => o.key);
      expect(Object.keys(BAD_INPUT).sort()).toEqual(needed.sort());
    });

    it.each(operations.filter((o) => BAD_INPUT[o.key]).map((o) => [o.key, o] as const))(
      "%s: bad input → 400 validation_failed with the field paths",
      async (_key, op) => {
        const bad = BAD_INPUT[op.key] as (typeof BAD_INPUT)[string];
        const sample = await sampleOf(op);
        const url = urlOf(op.path, tenant.hospitalId, {
          params: sample.params,
          ...(bad.query ? { query: bad.query } : {}),
        });
        const res = await t.send(op.method, url, {
          cookie: tenant.owner.cookie,
          ...(bad.body !== undefined ? { body: bad.body } : {}),
        });
        expectError(res, 400, "validation_failed", bad.paths);
      },
    );

    const withUuidIds = operations.filter((o) => o.uuidPathIds.length > 0);
    it.each(withUuidIds.map((o) => [o.key, o] as const))(
      "%s: an id that is not a uuid → 400 with the parameter's path",
      async (_key, op) => {
        const sample = await sampleOf(op);
        for (const name of op.uuidPathIds) {
          const url = fillPath(op.path, { ...sample.params, hospitalId: tenant.hospitalId, [name]: "not-a-uuid" });
          const res = await t.send(op.method, url, {
            cookie: tenant.owner.cookie,
            ...(sample.body !== undefined ? { body: sample.body } : {}),
          });
          expectError(res, 400, "validation_failed", [name]);
        }
      },
    );

    /** Each id of the path in turn replaced by an id that exists nowhere. */
    const unknownIdCheck = async (op: Operation) => {
      const sample = await sampleOf(op);
      for (const name of op.pathIds) {
        const params = { ...sample.params, [name]: randomId() };
        const res = await sendSample(t, op, tenant.hospitalId, { ...sample, params }, tenant.owner.cookie);
        expect(res.status, `${name} unknown: ${res.text}`).toBe(404);
        expect(res.json.error.code).toBe("not_found");
      }
    };
    for (const op of withPathIds) {
      const bug = UNKNOWN_PARENT_ANSWERS_EMPTY_LIST[op.key];
      if (bug) it.fails(`BUG: ${op.key}: an unknown id → 404 not_found (${bug})`, () => unknownIdCheck(op));
      else it(`${op.key}: an unknown id → 404 not_found`, () => unknownIdCheck(op));
    }

    it("the operations that take a version are the versioned records", () => {
      expect(versioned.map((o) => o.key).sort()).toEqual(
        [
          `PATCH ${H}`,
          ...[
            "sites",
            "departments",
            "personas",
            "journeys",
            "stages",
            "touchpoints",
            "pain-points",
            "lanes",
            "surveys",
            "voc",
            "alerts/rules",
          ].map((r) => `PATCH ${H}/${r}/{id}`),
          `PUT ${H}/lanes/{laneId}/cells/{stageId}`,
          `PUT ${H}/insight/priority-weights`,
          `PUT ${H}/alerts/smtp`,
          `PUT ${H}/follow-up/settings`,
        ].sort(),
      );
    });

    const HOSPITAL_SETTINGS = [
      ["/follow-up/settings", "follow_up_settings"],
      ["/alerts/smtp", "smtp_settings"],
      ["/insight/priority-weights", "insight_settings"],
    ] as const;

    /** The version stored now for the record the sample changed. */
    const storedVersion = async (op: Operation, sample: { params: Record<string, string> }) => {
      if (op.path.endsWith("/cells/{stageId}")) {
        const row = await t.database.db
          .selectFrom("lane_cells")
          .select("version")
          .where("lane_id", "=", sample.params.laneId as string)
          .where("stage_id", "=", sample.params.stageId as string)
          .executeTakeFirstOrThrow();
        return Number(row.version);
      }
      // Per-hospital settings: one versioned row per hospital.
      const settingsTable = HOSPITAL_SETTINGS.find(([suffix]) => op.path.endsWith(suffix))?.[1];
      if (settingsTable) {
        const row = await t.database.db
          .selectFrom(settingsTable)
          .select("version")
          .where("hospital_id", "=", tenant.hospitalId)
          .executeTakeFirstOrThrow();
        return Number(row.version);
      }
      const resource = op.path.split("/")[4];
      return resource === undefined
        ? versionOf(tenant, "hospitals", tenant.hospitalId)
        : versionOf(tenant, TABLE_OF[resource] as Parameters<typeof versionOf>[1], sample.params.id as string);
    };

    it.each(versioned.map((o) => [o.key, o] as const))(
      "%s: a stale version → 409 version_conflict, nothing changed",
      async (_key, op) => {
        const sample = await buildSample(op.key, tenant);
        const first = await sendSample(t, op, tenant.hospitalId, sample, tenant.owner.cookie);
        expect(first.status, first.text).toBe(200);
        const version = (sample.body as { version: number }).version;
        expect(first.json.version).toBeGreaterThan(version);
        const stale = await sendSample(t, op, tenant.hospitalId, sample, tenant.owner.cookie);
        expectError(stale, 409, "version_conflict");
        expect(stale.json.error.details).toEqual({ currentVersion: first.json.version });
        expect(await storedVersion(op, sample)).toBe(first.json.version);
      },
    );

    it("a malformed JSON body → 400 validation_failed on every operation with a body", async () => {
      const failures: string[] = [];
      for (const op of withBody) {
        const sample = await sampleOf(op);
        const res = await t.send(op.method, urlOf(op.path, tenant.hospitalId, sample), {
          cookie: tenant.owner.cookie,
          body: '{"name": "unterminated',
        });
        if (res.status !== 400 || res.json?.error?.code !== "validation_failed")
          failures.push(`${op.key} → ${res.status}`);
      }
      expect(failures).toEqual([]);
    });
  });
});
