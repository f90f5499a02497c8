import type { Kysely, Transaction } from "kysely";
import { sqliteHandle } from "../connect.ts";
import type { HospitalContext } from "../context.ts";
import type { DB } from "../schema.ts";
import type { StoredAnswer } from "../surveys/stored-answers.ts";
import { RollupBatch } from "./apply-response-rollups.ts";
import { surveyDefinitions } from "./recompute-rollups.ts";
import { applyRememberedRollups } from "./remembered-rollups.ts";

const BATCH = 2000;

/** The next BATCH responses still pending, in the order of their partial index. */
export function pendingRowsQuery(
  db: Kysely<DB> | Transaction<DB>,
  scope: { hospitalId?: string; surveyId?: string },
  locking: boolean,
) {
  let q = db
    .selectFrom("survey_responses")
    .select([
      "id",
      "hospital_id",
      "survey_id",
      "survey_version",
      "submitted_at",
      "visit_date",
      "department_id",
      "segment",
      "channel",
      "answers",
    ])
    .where("rollup_pending", "=", 1)
    // The partial index's own order. By id alone, SQLite walked the primary key through every response
    // ever stored to find the few pending ones: a full scan at every run, growing with the table.
    .orderBy("hospital_id")
    .orderBy("survey_id")
    .orderBy("id")
    .limit(BATCH);
  if (scope.hospitalId) q = q.where("hospital_id", "=", scope.hospitalId);
  if (scope.surveyId) q = q.where("survey_id", "=", scope.surveyId);
  if (locking) q = q.forUpdate().skipLocked();
  return q;
}

/**
 * Applies the rollups of responses written pending (the public submit) and clears their mark, in the
 * caller's transaction: exactly once, because the delta and the cleared mark commit together. On
 * PostgreSQL the pending rows are locked (SKIP LOCKED), so two servers never apply the same row.
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
      // The root database, not the transaction: RollupBatch finds SQLite's handle through it, for prepared
      // upserts (with the transaction it fell back to compiling Kysely upserts: 34 µs a rollup row).
      // It queries only through `trx`.
      const ctx: HospitalContext = { db, hospitalId: first.hospital_id, actorId: null };
      const batch = new RollupBatch(first.survey_id, await surveyDefinitions(trx, ctx, first.survey_id));
      for (const r of list) {
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
      await batch.apply(trx, ctx);
    }
    await trx
      .updateTable("survey_responses")
      .set({ rollup_pending: 0 })
      .where(
        "id",
        "in",
        rows.map((r) => r.id),
      )
      .execute();
    applied += rows.length;
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
  // Cheap when nothing is pending: one probe of a partial index.
  let probe = db.selectFrom("survey_responses").select("id").where("rollup_pending", "=", 1).limit(1);
  if (scope.hospitalId) probe = probe.where("hospital_id", "=", scope.hospitalId);
  if (scope.surveyId) probe = probe.where("survey_id", "=", scope.surveyId);
  if (!(await probe.executeTakeFirst())) return remembered;
  return remembered + (await db.transaction().execute((trx) => applyPendingRollupsIn(trx, db, scope)));
}
