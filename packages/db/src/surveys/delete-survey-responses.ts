import { notFound, type Result } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, inTransaction } from "../context.ts";
import { applyPendingRollupsIn } from "../insight/apply-pending-rollups.ts";
import { RollupBatch } from "../insight/apply-response-rollups.ts";
import { feedStoredResponses, surveyDefinitions } from "../insight/recompute-rollups.ts";

const MAX_IDS = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Deletes responses of a survey (a test entry, a patient's withdrawal) and subtracts them from the
 * rollups in the same transaction, so every dashboard stays equal to a recomputation. Ids that are not
 * responses of this survey in this hospital are ignored; the count says how many went.
 */
export async function deleteSurveyResponses(
  ctx: HospitalContext,
  surveyId: string,
  responseIds: readonly string[],
): Promise<Result<{ deleted: number }>> {
  const bad = responseIds.findIndex((id) => typeof id !== "string" || !UUID.test(id));
  if (responseIds.length === 0 || responseIds.length > MAX_IDS || bad >= 0) {
    const path = bad >= 0 ? `ids.${bad}` : "ids";
    const message = bad >= 0 ? "not an id" : `give 1 to ${MAX_IDS} ids`;
    return {
      ok: false,
      error: { code: "validation_failed", message: `${path}: ${message}`, issues: [{ path, message }] },
    };
  }
  const ids = [...new Set(responseIds)];
  const survey = await ctx.db
    .selectFrom("surveys")
    .select("id")
    .where("hospital_id", "=", ctx.hospitalId)
    .where("id", "=", surveyId)
    .executeTakeFirst();
  if (!survey) return { ok: false, error: notFound("survey", surveyId) };
  const deleted = await inTransaction(ctx, async (trx) => {
    // Pending responses are applied first, so what is subtracted is exactly what was added.
    await applyPendingRollupsIn(trx, ctx.db, { hospitalId: ctx.hospitalId, surveyId });
    const batch = new RollupBatch(surveyId, await surveyDefinitions(trx, ctx, surveyId));
    const found = await feedStoredResponses(trx, ctx, batch, { ids });
    if (found === 0) return 0;
    await batch.apply(trx, ctx, -1);
    const result = await trx
      .deleteFrom("survey_responses")
      .where("hospital_id", "=", ctx.hospitalId)
      .where("survey_id", "=", surveyId)
      .where("id", "in", ids)
      .executeTakeFirst();
    const count = Number(result.numDeletedRows);
    await recordAudit(trx, ctx, "delete", "survey_responses", surveyId, { ids, count }, null);
    return count;
  });
  return { ok: true, value: { deleted } };
}
