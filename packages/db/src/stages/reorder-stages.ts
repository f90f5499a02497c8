import { checkReorder, ReorderInput, type Result, type Stage, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, Rollback, transact } from "../context.ts";
import { toStage } from "../rows.ts";
import { requireScoped, siblingIds, writePositions } from "../shared/scoped-crud.ts";

export async function reorderStages(ctx: HospitalContext, journeyId: string, input: unknown): Promise<Result<Stage[]>> {
  const parsed = validate(ReorderInput, input);
  if (!parsed.ok) return parsed;
  return transact(ctx, async (trx) => {
    await requireScoped(trx, ctx, "journeys", "journey", journeyId);
    const current = await siblingIds(trx, ctx, "stages", { journey_id: journeyId });
    const order = checkReorder(current, parsed.value.ids);
    if (!order.ok) throw new Rollback(order.error);
    await writePositions(trx, ctx, "stages", order.value);
    await recordAudit(trx, ctx, "reorder", "stage", journeyId, { ids: current }, { ids: order.value });
    const rows = await trx
      .selectFrom("stages")
      .selectAll()
      .where("hospital_id", "=", ctx.hospitalId)
      .where("journey_id", "=", journeyId)
      .orderBy("position")
      .execute();
    return rows.map(toStage);
  });
}
