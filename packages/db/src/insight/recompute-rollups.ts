import type { SurveyDefinition } from "@motmap/core";
import type { Transaction } from "kysely";
import { type HospitalContext, inTransaction } from "../context.ts";
import type { DB } from "../schema.ts";
import type { StoredAnswer } from "../surveys/stored-answers.ts";
import { RollupBatch } from "./apply-response-rollups.ts";

const PAGE = 5000;

/** Every published version's definition of a survey, by number. */
export async function surveyDefinitions(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  surveyId: string,
): Promise<Map<number, SurveyDefinition>> {
  const rows = await trx
    .selectFrom("survey_versions")
    .select(["number", "definition"])
    .where("hospital_id", "=", ctx.hospitalId)
    .where("survey_id", "=", surveyId)
    .execute();
  return new Map(rows.map((v) => [Number(v.number), JSON.parse(v.definition) as SurveyDefinition]));
}

/**
 * Feeds stored responses of a survey to `batch`, in keyset pages of the primary key, optionally only
 * those of a list of ids. Returns how many were read.
 */
export async function feedStoredResponses(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  batch: RollupBatch,
  filter: { ids?: readonly string[] } = {},
): Promise<number> {
  let after = "";
  let read = 0;
  for (;;) {
    let q = trx
      .selectFrom("survey_responses")
      .select(["id", "survey_version", "submitted_at", "visit_date", "department_id", "segment", "channel", "answers"])
      .where("hospital_id", "=", ctx.hospitalId)
      .where("survey_id", "=", batch.surveyId)
      .where("id", ">", after)
      .orderBy("id")
      .limit(PAGE);
    if (filter.ids !== undefined) {
      if (filter.ids.length === 0) return 0;
      q = q.where("id", "in", filter.ids);
    }
    const rows = await q.execute();
    for (const r of rows) {
      batch.add({
        surveyVersion: Number(r.survey_version),
        submittedAt: r.submitted_at,
        visitDate: r.visit_date,
        departmentId: r.department_id,
        segment: r.segment,
        channel: r.channel,
        answers: JSON.parse(r.answers) as StoredAnswer[],
      });
    }
    read += rows.length;
    if (rows.length < PAGE) return read;
    after = (rows[rows.length - 1] as { id: string }).id;
  }
}

/**
 * Rebuilds the rollups of one survey from its stored responses, inside `trx`: used by the tests as the
 * reference, and as the repair command (a department moved to another site, a rollup suspected wrong).
 */
export async function recomputeSurveyRollups(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  surveyId: string,
): Promise<{ responses: number }> {
  await trx
    .deleteFrom("rollup_scores")
    .where("hospital_id", "=", ctx.hospitalId)
    .where("survey_id", "=", surveyId)
    .execute();
  await trx
    .deleteFrom("rollup_pairs")
    .where("hospital_id", "=", ctx.hospitalId)
    .where("survey_id", "=", surveyId)
    .execute();
  const batch = new RollupBatch(surveyId, await surveyDefinitions(trx, ctx, surveyId));
  const responses = await feedStoredResponses(trx, ctx, batch);
  await batch.apply(trx, ctx);
  // Every stored response, pending or not, is now counted.
  await trx
    .deleteFrom("rollup_pending_responses")
    .where("hospital_id", "=", ctx.hospitalId)
    .where("survey_id", "=", surveyId)
    .execute();
  return { responses };
}

/** Rebuilds the rollups of every survey of the hospital, one transaction per survey. */
export async function recomputeRollups(
  ctx: HospitalContext,
  surveyId?: string,
): Promise<{ surveys: number; responses: number }> {
  let q = ctx.db.selectFrom("surveys").select("id").where("hospital_id", "=", ctx.hospitalId);
  if (surveyId) q = q.where("id", "=", surveyId);
  const surveys = await q.execute();
  let responses = 0;
  for (const s of surveys) {
    responses += (await inTransaction(ctx, (trx) => recomputeSurveyRollups(trx, ctx, s.id))).responses;
  }
  return { surveys: surveys.length, responses };
}
