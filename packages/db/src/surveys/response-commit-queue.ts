import type { AlertRule, CheckedAnswer, SurveyDefinition } from "@motmap/core";
import type SQLite from "better-sqlite3";
import type { Kysely, Transaction } from "kysely";
import { loadSurveyAlertRules, raiseSurveyResponseAlerts } from "../alerts/raise-source-alerts.ts";
import { sqliteHandle } from "../connect.ts";
import { enqueuePending } from "../insight/pending-queue.ts";
import { rememberCommittedResponse } from "../insight/remembered-rollups.ts";
import type { DB, SurveyResponsesTable } from "../schema.ts";

/** What a submission needs of an open survey: which version it answers and that version's questions. */
export interface OpenSurvey {
  id: string;
  hospital_id: string;
  number: number;
  definition: SurveyDefinition;
}

/** One public submission, checked and masked, ready to insert (the survey's columns come from OpenSurvey). */
export type ResponseRow = Omit<SurveyResponsesTable, "hospital_id" | "survey_id" | "survey_version" | "import_id">;

/**
 * created: written. not_written: the key was already stored, or the survey is no longer published at
 * this version (the caller tells which). unknown_department: the department is not the hospital's.
 */
export type CommitOutcome = "created" | "not_written" | "unknown_department";

interface Entry {
  survey: OpenSurvey;
  row: ResponseRow;
  /** The masked answers, for the service-recovery alert rules. */
  answers: readonly CheckedAnswer[];
  resolve: (outcome: CommitOutcome) => void;
  reject: (error: unknown) => void;
}

/** Columns in the order of the prepared SQLite insert's parameters. */
const INSERT_SQL = `INSERT INTO survey_responses (id, hospital_id, survey_id, survey_version, submitted_at, channel,
    visit_date, department_id, segment, submission_key, answers, touchpoint_ids)
  SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
  WHERE EXISTS (SELECT 1 FROM surveys WHERE id = ? AND hospital_id = ? AND status = 'published' AND published_version = ?)
  ON CONFLICT (survey_id, submission_key) DO NOTHING`;
const DEPARTMENT_SQL = "SELECT 1 FROM departments WHERE id = ? AND hospital_id = ?";

/** SQLite statements prepared once per connection: a compiled Kysely query per submission costs more than the insert. */
const prepared = new WeakMap<SQLite.Database, { insert: SQLite.Statement; department: SQLite.Statement }>();

function statementsOf(raw: SQLite.Database) {
  let s = prepared.get(raw);
  if (!s) {
    s = { insert: raw.prepare(INSERT_SQL), department: raw.prepare(DEPARTMENT_SQL).pluck() };
    prepared.set(raw, s);
  }
  return s;
}

/**
 * Inserts one response only while `survey` is published at the version it was checked against, and
 * only if its submission key is new (Kysely, for PostgreSQL and PGlite; SQLite uses the same SQL prepared).
 */
async function insertWithKysely(trx: Transaction<DB>, survey: OpenSurvey, values: ResponseRow): Promise<CommitOutcome> {
  if (values.department_id) {
    const department = await trx
      .selectFrom("departments")
      .select("id")
      .where("id", "=", values.department_id)
      .where("hospital_id", "=", survey.hospital_id)
      .executeTakeFirst();
    if (!department) return "unknown_department";
  }
  const result = await trx
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
    ])
    .expression(
      trx
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
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? "created" : "not_written";
}

function insertWithStatements(raw: SQLite.Database, survey: OpenSurvey, v: ResponseRow): CommitOutcome {
  const s = statementsOf(raw);
  if (v.department_id && s.department.get(v.department_id, survey.hospital_id) === undefined) {
    return "unknown_department";
  }
  const { changes } = s.insert.run(
    v.id,
    survey.hospital_id,
    survey.id,
    survey.number,
    v.submitted_at,
    v.channel,
    v.visit_date,
    v.department_id,
    v.segment,
    v.submission_key,
    v.answers,
    v.touchpoint_ids,
    survey.id,
    survey.hospital_id,
    survey.number,
  );
  return changes === 1 ? "created" : "not_written";
}

/**
 * Group commit for public submissions. Under load, a transaction per submission spends most of its
 * time committing (and, on SQLite, serialises on the one connection); here every submission that
 * arrives while a batch commits waits for the next batch, which writes them all in one transaction.
 * A submission is answered only after its batch has committed, so an answer of 201 is as durable as
 * before. If a batch fails, its submissions are retried one transaction each, so one bad row (say, a
 * department deleted a moment ago) fails alone.
 */
