import { beforeAll, describe, expect, it } from "vitest";
import {
  createDepartment,
  createJourney,
  createStage,
  createTouchpoint,
  deleteDepartment,
  deleteStage,
  deleteTouchpoint,
  getJourneyDetail,
  type HospitalContext,
  listDepartments,
  reorderDepartments,
  reorderStages,
  reorderTouchpoints,
} from "../../src/index.ts";
import type { TestDatabase } from "../support/engines.ts";
import { expectError, newHospital, positions, seedJourney, snapshot, unwrap } from "../support/fixtures.ts";

const MISSING = "00000000-0000-4000-8000-000000000000";

/** Registers the ordering tests; `database` is the file's database (one per engine). */
export function orderingSuite(database: () => TestDatabase) {
  describe("ordering", () => {
    let t: TestDatabase;
    let ctx: HospitalContext;
    beforeAll(async () => {
      t = database();
      ctx = await newHospital(t);
    });
    const stageNames = async (journeyId: string) =>
      unwrap(await getJourneyDetail(ctx, journeyId)).stages.map((s) => s.name);
    const contiguous = (rows: { position: number }[]) =>
      expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i));

    describe("stages", () => {
      it("persists a new order with positions 0..n-1", async () => {
        const s = await seedJourney(ctx);
        const [a, b, c] = s.stages;
        const result = unwrap(await reorderStages(ctx, s.journey.id, { ids: [c.id, a.id, b.id] }));
        expect(result.map((x) => x.id)).toEqual([c.id, a.id, b.id]);
        expect(result.map((x) => x.position)).toEqual([0, 1, 2]);
        expect(await stageNames(s.journey.id)).toEqual(["귀가", "예약", "접수"]);
        const rows = await positions(t, "stages", { column: "journey_id", value: s.journey.id });
        expect(rows.map((r) => r.id)).toEqual([c.id, a.id, b.id]);
        contiguous(rows);
        // Touchpoints stay with their stage.
        const d = unwrap(await getJourneyDetail(ctx, s.journey.id));
        expect(d.stages[1]?.touchpoints.map((x) => x.id)).toEqual(s.touchpoints[0].map((x) => x.id));
      });

      it("rejects partial, foreign, duplicate and unknown id lists and changes nothing", async () => {
        const s = await seedJourney(ctx);
        const other = await seedJourney(ctx, "다른 여정");
        const [a, b, c] = s.stages;
        const before = await snapshot(t, ctx.hospitalId, ["stages", "journeys"]);
        for (const ids of [
          [a.id, b.id],
          [a.id, b.id, c.id, other.stages[0].id],
          [a.id, b.id, other.stages[0].id],
          [a.id, a.id, b.id],
          [a.id, b.id, c.id, c.id],
          [c.id, b.id, MISSING],
        ]) {
          expectError(await reorderStages(ctx, s.journey.id, { ids }), "invalid_reorder", "ids");
        }
        expectError(await reorderStages(ctx, s.journey.id, { ids: [] }), "validation_failed", "ids");
        expectError(await reorderStages(ctx, s.journey.id, { ids: ["a", "b", "c"] }), "validation_failed", "ids.0");
        expectError(await reorderStages(ctx, MISSING, { ids: [a.id, b.id, c.id] }), "not_found");
        expect(await snapshot(t, ctx.hospitalId, ["stages", "journeys"])).toEqual(before);
      });

      it("inserts at a position, shifting later stages; out-of-range positions append", async () => {
        const j = unwrap(await createJourney(ctx, { title: "삽입" }));
        const a = unwrap(await createStage(ctx, j.id, { phase: "before", name: "A" }));
        const c = unwrap(await createStage(ctx, j.id, { phase: "after", name: "C" }));
        const b = unwrap(await createStage(ctx, j.id, { phase: "during", name: "B", position: 1 }));
        expect(b.position).toBe(1);
        const first = unwrap(await createStage(ctx, j.id, { phase: "before", name: "0", position: 0 }));
        expect(first.position).toBe(0);
        const last = unwrap(await createStage(ctx, j.id, { phase: "after", name: "Z", position: 99 }));
        expect(last.position).toBe(4);
        expect(await stageNames(j.id)).toEqual(["0", "A", "B", "C", "Z"]);
        const rows = await positions(t, "stages", { column: "journey_id", value: j.id });
        expect(rows.map((r) => r.id)).toEqual([first.id, a.id, b.id, c.id, last.id]);
        contiguous(rows);
      });

      it("closes the gap when a stage is deleted", async () => {
        const s = await seedJourney(ctx);
        unwrap(await deleteStage(ctx, s.stages[0].id));
        const rows = await positions(t, "stages", { column: "journey_id", value: s.journey.id });
        expect(rows.map((r) => r.id)).toEqual([s.stages[1].id, s.stages[2].id]);
        contiguous(rows);
        // Appending afterwards lands right after the last one.
        const next = unwrap(await createStage(ctx, s.journey.id, { phase: "after", name: "재방문" }));
        expect(next.position).toBe(2);
      });
    });

    describe("touchpoints", () => {
      it("persists a new order within the stage", async () => {
        const s = await seedJourney(ctx);
        const [x, y, z] = s.touchpoints[1];
        const result = unwrap(await reorderTouchpoints(ctx, s.stages[1].id, { ids: [z.id, x.id, y.id] }));
        expect(result.map((r) => [r.id, r.position])).toEqual([
          [z.id, 0],
          [x.id, 1],
          [y.id, 2],
        ]);
        expect(result[1]?.departmentIds).toEqual([s.departments[2].id]);
        const d = unwrap(await getJourneyDetail(ctx, s.journey.id));
        expect(d.stages[1]?.touchpoints.map((r) => r.name)).toEqual(["번호표", "접수 창구", "키오스크"]);
        expect(d.stages[0]?.touchpoints.map((r) => r.id)).toEqual(s.touchpoints[0].map((r) => r.id));
        contiguous(await positions(t, "touchpoints", { column: "stage_id", value: s.stages[1].id }));
      });

      it("rejects partial, foreign and duplicate lists and changes nothing", async () => {
        const s = await seedJourney(ctx);
        const [x, y, z] = s.touchpoints[1];
        const sibling = s.touchpoints[0][0];
        const before = await snapshot(t, ctx.hospitalId, ["touchpoints"]);
        for (const ids of [
          [x.id, y.id],
          [x.id, y.id, z.id, sibling.id],
          [x.id, y.id, sibling.id],
          [x.id, x.id, y.id],
          [z.id, y.id, x.id, x.id],
        ]) {
          expectError(await reorderTouchpoints(ctx, s.stages[1].id, { ids }), "invalid_reorder", "ids");
        }
        expectError(await reorderTouchpoints(ctx, MISSING, { ids: [x.id] }), "not_found");
        expect(await snapshot(t, ctx.hospitalId, ["touchpoints"])).toEqual(before);
      });

      it("inserts at a position and closes gaps on delete", async () => {
        const s = await seedJourney(ctx);
        const stage = s.stages[1];
        const mid = unwrap(
          await createTouchpoint(ctx, stage.id, { name: "중간", channel: "phone", element: "software", position: 1 }),
        );
        expect(mid.position).toBe(1);
        const end = unwrap(
          await createTouchpoint(ctx, stage.id, { name: "끝", channel: "phone", element: "software", position: 50 }),
        );
        expect(end.position).toBe(4);
        let rows = await positions(t, "touchpoints", { column: "stage_id", value: stage.id });
        expect(rows.map((r) => r.id)).toEqual([
          s.touchpoints[1][0].id,
          mid.id,
          s.touchpoints[1][1].id,
          s.touchpoints[1][2].id,
          end.id,
        ]);
        contiguous(rows);
        // The other stage is untouched.
        expect(
          (await positions(t, "touchpoints", { column: "stage_id", value: s.stages[0].id })).map((r) => r.id),
        ).toEqual(s.touchpoints[0].map((r) => r.id));
        unwrap(await deleteTouchpoint(ctx, mid.id));
        unwrap(await deleteTouchpoint(ctx, s.touchpoints[1][0].id));
        rows = await positions(t, "touchpoints", { column: "stage_id", value: stage.id });
        expect(rows.map((r) => r.id)).toEqual([s.touchpoints[1][1].id, s.touchpoints[1][2].id, end.id]);
        contiguous(rows);
      });
    });

    describe("departments", () => {
      let dctx: HospitalContext;
      beforeAll(async () => {
        dctx = await newHospital(t);
      });

      it("persists a new order and lists in it", async () => {
        const [a, b, c] = [
          unwrap(await createDepartment(dctx, { name: "가" })),
          unwrap(await createDepartment(dctx, { name: "나" })),
          unwrap(await createDepartment(dctx, { name: "다" })),
        ];
        const result = unwrap(await reorderDepartments(dctx, { ids: [b.id, c.id, a.id] }));
        expect(result.map((d) => d.name)).toEqual(["나", "다", "가"]);
        expect(result.map((d) => d.position)).toEqual([0, 1, 2]);
        expect((await listDepartments(dctx)).map((d) => d.id)).toEqual([b.id, c.id, a.id]);
        // A new department goes to the end of the new order.
        const d = unwrap(await createDepartment(dctx, { name: "라" }));
        expect((await listDepartments(dctx)).map((x) => x.id)).toEqual([b.id, c.id, a.id, d.id]);
      });

      it("rejects partial, foreign and duplicate lists and changes nothing", async () => {
        const ids = (await listDepartments(dctx)).map((d) => d.id);
        const foreignCtx = await newHospital(t);
        const foreign = unwrap(await createDepartment(foreignCtx, { name: "남의 부서" }));
        const before = await snapshot(t, dctx.hospitalId, ["departments"]);
        for (const list of [
          ids.slice(1),
          [...ids, foreign.id],
          [...ids.slice(1), foreign.id],
          [ids[0] as string, ...ids.slice(0, -1)],
          [...ids, ids[0] as string],
        ]) {
          expectError(await reorderDepartments(dctx, { ids: list }), "invalid_reorder", "ids");
        }
        expect(await snapshot(t, dctx.hospitalId, ["departments"])).toEqual(before);
        expect((await listDepartments(foreignCtx)).map((d) => d.position)).toEqual([0]);
      });

      it("reorders after a department in the middle was deleted", async () => {
        const list = await listDepartments(dctx);
        unwrap(await deleteDepartment(dctx, (list[1] as { id: string }).id));
        const rest = (await listDepartments(dctx)).map((d) => d.id);
        expect(rest).toEqual(list.filter((_, i) => i !== 1).map((d) => d.id));
        const reversed = [...rest].reverse();
        const result = unwrap(await reorderDepartments(dctx, { ids: reversed }));
        expect(result.map((d) => d.id)).toEqual(reversed);
        contiguous(result);
      });

      // Regression: deleteDepartment left a gap in the positions.
      it("closes the gap when a department is deleted", async () => {
        const h = await newHospital(t);
        const [a, b, c] = [
          unwrap(await createDepartment(h, { name: "A" })),
          unwrap(await createDepartment(h, { name: "B" })),
          unwrap(await createDepartment(h, { name: "C" })),
        ];
        unwrap(await deleteDepartment(h, b.id));
        const rows = await listDepartments(h);
        expect(rows.map((d) => d.id)).toEqual([a.id, c.id]);
        contiguous(rows);
      });
    });
  });
}
