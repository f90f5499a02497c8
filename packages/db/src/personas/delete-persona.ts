import type { Result } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toPersona } from "../rows.ts";
import { deleteScoped } from "../shared/scoped-crud.ts";

/** Journeys for this persona stay, without a persona (foreign key sets null). */
export async function deletePersona(ctx: HospitalContext, id: string): Promise<Result<void>> {
  return transact(ctx, async (trx) => {
    const before = toPersona(await deleteScoped(trx, ctx, "personas", "persona", id));
    await recordAudit(trx, ctx, "delete", "persona", id, before, null);
  });
}