class ResponseCommitQueue {
  private waiting: Entry[] = [];
  private flushing = false;

  constructor(private readonly db: Kysely<DB>) {}

  commit(survey: OpenSurvey, row: ResponseRow, answers: readonly CheckedAnswer[]): Promise<CommitOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ survey, row, answers, resolve, reject });
      // The first arrival schedules the flush after this turn's I/O, so a burst lands in one batch.
      if (!this.flushing && this.waiting.length === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting;
        this.waiting = [];
        await this.write(batch);
      }
    } finally {
      this.flushing = false;
    }
  }

  private async write(batch: Entry[]): Promise<void> {
    let outcomes: CommitOutcome[];
    try {
      outcomes = await this.db.transaction().execute((trx) => this.insert(trx, batch));
    } catch (batchError) {
      if (batch.length === 1) {
        batch[0]?.reject(batchError);
        return;
      }
      for (const entry of batch) {
        try {
          this.settle([entry], await this.db.transaction().execute((trx) => this.insert(trx, [entry])));
        } catch (e) {
          entry.reject(e);
        }
      }
      return;
    }
    this.settle(batch, outcomes);
  }

  /** Answers a committed batch; its created responses' rollups are folded into memory for the applier. */
  private settle(batch: Entry[], outcomes: CommitOutcome[]): void {
    for (let i = 0; i < batch.length; i++) {
      const e = batch[i] as Entry;
      if (outcomes[i] === "created") {
        rememberCommittedResponse(this.db, {
          hospitalId: e.survey.hospital_id,
          surveyId: e.survey.id,
          surveyVersion: e.survey.number,
          definition: e.survey.definition,
          id: e.row.id,
          submittedAt: e.row.submitted_at,
          visitDate: e.row.visit_date,
          departmentId: e.row.department_id,
          segment: e.row.segment,
          channel: e.row.channel,
          answers: e.answers,
        });
      }
      e.resolve(outcomes[i] as CommitOutcome);
    }
  }

  private async insert(trx: Transaction<DB>, batch: Entry[]): Promise<CommitOutcome[]> {
    // Kysely's SQLite driver has one connection: inside its transaction, statements run on the raw
    // handle belong to the transaction.
    const raw = sqliteHandle(this.db);
    const outcomes: CommitOutcome[] = [];
    for (const e of batch) {
      outcomes.push(raw ? insertWithStatements(raw, e.survey, e.row) : await insertWithKysely(trx, e.survey, e.row));
    }
    // Rollups follow in batches (insight/apply-pending-rollups.ts): each created response is queued as
    // pending in the same transaction, so the submit stays two small inserts.
    await enqueuePending(
      trx,
      this.db,
      batch
        .filter((_, i) => outcomes[i] === "created")
        .map((e) => ({ hospitalId: e.survey.hospital_id, surveyId: e.survey.id, responseId: e.row.id })),
    );
    // Service-recovery alerts commit with their responses. Most answers are too high to need the rules;
    // those that do read each hospital's rules once per batch.
    const rules = new Map<string, Promise<AlertRule[]>>();
    const rulesOf = (hospitalId: string) => () => {
      let read = rules.get(hospitalId);
      if (!read) {
        read = loadSurveyAlertRules(trx, hospitalId);
        rules.set(hospitalId, read);
      }
      return read;
    };
    for (let i = 0; i < batch.length; i++) {
      const e = batch[i] as Entry;
      if (outcomes[i] !== "created") continue;
      await raiseSurveyResponseAlerts(
        trx,
        e.survey.hospital_id,
        { surveyId: e.survey.id, responseId: e.row.id, answers: e.answers },
        rulesOf(e.survey.hospital_id),
      );
    }
    return outcomes;
  }
}

const queues = new WeakMap<Kysely<DB>, ResponseCommitQueue>();

/** Writes one public submission in the next group commit of `db`; resolves once it has committed. */
export function commitResponse(
  db: Kysely<DB>,
  survey: OpenSurvey,
  row: ResponseRow,
  answers: readonly CheckedAnswer[],
): Promise<CommitOutcome> {
  let queue = queues.get(db);
  if (!queue) {
    queue = new ResponseCommitQueue(db);
    queues.set(db, queue);
  }
  return queue.commit(survey, row, answers);
}
