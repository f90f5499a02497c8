import {
  checkAnswers,
  maskPersonalData,
  notFound,
  type Result,
  SubmitSurveyResponseInput,
  type SubmittedResponse,
  validate,
} from "@motmap/core";
import type { Kysely } from "kysely";
import { newId, now } from "../context.ts";
import type { DB } from "../schema.ts";
import { findOpenSurvey } from "./get-public-survey.ts";

async function existingResponse(db: Kysely<DB>, surveyId: string, submissionKey: string) {
  return db
    .selectFrom("survey_responses")
    .select("id")
    .where("survey_id", "=", surveyId)
    .where("submission_key", "=", submissionKey)
    .executeTakeFirst();
}

/**
 * A patient's answers from the public page or a kiosk, checked against the published version.
 * Free text is masked for personal data before it reaches the database: the raw text is never
 * written. The same submission key twice returns the first response and writes nothing.
 */
export async function submitSurveyResponse(
  db: Kysely<DB>,
  publicId: string,
  input: unknown,
): Promise<Result<SubmittedResponse & { created: boolean }>> {
  const parsed = validate(SubmitSurveyResponseInput, input);
  if (!parsed.ok) return parsed;
  const r = parsed.value;
  const survey = await findOpenSurvey(db, publicId);
  if (!survey) return { ok: false, error: notFound("survey", "page") };
  const seen = await existingResponse(db, survey.id, r.submissionKey);
  if (seen) return { ok: true, value: { id: seen.id, duplicate: true, created: false } };

  const checked = checkAnswers(survey.definition, r.answers);
  const issues = [...checked.issues];
  if (r.departmentId) {
    const department = await db
      .selectFrom("departments")
      .select("id")
      .where("id", "=", r.departmentId)
      .where("hospital_id", "=", survey.hospital_id)
      .executeTakeFirst();
    if (!department) issues.push({ path: "departmentId", message: "no such department" });
  }
  if (issues.length > 0) {
    const first = issues[0];
    return {
      ok: false,
      error: { code: "validation_failed", message: `${first?.path}: ${first?.message}`, issues },
    };
  }

  const id = newId();
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto("survey_responses")
        .values({
          id,
          hospital_id: survey.hospital_id,
          survey_id: survey.id,
          survey_version: survey.number,
          submitted_at: now(),
          channel: r.channel,
          visit_date: r.visitDate ?? null,
          department_id: r.departmentId ?? null,
          segment: r.segment ? r.segment : null,
          submission_key: r.submissionKey,
        })
        .execute();
      if (checked.answers.length === 0) return;
      await trx
        .insertInto("survey_answers")
        .values(
          checked.answers.map((a) => ({
            response_id: id,
            hospital_id: survey.hospital_id,
            question_key: a.question.key,
            touchpoint_id: a.question.touchpointId ?? null,
            stage_id: a.question.stageId ?? null,
            value: a.value,
            text_value: a.text === null ? null : maskPersonalData(a.text).text,
            choice_values: a.choices === null ? null : JSON.stringify(a.choices),
          })),
        )
        .execute();
    });
  } catch (e) {
    // Two tabs sent the same form at once: the unique key let one through; answer with it.
    const winner = await existingResponse(db, survey.id, r.submissionKey);
    if (winner) return { ok: true, value: { id: winner.id, duplicate: true, created: false } };
    throw e;
  }
  return { ok: true, value: { id, duplicate: false, created: true } };
}
