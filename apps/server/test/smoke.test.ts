import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, testApp } from "./support/test-app.ts";

describe.each(engines())("API smoke on %s", (engine) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(() => t.dispose());

  it("answers healthz and serves an OpenAPI document listing journey, stage and touchpoint operations", async () => {
    const c = t.client();
    expect((await c.get("/healthz")).status).toBe(200);
    const doc = await c.get("/api/openapi.json");
    expect(doc.status).toBe(200);
    const paths = Object.keys(doc.json.paths);
    expect(paths).toContain("/api/hospitals/{hospitalId}/journeys/{id}");
    expect(paths).toContain("/api/hospitals/{hospitalId}/journeys/{journeyId}/stages");
    expect(paths).toContain("/api/hospitals/{hospitalId}/stages/{stageId}/touchpoints");
  });

  it("logs in, creates a journey, rejects bad input with the field path and a stale version with 409", async () => {
    const { client, userId } = await t.userClient(`owner-${engine}@example.com`);
    const h = await t.hospital("테스트병원", userId);
    const base = `/api/hospitals/${h.hospitalId}`;
    const created = await client.post(`${base}/journeys`, { title: "외래 여정" });
    expect(created.status).toBe(201);
    const bad = await client.post(`${base}/journeys/${created.json.id}/stages`, { phase: "sometime", name: "" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("validation_failed");
    expect(bad.json.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["name", "phase"]);
    const ok = await client.patch(`${base}/journeys/${created.json.id}`, { version: 1, title: "새 제목" });
    expect(ok.status).toBe(200);
    const stale = await client.patch(`${base}/journeys/${created.json.id}`, { version: 1, title: "덮어쓰기" });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe("version_conflict");
  });
});
