import type { Result } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toSite } from "../rows.ts";
import { deleteScoped } from "../shared/scoped-crud.ts";

/** Departments at the site keep existing, with no site (foreign key sets null). */
export async function deleteSite(ctx: HospitalContext, id: string): Promise<Result<void>> {
  return transact(ctx, async (trx) => {
    const before = toSite(await deleteScoped(trx, ctx, "sites", "site", id));
    await recordAudit(trx, ctx, "delete", "site", id, before, null);
  });
}
