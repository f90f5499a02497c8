import type { Result, Survey } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toSurvey } from "../rows.ts";
import { requireScoped, updateScoped } from "../shared/scoped-crud.ts";

/** Stops collection: the public page answers 404; responses and versions stay. Publish reopens it. */
export async function closeSurvey(ctx: HospitalContext, id: string): Promise<Result<Survey>> {
  return transact(ctx, async (trx) => {
    const before = toSurvey(await requireScoped(trx, ctx, "surveys", "survey", id));
    const after = toSurvey(await updateScoped(trx, ctx, "surveys", "survey", id, before.version, { status: "closed" }));
    await recordAudit(trx, ctx, "update", "survey", id, before, after);
    return after;
  });
}
