import { readFileSync } from "node:fs";
import { maskPhone, type Role } from "@motmap/core";
import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createVocItem,
  createVocSavedView,
  deleteVocSavedView,
  getVocItem,
  type HospitalContext,
  listPersonalDataAccess,
  listVocItems,
  listVocSavedViews,
  revealVocContact,
  suggestVocTouchpoint,
  transitionVocItem,
  updateVocItem,
} from "../src/index.ts";
import { engines, freshDatabase, type TestDatabase } from "./support/engines.ts";
import { expectError, insertUser, newHospital, type Seeded, seedJourney, unwrap } from "./support/fixtures.ts";

describe.each(engines())("VOC register on %s", (engine) => {
  let t: TestDatabase;
  let ctx: HospitalContext;
  let seeded: Seeded;
  let owner: string;
  let editor: string;
  let viewer: string;
  const as = (actorId: string): HospitalContext => ({ ...ctx, actorId });

  beforeAll(async () => {
    t = await freshDatabase(engine);
    owner = await insertUser(t, "김팀장");
    editor = await insertUser(t, "박편집");
    viewer = await insertUser(t, "이열람");
    ctx = await newHospital(t, owner);
    for (const [userId, role] of [
      [owner, "owner"],
      [editor, "editor"],
      [viewer, "viewer"],
    ] as const) {
      await t.db
        .insertInto("memberships")
        .values({ user_id: userId, hospital_id: ctx.hospitalId, role, created_at: new Date().toISOString() })
        .execute();
    }
    seeded = await seedJourney(ctx);
  });
  afterAll(() => t.dispose());

  const base = () => ({
    type: "complaint" as const,
    channel: "voc_card" as const,
    receivedOn: "2024-06-13",
    text: "수납 창구에서 오래 기다렸어요",
  });

  it("registers an item: text masked, contact encrypted and shown masked, a history line and an audit row", async () => {
    const item = unwrap(
      await createVocItem(ctx, {
        ...base(),
        text: "연락 주세요 010-1234-5678, 주민번호 900101-1234567",
        contact: "010-9876-5432",
        departmentIds: [seeded.departments[0].id],
        touchpointId: seeded.touchpoints[0][1].id,
      }),
    );
    expect(item.text).not.toContain("1234-5678");
    expect(item.text).not.toContain("900101");
    expect(item.contactMasked).toBe(maskPhone("010-9876-5432"));
    expect(item.stageId).toBe(seeded.stages[0].id);
    expect(item.status).toBe("received");
    const detail = unwrap(await getVocItem(ctx, item.id));
    expect(detail.history.map((h) => h.action)).toEqual(["create"]);
    expect(JSON.stringify(detail)).not.toContain("9876");
    const row = await t.db.selectFrom("voc_items").selectAll().where("id", "=", item.id).executeTakeFirstOrThrow();
    expect(row.contact_encrypted).toMatch(/^v1:[^:]+:[^:]+:[^:]+$/);
    expect(row.contact_encrypted).not.toContain("9876");
    const audit = await t.db.selectFrom("audit_log").selectAll().where("entity_id", "=", item.id).execute();
    expect(audit.map((a) => a.action)).toEqual(["create"]);
  });

  it("rejects a touchpoint on another stage and departments of another hospital", async () => {
    expectError(
      await createVocItem(ctx, {
        ...base(),
        stageId: seeded.stages[1].id,
        touchpointId: seeded.touchpoints[0][0].id,
      }),
      "validation_failed",
      "stageId",
    );
    const other = await newHospital(t, owner);
    const foreign = await seedJourney(other);
    expectError(
      await createVocItem(ctx, { ...base(), departmentIds: [foreign.departments[0].id] }),
      "validation_failed",
      "departmentIds",
    );
  });

  describe("workflow", () => {
    const move = async (id: string, actorId: string, role: Role, input: Record<string, unknown>) => {
      const current = unwrap(await getVocItem(ctx, id));
      return transitionVocItem(as(actorId), id, { ...input, version: current.version }, role);
    };
    const assign = { action: "assign", departmentId: "", dueOn: "2024-06-20" };

    it("received → assigned → answered → closed → (reopen) assigned, with history and audit", async () => {
      const item = unwrap(await createVocItem(ctx, base()));
      const a = { ...assign, departmentId: seeded.departments[1].id, assigneeUserId: editor };
      expect(unwrap(await move(item.id, editor, "editor", a)).status).toBe("assigned");
      const answered = unwrap(
        await move(item.id, editor, "editor", { action: "answer", reply: "죄송합니다 010-2222-3333" }),
      );
      expect(answered.status).toBe("answered");
      expect(answered.reply).not.toContain("2222-3333");
      expect(unwrap(await move(item.id, editor, "editor", { action: "close" })).status).toBe("closed");
      expectError(await move(item.id, editor, "editor", { action: "reopen", note: "다시" }), "forbidden");
      const reopened = unwrap(await move(item.id, owner, "owner", { action: "reopen", note: "환자 재문의" }));
      expect(reopened.status).toBe("assigned");
      expect(reopened.reply).toBeNull();
      const detail = unwrap(await getVocItem(ctx, item.id));
      expect(detail.history.map((h) => `${h.action}:${h.toStatus}`)).toEqual([
        "create:received",
        "assign:assigned",
        "answer:answered",
        "close:closed",
        "reopen:assigned",
      ]);
      expect(detail.history[4]?.actorName).toBe("김팀장");
      const audit = await t.db.selectFrom("audit_log").select("action").where("entity_id", "=", item.id).execute();
      expect(audit).toHaveLength(5);
    });

    it("refuses a wrong state (conflict), a wrong role (forbidden) and a stale version", async () => {
      const item = unwrap(await createVocItem(ctx, base()));
      expectError(await move(item.id, editor, "editor", { action: "answer", reply: "답" }), "conflict");
      expectError(await move(item.id, editor, "editor", { action: "close" }), "conflict");
      expectError(
        await move(item.id, viewer, "viewer", { ...assign, departmentId: seeded.departments[0].id }),
        "forbidden",
      );
      expectError(await transitionVocItem(as(editor), item.id, { action: "close", version: 99 }, "editor"), "conflict");
      const a = { ...assign, departmentId: seeded.departments[0].id };
      unwrap(await move(item.id, editor, "editor", a));
      expectError(
        await transitionVocItem(as(editor), item.id, { ...a, version: item.version }, "editor"),
        "version_conflict",
      );
      // The assigned viewer may answer (department staff are often viewers).
      const mine = unwrap(await createVocItem(ctx, base()));
      unwrap(await move(mine.id, editor, "editor", { ...a, assigneeUserId: viewer }));
      expect(unwrap(await move(mine.id, viewer, "viewer", { action: "answer", reply: "확인했습니다" })).status).toBe(
        "answered",
      );
      const states = await t.db.selectFrom("voc_items").select("status").where("id", "=", item.id).executeTakeFirst();
      expect(states?.status).toBe("assigned");
    });

    it("closes a compliment without an answer, and assigns only to members and own departments", async () => {
      const praise = unwrap(await createVocItem(ctx, { ...base(), type: "compliment", text: "간호사님 친절" }));
      expect(unwrap(await move(praise.id, editor, "editor", { action: "close" })).status).toBe("closed");
      const item = unwrap(await createVocItem(ctx, base()));
      const stranger = await insertUser(t, "외부인");
      expectError(
        await move(item.id, editor, "editor", {
          ...assign,
          departmentId: seeded.departments[0].id,
          assigneeUserId: stranger,
        }),
        "validation_failed",
        "assigneeUserId",
      );
    });
  });

  it("never stores generated RRNs and phone numbers from the text or the contact (property)", async () => {
    const digits = (n: number) =>
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
    const phone = fc
      .tuple(fc.constantFrom("010", "011", "016", "019"), digits(4), digits(4))
      .map(([a, b, c]) => `${a}-${b}-${c}`);
    const rrn = fc
      .tuple(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 4 }),
        digits(6),
      )
      .map(
        ([y, m, d, s, rest]) =>
          `${String(y).padStart(2, "0")}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}-${s}${rest}`,
      );
    await fc.assert(
      fc.asyncProperty(
        phone,
        rrn,
        phone,
        fc.constantFrom("주차장이 좁아요", "접수 직원이 친절했어요"),
        async (p, r, c, words) => {
          const item = unwrap(
            await createVocItem(ctx, { ...base(), text: `${words} 연락처 ${p} 주민번호 ${r}`, contact: c }),
          );
          const stored = JSON.stringify([
            await t.db.selectFrom("voc_items").selectAll().where("id", "=", item.id).execute(),
            await t.db.selectFrom("voc_history").selectAll().where("voc_item_id", "=", item.id).execute(),
            await t.db.selectFrom("audit_log").selectAll().where("entity_id", "=", item.id).execute(),
          ]);
          for (const secret of [p, r, c, p.replaceAll("-", ""), c.replaceAll("-", ""), r.replace("-", "")]) {
            expect(stored).not.toContain(secret);
          }
        },
      ),
      { numRuns: engine === "sqlite" ? 25 : 8 },
    );
  });

  it("keeps contacts encrypted at rest (the database file / the raw column hold no plaintext phone)", async () => {
    const phone = "010-4729-3815";
    const item = unwrap(await createVocItem(ctx, { ...base(), contact: phone }));
    if (engine === "sqlite") {
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(t.db);
      const file = readFileSync(t.location);
      let wal = Buffer.alloc(0);
      try {
        wal = readFileSync(`${t.location}-wal`);
      } catch {}
      for (const bytes of [file, wal]) {
        for (const form of [phone, "4729-3815", "01047293815", "47293815"]) expect(bytes.includes(form)).toBe(false);
      }
      expect(file.includes(maskPhone(phone))).toBe(true);
    } else {
      const raw = await sql<{
        contact_encrypted: string;
      }>`select contact_encrypted from voc_items where id = ${item.id}`.execute(t.db);
      expect(raw.rows[0]?.contact_encrypted.startsWith("v1:")).toBe(true);
      expect(raw.rows[0]?.contact_encrypted).not.toContain("4729");
    }
    // Two encryptions of one contact differ (a random IV per value).
    const twin = unwrap(await createVocItem(ctx, { ...base(), contact: phone }));
    const rows = await t.db
      .selectFrom("voc_items")
      .select("contact_encrypted")
      .where("id", "in", [item.id, twin.id])
      .execute();
    expect(rows[0]?.contact_encrypted).not.toBe(rows[1]?.contact_encrypted);
  });

  it("logs every contact reveal, in the same transaction, and nothing for an item without a contact", async () => {
    const item = unwrap(await createVocItem(ctx, { ...base(), contact: "patient@example.com" }));
    const before = unwrap(await listPersonalDataAccess(ctx, { recordId: item.id })).length;
    for (let i = 0; i < 3; i++) {
      const shown = unwrap(await revealVocContact(as(editor), item.id, { purpose: "회신 전화" }, "10.0.0.7"));
      expect(shown.contact).toBe("patient@example.com");
    }
    const log = unwrap(await listPersonalDataAccess(ctx, { recordId: item.id }));
    expect(log.length - before).toBe(3);
    expect(log[0]).toMatchObject({
      actorId: editor,
      actorName: "박편집",
      address: "10.0.0.7",
      recordType: "voc_contact",
      action: "decrypt",
      purpose: "회신 전화",
    });
    const bare = unwrap(await createVocItem(ctx, base()));
    expectError(await revealVocContact(as(editor), bare.id, {}, "10.0.0.7"), "not_found");
    expect(unwrap(await listPersonalDataAccess(ctx, { recordId: bare.id }))).toHaveLength(0);
  });

  it("updates the contact (re-encrypted) and removes it", async () => {
    const item = unwrap(await createVocItem(ctx, { ...base(), contact: "010-1111-2222" }));
    const changed = unwrap(await updateVocItem(ctx, item.id, { version: item.version, contact: "010-3333-4444" }));
    expect(changed.contactMasked).toBe(maskPhone("010-3333-4444"));
    expect(unwrap(await revealVocContact(ctx, item.id, {}, "x")).contact).toBe("010-3333-4444");
    const removed = unwrap(await updateVocItem(ctx, item.id, { version: changed.version, contact: null }));
    expect(removed.contactMasked).toBeNull();
    expectError(await revealVocContact(ctx, item.id, {}, "x"), "not_found");
  });

  it("filters, counts per status and pages by cursor", async () => {
    const h = await newHospital(t, owner);
    await t.db
      .insertInto("memberships")
      .values({ user_id: owner, hospital_id: h.hospitalId, role: "owner", created_at: new Date().toISOString() })
      .execute();
    const s = await seedJourney(h);
    const made = [];
    for (let i = 0; i < 7; i++) {
      made.push(
        unwrap(
          await createVocItem(h, {
            ...base(),
            type: i % 2 ? "compliment" : "complaint",
            receivedOn: `2024-06-0${i + 1}`,
            text: i === 3 ? "주차장 100% 만차_입니다" : `대기 시간 ${i}`,
            touchpointId: i < 3 ? s.touchpoints[1][0].id : null,
            departmentIds: i === 5 ? [s.departments[2].id] : [],
          }),
        ),
      );
    }
    const a = made[6];
    if (!a) throw new Error("no item");
    unwrap(
      await transitionVocItem(
        h,
        a.id,
        {
          action: "assign",
          departmentId: s.departments[1].id,
          assigneeUserId: owner,
          dueOn: "2024-06-08",
          version: a.version,
        },
        "owner",
      ),
    );

    const all = unwrap(await listVocItems(h, { limit: 3 }));
    expect(all.items.map((i) => i.receivedOn)).toEqual(["2024-06-07", "2024-06-06", "2024-06-05"]);
    expect(all.statusCounts).toEqual({ received: 6, assigned: 1, answered: 0, closed: 0 });
    const second = unwrap(await listVocItems(h, { limit: 3, cursor: all.nextCursor }));
    const third = unwrap(await listVocItems(h, { limit: 3, cursor: second.nextCursor }));
    expect([...all.items, ...second.items, ...third.items].map((i) => i.id).sort()).toEqual(
      made.map((m) => m.id).sort(),
    );
    expect(third.nextCursor).toBeNull();

    const ids = async (q: Record<string, unknown>) =>
      unwrap(await listVocItems(h, q))
        .items.map((i) => i.receivedOn)
        .sort();
    expect(await ids({ type: "compliment" })).toEqual(["2024-06-02", "2024-06-04", "2024-06-06"]);
    expect(await ids({ touchpointId: s.touchpoints[1][0].id })).toEqual(["2024-06-01", "2024-06-02", "2024-06-03"]);
    expect(await ids({ stageId: s.stages[1].id })).toEqual(["2024-06-01", "2024-06-02", "2024-06-03"]);
    expect(await ids({ departmentId: s.departments[2].id })).toEqual(["2024-06-06"]);
    expect(await ids({ departmentId: s.departments[1].id })).toEqual(["2024-06-07"]);
    expect(await ids({ from: "2024-06-03", to: "2024-06-04" })).toEqual(["2024-06-03", "2024-06-04"]);
    expect(await ids({ q: "100% 만차_" })).toEqual(["2024-06-04"]);
    expect(await ids({ q: "%" })).toEqual(["2024-06-04"]);
    expect(await ids({ status: "assigned", assignedToMe: "true" })).toEqual(["2024-06-07"]);
    expect(await ids({ overdue: "true", today: "2024-06-09" })).toEqual(["2024-06-07"]);
    expect(await ids({ overdue: "true", today: "2024-06-08" })).toEqual([]);
    expect(unwrap(await listVocItems(h, { overdue: true, today: "2024-06-09" })).overdue).toBe(1);
    expectError(await listVocItems(h, { cursor: "bm9wZQ" }), "validation_failed");
  });

  it("suggests the touchpoint learned from tagged items and learns from a correction", async () => {
    const h = await newHospital(t, owner);
    const s = await seedJourney(h);
    const parking = s.touchpoints[0][0].id;
    const payment = s.touchpoints[1][2].id;
    for (const text of ["주차장 자리가 없어요", "주차 요금이 비싸요", "주차장 안내가 부족해요"]) {
      unwrap(await createVocItem(h, { ...base(), text, touchpointId: parking }));
    }
    for (const text of ["수납 창구 대기가 길어요", "수납 직원이 불친절해요", "수납 영수증 오류"]) {
      unwrap(await createVocItem(h, { ...base(), text, touchpointId: payment }));
    }
    const first = unwrap(await suggestVocTouchpoint(h, { text: "주차장이 너무 좁아요" }));
    expect(first.trainedOn).toBe(6);
    expect(first.touchpoints[0]).toMatchObject({ touchpointId: parking, name: s.touchpoints[0][0].name });
    expect(first.types[0]?.type).toBe("complaint");

    // The stored item keeps the suggestion made at registration.
    const item = unwrap(await createVocItem(h, { ...base(), text: "영수증 재발급 창구를 못 찾겠어요" }));
    expect(unwrap(await getVocItem(h, item.id)).suggestion?.touchpoints[0]?.touchpointId).toBe(payment);
    const p = (r: { touchpoints: { touchpointId: string; probability: number }[] }, id: string) =>
      r.touchpoints.find((x) => x.touchpointId === id)?.probability ?? 0;
    const before = p(unwrap(await suggestVocTouchpoint(h, { text: item.text })), parking);
    unwrap(await updateVocItem(h, item.id, { version: item.version, touchpointId: parking }));
    const after = unwrap(await suggestVocTouchpoint(h, { text: item.text }));
    expect(p(after, parking)).toBeGreaterThan(before);
    expect(after.trainedOn).toBe(7);
  });

  it("saved views are each member's own", async () => {
    const view = unwrap(
      await createVocSavedView(as(editor), { name: "내 지연 건", filter: { overdue: true, assignedToMe: true } }),
    );
    expect((await listVocSavedViews(as(editor))).map((v) => v.name)).toContain("내 지연 건");
    expect((await listVocSavedViews(as(viewer))).map((v) => v.id)).not.toContain(view.id);
    expectError(await deleteVocSavedView(as(viewer), view.id), "not_found");
    unwrap(await deleteVocSavedView(as(editor), view.id));
    expect((await listVocSavedViews(as(editor))).map((v) => v.id)).not.toContain(view.id);
  });

  it("one hospital cannot read or change another's VOC", async () => {
    const item = unwrap(await createVocItem(ctx, { ...base(), contact: "010-5555-6666", text: "비밀 병원 VOC" }));
    const other = await newHospital(t, owner);
    expectError(await getVocItem(other, item.id), "not_found");
    expectError(await updateVocItem(other, item.id, { version: item.version, severity: "high" }), "not_found");
    expectError(
      await transitionVocItem(other, item.id, { action: "close", version: item.version }, "owner"),
      "not_found",
    );
    expectError(await revealVocContact(other, item.id, {}, "x"), "not_found");
    expect(unwrap(await listVocItems(other, {})).items).toHaveLength(0);
    expect(unwrap(await listVocItems(other, { q: "비밀" })).items).toHaveLength(0);
    expect(unwrap(await listPersonalDataAccess(other, {}))).toHaveLength(0);
    expect(unwrap(await suggestVocTouchpoint(other, { text: "비밀 병원" })).touchpoints).toHaveLength(0);
  });
});
