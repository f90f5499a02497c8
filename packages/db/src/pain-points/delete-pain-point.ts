import type { Result } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toPainPoint } from "../rows.ts";
import { deleteScoped } from "../shared/scoped-crud.ts";

export async function deletePainPoint(ctx: HospitalContext, id: string): Promise<Result<void>> {
  return transact(ctx, async (trx) => {
    const before = toPainPoint(await deleteScoped(trx, ctx, "pain_points", "pain point", id));
    await recordAudit(trx, ctx, "delete", "pain_point", id, before, null);
  });
}
