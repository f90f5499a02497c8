import type SQLite from "better-sqlite3";
import type { Kysely, Transaction } from "kysely";
import { sqliteHandle } from "../connect.ts";
import type { DB } from "../schema.ts";

// The queue of public submissions whose rollups are still to be applied (rollup_pending_responses):
// written by the submit's group commit, emptied by the applier's two paths (remembered-rollups.ts and
// apply-pending-rollups.ts) in the transaction that applies the rollups.

const CHUNK = 500;
const statements = new WeakMap<SQLite.Database, { enqueue: SQLite.Statement; dequeue: SQLite.Statement }>();

function statementsOf(raw: SQLite.Database) {
  let s = statements.get(raw);
  if (!s) {
    s = {
      enqueue: raw.prepare(
        "INSERT INTO rollup_pending_responses (hospital_id, survey_id, response_id) VALUES (?, ?, ?)",
      ),
      dequeue: raw.prepare(
        "DELETE FROM rollup_pending_responses WHERE hospital_id = ? AND survey_id = ? AND response_id = ?",
      ),
    };
    statements.set(raw, s);
  }
  return s;
}

/** Queues responses just written in `trx` as pending: their rollups are applied with the next batch. */
export async function enqueuePending(
  trx: Transaction<DB>,
  db: Kysely<DB>,
  responses: readonly { hospitalId: string; surveyId: string; responseId: string }[],
): Promise<void> {
  const raw = sqliteHandle(db);
  if (raw) {
    const enqueue = statementsOf(raw).enqueue;
    for (const r of responses) enqueue.run(r.hospitalId, r.surveyId, r.responseId);
    return;
  }
  for (let i = 0; i < responses.length; i += CHUNK) {
    await trx
      .insertInto("rollup_pending_responses")
      .values(
        responses
          .slice(i, i + CHUNK)
          .map((r) => ({ hospital_id: r.hospitalId, survey_id: r.surveyId, response_id: r.responseId })),
      )
      .execute();
  }
}

/** Removes responses of one survey from the pending queue; returns how many were queued. */
export async function dequeuePending(
  trx: Transaction<DB>,
  db: Kysely<DB>,
  hospitalId: string,
  surveyId: string,
  ids: readonly string[],
): Promise<number> {
  const raw = sqliteHandle(db);
  if (raw) {
    const remove = statementsOf(raw).dequeue;
    let removed = 0;
    for (const id of ids) removed += remove.run(hospitalId, surveyId, id).changes;
    return removed;
  }
  let removed = 0;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const result = await trx
      .deleteFrom("rollup_pending_responses")
      .where("hospital_id", "=", hospitalId)
      .where("survey_id", "=", surveyId)
      .where("response_id", "in", ids.slice(i, i + CHUNK))
      .executeTakeFirst();
    removed += Number(result.numDeletedRows);
  }
  return removed;
}
