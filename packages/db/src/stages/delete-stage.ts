import type { Result } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toStage } from "../rows.ts";
import { deleteScoped, siblingIds, writePositions } from "../shared/scoped-crud.ts";

/** Its touchpoints and pain points go with it; the remaining stages close the gap. */
export async function deleteStage(ctx: HospitalContext, id: string): Promise<Result<void>> {
  return transact(ctx, async (trx) => {
    const before = toStage(await deleteScoped(trx, ctx, "stages", "stage", id));
    const rest = await siblingIds(trx, ctx, "stages", { journey_id: before.journeyId });
    await writePositions(trx, ctx, "stages", rest);
    await recordAudit(trx, ctx, "delete", "stage", id, before, null);
  });
}
