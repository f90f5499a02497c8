import { checkReorder, type Department, ReorderInput, type Result, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, Rollback, transact } from "../context.ts";
import { siblingIds, writePositions } from "../shared/scoped-crud.ts";
import { listDepartments } from "./list-departments.ts";

export async function reorderDepartments(ctx: HospitalContext, input: unknown): Promise<Result<Department[]>> {
  const parsed = validate(ReorderInput, input);
  if (!parsed.ok) return parsed;
  const done = await transact(ctx, async (trx) => {
    const current = await siblingIds(trx, ctx, "departments");
    const order = checkReorder(current, parsed.value.ids);
    if (!order.ok) throw new Rollback(order.error);
    await writePositions(trx, ctx, "departments", order.value);
    await recordAudit(trx, ctx, "reorder", "department", null, { ids: current }, { ids: order.value });
  });
  if (!done.ok) return done;
  return { ok: true, value: await listDepartments(ctx) };
}
