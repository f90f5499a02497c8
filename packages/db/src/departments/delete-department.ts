import type { Result } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toDepartment } from "../rows.ts";
import { deleteScoped, siblingIds, writePositions } from "../shared/scoped-crud.ts";

/** Touchpoints it owned lose the link (cascade on the join table), not the touchpoint. */
export async function deleteDepartment(ctx: HospitalContext, id: string): Promise<Result<void>> {
  return transact(ctx, async (trx) => {
    const before = toDepartment(await deleteScoped(trx, ctx, "departments", "department", id));
    await writePositions(trx, ctx, "departments", await siblingIds(trx, ctx, "departments"));
    await recordAudit(trx, ctx, "delete", "department", id, before, null);
  });
}
