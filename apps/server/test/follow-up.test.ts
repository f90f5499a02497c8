import { readFileSync } from "node:fs";
import type { Role } from "@motmap/core";
import { purgeExpiredCallEntries } from "@motmap/db";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshMember, type QuickUser, seedTenant, type Tenant } from "./support/samples.ts";
import { engines, type TestApp, testApp } from "./support/test-app.ts";

// Follow-up calls through HTTP: import (preview, errors, commit, re-import), the worklist and its
// access log, a call worked to a VOC item, stats, encryption at rest, retention, isolation.
describe.each(engines())("follow-up API on %s", (engine) => {
  let t: TestApp;
  let h: Tenant;
  let stranger: Tenant;
  let users: Record<Role, QuickUser>;
  const base = () => `/api/hospitals/${h.hospitalId}`;
  const call = (who: Role, method: string, path: string, body?: unknown) =>
    t.send(method, `${base()}${path}`, { cookie: users[who].cookie, ...(body === undefined ? {} : { body }) });

  const CSV = (dept: string) =>
    [
      "등록번호,환자명,연락처,퇴원일,진료과",
      `P-1,홍길동,010-4729-3815,2025-03-10,${dept}`,
      `P-2,김영희,010-5555-1234,2025-03-12,${dept}`,
    ].join("\n");
  const upload = (csv: string, extra: Record<string, unknown> = {}) => ({
    fileName: "calls.csv",
    content: Buffer.from(csv).toString("base64"),
    ...extra,
  });

  beforeAll(async () => {
    t = await testApp(engine);
    h = await seedTenant(t, "call");
    stranger = await seedTenant(t, "stranger");
    users = {
      owner: h.owner,
      admin: await freshMember(h, "admin"),
      editor: await freshMember(h, "editor"),
      viewer: await freshMember(h, "viewer"),
    };
  });
  afterAll(() => t?.dispose());

  let listId: string;
  it("previews with a suggested mapping, refuses bad rows with ko/en messages, then commits once", async () => {
    const first = await call("editor", "POST", "/follow-up/imports/preview", upload(CSV(h.department.name)));
    expect(first.status, first.text).toBe(200);
    expect(first.json.suggestedMapping.columns.map((c: { target: string }) => c.target)).toEqual([
      "dedupe_key",
      "name",
      "phone",
      "visit_date",
      "department",
    ]);
    const mapping = { ...first.json.suggestedMapping, defaultJourneyId: h.journey.id };
    const bad = await call(
      "editor",
      "POST",
      "/follow-up/imports/commit",
      upload(`${CSV(h.department.name)}\nP-3,박민수,없음,2025-03-40,없는과`, { mapping }),
    );
    expect(bad.status).toBe(200);
    expect(bad.json).toMatchObject({ committed: false, errorCount: 3, created: 0 });
    expect(bad.json.errors.map((e: { code: string }) => e.code)).toEqual([
      "bad_phone",
      "bad_date",
      "unknown_department",
    ]);
    expect(bad.json.errors[0].message).toContain("전화번호");
    expect(bad.json.errors[0].messageEn).toContain("phone number");

    const preview = await call(
      "editor",
      "POST",
      "/follow-up/imports/preview",
      upload(CSV(h.department.name), { mapping }),
    );
    expect(preview.json).toMatchObject({ rows: 2, valid: 2, errorCount: 0 });
    expect(preview.text).not.toContain("4729");

    const done = await call(
      "editor",
      "POST",
      "/follow-up/imports/commit",
      upload(CSV(h.department.name), { mapping, name: "3월 외래" }),
    );
    expect(done.json).toMatchObject({ committed: true, created: 2, duplicates: 0 });
    listId = done.json.listId;
    const again = await call(
      "editor",
      "POST",
      "/follow-up/imports/commit",
      upload(CSV(h.department.name), { mapping }),
    );
    expect(again.json).toMatchObject({ committed: true, created: 0, duplicates: 2 });

    const notATable = await call("editor", "POST", "/follow-up/imports/preview", upload("\n\n"));
    expect(notATable.status).toBe(400);
    expect(notATable.json.error.details.message).toBeTruthy();
    expect((await call("viewer", "POST", "/follow-up/imports/preview", upload(CSV("x")))).status).toBe(403);
  });

  it("lists masked entries (editors), logging each page load; viewers see stats but not the list", async () => {
    const page = await call("editor", "GET", `/follow-up/entries?listId=${listId}`);
    expect(page.status, page.text).toBe(200);
    expect(
      page.json.items.map((e: { nameMasked: string; phoneMasked: string }) => [e.nameMasked, e.phoneMasked]),
    ).toEqual([
      ["홍*동", "010-****-3815"],
      ["김*희", "010-****-1234"],
    ]);
    expect(page.text).not.toMatch(/4729|홍길동/u);
    expect((await call("viewer", "GET", "/follow-up/entries")).status).toBe(403);
    expect((await call("viewer", "GET", "/follow-up/stats")).status).toBe(200);
    const log = await call("admin", "GET", "/personal-data-access-log?recordType=follow_up_list");
    expect(log.json.items[0]).toMatchObject({ recordId: listId, action: "view", actorId: users.editor.userId });
  });

  it("lets a manager give calls to a caller: callers with open counts, the unassigned view, each caller's own list", async () => {
    const before = await call("admin", "GET", "/follow-up/callers");
    expect(before.status, before.text).toBe(200);
    const names = before.json.items.map((c: { userId: string }) => c.userId);
    expect(names).toEqual(expect.arrayContaining([users.owner.userId, users.admin.userId, users.editor.userId]));
    expect(names).not.toContain(users.viewer.userId);
    expect(before.text).not.toContain(users.editor.email);
    expect(before.json.unassignedOpen).toBe(2);
    expect((await call("viewer", "GET", "/follow-up/callers")).status).toBe(403);

    const open = await call("admin", "GET", "/follow-up/entries?unassigned=true");
    expect(open.json.total).toBe(2);
    const first = open.json.items[0].id as string;
    const given = await call("admin", "POST", "/follow-up/entries/assign", {
      entryIds: [first],
      assigneeUserId: users.editor.userId,
    });
    expect(given.status, given.text).toBe(200);
    const mine = await call("editor", "GET", "/follow-up/entries?mine=true");
    expect(mine.json.items.map((e: { id: string }) => e.id)).toEqual([first]);
    expect((await call("admin", "GET", "/follow-up/entries?mine=true")).json.total).toBe(0);
    expect((await call("admin", "GET", "/follow-up/entries?unassigned=true")).json.total).toBe(1);
    const after = await call("editor", "GET", "/follow-up/callers");
    const editor = after.json.items.find((c: { userId: string }) => c.userId === users.editor.userId);
    expect(editor).toMatchObject({ open: 1, assigned: 1, role: "editor" });
    expect(after.json.unassignedOpen).toBe(1);
    expect(
      (await t.send("GET", `/api/hospitals/${stranger.hospitalId}/follow-up/callers`, { cookie: users.admin.cookie }))
        .status,
    ).toBe(404);
  });

  it("works a call: reveal (logged), reached with ratings, an issue → VOC item linked back", async () => {
    const page = await call("editor", "GET", `/follow-up/entries?listId=${listId}`);
    const id = page.json.items[0].id as string;
    const detail = await call("editor", "GET", `/follow-up/entries/${id}`);
    expect(detail.json.script.touchpoints.map((x: { id: string }) => x.id)).toEqual(h.touchpoints.map((x) => x.id));
    expect((await call("viewer", "POST", `/follow-up/entries/${id}/phone/reveal`, {})).status).toBe(403);
    const shown = await call("editor", "POST", `/follow-up/entries/${id}/phone/reveal`, { purpose: "해피콜 발신" });
    expect(shown.json).toEqual({ phone: "010-4729-3815", phoneMasked: "010-****-3815" });
    const log = await call("admin", "GET", `/personal-data-access-log?recordId=${id}`);
    expect(log.json.items.map((l: { action: string }) => l.action)).toEqual(["decrypt", "view"]);
    expect(log.text).not.toContain("4729");

    const worked = await call("editor", "POST", `/follow-up/entries/${id}/attempts`, {
      outcome: "reached",
      note: "통화 완료",
      ratings: [
        { touchpointId: h.touchpoints[0].id, score: 2 },
        { touchpointId: h.touchpoints[1].id, score: 4 },
      ],
      issues: [{ text: "콜센터 연결이 너무 늦어요", touchpointId: h.touchpoints[0].id }],
    });
    expect(worked.status, worked.text).toBe(201);
    expect(worked.json.entry.status).toBe("reached");
    const issueId = worked.json.issues[0].id;
    const voc = await call("editor", "POST", `/follow-up/issues/${issueId}/voc`, {});
    expect(voc.status, voc.text).toBe(201);
    expect(voc.json.vocItem).toMatchObject({ channel: "follow_up_call", touchpointId: h.touchpoints[0].id });
    expect(voc.json.issue.vocItemId).toBe(voc.json.vocItem.id);
    expect((await call("editor", "POST", `/follow-up/issues/${issueId}/voc`, {})).status).toBe(409);
    expect((await call("editor", "POST", `/follow-up/entries/${id}/attempts`, { outcome: "refused" })).status).toBe(
      409,
    );
    const vocList = await call("viewer", "GET", "/voc?channel=follow_up_call");
    expect(vocList.json.items.map((v: { id: string }) => v.id)).toEqual([voc.json.vocItem.id]);
  });

  it("answers stats: contact rate, reached rate, satisfaction per touchpoint, department and week", async () => {
    const stats = await call("viewer", "GET", "/follow-up/stats");
    expect(stats.json.overall).toMatchObject({
      entries: 2,
      attempted: 1,
      reached: 1,
      contactRate: 0.5,
      reachedRate: 1,
    });
    expect(stats.json.overall.meanSatisfaction).toBe(3);
    expect(stats.json.byWeek.map((w: { key: string }) => w.key)).toEqual(["2025-W11"]);
    expect(stats.json.byDepartment[0]).toMatchObject({ key: h.department.id, label: h.department.name, entries: 2 });
    expect(stats.json.touchpoints[0]).toMatchObject({ touchpointId: h.touchpoints[0].id, mean: 2, low: 1 });
  });

  it("keeps names and phones encrypted at rest", async () => {
    if (engine === "sqlite") {
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(t.database.db);
      const file = readFileSync(t.database.location);
      for (const form of ["010-4729-3815", "01047293815", "4729-3815", "홍길동", "010-5555-1234"]) {
        expect(file.includes(form), form).toBe(false);
      }
    } else {
      const raw = await sql<{ phone_encrypted: string; name_encrypted: string }>`
        select phone_encrypted, name_encrypted from follow_up_entries where list_id = ${listId}`.execute(t.database.db);
      expect(raw.rows).toHaveLength(2);
      for (const r of raw.rows) {
        expect(r.phone_encrypted.startsWith("v1:")).toBe(true);
        expect(JSON.stringify(r)).not.toMatch(/4729|5555|홍길동|김영희/u);
      }
    }
  });

  it("another hospital cannot list, read, reveal or work these entries", async () => {
    const page = await call("editor", "GET", `/follow-up/entries?listId=${listId}`);
    const id = page.json.items[1].id as string;
    const theirs = (method: string, path: string, body?: unknown) =>
      t.send(method, `/api/hospitals/${stranger.hospitalId}${path}`, {
        cookie: stranger.owner.cookie,
        ...(body === undefined ? {} : { body }),
      });
    const list = await theirs("GET", `/follow-up/entries?listId=${listId}`);
    expect(list.json.items).toEqual([]);
    expect((await theirs("GET", `/follow-up/entries/${id}`)).status).toBe(404);
    expect((await theirs("POST", `/follow-up/entries/${id}/phone/reveal`, {})).status).toBe(404);
    expect((await theirs("POST", `/follow-up/entries/${id}/attempts`, { outcome: "refused" })).status).toBe(404);
    expect((await theirs("GET", "/follow-up/lists")).json.items).toEqual([]);
    // And a member of the other hospital cannot reach this one at all.
    const direct = await t.send("GET", `${base()}/follow-up/entries`, { cookie: stranger.owner.cookie });
    expect(direct.status).toBe(404);
  });

  it("deletes names and phones after the hospital's retention period", async () => {
    const settings = await call("owner", "GET", "/follow-up/settings");
    expect(settings.json.retentionDays).toBe(90);
    expect(
      (
        await call("editor", "PUT", "/follow-up/settings", {
          retentionDays: 7,
          maxAttempts: 3,
          version: settings.json.version,
        })
      ).status,
    ).toBe(403);
    const set = await call("admin", "PUT", "/follow-up/settings", {
      retentionDays: 7,
      maxAttempts: 3,
      version: settings.json.version,
    });
    expect(set.status, set.text).toBe(200);
    const day = 24 * 60 * 60 * 1000;
    expect((await purgeExpiredCallEntries(t.database.db, new Date(Date.now() + 6 * day))).purged).toBe(0);
    expect((await purgeExpiredCallEntries(t.database.db, new Date(Date.now() + 8 * day))).purged).toBe(2);
    const page = await call("editor", "GET", `/follow-up/entries?listId=${listId}`);
    expect(
      page.json.items.every((e: { nameMasked: null; purgedAt: string }) => e.nameMasked === null && e.purgedAt),
    ).toBe(true);
    const reveal = await call("editor", "POST", `/follow-up/entries/${page.json.items[1].id}/phone/reveal`, {});
    expect(reveal.status).toBe(404);
    expect((await call("viewer", "GET", "/follow-up/stats")).json.overall.reached).toBe(1);
  });
});
