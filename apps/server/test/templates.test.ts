import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, testApp } from "./support/test-app.ts";

describe.each(engines())("journey templates on %s", (engine) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let base: string;
  let owner: Awaited<ReturnType<Awaited<ReturnType<typeof testApp>>["userClient"]>>;

  beforeAll(async () => {
    t = await testApp(engine);
    owner = await t.userClient(`owner-tpl-${engine}@example.com`);
    const h = await t.hospital("템플릿병원", owner.userId);
    base = `/api/hospitals/${h.hospitalId}`;
  });
  afterAll(() => t.dispose());

  it("lists the four templates in the asked language, only to logged-in users", async () => {
    const ko = await owner.client.get("/api/templates?locale=ko");
    expect(ko.status).toBe(200);
    expect(ko.json.items.map((i: { id: string }) => i.id)).toEqual([
      "first-visit-outpatient",
      "inpatient-stay",
      "health-checkup",
      "emergency-room",
    ]);
    expect(ko.json.items[0].title).toMatch(/[가-힣]/);
    const en = await owner.client.get("/api/templates?locale=en");
    expect(en.json.items[0].title).not.toMatch(/[가-힣]/);
    expect(en.json.items[0].stageCount).toBe(ko.json.items[0].stageCount);
    expect((await t.client().get("/api/templates")).status).toBe(401);
  });

  it("creates a draft journey from a template with its stages and touchpoints", async () => {
    const summary = (await owner.client.get("/api/templates?locale=en")).json.items[3];
    const created = await owner.client.post(`${base}/journeys/from-template`, {
      templateId: "emergency-room",
      locale: "en",
      title: "ER journey 2026",
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ title: "ER journey 2026", status: "draft", variant: "as_is" });
    const detail = (await owner.client.get(`${base}/journeys/${created.json.id}`)).json;
    expect(detail.stages).toHaveLength(summary.stageCount);
    const touchpoints = detail.stages.flatMap((s: { touchpoints: unknown[] }) => s.touchpoints);
    expect(touchpoints).toHaveLength(summary.touchpointCount);
    const departments = (await owner.client.get(`${base}/departments`)).json.items;
    expect(departments.length).toBeGreaterThan(0);
  });

  it("rejects an unknown template naming the field", async () => {
    const r = await owner.client.post(`${base}/journeys/from-template`, { templateId: "dentist", locale: "ko" });
    expect(r.status).toBe(400);
    expect(r.json.error.issues[0].path).toBe("templateId");
  });
});
