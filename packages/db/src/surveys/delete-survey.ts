import type { Result } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, Rollback, transact } from "../context.ts";
import { toSurvey } from "../rows.ts";
import { deleteScoped, requireScoped } from "../shared/scoped-crud.ts";

/** Only a survey nobody has answered: responses are evidence, so an answered survey is closed instead. */
export async function deleteSurvey(ctx: HospitalContext, id: string): Promise<Result<void>> {
  return transact(ctx, async (trx) => {
    await requireScoped(trx, ctx, "surveys", "survey", id);
    const answered = await trx
      .selectFrom("survey_responses")
      .select("id")
      .where("hospital_id", "=", ctx.hospitalId)
      .where("survey_id", "=", id)
      .limit(1)
      .executeTakeFirst();
    if (answered) {
      throw new Rollback({
        code: "conflict",
        message: `survey ${id} has responses and cannot be deleted; close it instead`,
      });
    }
    const before = toSurvey(await deleteScoped(trx, ctx, "surveys", "survey", id));
    await recordAudit(trx, ctx, "delete", "survey", id, before, null);
  });
}
