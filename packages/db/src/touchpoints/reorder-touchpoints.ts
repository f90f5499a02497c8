import { checkReorder, ReorderInput, type Result, type Touchpoint, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, Rollback, transact } from "../context.ts";
import { toTouchpoint } from "../rows.ts";
import { requireScoped, siblingIds, writePositions } from "../shared/scoped-crud.ts";
import { departmentIdsOf } from "./touchpoint-departments.ts";

export async function reorderTouchpoints(
  ctx: HospitalContext,
  stageId: string,
  input: unknown,
): Promise<Result<Touchpoint[]>> {
  const parsed = validate(ReorderInput, input);
  if (!parsed.ok) return parsed;
  return transact(ctx, async (trx) => {
    await requireScoped(trx, ctx, "stages", "stage", stageId);
    const current = await siblingIds(trx, ctx, "touchpoints", { stage_id: stageId });
    const order = checkReorder(current, parsed.value.ids);
    if (!order.ok) throw new Rollback(order.error);
    await writePositions(trx, ctx, "touchpoints", order.value);
    await recordAudit(trx, ctx, "reorder", "touchpoint", stageId, { ids: current }, { ids: order.value });
    const rows = await trx
      .selectFrom("touchpoints")
      .selectAll()
      .where("hospital_id", "=", ctx.hospitalId)
      .where("stage_id", "=", stageId)
      .orderBy("position")
      .execute();
    return Promise.all(rows.map(async (r) => toTouchpoint(r, await departmentIdsOf(trx, ctx, r.id))));
  });
}
