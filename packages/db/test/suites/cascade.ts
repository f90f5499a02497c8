import { beforeAll, describe, expect, it } from "vitest";
import {
  deleteDepartment,
  deleteJourney,
  deletePersona,
  deleteSite,
  deleteStage,
  deleteTouchpoint,
  getJourneyDetail,
  getTouchpoint,
  type HospitalContext,
  listDepartments,
  listJourneys,
  updateTouchpoint,
} from "../../src/index.ts";
import type { TestDatabase } from "../support/engines.ts";
import { countRows, expectError, newHospital, positions, seedJourney, unwrap } from "../support/fixtures.ts";

/** Registers the cascades and moves tests; `database` is the file's database (one per engine). */
export function cascadeSuite(database: () => TestDatabase) {
  describe("cascades and moves", () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = database();
    });
    const ids = async (
      table: "stages" | "touchpoints" | "pain_points",
      column: "journey_id" | "stage_id" | "touchpoint_id",
      value: string,
    ) =>
      (
        await t.db
          .selectFrom(table as "pain_points")
          .select("id")
          .where(column, "=", value)
          .execute()
      ).map((r) => r.id);
    const linksOf = async (touchpointIds: string[]) =>
      touchpointIds.length === 0
        ? []
        : await t.db
            .selectFrom("touchpoint_departments")
            .selectAll()
            .where("touchpoint_id", "in", touchpointIds)
            .execute();

    it("deleting a journey removes its stages, touchpoints, pain points and department links only", async () => {
      const ctx = await newHospital(t);
      const s = await seedJourney(ctx);
      const keep = await seedJourney(ctx, "남는 여정");
      const tpIds = s.touchpoints.flat().map((x) => x.id);
      expect((await linksOf(tpIds)).length).toBe(3);
      const before = await countRows(t, ctx.hospitalId);

      unwrap(await deleteJourney(ctx, s.journey.id));

      expect(await ids("stages", "journey_id", s.journey.id)).toEqual([]);
      expect(await ids("touchpoints", "journey_id", s.journey.id)).toEqual([]);
      expect(await ids("pain_points", "journey_id", s.journey.id)).toEqual([]);
      expect(await linksOf(tpIds)).toEqual([]);
      const after = await countRows(t, ctx.hospitalId);
      expect(after).toEqual({
        ...before,
        journeys: before.journeys - 1,
        stages: before.stages - 3,
        touchpoints: before.touchpoints - 5,
        touchpoint_departments: before.touchpoint_departments - 3,
        pain_points: before.pain_points - 4,
        audit_log: before.audit_log + 1,
      });
      // Departments, persona and the other journey are untouched.
      expect((await listDepartments(ctx)).length).toBe(6);
      const other = unwrap(await getJourneyDetail(ctx, keep.journey.id));
      expect(other.stages.flatMap((x) => x.touchpoints)).toHaveLength(5);
      expect(other.painPoints).toHaveLength(4);
    });

    it("deleting a stage removes its touchpoints and their pain points, and the stage's own pain points", async () => {
      const ctx = await newHospital(t);
      const s = await seedJourney(ctx);
      const gone = s.touchpoints[0].map((x) => x.id);
      unwrap(await deleteStage(ctx, s.stages[0].id));
      expect(await ids("touchpoints", "stage_id", s.stages[0].id)).toEqual([]);
      expect(await ids("pain_points", "stage_id", s.stages[0].id)).toEqual([]);
      expect(await linksOf(gone)).toEqual([]);
      const d = unwrap(await getJourneyDetail(ctx, s.journey.id));
      expect(d.stages.map((x) => x.id)).toEqual([s.stages[1].id, s.stages[2].id]);
      expect(d.painPoints.map((p) => p.id)).toEqual([s.painPoints[2].id, s.painPoints[3].id]);
      expect(d.stages[0]?.touchpoints).toHaveLength(3);
    });

    it("deleting a touchpoint removes its pain points and links; the stage's pain points stay", async () => {
      const ctx = await newHospital(t);
      const s = await seedJourney(ctx);
      const tp = s.touchpoints[0][0];
      unwrap(await deleteTouchpoint(ctx, tp.id));
      expect(await ids("pain_points", "touchpoint_id", tp.id)).toEqual([]);
      expect(await linksOf([tp.id])).toEqual([]);
      const d = unwrap(await getJourneyDetail(ctx, s.journey.id));
      expect(d.painPoints.map((p) => p.id)).toEqual([s.painPoints[1].id, s.painPoints[2].id, s.painPoints[3].id]);
      expect(d.stages[0]?.touchpoints.map((x) => [x.id, x.position])).toEqual([[s.touchpoints[0][1].id, 0]]);
      expect((await listDepartments(ctx)).length).toBe(3);
    });

    it("deleting a department unlinks it from touchpoints, which stay", async () => {
      const ctx = await newHospital(t);
      const s = await seedJourney(ctx);
      const [d0, d1] = s.departments;
      const tp = s.touchpoints[0][0];
      unwrap(await deleteDepartment(ctx, d0.id));
      const read = unwrap(await getTouchpoint(ctx, tp.id));
      expect(read.departmentIds).toEqual([d1.id]);
      expect(read.name).toBe(tp.name);
      expect(
        await t.db.selectFrom("touchpoint_departments").selectAll().where("department_id", "=", d0.id).execute(),
      ).toEqual([]);
      const d = unwrap(await getJourneyDetail(ctx, s.journey.id));
      expect(d.stages.flatMap((x) => x.touchpoints)).toHaveLength(5);
      expect(d.stages[0]?.touchpoints[0]?.departmentIds).toEqual([d1.id]);
    });

    it("deleting a persona leaves its journeys without persona", async () => {
      const ctx = await newHospital(t);
      const s = await seedJourney(ctx);
      unwrap(await deletePersona(ctx, s.persona.id));
      const d = unwrap(await getJourneyDetail(ctx, s.journey.id));
      expect(d.personaId).toBeNull();
      expect(d.persona).toBeNull();
      expect(d.stages).toHaveLength(3);
      expect((await listJourneys(ctx))[0]).toMatchObject({ id: s.journey.id, personaName: null });
    });

    it("deleting a site leaves its departments without site", async () => {
      const ctx = await newHospital(t);
      const s = await seedJourney(ctx);
      expect(s.departments[0].siteId).toBe(s.site.id);
      unwrap(await deleteSite(ctx, s.site.id));
      const d0 = (await listDepartments(ctx)).find((d) => d.id === s.departments[0].id);
      expect(d0).toMatchObject({ name: "원무팀", siteId: null });
    });

    describe("moving a touchpoint to another stage", () => {
      let ctx: HospitalContext;
      beforeAll(async () => {
        ctx = await newHospital(t);
      });

      it("appends it there, closes the old stage's positions, and its pain points follow", async () => {
        const s = await seedJourney(ctx);
        const [x, y, z] = s.touchpoints[1];
        const moved = unwrap(
          await updateTouchpoint(ctx, x.id, { version: 1, stageId: s.stages[0].id, name: "접수(이동)" }),
        );
        expect(moved).toMatchObject({ stageId: s.stages[0].id, position: 2, name: "접수(이동)", version: 2 });
        expect(moved.departmentIds).toEqual([s.departments[2].id]);
        expect(
          (await positions(t, "touchpoints", { column: "stage_id", value: s.stages[0].id })).map((r) => [
            r.id,
            r.position,
          ]),
        ).toEqual([
          [s.touchpoints[0][0].id, 0],
          [s.touchpoints[0][1].id, 1],
          [x.id, 2],
        ]);
        expect(
          (await positions(t, "touchpoints", { column: "stage_id", value: s.stages[1].id })).map((r) => [
            r.id,
            r.position,
          ]),
        ).toEqual([
          [y.id, 0],
          [z.id, 1],
        ]);
        const d = unwrap(await getJourneyDetail(ctx, s.journey.id));
        const pain = d.painPoints.find((p) => p.id === s.painPoints[2].id);
        expect(pain).toMatchObject({ stageId: s.stages[0].id, touchpointId: x.id });
        // Other pain points stay where they were.
        expect(d.painPoints.find((p) => p.id === s.painPoints[3].id)).toMatchObject({
          stageId: s.stages[1].id,
          touchpointId: y.id,
        });
        expect(d.stages[0]?.touchpoints.map((tp) => tp.id)).toEqual([
          s.touchpoints[0][0].id,
          s.touchpoints[0][1].id,
          x.id,
        ]);
      });

      it("moves into an empty stage at position 0", async () => {
        const s = await seedJourney(ctx);
        const tp = s.touchpoints[0][0];
        const moved = unwrap(await updateTouchpoint(ctx, tp.id, { version: 1, stageId: s.stages[2].id }));
        expect(moved).toMatchObject({ stageId: s.stages[2].id, position: 0 });
        expect(
          (await positions(t, "touchpoints", { column: "stage_id", value: s.stages[0].id })).map((r) => [
            r.id,
            r.position,
          ]),
        ).toEqual([[s.touchpoints[0][1].id, 0]]);
        const detail = unwrap(await getJourneyDetail(ctx, s.journey.id));
        expect(detail.painPoints.find((p) => p.id === s.painPoints[0].id)?.stageId).toBe(s.stages[2].id);
        // The stage-level pain point of the old stage does not move.
        expect(detail.painPoints.find((p) => p.id === s.painPoints[1].id)?.stageId).toBe(s.stages[0].id);
      });

      it("naming its own stage is not a move", async () => {
        const s = await seedJourney(ctx);
        const tp = s.touchpoints[1][1];
        const u = unwrap(await updateTouchpoint(ctx, tp.id, { version: 1, stageId: s.stages[1].id }));
        expect(u).toMatchObject({ stageId: s.stages[1].id, position: 1 });
      });

      it("rejects a stage of another journey or an unknown stage on stageId, changing nothing", async () => {
        const s = await seedJourney(ctx);
        const other = await seedJourney(ctx, "다른 여정");
        const tp = s.touchpoints[1][0];
        expectError(
          await updateTouchpoint(ctx, tp.id, { version: 1, stageId: other.stages[0].id }),
          "validation_failed",
          "stageId",
        );
        expectError(
          await updateTouchpoint(ctx, tp.id, { version: 1, stageId: "00000000-0000-4000-8000-000000000000" }),
          "validation_failed",
          "stageId",
        );
        expect(unwrap(await getTouchpoint(ctx, tp.id))).toMatchObject({
          stageId: s.stages[1].id,
          position: 0,
          version: 1,
        });
        expect((await positions(t, "touchpoints", { column: "stage_id", value: other.stages[0].id })).length).toBe(2);
        const pain = await t.db
          .selectFrom("pain_points")
          .select("stage_id")
          .where("id", "=", s.painPoints[2].id)
          .executeTakeFirstOrThrow();
        expect(pain.stage_id).toBe(s.stages[1].id);
      });
    });
  });
}
