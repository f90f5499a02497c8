import { DEMO_HOSPITAL } from "@motmap/core/demo";
import { importJourney } from "@motmap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, testApp } from "./support/test-app.ts";

// Lanes, cells, comments, share links and to-be copies: the collaboration side of the journey map.
describe.each(engines())("journey map collaboration on %s", (engine) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let owner: Awaited<ReturnType<Awaited<ReturnType<typeof testApp>>["userClient"]>>;
  let viewer: Awaited<ReturnType<Awaited<ReturnType<typeof testApp>>["userClient"]>>;
  let base: string;
  let journeyId: string;
  // biome-ignore lint/suspicious/noExplicitAny: API bodies are checked field by field
  let detail: any;

  beforeAll(async () => {
    t = await testApp(engine);
    owner = await t.userClient(`owner-map-${engine}@example.com`);
    viewer = await t.userClient(`viewer-map-${engine}@example.com`);
    const h = await t.hospital("지도병원", owner.userId);
    await t.database.db
      .insertInto("memberships")
      .values({
        user_id: viewer.userId,
        hospital_id: h.hospitalId,
        role: "viewer",
        created_at: new Date().toISOString(),
      })
      .execute();
    const doc = DEMO_HOSPITAL.journeys[0];
    if (!doc) throw new Error("demo journey missing");
    const imported = await importJourney(h, doc);
    if (!imported.ok) throw new Error(imported.error.message);
    journeyId = imported.value.id;
    base = `/api/hospitals/${h.hospitalId}`;
    detail = (await owner.client.get(`${base}/journeys/${journeyId}`)).json;
  });
  afterAll(() => t.dispose());

  it("adds custom lanes, writes cells with a version check, and saves the lane layout", async () => {
    const stage = detail.stages[0];
    const text = await owner.client.post(`${base}/journeys/${journeyId}/lanes`, { kind: "text", name: "직원 행동" });
    expect(text.status).toBe(201);
    const score = await owner.client.post(`${base}/journeys/${journeyId}/lanes`, {
      kind: "score",
      name: "직원 스트레스",
    });
    expect(score.status).toBe(201);

    const created = await owner.client.raw("PUT", `${base}/lanes/${text.json.id}/cells/${stage.id}`, {
      text: "예약 확인 후 안내",
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ text: "예약 확인 후 안내", score: null, version: 1 });
    const again = await owner.client.raw("PUT", `${base}/lanes/${text.json.id}/cells/${stage.id}`, {
      text: "중복 생성",
    });
    expect(again.status).toBe(409);
    const updated = await owner.client.raw("PUT", `${base}/lanes/${text.json.id}/cells/${stage.id}`, {
      version: 1,
      text: "예약 확인 후 문자 안내",
    });
    expect(updated.json.version).toBe(2);
    const stale = await owner.client.raw("PUT", `${base}/lanes/${text.json.id}/cells/${stage.id}`, {
      version: 1,
      text: "x",
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.details.currentVersion).toBe(2);
    const textScore = await owner.client.raw("PUT", `${base}/lanes/${text.json.id}/cells/${detail.stages[1].id}`, {
      score: 2,
    });
    expect(textScore.status).toBe(400);
    const scored = await owner.client.raw("PUT", `${base}/lanes/${score.json.id}/cells/${stage.id}`, { score: -2 });
    expect(scored.json.score).toBe(-2);
    const outOfRange = await owner.client.raw("PUT", `${base}/lanes/${score.json.id}/cells/${stage.id}`, {
      version: 1,
      score: 5,
    });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.json.error.issues[0].path).toBe("score");

    const layout = [
      { key: `lane:${score.json.id}`, hidden: false, label: "" },
      { key: "emotion", hidden: false, label: "환자 감정" },
      { key: "departments", hidden: true, label: "" },
    ];
    const j = await owner.client.patch(`${base}/journeys/${journeyId}`, {
      version: detail.version,
      laneLayout: layout,
    });
    expect(j.status).toBe(200);
    const after = (await owner.client.get(`${base}/journeys/${journeyId}`)).json;
    expect(after.laneLayout).toEqual(layout);
    expect(after.lanes.map((l: { name: string }) => l.name)).toEqual(["직원 행동", "직원 스트레스"]);
    expect(after.cells).toHaveLength(2);

    const foreign = await owner.client.patch(`${base}/journeys/${journeyId}`, {
      version: after.version,
      laneLayout: [{ key: `lane:${crypto.randomUUID()}`, hidden: false, label: "" }],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.json.error.issues[0].path).toBe("laneLayout.0.key");

    const renamed = await owner.client.patch(`${base}/lanes/${text.json.id}`, { version: 1, name: "직원 응대" });
    expect(renamed.json.name).toBe("직원 응대");
    expect((await viewer.client.post(`${base}/journeys/${journeyId}/lanes`, { kind: "text", name: "x" })).status).toBe(
      403,
    );
  });

  it("carries lanes, cells and the layout through export → import → export", async () => {
    const first = (await owner.client.get(`${base}/journeys/${journeyId}/export`)).json;
    expect(first.lanes).toHaveLength(2);
    expect(first.laneLayout[0].key).toBe("custom:1");
    const imported = await owner.client.post(`${base}/journeys/import`, first);
    expect(imported.status).toBe(201);
    const second = (await owner.client.get(`${base}/journeys/${imported.json.id}/export`)).json;
    expect(second).toEqual(first);
  });

  it("copies an as-is journey as a to-be draft that links back to it", async () => {
    const toBe = await owner.client.post(`${base}/journeys/${journeyId}/to-be`, {});
    expect(toBe.status).toBe(201);
    expect(toBe.json).toMatchObject({ variant: "to_be", basedOnId: journeyId, status: "draft" });
    expect(toBe.json.title).toContain("To-be");
    const copy = (await owner.client.get(`${base}/journeys/${toBe.json.id}`)).json;
    expect(copy.stages).toHaveLength(detail.stages.length);
    expect(copy.lanes).toHaveLength(2);
    const list = (await owner.client.get(`${base}/journeys`)).json.items;
    expect(list.find((j: { id: string }) => j.id === journeyId).variant).toBe("as_is");
  });

  it("lets every member comment on a stage or a touchpoint; only the author or an admin deletes", async () => {
    const touchpoint = detail.stages[2].touchpoints[0];
    const onTouchpoint = await viewer.client.post(`${base}/journeys/${journeyId}/comments`, {
      touchpointId: touchpoint.id,
      body: "이 접점에서 대기 안내가 부족합니다.",
    });
    expect(onTouchpoint.status).toBe(201);
    expect(onTouchpoint.json).toMatchObject({ stageId: detail.stages[2].id, touchpointId: touchpoint.id });
    expect(onTouchpoint.json.authorName).toBe(`viewer-map-${engine}`);
    const onStage = await owner.client.post(`${base}/journeys/${journeyId}/comments`, {
      stageId: detail.stages[0].id,
      body: "검색 단계 후기를 더 모아 봅시다.",
    });
    expect(onStage.status).toBe(201);
    const empty = await owner.client.post(`${base}/journeys/${journeyId}/comments`, {
      stageId: detail.stages[0].id,
      body: " ",
    });
    expect(empty.status).toBe(400);
    const list = (await viewer.client.get(`${base}/journeys/${journeyId}/comments`)).json.items;
    expect(list.map((c: { body: string }) => c.body)).toEqual([onTouchpoint.json.body, onStage.json.body]);
    expect((await viewer.client.delete(`${base}/comments/${onStage.json.id}`)).status).toBe(403);
    expect((await viewer.client.delete(`${base}/comments/${onTouchpoint.json.id}`)).status).toBe(204);
    expect((await owner.client.delete(`${base}/comments/${onStage.json.id}`)).status).toBe(204);
  });

  it("shares a published journey read-only without login until the link is revoked", async () => {
    const draft = await owner.client.post(`${base}/journeys`, { title: "초안 여정" });
    expect((await owner.client.post(`${base}/journeys/${draft.json.id}/shares`)).status).toBe(409);

    const created = await owner.client.post(`${base}/journeys/${journeyId}/shares`);
    expect(created.status).toBe(201);
    expect(created.json.token.length).toBeGreaterThanOrEqual(40);
    expect(created.json.path).toBe(`/share/${created.json.token}`);
    const stored = await t.database.db.selectFrom("journey_shares").select("token_hash").execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(created.json.token);

    const anonymous = t.client();
    const open = await anonymous.get(`/api/public/shares/${created.json.token}`);
    expect(open.status).toBe(200);
    expect(open.json.hospitalName).toBe("지도병원");
    expect(open.json.journey.id).toBe(journeyId);
    expect(open.json.journey.stages.length).toBe(detail.stages.length);
    expect(open.headers.get("cache-control")).toBe("no-store");
    expect((await anonymous.get(`/api/public/shares/${created.json.token.slice(0, -2)}xx`)).status).toBe(404);

    const links = (await owner.client.get(`${base}/journeys/${journeyId}/shares`)).json.items;
    expect(links[0]).toMatchObject({ id: created.json.id, revokedAt: null });
    expect(links[0].token).toBeUndefined();
    expect((await owner.client.delete(`${base}/shares/${created.json.id}`)).status).toBe(204);
    expect((await anonymous.get(`/api/public/shares/${created.json.token}`)).status).toBe(404);
    expect((await owner.client.get(`${base}/journeys/${journeyId}/shares`)).json.items[0].revokedAt).not.toBeNull();
  });

  it("stops answering a share link when the journey goes back to draft", async () => {
    const current = (await owner.client.get(`${base}/journeys/${journeyId}`)).json;
    const link = (await owner.client.post(`${base}/journeys/${journeyId}/shares`)).json;
    await owner.client.patch(`${base}/journeys/${journeyId}`, { version: current.version, status: "draft" });
    expect((await t.client().get(`/api/public/shares/${link.token}`)).status).toBe(404);
  });
});
