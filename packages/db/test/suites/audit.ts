import type { AuditEntry, Result } from "@motmap/core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createDepartment,
  createJourney,
  createPainPoint,
  createPersona,
  createSite,
  createStage,
  createTouchpoint,
  deleteDepartment,
  deleteJourney,
  deletePainPoint,
  deletePersona,
  deleteSite,
  deleteStage,
  deleteTouchpoint,
  type HospitalContext,
  listAuditEntries,
  reorderDepartments,
  reorderStages,
  reorderTouchpoints,
  updateDepartment,
  updateHospital,
  updateJourney,
  updatePainPoint,
  updatePersona,
  updateSite,
  updateStage,
  updateTouchpoint,
} from "../../src/index.ts";
import type { TestDatabase } from "../support/engines.ts";
import { countRows, expectError, insertUser, newHospital, seedJourney, unwrap } from "../support/fixtures.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Registers the audit log tests; `database` is the file's database (one per engine). */
export function auditSuite(database: () => TestDatabase) {
  describe("audit log", () => {
    let t: TestDatabase;
    let ctx: HospitalContext;
    let actorId: string;

    beforeAll(async () => {
      t = database();
      actorId = await insertUser(t, "감사 담당자");
      ctx = await newHospital(t, actorId);
    });
    const auditCount = async () => (await countRows(t, ctx.hospitalId)).audit_log;

    /** The entries `run` wrote in `c`'s hospital (by id, so equal timestamps cannot confuse the order). */
    async function written<T>(
      c: HospitalContext,
      run: () => Promise<Result<T>>,
    ): Promise<{ value: T; entries: AuditEntry[] }> {
      const known = new Set((await listAuditEntries(c, { limit: 500 })).map((e) => e.id));
      const value = unwrap(await run());
      const entries = (await listAuditEntries(c, { limit: 500 })).filter((e) => !known.has(e.id));
      return { value, entries };
    }

    /** Runs a change and returns the single audit row it wrote. */
    async function audited<T>(run: () => Promise<Result<T>>): Promise<{ value: T; entry: AuditEntry }> {
      const { value, entries } = await written(ctx, run);
      expect(entries).toHaveLength(1);
      const [entry] = entries;
      if (!entry) throw new Error("no audit entry");
      expect(entry.userId).toBe(actorId);
      expect(entry.userName).toBe("감사 담당자");
      expect(entry.hospitalId).toBe(ctx.hospitalId);
      return { value, entry };
    }

    type Entity = { id: string; version: number };

    /** create → update → delete of one kind of record, each writing one row with before/after. */
    async function lifecycle<E extends Entity>(
      entityType: string,
      create: () => Promise<Result<E>>,
      update: (e: E) => Promise<Result<E>>,
      remove: (e: E) => Promise<Result<void>>,
    ) {
      const created = await audited(create);
      expect(created.entry).toMatchObject({ action: "create", entityType, entityId: created.value.id, before: null });
      expect(created.entry.after).toEqual(created.value);

      const updated = await audited(() => update(created.value));
      expect(updated.entry).toMatchObject({ action: "update", entityType, entityId: created.value.id });
      expect((updated.entry.before as Entity).version).toBe(created.value.version);
      expect(updated.entry.after).toEqual(updated.value);
      expect(updated.value.version).toBe(created.value.version + 1);

      const deleted = await audited(() => remove(updated.value));
      expect(deleted.entry).toMatchObject({ action: "delete", entityType, entityId: created.value.id, after: null });
      expect(deleted.entry.before).toEqual(updated.value);
    }

    it("sites", async () => {
      await lifecycle(
        "site",
        () => createSite(ctx, { name: "본원" }),
        (s) => updateSite(ctx, s.id, { version: s.version, address: "마포" }),
        (s) => deleteSite(ctx, s.id),
      );
    });

    it("departments", async () => {
      await lifecycle(
        "department",
        () => createDepartment(ctx, { name: "원무팀" }),
        (d) => updateDepartment(ctx, d.id, { version: d.version, code: "ADM" }),
        (d) => deleteDepartment(ctx, d.id),
      );
    });

    it("personas", async () => {
      await lifecycle(
        "persona",
        () => createPersona(ctx, { name: "김지현", goals: ["빨리"] }),
        (p) => updatePersona(ctx, p.id, { version: p.version, goals: ["빨리", "정확히"] }),
        (p) => deletePersona(ctx, p.id),
      );
    });

    it("journeys", async () => {
      await lifecycle(
        "journey",
        () => createJourney(ctx, { title: "외래" }),
        (j) => updateJourney(ctx, j.id, { version: j.version, status: "published" }),
        (j) => deleteJourney(ctx, j.id),
      );
    });

    it("stages, touchpoints and pain points", async () => {
      const j = unwrap(await createJourney(ctx, { title: "입원" }));
      const d = unwrap(await createDepartment(ctx, { name: "병동간호팀" }));
      const keep = unwrap(await createStage(ctx, j.id, { phase: "during", name: "병동" }));
      await lifecycle(
        "stage",
        () => createStage(ctx, j.id, { phase: "before", name: "예약", position: 0 }),
        (s) => updateStage(ctx, s.id, { version: s.version, emotion: 2 }),
        (s) => deleteStage(ctx, s.id),
      );
      await lifecycle(
        "touchpoint",
        () =>
          createTouchpoint(ctx, keep.id, {
            name: "오리엔테이션",
            channel: "face_to_face",
            element: "humanware",
            departmentIds: [d.id],
          }),
        (tp) => updateTouchpoint(ctx, tp.id, { version: tp.version, importance: 5 }),
        (tp) => deleteTouchpoint(ctx, tp.id),
      );
      await lifecycle(
        "pain_point",
        () => createPainPoint(ctx, j.id, { stageId: keep.id, description: "설명이 어렵다" }),
        (p) => updatePainPoint(ctx, p.id, { version: p.version, severity: "high" }),
        (p) => deletePainPoint(ctx, p.id),
      );
    });

    it("hospital updates and reorders write one row each", async () => {
      const h = await audited(() => updateHospital(ctx, { version: 1, nameEn: "Audit Hospital" }));
      expect(h.entry).toMatchObject({ action: "update", entityType: "hospital", entityId: ctx.hospitalId });
      expect(h.entry.before).toMatchObject({ version: 1, nameEn: "" });
      expect(h.entry.after).toMatchObject({ version: 2, nameEn: "Audit Hospital" });

      const other = await newHospital(t, actorId);
      const s = await seedJourney(other);
      const octx = other;

      const ids = s.stages.map((x) => x.id).reverse();
      const stages = await written(octx, () => reorderStages(octx, s.journey.id, { ids }));
      expect(stages.entries).toHaveLength(1);
      expect(stages.entries[0]).toMatchObject({
        action: "reorder",
        entityType: "stage",
        entityId: s.journey.id,
        before: { ids: s.stages.map((x) => x.id) },
        after: { ids },
        userId: actorId,
      });
      const touchpoints = await written(octx, () =>
        reorderTouchpoints(octx, s.stages[1].id, { ids: s.touchpoints[1].map((x) => x.id).reverse() }),
      );
      expect(touchpoints.entries).toHaveLength(1);
      expect(touchpoints.entries[0]).toMatchObject({
        action: "reorder",
        entityType: "touchpoint",
        entityId: s.stages[1].id,
      });
      const departments = await written(octx, () =>
        reorderDepartments(octx, { ids: s.departments.map((x) => x.id).reverse() }),
      );
      expect(departments.entries).toHaveLength(1);
      expect(departments.entries[0]).toMatchObject({ action: "reorder", entityType: "department", entityId: null });
    });

    it("failed changes write no audit row", async () => {
      const s = await seedJourney(ctx, "실패 여정");
      const n = await auditCount();
      expectError(await createSite(ctx, { name: "" }), "validation_failed");
      expectError(await updateStage(ctx, s.stages[0].id, { version: 99, name: "x" }), "version_conflict");
      expectError(await deleteTouchpoint(ctx, "00000000-0000-4000-8000-000000000000"), "not_found");
      expectError(await reorderStages(ctx, s.journey.id, { ids: [s.stages[0].id] }), "invalid_reorder");
      expectError(
        await createTouchpoint(ctx, s.stages[0].id, {
          name: "x",
          channel: "phone",
          element: "software",
          departmentIds: ["00000000-0000-4000-8000-000000000000"],
        }),
        "validation_failed",
      );
      expect(await auditCount()).toBe(n);
    });

    /** Walks every page with the last entry of each page as the cursor. */
    async function pageAll(c: HospitalContext, limit: number): Promise<AuditEntry[]> {
      const seen: AuditEntry[] = [];
      let cursor: AuditEntry | undefined;
      for (let page = 0; page < 50; page++) {
        const rows = await listAuditEntries(c, {
          limit,
          ...(cursor ? { before: cursor.at, beforeId: cursor.id } : {}),
        });
        expect(rows.length).toBeLessThanOrEqual(limit);
        if (rows.length === 0) break;
        seen.push(...rows);
        cursor = rows.at(-1);
      }
      return seen;
    }

    describe("listing", () => {
      let lctx: HospitalContext;
      beforeAll(async () => {
        lctx = await newHospital(t, actorId);
        await sleep(3);
        // Distinct timestamps: one entry per millisecond at least.
        for (let i = 0; i < 7; i++) {
          unwrap(await createSite(lctx, { name: `사이트 ${i}` }));
          await sleep(3);
        }
      });

      it("lists newest first, scoped to the hospital, and filters by entity", async () => {
        const all = await listAuditEntries(lctx);
        // The hospital's own creation plus seven sites.
        expect(all).toHaveLength(8);
        expect(all.map((e) => e.at)).toEqual([...all.map((e) => e.at)].sort().reverse());
        expect(all.at(-1)).toMatchObject({ action: "create", entityType: "hospital" });
        expect(all[0]?.after).toMatchObject({ name: "사이트 6" });
        for (const e of all) expect(e.hospitalId).toBe(lctx.hospitalId);
        const site = all[3]?.entityId as string;
        expect((await listAuditEntries(lctx, { entityId: site })).map((e) => e.id)).toEqual([all[3]?.id]);
        expect(await listAuditEntries(ctx, { entityId: site })).toEqual([]);
      });

      it("pages with `before`/`beforeId`: every entry exactly once, in order", async () => {
        const all = await listAuditEntries(lctx);
        expect((await pageAll(lctx, 3)).map((e) => e.id)).toEqual(all.map((e) => e.id));
        // `before` alone is exclusive: with distinct timestamps it pages too.
        const first = all[0] as AuditEntry;
        expect((await listAuditEntries(lctx, { before: first.at })).map((e) => e.id)).toEqual(
          all.slice(1).map((e) => e.id),
        );
        const third = all[2] as AuditEntry;
        expect(
          (await listAuditEntries(lctx, { before: third.at, beforeId: third.id, limit: 2 })).map((e) => e.id),
        ).toEqual(all.slice(3, 5).map((e) => e.id));
      });

      it("clamps the page size to 1..500", async () => {
        expect(await listAuditEntries(lctx, { limit: 0 })).toHaveLength(1);
        expect(await listAuditEntries(lctx, { limit: 2 })).toHaveLength(2);
        expect(await listAuditEntries(lctx, { limit: 10_000 })).toHaveLength(8);
      });

      // Regression: paging on `at` alone skipped the entries of one transaction that share the last
      // entry's timestamp (an import writes departments, a persona and the journey in the same millisecond).
      it("pages without losing entries that share a timestamp", async () => {
        const h = await newHospital(t, actorId);
        const at = new Date().toISOString();
        const rows = Array.from({ length: 5 }, (_, i) => ({
          id: crypto.randomUUID(),
          hospital_id: h.hospitalId,
          user_id: actorId,
          at,
          action: "create",
          entity_type: "department",
          entity_id: crypto.randomUUID(),
          before_json: null,
          after_json: JSON.stringify({ name: `부서 ${i}` }),
        }));
        await t.db.insertInto("audit_log").values(rows).execute();
        const all = await listAuditEntries(h);
        expect(all).toHaveLength(6);
        const seen = (await pageAll(h, 2)).map((e) => e.id);
        expect(seen).toEqual(all.map((e) => e.id));
      });
    });
  });
}
