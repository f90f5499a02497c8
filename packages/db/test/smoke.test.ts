import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createHospital,
  createJourney,
  createStage,
  getJourneyDetail,
  type HospitalContext,
  updateStage,
} from "../src/index.ts";
import { engines, freshDatabase, type TestDatabase } from "./support/engines.ts";

describe.each(engines())("smoke on %s", (engine) => {
  let t: TestDatabase;
  let ctx: HospitalContext;
  beforeAll(async () => {
    t = await freshDatabase(engine);
    const h = await createHospital(t.db, { name: "테스트병원" }, null);
    ctx = { db: t.db, hospitalId: h.id, actorId: null };
  });
  afterAll(() => t.dispose());

  it("creates a journey with a stage and rejects a stale version", async () => {
    const j = await createJourney(ctx, { title: "외래 여정" });
    if (!j.ok) throw new Error(j.error.message);
    const s = await createStage(ctx, j.value.id, { phase: "before", name: "예약", actions: ["전화", " "] });
    if (!s.ok) throw new Error(s.error.message);
    expect(s.value.actions).toEqual(["전화"]);
    const u = await updateStage(ctx, s.value.id, { version: 1, emotion: -2 });
    expect(u.ok && u.value.version).toBe(2);
    const stale = await updateStage(ctx, s.value.id, { version: 1, emotion: 3 });
    expect(!stale.ok && stale.error.code).toBe("version_conflict");
    const d = await getJourneyDetail(ctx, j.value.id);
    expect(d.ok && d.value.stages[0]?.emotion).toBe(-2);
  });
});
