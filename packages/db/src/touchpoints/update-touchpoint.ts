import { type Result, type Touchpoint, UpdateTouchpointInput, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, now, Rollback, transact } from "../context.ts";
import { toColumns, toTouchpoint } from "../rows.ts";
import {
  nextPosition,
  referenceError,
  requireScoped,
  siblingIds,
  updateScoped,
  writePositions,
} from "../shared/scoped-crud.ts";
import { departmentIdsOf, setTouchpointDepartments } from "./touchpoint-departments.ts";

export async function updateTouchpoint(ctx: HospitalContext, id: string, input: unknown): Promise<Result<Touchpoint>> {
  const parsed = validate(UpdateTouchpointInput, input);
  if (!parsed.ok) return parsed;
  const { version, departmentIds, stageId, ...patch } = parsed.value;
  return transact(ctx, async (trx) => {
    const beforeRow = await requireScoped(trx, ctx, "touchpoints", "touchpoint", id);
    const before = toTouchpoint(beforeRow, await departmentIdsOf(trx, ctx, id));
    const columns = toColumns(patch);

    const moving = stageId !== undefined && stageId !== beforeRow.stage_id;
    if (moving) {
      const target = await requireScoped(trx, ctx, "stages", "stage", stageId).catch(() => {
        throw new Rollback(referenceError("stageId", "no such stage in this hospital"));
      });
      if (target.journey_id !== beforeRow.journey_id) {
        throw new Rollback(referenceError("stageId", "a touchpoint can only move to a stage of the same journey"));
      }
      columns.stage_id = stageId;
      columns.position = await nextPosition(trx, ctx, "touchpoints", { stage_id: stageId });
    }

    const afterRow = await updateScoped(trx, ctx, "touchpoints", "touchpoint", id, version, columns);
    if (moving) {
      // Pain points follow their touchpoint; the old stage closes the gap.
      await trx
        .updateTable("pain_points")
        .set({ stage_id: stageId, updated_at: now() })
        .where("hospital_id", "=", ctx.hospitalId)
        .where("touchpoint_id", "=", id)
        .execute();
      await writePositions(
        trx,
        ctx,
        "touchpoints",
        await siblingIds(trx, ctx, "touchpoints", { stage_id: beforeRow.stage_id }),
      );
    }
    const departments =
      departmentIds === undefined ? before.departmentIds : await setTouchpointDepartments(trx, ctx, id, departmentIds);
    const after = toTouchpoint(
      moving ? await requireScoped(trx, ctx, "touchpoints", "touchpoint", id) : afterRow,
      departments,
    );
    await recordAudit(trx, ctx, "update", "touchpoint", id, before, after);
    return after;
  });
}
