import type { Result } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toLane } from "../rows.ts";
import { deleteScoped } from "../shared/scoped-crud.ts";

/** Its cells go with it; the layout forgets it on the next read (resolveLaneLayout). */
export async function deleteLane(ctx: HospitalContext, id: string): Promise<Result<void>> {
  return transact(ctx, async (trx) => {
    const before = toLane(await deleteScoped(trx, ctx, "journey_lanes", "lane", id));
    await recordAudit(trx, ctx, "delete", "lane", id, before, null);
  });
}
