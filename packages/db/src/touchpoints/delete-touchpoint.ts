import type { Result } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toTouchpoint } from "../rows.ts";
import { deleteScoped, siblingIds, writePositions } from "../shared/scoped-crud.ts";
import { departmentIdsOf } from "./touchpoint-departments.ts";

/** Its pain points and department links go with it. */
export async function deleteTouchpoint(ctx: HospitalContext, id: string): Promise<Result<void>> {
  return transact(ctx, async (trx) => {
    const departments = await departmentIdsOf(trx, ctx, id);
    const before = toTouchpoint(await deleteScoped(trx, ctx, "touchpoints", "touchpoint", id), departments);
    await writePositions(
      trx,
      ctx,
      "touchpoints",
      await siblingIds(trx, ctx, "touchpoints", { stage_id: before.stageId }),
    );
    await recordAudit(trx, ctx, "delete", "touchpoint", id, before, null);
  });
}
