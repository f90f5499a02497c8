import { readFileSync } from "node:fs";
import { maskName } from "@motmap/core";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assignFollowUpEntries,
  createVocFromFollowUpIssue,
  getFollowUpEntry,
  getFollowUpSettings,
  getFollowUpStats,
  getVocItem,
  type HospitalContext,
  importFollowUpList,
  listFollowUpCallers,
  listFollowUpEntries,
  listFollowUpLists,
  listPersonalDataAccess,
  purgeExpiredCallEntries,
  recordFollowUpAttempt,
  revealFollowUpPhone,
  updateFollowUpScript,
  updateFollowUpSettings,
} from "../src/index.ts";
import { engines, freshDatabase, type TestDatabase } from "./support/engines.ts";
import { expectError, insertUser, newHospital, type Seeded, seedJourney, unwrap } from "./support/fixtures.ts";

const HEADER = ["접수번호", "환자명", "연락처", "퇴원일", "진료과", "여정"];

async function* rowsOf(rows: string[][]) {
  let n = 1;
  for (const cells of rows) yield { row: ++n, cells };
}

describe.each(engines())("follow-up calls on %s", (engine) => {
  let t: TestDatabase;
  let ctx: HospitalContext;
  let other: HospitalContext;
  let seeded: Seeded;
  let caller: string;
  const as = (actorId: string): HospitalContext => ({ ...ctx, actorId });

  beforeAll(async () => {
    t = await freshDatabase(engine);
    const owner = await insertUser(t, "김팀장");
    caller = await insertUser(t, "박상담");
    ctx = await newHospital(t, owner);
    await t.db
      .insertInto("memberships")
      .values({ user_id: caller, hospital_id: ctx.hospitalId, role: "editor", created_at: new Date().toISOString() })
      .execute();
    seeded = await seedJourney(ctx);
    other = await newHospital(t, await insertUser(t, "다른병원"), "다른 병원");
  });
  afterAll(() => t.dispose());

  const list = (rows: string[][]) => ({
    header: HEADER,
    rows: rowsOf(rows),
    fileName: "call-list.csv",
  });
  const good = (): string[][] => [
    ["A-1", "홍길동", "010-4729-3815", "2025-03-10", "원무팀", "첫 방문 외래 여정"],
    ["A-2", "김영희", "01055551234", "2025.03.11", "ADM", ""],
    ["A-3", "이철수", "02-312-4567", "2025-03-18", "", "첫 방문 외래 여정"],
  ];
  const mapping = () => ({
    columns: HEADER.map((column, i) => ({
      column,
      target: ["dedupe_key", "name", "phone", "visit_date", "department", "journey"][i],
    })),
    defaultJourneyId: seeded.journey.id,
  });

  it("suggests the mapping from Korean column names and previews masked rows", async () => {
    const report = unwrap(await importFollowUpList(ctx, { ...list(good()), mode: "preview" }));
    expect(report.suggestedMapping.columns.map((c) => c.target)).toEqual([
      "dedupe_key",
      "name",
      "phone",
      "visit_date",
      "department",
      "journey",
    ]);
    // Without a default journey, row A-2 (empty journey cell) is an error.
    expect(report.errorCount).toBe(1);
    const withDefault = unwrap(await importFollowUpList(ctx, { ...list(good()), mapping: mapping(), mode: "preview" }));
    expect(withDefault).toMatchObject({ rows: 3, valid: 3, duplicates: 0, errorCount: 0, committed: false });
    expect(withDefault.sample[0]).toMatchObject({ name: maskName("홍길동"), phone: "010-****-3815" });
    expect(JSON.stringify(withDefault)).not.toContain("4729");
    expect(await t.db.selectFrom("follow_up_entries").select("id").execute()).toEqual([]);
  });

  it("reports every bad row in Korean and English and writes nothing", async () => {
    const rows = [
      ...good(),
      ["A-4", "", "010-1111-2222", "2025-03-10", "원무팀", ""],
      ["A-5", "최민수", "전화없음", "2025-13-45", "없는과", "없는 여정"],
      ["A-1", "홍길동", "010-4729-3815", "2025-03-10", "원무팀", ""],
    ];
    const report = unwrap(await importFollowUpList(ctx, { ...list(rows), mapping: mapping(), mode: "commit" }));
    expect(report.committed).toBe(false);
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([
      [5, "required_missing"],
      [6, "bad_phone"],
      [6, "bad_date"],
      [6, "unknown_department"],
      [6, "unknown_journey"],
      [7, "duplicate_in_file"],
    ]);
    const badPhone = report.errors.find((e) => e.code === "bad_phone");
    expect(badPhone?.message).toContain("전화번호");
    expect(badPhone?.messageEn).toContain("not a phone number");
    expect(report.errors.find((e) => e.code === "duplicate_in_file")?.messageEn).toContain("row 2");
    expect(await t.db.selectFrom("follow_up_entries").select("id").execute()).toEqual([]);
    expect(await t.db.selectFrom("follow_up_lists").select("id").execute()).toEqual([]);
  });

  let listId: string;
  it("commits all rows encrypted and masked; the same file again creates nothing", async () => {
    const report = unwrap(
      await importFollowUpList(ctx, { ...list(good()), mapping: mapping(), mode: "commit", name: "3월 외래" }),
    );
    expect(report).toMatchObject({ committed: true, created: 3, duplicates: 0 });
    listId = report.listId as string;
    const again = unwrap(await importFollowUpList(ctx, { ...list(good()), mapping: mapping(), mode: "commit" }));
    expect(again).toMatchObject({ committed: true, created: 0, duplicates: 3 });
    const preview = unwrap(await importFollowUpList(ctx, { ...list(good()), mapping: mapping(), mode: "preview" }));
    expect(preview.duplicates).toBe(3);
    const lists = await listFollowUpLists(ctx);
    expect(lists.map((l) => [l.name, l.created, l.entries])).toEqual([
      ["call-list.csv", 0, 0],
      ["3월 외래", 3, 3],
    ]);
    const page = unwrap(await listFollowUpEntries(ctx, { listId }, "10.0.0.9"));
    expect(page.items.map((e) => [e.nameMasked, e.phoneMasked, e.visitDate, e.departmentName])).toEqual([
      ["홍*동", "010-****-3815", "2025-03-10", "원무팀"],
      ["김*희", "010-****-1234", "2025-03-11", "원무팀"],
      ["이*수", "02-***-4567", "2025-03-18", null],
    ]);
    expect(page.items.every((e) => e.journeyId === seeded.journey.id)).toBe(true);
    expect(JSON.stringify(page)).not.toContain("4729");
  });

  it("keeps names and phones encrypted at rest (the database file / the raw column hold no plaintext)", async () => {
    if (engine === "sqlite") {
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(t.db);
      const file = readFileSync(t.location);
      let wal = Buffer.alloc(0);
      try {
        wal = readFileSync(`${t.location}-wal`);
      } catch {}
      for (const bytes of [file, wal]) {
        for (const form of ["010-4729-3815", "4729-3815", "01047293815", "47293815", "홍길동", "01055551234"]) {
          expect(bytes.includes(form), form).toBe(false);
        }
      }
      expect(file.includes("010-****-3815")).toBe(true);
    } else {
      const raw = await sql<{ name_encrypted: string; phone_encrypted: string; dedupe_key: string }>`
        select name_encrypted, phone_encrypted, dedupe_key from follow_up_entries`.execute(t.db);
      expect(raw.rows.length).toBe(3);
      for (const r of raw.rows) {
        expect(r.phone_encrypted.startsWith("v1:")).toBe(true);
        expect(JSON.stringify(r)).not.toMatch(/4729|5555|홍길동|A-1/u);
      }
    }
  });

  it("logs each list view, entry view and phone reveal in the personal-data access log", async () => {
    const before = unwrap(await listPersonalDataAccess(ctx, { limit: 500 })).length;
    const page = unwrap(await listFollowUpEntries(as(caller), { listId }, "10.0.0.7"));
    const entry = page.items[0];
    if (!entry) throw new Error("no entry");
    unwrap(await getFollowUpEntry(as(caller), entry.id, "10.0.0.7"));
    const shown = unwrap(await revealFollowUpPhone(as(caller), entry.id, { purpose: "해피콜 발신" }, "10.0.0.7"));
    expect(shown).toEqual({ phone: "010-4729-3815", phoneMasked: "010-****-3815" });
    const log = unwrap(await listPersonalDataAccess(ctx, { limit: 500 }));
    expect(log.length).toBe(before + 3);
    expect(log.slice(0, 3).map((l) => [l.recordType, l.recordId, l.action, l.actorId, l.address])).toEqual([
      ["follow_up_entry", entry.id, "decrypt", caller, "10.0.0.7"],
      ["follow_up_entry", entry.id, "view", caller, "10.0.0.7"],
      ["follow_up_list", listId, "view", caller, "10.0.0.7"],
    ]);
    // No part of the phone number is logged (ids are left out: a random UUID may hold those digits).
    const logged = log.map(({ actorName, address, recordType, action, purpose }) => ({
      actorName,
      address,
      recordType,
      action,
      purpose,
    }));
    expect(JSON.stringify(logged)).not.toMatch(/4729|3815/);
  });

  it("assigns entries to a member only, and filters the worklist per caller", async () => {
    const page = unwrap(await listFollowUpEntries(ctx, { listId }, "x"));
    const ids = page.items.slice(0, 2).map((e) => e.id);
    expectError(
      await assignFollowUpEntries(ctx, { entryIds: ids, assigneeUserId: crypto.randomUUID() }),
      "validation_failed",
      "assigneeUserId",
    );
    expect(unwrap(await assignFollowUpEntries(ctx, { entryIds: ids, assigneeUserId: caller }))).toEqual({
      assigned: 2,
    });
    const mine = unwrap(await listFollowUpEntries(as(caller), { mine: "true" }, "x"));
    expect(mine.items.map((e) => e.id)).toEqual(ids);
    expect(mine.items[0]?.assigneeName).toBe("박상담");
    const unassigned = unwrap(await listFollowUpEntries(ctx, { unassigned: "true" }, "x"));
    expect(unassigned.items.map((e) => e.id)).toEqual(page.items.slice(2).map((e) => e.id));
    // Callers are the members who can edit (a viewer cannot work calls), with their open calls.
    const viewer = await insertUser(t, "조열람");
    await t.db
      .insertInto("memberships")
      .values({ user_id: viewer, hospital_id: ctx.hospitalId, role: "viewer", created_at: new Date().toISOString() })
      .execute();
    const callers = unwrap(await listFollowUpCallers(ctx));
    // (The owner here acts without a membership row.)
    expect(callers.items.map((c) => [c.name, c.role, c.open, c.assigned])).toEqual([["박상담", "editor", 2, 2]]);
    expect(callers.unassignedOpen).toBe(1);
    expect(unwrap(await listFollowUpCallers(other))).toEqual({ items: [], unassignedOpen: 0 });
  });

  it("works a call: attempts up to the maximum, then reached with ratings and an issue that becomes a VOC item", async () => {
    unwrap(await updateFollowUpSettings(ctx, { retentionDays: 30, maxAttempts: 2, version: 1 }));
    const page = unwrap(await listFollowUpEntries(ctx, { listId }, "x"));
    const [first, second] = page.items;
    if (!first || !second) throw new Error("entries missing");
    const tp = seeded.touchpoints[0];
    let d = unwrap(
      await recordFollowUpAttempt(as(caller), first.id, { outcome: "not_reached", note: "부재중 010-9999-8888" }),
    );
    expect(d.entry.status).toBe("not_reached");
    expect(d.attempts[0]?.note).not.toContain("9999-8888");
    d = unwrap(await recordFollowUpAttempt(as(caller), first.id, { outcome: "not_reached" }));
    expect(d.entry).toMatchObject({ status: "unreachable", attempts: 2 });
    expectError(await recordFollowUpAttempt(as(caller), first.id, { outcome: "not_reached" }), "conflict");

    expect(d.script?.touchpoints.map((x) => x.id)).toEqual([
      ...seeded.touchpoints[0].map((x) => x.id),
      ...seeded.touchpoints[1].map((x) => x.id),
    ]);
    expectError(
      await recordFollowUpAttempt(as(caller), second.id, {
        outcome: "refused",
        ratings: [{ touchpointId: tp[0].id, score: 3 }],
      }),
      "validation_failed",
      "outcome",
    );
    const done = unwrap(
      await recordFollowUpAttempt(as(caller), second.id, {
        outcome: "reached",
        ratings: [
          { touchpointId: tp[0].id, score: 2 },
          { touchpointId: tp[1].id, score: 5 },
        ],
        issues: [{ text: "예약 전화가 안 돼요. 제 번호 010-2222-3333", touchpointId: tp[0].id }],
      }),
    );
    expect(done.entry.status).toBe("reached");
    expect(done.ratings).toHaveLength(2);
    const issue = done.issues[0];
    if (!issue) throw new Error("no issue");
    expect(issue.text).not.toContain("2222-3333");
    const converted = unwrap(await createVocFromFollowUpIssue(as(caller), issue.id, {}));
    expect(converted.issue.vocItemId).toBe(converted.vocItem.id);
    expect(converted.vocItem).toMatchObject({ channel: "follow_up_call", touchpointId: tp[0].id, type: "complaint" });
    expect(converted.vocItem.departmentIds).toEqual([seeded.departments[0].id]);
    expect(unwrap(await getVocItem(ctx, converted.vocItem.id)).text).toBe(issue.text);
    const twice = expectError(await createVocFromFollowUpIssue(as(caller), issue.id, {}), "conflict");
    expect(twice.details).toEqual({ vocItemId: converted.vocItem.id });
  });

  it("computes contact rate, reached rate and satisfaction per department, week and touchpoint", async () => {
    const stats = unwrap(await getFollowUpStats(ctx, {}));
    expect(stats.overall).toMatchObject({ entries: 3, attempted: 2, reached: 1, meanSatisfaction: 3.5 });
    expect(stats.overall.contactRate).toBeCloseTo(2 / 3);
    expect(stats.overall.reachedRate).toBeCloseTo(1 / 2);
    expect(stats.byWeek.map((w) => [w.key, w.entries, w.attempted])).toEqual([
      ["2025-W11", 2, 2],
      ["2025-W12", 1, 0],
    ]);
    expect(stats.byDepartment.map((d) => [d.label, d.entries, d.reached])).toEqual([
      ["원무팀", 2, 1],
      ["", 1, 0],
    ]);
    expect(stats.touchpoints.map((x) => [x.touchpointId, x.mean, x.low])).toEqual([
      [seeded.touchpoints[0][0].id, 2, 1],
      [seeded.touchpoints[0][1].id, 5, 0],
    ]);
    const march18 = unwrap(await getFollowUpStats(ctx, { from: "2025-03-17" }));
    expect(march18.overall.entries).toBe(1);
  });

  it("edits the call script per journey", async () => {
    const script = unwrap(
      await updateFollowUpScript(ctx, seeded.journey.id, { text: "안녕하세요, 외래 해피콜입니다." }),
    );
    expect(script.text).toBe("안녕하세요, 외래 해피콜입니다.");
    const settings = unwrap(await getFollowUpSettings(ctx));
    expect(settings).toMatchObject({ retentionDays: 30, maxAttempts: 2, version: 2 });
    expect(settings.scripts.find((s) => s.journeyId === seeded.journey.id)?.text).toBe(
      "안녕하세요, 외래 해피콜입니다.",
    );
    expectError(
      await updateFollowUpSettings(ctx, { retentionDays: 60, maxAttempts: 3, version: 1 }),
      "version_conflict",
    );
  });

  it("one hospital cannot see, reveal, work or convert another's entries", async () => {
    const page = unwrap(await listFollowUpEntries(ctx, { listId }, "x"));
    const id = page.items[2]?.id as string;
    expect(unwrap(await listFollowUpEntries(other, {}, "x")).items).toEqual([]);
    expect(await listFollowUpLists(other)).toEqual([]);
    expectError(await getFollowUpEntry(other, id, "x"), "not_found");
    expectError(await revealFollowUpPhone(other, id, {}, "x"), "not_found");
    expectError(await recordFollowUpAttempt(other, id, { outcome: "refused" }), "not_found");
    expectError(await assignFollowUpEntries(other, { entryIds: [id], assigneeUserId: null }), "not_found");
    const issueId = (await t.db.selectFrom("follow_up_issues").select("id").executeTakeFirstOrThrow()).id;
    expectError(await createVocFromFollowUpIssue(other, issueId, {}), "not_found");
    expect(unwrap(await getFollowUpStats(other)).overall.entries).toBe(0);
  });

  it("purges names and phones after the retention period (clock moved by passing now), keeping the results", async () => {
    // Retention is 30 days here; the other hospital keeps the default 90.
    const otherList = unwrap(
      await importFollowUpList(other, {
        header: ["이름", "전화번호", "방문일"],
        rows: rowsOf([["정다운", "010-8080-1234", "2025-03-01"]]),
        fileName: "other.csv",
        mapping: {
          columns: [
            { column: "이름", target: "name" },
            { column: "전화번호", target: "phone" },
            { column: "방문일", target: "visit_date" },
          ],
          defaultJourneyId: (await seedJourney(other, "다른 여정")).journey.id,
        },
        mode: "commit",
      }),
    );
    expect(otherList.created).toBe(1);
    const day = 24 * 60 * 60 * 1000;
    // A dry run counts and changes nothing; --hospital limits the purge to one hospital.
    const later = (days: number) => new Date(Date.now() + days * day);
    expect(await purgeExpiredCallEntries(t.db, later(91), { dryRun: true })).toEqual({ purged: 4, hospitals: 2 });
    expect(await purgeExpiredCallEntries(t.db, later(91), { dryRun: true, hospitalId: other.hospitalId })).toEqual({
      purged: 1,
      hospitals: 1,
    });
    expect(await purgeExpiredCallEntries(t.db, later(31), { hospitalId: other.hospitalId })).toEqual({
      purged: 0,
      hospitals: 0,
    });
    expect(await purgeExpiredCallEntries(t.db, new Date(Date.now() + 29 * day))).toEqual({ purged: 0, hospitals: 0 });
    expect(await purgeExpiredCallEntries(t.db, new Date(Date.now() + 31 * day))).toEqual({ purged: 3, hospitals: 1 });
    const rows = await t.db
      .selectFrom("follow_up_entries")
      .selectAll()
      .where("hospital_id", "=", ctx.hospitalId)
      .execute();
    for (const r of rows) {
      expect(r).toMatchObject({ name_encrypted: null, phone_encrypted: null, name_masked: null, phone_masked: null });
      expect(r.purged_at).not.toBeNull();
    }
    const page = unwrap(await listFollowUpEntries(ctx, { listId }, "x"));
    expect(page.items.every((e) => e.nameMasked === null && e.purgedAt !== null)).toBe(true);
    expectError(await revealFollowUpPhone(ctx, page.items[0]?.id as string, {}, "x"), "not_found");
    expect(unwrap(await getFollowUpStats(ctx)).overall.reached).toBe(1);
    // The other hospital's entry goes at 90 days, once.
    expect(await purgeExpiredCallEntries(t.db, new Date(Date.now() + 91 * day))).toEqual({ purged: 1, hospitals: 1 });
    expect(await purgeExpiredCallEntries(t.db, new Date(Date.now() + 92 * day))).toEqual({ purged: 0, hospitals: 0 });
    // A re-import of a purged list does not bring the personal data back.
    const again = unwrap(await importFollowUpList(ctx, { ...list(good()), mapping: mapping(), mode: "commit" }));
    expect(again).toMatchObject({ created: 0, duplicates: 3 });
  });
});
