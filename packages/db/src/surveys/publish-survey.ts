import { type Result, type Survey, surveyQuestions } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, now, Rollback, transact } from "../context.ts";
import { toSurvey } from "../rows.ts";
import { referenceError, requireScoped, updateScoped } from "../shared/scoped-crud.ts";
import { checkSurveyAnchors } from "./survey-rules.ts";

/**
 * Snapshots the working definition as the next version and opens (or reopens) the public page.
 * Responses point at the version they answered, so earlier answers keep their meaning.
 */
export async function publishSurvey(ctx: HospitalContext, id: string): Promise<Result<Survey>> {
  return transact(ctx, async (trx) => {
    const before = toSurvey(await requireScoped(trx, ctx, "surveys", "survey", id));
    if (surveyQuestions(before.definition).length === 0) {
      throw new Rollback(referenceError("definition.sections", "a survey needs at least one question to publish"));
    }
    // The journey may have changed since the survey was written.
    await checkSurveyAnchors(trx, ctx, before.journeyId, before.definition);
    const number = (before.publishedVersion ?? 0) + 1;
    await trx
      .insertInto("survey_versions")
      .values({
        survey_id: id,
        hospital_id: ctx.hospitalId,
        number,
        definition: JSON.stringify(before.definition),
        published_at: now(),
      })
      .execute();
    const after = toSurvey(
      await updateScoped(trx, ctx, "surveys", "survey", id, before.version, {
        status: "published",
        published_version: number,
      }),
    );
    await recordAudit(trx, ctx, "update", "survey", id, before, after);
    return after;
  });
}
