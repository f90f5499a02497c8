import type { Result } from "@motmap/core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createDepartment,
  createJourney,
  createPainPoint,
  createStage,
  createTouchpoint,
  deleteDepartment,
  deleteJourney,
  deletePainPoint,
  deletePersona,
  deleteSite,
  deleteStage,
  deleteTouchpoint,
  duplicateJourney,
  exportJourney,
  getHospital,
  getJourneyDetail,
  getTouchpoint,
  type HospitalContext,
  listAuditEntries,
  listDepartments,
  listJourneys,
  listMembers,
  listPersonas,
  listSites,
  removeMember,
  reorderDepartments,
  reorderStages,
  reorderTouchpoints,
  updateDepartment,
  updateHospital,
  updateJourney,
  updateMemberRole,
  updatePainPoint,
  updatePersona,
  updateSite,
  updateStage,
  updateTouchpoint,
} from "../../src/index.ts";
import type { TestDatabase } from "../support/engines.ts";
import {
  expectError,
  insertUser,
  newHospital,
  type Seeded,
  seedJourney,
  snapshot,
  unwrap,
} from "../support/fixtures.ts";

/** Registers the tenant scoping tests; `database` is the file's database (one per engine). */
export function tenancySuite(database: () => TestDatabase) {
  describe("tenant scoping", () => {
    let t: TestDatabase;
    let A: HospitalContext;
    let B: HospitalContext;
    let a: Seeded;
    let b: Seeded;
    let bOnlyUser: string;
    let bSnapshot: Awaited<ReturnType<typeof snapshot>>;
    const bHospitalRow = async () =>
      t.db.selectFrom("hospitals").selectAll().where("id", "=", B.hospitalId).executeTakeFirstOrThrow();
    let bHospital: Awaited<ReturnType<typeof bHospitalRow>>;

    beforeAll(async () => {
      t = database();
      A = await newHospital(t, null, "A병원");
      B = await newHospital(t, null, "B병원");
      // Same names in both hospitals: scoping must not rely on names.
      a = await seedJourney(A);
      b = await seedJourney(B);
      bOnlyUser = await insertUser(t, "B 직원");
      const owner = await insertUser(t, "A 원장");
      const at = new Date().toISOString();
      await t.db
        .insertInto("memberships")
        .values([
          { user_id: bOnlyUser, hospital_id: B.hospitalId, role: "editor", created_at: at },
          { user_id: owner, hospital_id: A.hospitalId, role: "owner", created_at: at },
        ])
        .execute();
      bSnapshot = await snapshot(t, B.hospitalId);
      bHospital = await bHospitalRow();
    });
    const expectBUnchanged = async () => {
      expect(await snapshot(t, B.hospitalId)).toEqual(bSnapshot);
      expect(await bHospitalRow()).toEqual(bHospital);
      const members = await t.db
        .selectFrom("memberships")
        .selectAll()
        .where("hospital_id", "=", B.hospitalId)
        .execute();
      expect(members.map((m) => [m.user_id, m.role])).toEqual([[bOnlyUser, "editor"]]);
    };

    it("reads of B's records with A's context are not found", async () => {
      expectError(await getJourneyDetail(A, b.journey.id), "not_found");
      expectError(await exportJourney(A, b.journey.id), "not_found");
      expectError(await getTouchpoint(A, b.touchpoints[0][0].id), "not_found");
      expect(unwrap(await getHospital(A)).id).toBe(A.hospitalId);
    });

    it("updates of B's records with A's context are not found, even with the right version", async () => {
      const calls: [string, Result<unknown>][] = [
        ["site", await updateSite(A, b.site.id, { version: b.site.version, name: "탈취" })],
        ["department", await updateDepartment(A, b.departments[0].id, { version: 1, name: "탈취" })],
        ["persona", await updatePersona(A, b.persona.id, { version: 1, name: "탈취" })],
        ["journey", await updateJourney(A, b.journey.id, { version: 4, title: "탈취" })],
        ["stage", await updateStage(A, b.stages[0].id, { version: 1, name: "탈취" })],
        ["touchpoint", await updateTouchpoint(A, b.touchpoints[0][0].id, { version: 1, name: "탈취" })],
        ["touchpoint move", await updateTouchpoint(A, b.touchpoints[0][0].id, { version: 1, stageId: a.stages[0].id })],
        ["pain point", await updatePainPoint(A, b.painPoints[0].id, { version: 1, description: "탈취" })],
      ];
      for (const [what, r] of calls) {
        expect(r.ok ? "ok" : r.error.code, what).toBe("not_found");
      }
      await expectBUnchanged();
    });

    it("deletes of B's records with A's context are not found", async () => {
      const calls: [string, Result<unknown>][] = [
        ["pain point", await deletePainPoint(A, b.painPoints[0].id)],
        ["touchpoint", await deleteTouchpoint(A, b.touchpoints[0][0].id)],
        ["stage", await deleteStage(A, b.stages[0].id)],
        ["journey", await deleteJourney(A, b.journey.id)],
        ["persona", await deletePersona(A, b.persona.id)],
        ["department", await deleteDepartment(A, b.departments[0].id)],
        ["site", await deleteSite(A, b.site.id)],
      ];
      for (const [what, r] of calls) expect(r.ok ? "ok" : r.error.code, what).toBe("not_found");
      await expectBUnchanged();
    });

    it("reorders and child creation under B's parents with A's context fail", async () => {
      expectError(await reorderStages(A, b.journey.id, { ids: b.stages.map((s) => s.id).reverse() }), "not_found");
      expectError(
        await reorderTouchpoints(A, b.stages[1].id, { ids: b.touchpoints[1].map((s) => s.id).reverse() }),
        "not_found",
      );
      expectError(
        await reorderDepartments(A, { ids: b.departments.map((d) => d.id).reverse() }),
        "invalid_reorder",
        "ids",
      );
      // Mixing a B id into an otherwise complete A list is rejected too.
      expectError(
        await reorderStages(A, a.journey.id, { ids: [...a.stages.map((s) => s.id), b.stages[0].id] }),
        "invalid_reorder",
      );
      expectError(
        await reorderDepartments(A, { ids: [a.departments[1].id, a.departments[0].id, b.departments[2].id] }),
        "invalid_reorder",
      );
      expectError(await createStage(A, b.journey.id, { phase: "before", name: "침입" }), "not_found");
      expectError(
        await createTouchpoint(A, b.stages[0].id, { name: "침입", channel: "phone", element: "software" }),
        "not_found",
      );
      expectError(
        await createPainPoint(A, b.journey.id, { stageId: b.stages[0].id, description: "침입" }),
        "not_found",
      );
      expectError(await duplicateJourney(A, b.journey.id), "not_found");
      await expectBUnchanged();
    });

    it("references to B's records from A's records are validation errors on the field", async () => {
      const aBefore = await snapshot(t, A.hospitalId, [
        "journeys",
        "departments",
        "touchpoints",
        "touchpoint_departments",
        "pain_points",
        "stages",
      ]);
      expectError(await createJourney(A, { title: "x", personaId: b.persona.id }), "validation_failed", "personaId");
      expectError(
        await updateJourney(A, a.journey.id, { version: 4, personaId: b.persona.id }),
        "validation_failed",
        "personaId",
      );
      expectError(await createDepartment(A, { name: "x", siteId: b.site.id }), "validation_failed", "siteId");
      expectError(
        await updateDepartment(A, a.departments[1].id, { version: 1, siteId: b.site.id }),
        "validation_failed",
        "siteId",
      );
      expectError(
        await createTouchpoint(A, a.stages[2].id, {
          name: "x",
          channel: "phone",
          element: "software",
          departmentIds: [b.departments[0].id],
        }),
        "validation_failed",
        "departmentIds.0",
      );
      expectError(
        await updateTouchpoint(A, a.touchpoints[0][1].id, {
          version: 1,
          departmentIds: [a.departments[0].id, b.departments[0].id],
        }),
        "validation_failed",
        "departmentIds.1",
      );
      expectError(
        await updateTouchpoint(A, a.touchpoints[0][1].id, { version: 1, stageId: b.stages[0].id }),
        "validation_failed",
        "stageId",
      );
      expectError(
        await createPainPoint(A, a.journey.id, { stageId: b.stages[0].id, description: "x" }),
        "validation_failed",
        "stageId",
      );
      expectError(
        await createPainPoint(A, a.journey.id, { touchpointId: b.touchpoints[0][0].id, description: "x" }),
        "validation_failed",
        "touchpointId",
      );
      expectError(
        await updatePainPoint(A, a.painPoints[1].id, { version: 1, touchpointId: b.touchpoints[1][0].id }),
        "validation_failed",
        "touchpointId",
      );
      expectError(
        await updatePainPoint(A, a.painPoints[1].id, { version: 1, stageId: b.stages[1].id }),
        "validation_failed",
        "stageId",
      );
      expect(
        await snapshot(t, A.hospitalId, [
          "journeys",
          "departments",
          "touchpoints",
          "touchpoint_departments",
          "pain_points",
          "stages",
        ]),
      ).toEqual(aBefore);
      await expectBUnchanged();
    });

    it("member changes of B's members with A's context are not found", async () => {
      expectError(await updateMemberRole(A, "owner", bOnlyUser, { role: "admin" }), "not_found");
      expectError(await removeMember(A, "owner", bOnlyUser), "not_found");
      await expectBUnchanged();
    });

    it("updating A's hospital leaves B's alone", async () => {
      unwrap(await updateHospital(A, { version: 1, name: "A병원 (개명)" }));
      expect(unwrap(await getHospital(A)).name).toBe("A병원 (개명)");
      await expectBUnchanged();
    });

    it("lists with A's context never contain B's rows", async () => {
      const bIds = new Set(Object.values(bSnapshot).flatMap((rows) => rows.map((r) => (r as { id?: string }).id)));
      const lists: [string, { id: string; hospitalId: string }[]][] = [
        ["sites", await listSites(A)],
        ["departments", await listDepartments(A)],
        ["personas", await listPersonas(A)],
        ["journeys", await listJourneys(A)],
        ["audit", await listAuditEntries(A, { limit: 500 })],
      ];
      for (const [what, rows] of lists) {
        expect(rows.length, what).toBeGreaterThan(0);
        for (const r of rows) {
          expect(r.hospitalId, what).toBe(A.hospitalId);
          expect(bIds.has(r.id), what).toBe(false);
        }
      }
      expect((await listDepartments(A)).map((d) => d.id)).toEqual(a.departments.map((d) => d.id));
      expect((await listJourneys(A)).map((j) => j.id)).toEqual([a.journey.id]);
      expect((await listMembers(A)).map((m) => m.userId)).not.toContain(bOnlyUser);
      expect((await listMembers(B)).map((m) => m.userId)).toEqual([bOnlyUser]);
      // An entity filter with B's id finds nothing in A.
      expect(await listAuditEntries(A, { entityId: b.journey.id })).toEqual([]);
      expect((await listAuditEntries(B, { entityId: b.journey.id })).length).toBeGreaterThan(0);
    });
  });
}
