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
import { newSortableId, now } from "../context.ts";
import type { DB } from "../schema.ts";
import { findOpenSurvey } from "./get-public-survey.ts";
import { commitResponse, type OpenSurvey } from "./response-commit-queue.ts";
import { encodeAnswers } from "./stored-answers.ts";

/** A submission that passed SubmitSurveyResponseInput. */
export type SurveySubmission = (typeof SubmitSurveyResponseInput)["_output"];
type Submitted = Result<SubmittedResponse & { created: boolean }>;

/**
 * The open version of each public survey last seen by this process, so that a submission costs one
 * insert instead of a join and a parse of the definition. It is only a hint: the insert itself
 * checks that this version is still the published one (response-commit-queue.ts), so a survey closed or
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
 * One attempt against `survey` as read (from the cache when `fresh` is false). Undefined when the
 * outcome depends on whether the survey is still open at that version: the caller reads it again.
 */
async function submitTo(
  db: Kysely<DB>,
  survey: OpenSurvey,
  r: SurveySubmission,
  fresh: boolean,
): Promise<Submitted | undefined> {
  const checked = checkAnswers(survey.definition, r.answers);
  if (checked.issues.length > 0) return rejected(db, survey, r, checked.issues, fresh);
  const masked = checked.answers.map((a) => (a.text === null ? a : { ...a, text: maskPersonalData(a.text).text }));
  const stored = encodeAnswers(masked);
  const id = newSortableId();
  // The row is written with its rollups pending; alerts (rare) commit with it, in the next group commit.
  const outcome = await commitResponse(
    db,
    survey,
    {
      id,
      submitted_at: now(),
      channel: r.channel,
      visit_date: r.visitDate ?? null,
      department_id: r.departmentId ?? null,
      segment: r.segment ? r.segment : null,
      submission_key: r.submissionKey,
      answers: stored.answers,
      touchpoint_ids: stored.touchpointIds,
    },
    masked,
  );
  if (outcome === "created") return { ok: true, value: { id, duplicate: false, created: true } };
  if (outcome === "unknown_department") {
    return rejected(db, survey, r, [{ path: "departmentId", message: "no such department" }], fresh);
  }
  // Nothing written: the same key again (two tabs, a retry) or the survey changed under us.
  if (!fresh) return undefined;
  const seen = await existingResponse(db, survey.id, r.submissionKey);
  if (seen) return { ok: true, value: { id: seen.id, duplicate: true, created: false } };
  return undefined;
}

/**
 * Answers that do not fit the version they were checked against. Rare: the cached version may be stale
 * (the caller reads it again), or this is a resubmission of a response already stored.
 */
async function rejected(
  db: Kysely<DB>,
  survey: OpenSurvey,
  r: SurveySubmission,
  issues: { path: string; message: string }[],
  fresh: boolean,
): Promise<Submitted | undefined> {
  if (!fresh) return undefined;
  const seen = await existingResponse(db, survey.id, r.submissionKey);
  if (seen) return { ok: true, value: { id: seen.id, duplicate: true, created: false } };
  const first = issues[0];
  return {
    ok: false,
    error: { code: "validation_failed", message: `${first?.path}: ${first?.message}`, issues },
  };
}

/**
 * A patient's answers from the public page or a kiosk, checked against the published version.
 * Free text is masked for personal data before it reaches the database: the raw text is never
 * written. The same submission key twice returns the first response and writes nothing.
 */
export async function submitSurveyResponse(db: Kysely<DB>, publicId: string, input: unknown): Promise<Submitted> {
  const parsed = validate(SubmitSurveyResponseInput, input);
  if (!parsed.ok) return parsed;
  return submitCheckedSurveyResponse(db, publicId, parsed.value);
}

/** submitSurveyResponse for input already parsed with SubmitSurveyResponseInput (the HTTP edge validates it). */
export async function submitCheckedSurveyResponse(
  db: Kysely<DB>,
  publicId: string,
  r: SurveySubmission,
): Promise<Submitted> {
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
