import { DEMO_VOC } from "@motmap/core/demo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../src/demo/seed-demo.ts";
import { type HospitalContext, listVocItems, suggestVocTouchpoint } from "../src/index.ts";
import { engines, freshDatabase, type TestDatabase } from "./support/engines.ts";
import { unwrap } from "./support/fixtures.ts";

describe.each(engines())("demo VOC on %s", (engine) => {
  let t: TestDatabase;
  let ctx: HospitalContext;
  beforeAll(async () => {
    t = await freshDatabase(engine);
    const { hospitalId } = await seedDemo(t.db);
    ctx = { db: t.db, hospitalId, actorId: null };
  });
  afterAll(() => t.dispose());

  it("seeds every demo text on its touchpoint, over every state, some with an encrypted contact", async () => {
    const page = unwrap(await listVocItems(ctx, { limit: 200 }));
    const counts = page.statusCounts;
    // Besides the 400 texts, the demo follow-up calls turned a few issues into VOC items (linked from their issue).
    const fromCalls = await t.db
      .selectFrom("follow_up_issues")
      .select("voc_item_id")
      .where("hospital_id", "=", ctx.hospitalId)
      .where("voc_item_id", "is not", null)
      .execute();
    expect(fromCalls.length).toBeGreaterThan(0);
    expect(counts.received + counts.assigned + counts.answered + counts.closed).toBe(
      DEMO_VOC.length + fromCalls.length,
    );
    for (const status of ["received", "assigned", "answered", "closed"] as const)
      expect(counts[status]).toBeGreaterThan(0);
    expect(page.overdue).toBeGreaterThan(0);
    const rows = await t.db
      .selectFrom("voc_items")
      .select(["touchpoint_id", "contact_encrypted"])
      .where("hospital_id", "=", ctx.hospitalId)
      .execute();
    expect(rows.every((r) => r.touchpoint_id !== null)).toBe(true);
    const withContact = rows.filter((r) => r.contact_encrypted);
    expect(withContact.length).toBeGreaterThan(30);
    expect(withContact.every((r) => r.contact_encrypted?.startsWith("v1:"))).toBe(true);
  });

  it("has a trained model that points a parking complaint at a parking touchpoint", async () => {
    const s = unwrap(await suggestVocTouchpoint(ctx, { text: "주차장에 자리가 없어서 30분을 돌았어요" }));
    // The demo texts and the follow-up issues registered as VOC, all tagged with their touchpoint.
    const tagged = await t.db
      .selectFrom("voc_items")
      .select("id")
      .where("hospital_id", "=", ctx.hospitalId)
      .where("touchpoint_id", "is not", null)
      .execute();
    expect(s.trainedOn).toBe(tagged.length);
    expect(s.trainedOn).toBeGreaterThan(DEMO_VOC.length);
    expect(s.touchpoints[0]?.name).toContain("주차");
    expect(s.touchpoints[0]?.probability).toBeGreaterThan(0.3);
  });
});
