import {
  checkAnswers,
  maskPersonalData,
  notFound,
  type Result,
  SubmitSurveyResponseInput,
  type SubmittedResponse,
  type SurveyDefinition,
  validate,
} from "@motmap/core";
import type { Kysely } from "kysely";
import { raiseSurveyResponseAlerts } from "../alerts/raise-source-alerts.ts";
import { newSortableId, now } from "../context.ts";
import type { DB } from "../schema.ts";
import { findOpenSurvey } from "./get-public-survey.ts";
import { encodeAnswers } from "./stored-answers.ts";

type Submission = (typeof SubmitSurveyResponseInput)["_output"];
type Submitted = Result<SubmittedResponse & { created: boolean }>;

/** What a submission needs of an open survey: which version it answers and that version's questions. */
interface OpenSurvey {
  id: string;
  hospital_id: string;
  number: number;
  definition: SurveyDefinition;
}

/**
 * The open version of each public survey last seen by this process, so that a submission costs one
 * insert instead of a join and a parse of the definition. It is only a hint: the insert itself
 * checks that this version is still the published one (see `insertResponse`), so a survey closed or
 * republished elsewhere — another process, the CLI — can never take answers for a stale version.
 */
const openSurveys = new WeakMap<Kysely<DB>, Map<string, OpenSurvey>>();
const CACHED_SURVEYS = 1000;

function cacheOf(db: Kysely<DB>) {
  let cache = openSurveys.get(db);
  if (!cache) {
    cache = new Map();
    openSurveys.set(db, cache);
  }
  return cache;
}

async function readOpenSurvey(db: Kysely<DB>, publicId: string): Promise<OpenSurvey | undefined> {
  const cache = cacheOf(db);
  cache.delete(publicId);
  const s = await findOpenSurvey(db, publicId);
  if (!s) return undefined;
  const open = { id: s.id, hospital_id: s.hospital_id, number: s.number, definition: s.definition };
  if (cache.size >= CACHED_SURVEYS) cache.delete(cache.keys().next().value as string);
  cache.set(publicId, open);
  return open;
}

async function existingResponse(db: Kysely<DB>, surveyId: string, submissionKey: string) {
  return db
    .selectFrom("survey_responses")
    .select("id")
    .where("survey_id", "=", surveyId)
    .where("submission_key", "=", submissionKey)
    .executeTakeFirst();
}

/**
 * Inserts the response only while `survey` is published at the version it was checked against, in
 * one statement, and only if its submission key is new. False when nothing was written: a
 * duplicate, or the survey was closed or republished since it was read.
 */
