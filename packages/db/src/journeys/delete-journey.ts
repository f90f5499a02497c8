import type { Result } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toJourney } from "../rows.ts";
import { deleteScoped } from "../shared/scoped-crud.ts";

/** Stages, touchpoints and pain points go with it (cascading foreign keys). */
export async function deleteJourney(ctx: HospitalContext, id: string): Promise<Result<void>> {
  return transact(ctx, async (trx) => {
    const before = toJourney(await deleteScoped(trx, ctx, "journeys", "journey", id));
    await recordAudit(trx, ctx, "delete", "journey", id, before, null);
  });
}
