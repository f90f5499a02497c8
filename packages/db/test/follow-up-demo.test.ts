import { readFileSync } from "node:fs";
import { DEMO_HOSPITAL, DEMO_WEAK_TOUCHPOINT, demoFollowUpCalls } from "@motmap/core/demo";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoFollowUp } from "../src/demo/seed-demo-follow-up.ts";
import {
  createDepartment,
  getFollowUpStats,
  type HospitalContext,
  importFollowUpList,
  importJourney,
  listFollowUpEntries,
  revealFollowUpPhone,
} from "../src/index.ts";
import { engines, freshDatabase, type TestDatabase } from "./support/engines.ts";
import { insertUser, newHospital, unwrap } from "./support/fixtures.ts";

// A Thursday: the current list (imported on Monday) is partly worked.
const NOW = new Date("2026-11-19T05:00:00Z");

describe.each(engines())("demo follow-up calls on %s", (engine) => {
  let t: TestDatabase;
  let ctx: HospitalContext;
  let seeded: Awaited<ReturnType<typeof seedDemoFollowUp>>;
  const generated = demoFollowUpCalls({ now: NOW });

  beforeAll(async () => {
    t = await freshDatabase(engine);
    ctx = await newHospital(t, await insertUser(t, "김하늘"), DEMO_HOSPITAL.name);
    for (const d of DEMO_HOSPITAL.departments) unwrap(await createDepartment(ctx, d));
    for (const j of DEMO_HOSPITAL.journeys) unwrap(await importJourney(ctx, j));
    seeded = await seedDemoFollowUp(ctx, NOW);
  }, 120_000);
  afterAll(() => t.dispose());

  it("is the same list on every run and writes every generated entry", async () => {
    expect(demoFollowUpCalls({ now: NOW })).toEqual(generated);
    expect(seeded.lists).toBe(8);
    expect(seeded.entries).toBe(generated.entries.length);
    expect(seeded.entries).toBeGreaterThan(180);
    const lists = await t.db.selectFrom("follow_up_lists").selectAll().orderBy("created_at").execute();
    expect(lists.map((l) => Number(l.rows)).reduce((a, b) => a + b)).toBe(seeded.entries);
    expect(lists.every((l) => l.created_at < NOW.toISOString())).toBe(true);
    const attempts = await t.db.selectFrom("follow_up_attempts").select("at").execute();
    expect(attempts.every((a) => a.at < NOW.toISOString())).toBe(true);
  });

  it("covers every status, both callers and an unassigned part of the current list", async () => {
    const page = unwrap(await listFollowUpEntries(ctx, { limit: 500 }, "test"));
    for (const s of ["pending", "not_reached", "reached", "refused", "unreachable"]) {
      expect(page.counts[s], s).toBeGreaterThan(0);
    }
    // Calls still to make come first, the longest waiting first.
    const open = (s: string) => s === "pending" || s === "not_reached";
    const firstClosed = page.items.findIndex((e) => !open(e.status));
    expect(firstClosed).toBeGreaterThan(0);
    expect(page.items.slice(0, firstClosed).every((e) => open(e.status))).toBe(true);
    expect(page.items.slice(firstClosed).some((e) => open(e.status))).toBe(false);
    const openDates = page.items.slice(0, firstClosed).map((e) => e.visitDate);
    expect(openDates).toEqual([...openDates].sort());
    const assignees = new Set(page.items.map((e) => e.assigneeUserId));
    expect(assignees).toContain(ctx.actorId);
    expect(assignees).toContain(seeded.callerId);
    expect(assignees).toContain(null);
    const mine = unwrap(await listFollowUpEntries({ ...ctx, actorId: seeded.callerId }, { mine: "true" }, "test"));
    expect(mine.total).toBeGreaterThan(20);
    expect(mine.items.every((e) => e.assigneeUserId === seeded.callerId)).toBe(true);
  });

  it("keeps names and phones encrypted at rest; a reveal gives back the generated number", async () => {
    const sample = generated.entries.slice(0, 25);
    if (engine === "sqlite") {
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(t.db);
      const file = readFileSync(t.location);
      for (const e of sample) {
        expect(file.includes(e.phone), e.phone).toBe(false);
        expect(file.includes(e.phone.replaceAll("-", "")), e.phone).toBe(false);
        expect(file.includes(e.name), e.name).toBe(false);
      }
    }
    const raw = await t.db
      .selectFrom("follow_up_entries")
      .selectAll()
      .where("hospital_id", "=", ctx.hospitalId)
      .execute();
    expect(raw.every((r) => r.name_encrypted?.startsWith("v1:") && r.phone_encrypted?.startsWith("v1:"))).toBe(true);
    const text = JSON.stringify(raw);
    for (const e of sample) {
      expect(text).not.toContain(e.phone);
      expect(text).not.toContain(e.name);
    }
    const first = sample[0];
    const row = raw.find(
      (r) => r.phone_masked === `010-****-${first?.phone.slice(-4)}` && r.visit_date === first?.visitDate,
    );
    expect(row).toBeDefined();
    const revealed = unwrap(await revealFollowUpPhone(ctx, row?.id as string, {}, "test"));
    expect(revealed.phone).toBe(first?.phone);
  });

  it("tells the story in the statistics: contact rises with the second caller, check-ups answer least, night noise scores lowest", async () => {
    const stats = unwrap(await getFollowUpStats(ctx));
    expect(stats.byWeek.length).toBe(8);
    const contact = stats.byWeek.map((w) => w.contactRate ?? 0);
    // Weeks 1–3: one caller; weeks 4–7: two; week 8 is this week's list, still being worked.
    for (const rate of contact.slice(0, 3)) expect(rate).toBeLessThan(0.82);
    for (const rate of contact.slice(3, 7)) expect(rate).toBeGreaterThan(0.85);
    const dept = new Map(stats.byDepartment.map((d) => [d.label, d]));
    expect(dept.get("건강증진센터")?.reachedRate).toBeLessThan(dept.get("외과")?.reachedRate ?? 0);
    expect(stats.touchpoints[0]?.name).toBe(DEMO_WEAK_TOUCHPOINT);
    expect(stats.touchpoints[0]?.low).toBeGreaterThan(3);
  });

  it("turned some raised issues into VOC items from the follow-up channel, each linked once", async () => {
    expect(seeded.vocItems).toBeGreaterThan(3);
    const linked = await t.db
      .selectFrom("follow_up_issues")
      .select("voc_item_id")
      .where("hospital_id", "=", ctx.hospitalId)
      .execute();
    expect(linked.filter((i) => i.voc_item_id !== null).length).toBe(seeded.vocItems);
    expect(linked.some((i) => i.voc_item_id === null)).toBe(true);
    const voc = await t.db
      .selectFrom("voc_items")
      .select(["channel", "touchpoint_id"])
      .where("hospital_id", "=", ctx.hospitalId)
      .execute();
    expect(voc.length).toBe(seeded.vocItems);
    expect(voc.every((v) => v.channel === "follow_up_call" && v.touchpoint_id !== null)).toBe(true);
  });

  it("recognises a re-import of a seeded row by its source id", async () => {
    const e = generated.entries[0];
    if (!e) throw new Error("no entries");
    const report = unwrap(
      await importFollowUpList(ctx, {
        header: ["접수번호", "환자명", "연락처", "방문일", "진료과", "여정"],
        rows: (async function* () {
          yield { row: 2, cells: [e.sourceId, e.name, e.phone, e.visitDate, e.department, e.journey] };
        })(),
        fileName: "again.csv",
        mode: "preview",
      }),
    );
    expect(report).toMatchObject({ valid: 1, duplicates: 1, errorCount: 0 });
  });
});