async function insertResponse(
  db: Kysely<DB>,
  survey: OpenSurvey,
  values: {
    id: string;
    submitted_at: string;
    channel: string;
    visit_date: string | null;
    department_id: string | null;
    segment: string | null;
    submission_key: string;
    answers: string;
    touchpoint_ids: string;
  },
): Promise<boolean> {
  const result = await db
    .insertInto("survey_responses")
    .columns([
      "id",
      "hospital_id",
      "survey_id",
      "survey_version",
      "submitted_at",
      "channel",
      "visit_date",
      "department_id",
      "segment",
      "submission_key",
      "answers",
      "touchpoint_ids",
      "rollup_pending",
    ])
    .expression(
      db
        .selectNoFrom((eb) => [
          eb.val(values.id).as("id"),
          eb.val(survey.hospital_id).as("hospital_id"),
          eb.val(survey.id).as("survey_id"),
          // PostgreSQL types the parameters of a SELECT list as text: the integer column needs a cast.
          eb.cast<number>(eb.val(survey.number), "integer").as("survey_version"),
          eb.val(values.submitted_at).as("submitted_at"),
          eb.val(values.channel).as("channel"),
          eb.val(values.visit_date).as("visit_date"),
          eb.val(values.department_id).as("department_id"),
          eb.val(values.segment).as("segment"),
          eb.val(values.submission_key).as("submission_key"),
          eb.val(values.answers).as("answers"),
          eb.val(values.touchpoint_ids).as("touchpoint_ids"),
          // Rollups follow in a batch (insight/apply-pending-rollups.ts): the submit stays one insert.
          eb.cast<number>(eb.val(1), "integer").as("rollup_pending"),
        ])
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom("surveys")
              .select("surveys.id")
              .where("surveys.id", "=", survey.id)
              .where("surveys.hospital_id", "=", survey.hospital_id)
              .where("surveys.status", "=", "published")
              .where("surveys.published_version", "=", survey.number),
          ),
        ),
    )
    .onConflict((oc) => oc.columns(["survey_id", "submission_key"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * One attempt against `survey` as read (from the cache when `fresh` is false). Undefined when the
 * outcome depends on whether the survey is still open at that version: the caller reads it again.
 */
async function submitTo(
  db: Kysely<DB>,
  survey: OpenSurvey,
  r: Submission,
  fresh: boolean,
): Promise<Submitted | undefined> {
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
    // Rare: answers to a version that may have changed since it was cached; or a resubmission.
    if (!fresh) return undefined;
    const seen = await existingResponse(db, survey.id, r.submissionKey);
    if (seen) return { ok: true, value: { id: seen.id, duplicate: true, created: false } };
    const first = issues[0];
    return {
      ok: false,
      error: { code: "validation_failed", message: `${first?.path}: ${first?.message}`, issues },
    };
  }

  const id = newSortableId();
  const masked = checked.answers.map((a) => (a.text === null ? a : { ...a, text: maskPersonalData(a.text).text }));
  const stored = encodeAnswers(masked);
  const values = {
    id,
    submitted_at: now(),
    channel: r.channel,
    visit_date: r.visitDate ?? null,
    department_id: r.departmentId ?? null,
    segment: r.segment ? r.segment : null,
    submission_key: r.submissionKey,
    answers: stored.answers,
    touchpoint_ids: stored.touchpointIds,
  };
  // The row is written with its rollups pending; alerts (rare) commit with it.
  const inserted = await db.transaction().execute(async (trx) => {
    const written = await insertResponse(trx, survey, values);
    if (written) {
      // Service-recovery alerts: no query at all unless an answer is low enough for a rule.
      await raiseSurveyResponseAlerts(trx, survey.hospital_id, {
        surveyId: survey.id,
        responseId: id,
        answers: masked,
      });
    }
    return written;
  });
  if (inserted) return { ok: true, value: { id, duplicate: false, created: true } };
  // Nothing written: the same key again (two tabs, a retry) or the survey changed under us.
  if (!fresh) return undefined;
  const seen = await existingResponse(db, survey.id, r.submissionKey);
  if (seen) return { ok: true, value: { id: seen.id, duplicate: true, created: false } };
  return undefined;
}

/**
 * A patient's answers from the public page or a kiosk, checked against the published version.
 * Free text is masked for personal data before it reaches the database: the raw text is never
 * written. The same submission key twice returns the first response and writes nothing.
 */
export async function submitSurveyResponse(db: Kysely<DB>, publicId: string, input: unknown): Promise<Submitted> {
  const parsed = validate(SubmitSurveyResponseInput, input);
  if (!parsed.ok) return parsed;
  const r = parsed.value;
  const cached = cacheOf(db).get(publicId);
  if (cached) {
    const done = await submitTo(db, cached, r, false);
    if (done) return done;
  }
  // Not cached, or the cached version may be stale: read the open version again. A publish racing
  // with this submission can make a fresh read stale too; a few tries settle it.
  for (let attempt = 0; attempt < 3; attempt++) {
    const survey = await readOpenSurvey(db, publicId);
    if (!survey) return { ok: false, error: notFound("survey", "page") };
    const done = await submitTo(db, survey, r, true);
    if (done) return done;
  }
  return { ok: false, error: notFound("survey", "page") };
}
