import type { Kysely, Transaction } from "kysely";
import { sqliteHandle } from "../connect.ts";
import type { HospitalContext } from "../context.ts";
import type { DB } from "../schema.ts";
import type { StoredAnswer } from "../surveys/stored-answers.ts";
import { RollupBatch } from "./apply-response-rollups.ts";
import { dequeuePending } from "./pending-queue.ts";
import { surveyDefinitions } from "./recompute-rollups.ts";
import { applyRememberedRollups } from "./remembered-rollups.ts";

const BATCH = 2000;

/**
 * The next BATCH responses still pending, in their queue's key order. A queued response that no longer
 * exists (deleted with its survey while pending) comes with null columns: its queue row is dropped.
 */
export function pendingRowsQuery(
  db: Kysely<DB> | Transaction<DB>,
  scope: { hospitalId?: string; surveyId?: string },
  locking: boolean,
) {
  let q = db
    .selectFrom("rollup_pending_responses as p")
    .leftJoin("survey_responses as r", "r.id", "p.response_id")
    .select([
      "p.response_id as id",
      "p.hospital_id",
      "p.survey_id",
      "r.id as stored_id",
      "r.survey_version",
      "r.submitted_at",
      "r.visit_date",
      "r.department_id",
      "r.segment",
      "r.channel",
      "r.answers",
    ])
    .orderBy("p.hospital_id")
    .orderBy("p.survey_id")
    .orderBy("p.response_id")
    .limit(BATCH);
  if (scope.hospitalId) q = q.where("p.hospital_id", "=", scope.hospitalId);
  if (scope.surveyId) q = q.where("p.survey_id", "=", scope.surveyId);
  if (locking) q = q.forUpdate("p").skipLocked();
  return q;
}

/**
 * Applies the rollups of responses queued pending (the public submit) and removes them from the queue,
 * in the caller's transaction: exactly once, because the delta and the dequeue commit together. On
 * PostgreSQL the queue rows are locked (SKIP LOCKED), so two servers never apply the same response.
 * Scope: one hospital (and optionally one survey) or, with no context, every hospital.
 */
export async function applyPendingRollupsIn(
  trx: Transaction<DB>,
  db: Kysely<DB>,
  scope: { hospitalId?: string; surveyId?: string },
): Promise<number> {
  // PostgreSQL locks what it applies; SQLite has one writer at a time anyway.
  const locking = sqliteHandle(db) === undefined;
  let applied = 0;
  for (;;) {
    const rows = await pendingRowsQuery(trx, scope, locking).execute();
    if (rows.length === 0) return applied;
    const bySurvey = new Map<string, typeof rows>();
    for (const r of rows) {
      const key = `${r.hospital_id}\u0000${r.survey_id}`;
      const list = bySurvey.get(key) ?? [];
      list.push(r);
      bySurvey.set(key, list);
    }
    for (const list of bySurvey.values()) {
      const first = list[0];
      if (!first) continue;
      const stored = list.filter((r) => r.stored_id !== null);
      if (stored.length > 0) {
        // The root database, not the transaction: RollupBatch finds SQLite's handle through it, for prepared
        // upserts (with the transaction it fell back to compiling Kysely upserts: 34 µs a rollup row).
        // It queries only through `trx`.
        const ctx: HospitalContext = { db, hospitalId: first.hospital_id, actorId: null };
        const batch = new RollupBatch(first.survey_id, await surveyDefinitions(trx, ctx, first.survey_id));
        for (const r of stored) {
          batch.add({
            surveyVersion: Number(r.survey_version),
            submittedAt: r.submitted_at as string,
            visitDate: r.visit_date ?? null,
            departmentId: r.department_id ?? null,
            segment: r.segment ?? null,
            channel: r.channel as string,
            answers: JSON.parse(r.answers as string) as StoredAnswer[],
          });
        }
        await batch.apply(trx, ctx);
        applied += stored.length;
      }
      await dequeuePending(
        trx,
        db,
        first.hospital_id,
        first.survey_id,
        list.map((r) => r.id),
      );
    }
    if (rows.length < BATCH) return applied;
  }
}

/**
 * Brings the rollups up to date with every committed response: run by the server every few seconds and
 * before a dashboard query, so what a dashboard reads always equals a full recomputation.
 */
export async function applyPendingRollups(
  db: Kysely<DB>,
  scope: { hospitalId?: string; surveyId?: string } = {},
): Promise<number> {
  // What this process's submits folded as they committed first; then whatever is still pending.
  const remembered = await applyRememberedRollups(db, scope);
  // Cheap when nothing is pending: one probe of the queue.
  let probe = db.selectFrom("rollup_pending_responses").select("response_id").limit(1);
  if (scope.hospitalId) probe = probe.where("hospital_id", "=", scope.hospitalId);
  if (scope.surveyId) probe = probe.where("survey_id", "=", scope.surveyId);
  if (!(await probe.executeTakeFirst())) return remembered;
  return remembered + (await db.transaction().execute((trx) => applyPendingRollupsIn(trx, db, scope)));
}
