import { randomFillSync } from "node:crypto";
import { type CheckedAnswer, maskPersonalData } from "@motmap/core";
import { type Kysely, sql, type Transaction } from "kysely";
import { sqliteHandle } from "../connect.ts";
import type { HospitalContext } from "../context.ts";
import type { RollupBatch } from "../insight/apply-response-rollups.ts";
import type { DB } from "../schema.ts";
import { encodeAnswers } from "./stored-answers.ts";

/** One response to write in bulk: answers already checked against `surveyVersion`. */
export interface CheckedResponse {
  /** Unique per survey; a key already stored is skipped (counted as a duplicate), never written twice. */
  submissionKey: string;
  submittedAt: string;
  visitDate: string | null;
  departmentId: string | null;
  segment: string | null;
  answers: readonly CheckedAnswer[];
}

export interface ImportTarget {
  surveyId: string;
  surveyVersion: number;
  /** The survey_imports row the responses belong to, if any. */
  importId: string | null;
  channel?: "import";
  /**
   * Receives every response the insert actually created (not the duplicates it skipped), so the caller
   * applies rollups from memory instead of reading a million rows back.
   */
  rollups?: RollupBatch;
}

/**
 * Writes responses in bulk inside the caller's transaction. SQLite: one prepared better-sqlite3
 * statement run per row (INSERT OR IGNORE; a compiled Kysely query per row costs more than the insert).
 * PostgreSQL and PGlite: one INSERT … SELECT FROM unnest(…) per batch with ON CONFLICT DO NOTHING, the
 * next batch prepared while the server writes the previous one. Text must already be masked.
 */
export interface ResponseWriter {
  add(response: CheckedResponse): void | Promise<void>;
  /** Writes what is buffered; returns how many rows were created in all (the rest were duplicates). */
  finish(): Promise<number>;
  /** Gives back what the writer borrowed (SQLite's page cache size); call after the transaction ends. */
  release(): void;
}

const PG_BATCH = 5000;
// 256 MB of page cache for the import's duration: the three indexes of survey_responses thrash the
// default 2 MB cache on a million rows (measured 15 s → 9 s with a large cache).
const IMPORT_CACHE_KIB = 262_144;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/**
 * UUIDv7 ids like newSortableId, with the random bits drawn from a pooled buffer: one
 * getRandomValues call per id cost more than the insert itself on a million rows.
 */
export function sortableIdSource(): (ms: number) => string {
  const pool = Buffer.alloc(10 * 4096);
  let at = pool.length;
  return (ms) => {
    if (at === pool.length) {
      randomFillSync(pool);
      at = 0;
    }
    let time = "";
    let t = ms;
    for (let i = 0; i < 6; i++) {
      time = (HEX[t % 256] as string) + time;
      t = Math.floor(t / 256);
    }
    const r = pool;
    const o = at;
    at += 10;
    return `${time.slice(0, 8)}-${time.slice(8)}-7${HEX[r[o] as number]?.slice(1)}${HEX[r[o + 1] as number]}-${
      HEX[0x80 | ((r[o + 2] as number) & 0x3f)]
    }${HEX[r[o + 3] as number]}-${HEX[r[o + 4] as number]}${HEX[r[o + 5] as number]}${HEX[r[o + 6] as number]}${
      HEX[r[o + 7] as number]
    }${HEX[r[o + 8] as number]}${HEX[r[o + 9] as number]}`;
  };
}

const quote = (s: string | number) => (typeof s === "number" ? String(s) : `'${s.replaceAll("'", "''")}'`);

export function openResponseWriter(
  ctx: HospitalContext,
  trx: Transaction<DB>,
  target: ImportTarget,
  db: Kysely<DB> = ctx.db,
): ResponseWriter {
  const raw = sqliteHandle(db);
  const channel = target.channel ?? "import";
  if (raw) {
    // Constant columns are literals, so each run binds only what varies.
    const statement = raw.prepare(
      `INSERT OR IGNORE INTO survey_responses (id, hospital_id, survey_id, survey_version, channel, import_id,
         submitted_at, visit_date, department_id, segment, submission_key, answers, touchpoint_ids)
       VALUES (?, ${quote(ctx.hospitalId)}, ${quote(target.surveyId)}, ${quote(target.surveyVersion)}, ${quote(channel)},
         ${target.importId === null ? "NULL" : quote(target.importId)}, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const previousCache = raw.pragma("cache_size", { simple: true }) as number;
    if (previousCache > -IMPORT_CACHE_KIB) raw.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
    let created = 0;
    let written = 0;
    let ms = Date.now();
    const nextId = sortableIdSource();
    return {
      add(r) {
        const stored = encodeAnswers(r.answers);
        // newSortableId reads the clock per id; one read per millisecond's worth of rows is plenty.
        const id = nextId(ms);
        const changes = statement.run(
          id,
          r.submittedAt,
          r.visitDate,
          r.departmentId,
          r.segment,
          r.submissionKey,
          stored.answers,
          stored.touchpointIds,
        ).changes;
        if (changes > 0) {
          created += changes;
          target.rollups?.add({ ...r, surveyVersion: target.surveyVersion, channel });
        }
        if ((++written & 1023) === 0) ms = Date.now();
      },
      async finish() {
        return created;
      },
      release() {
        raw.pragma(`cache_size = ${previousCache}`);
      },
    };
  }

  const columns = () => ({
    id: [] as string[],
    submittedAt: [] as string[],
    visitDate: [] as (string | null)[],
    departmentId: [] as (string | null)[],
    segment: [] as (string | null)[],
    submissionKey: [] as string[],
    answers: [] as string[],
    touchpointIds: [] as string[],
    responses: [] as CheckedResponse[],
  });
  let batch = columns();
  let created = 0;
  let inFlight: Promise<void> = Promise.resolve();
  const nextId = sortableIdSource();
  const flush = async () => {
    const b = batch;
    if (b.id.length === 0) return;
    batch = columns();
    await inFlight;
    const query = sql`insert into survey_responses (id, hospital_id, survey_id, survey_version, channel, import_id,
        submitted_at, visit_date, department_id, segment, submission_key, answers, touchpoint_ids)
      select u.id, ${ctx.hospitalId}, ${target.surveyId}, ${target.surveyVersion}::integer, ${channel}, ${target.importId}::text,
        u.submitted_at, u.visit_date, u.department_id, u.segment, u.submission_key, u.answers, u.touchpoint_ids
      from unnest(${b.id}::text[], ${b.submittedAt}::text[], ${b.visitDate}::text[], ${b.departmentId}::text[],
        ${b.segment}::text[], ${b.submissionKey}::text[], ${b.answers}::text[], ${b.touchpointIds}::text[])
        as u(id, submitted_at, visit_date, department_id, segment, submission_key, answers, touchpoint_ids)
      on conflict (survey_id, submission_key) do nothing
      returning submission_key`;
    // Not awaited here: the next batch is mapped while the server writes this one.
    const running = query.execute(trx).then((r) => {
      created += r.rows.length;
      const rollups = target.rollups;
      if (!rollups) return;
      const createdKeys = new Set(r.rows.map((row) => (row as { submission_key: string }).submission_key));
      for (const response of b.responses) {
        if (createdKeys.has(response.submissionKey)) {
          rollups.add({ ...response, surveyVersion: target.surveyVersion, channel });
        }
      }
    });
    inFlight = running;
    running.catch(() => {});
  };
  return {
    async add(r) {
      const stored = encodeAnswers(r.answers);
      batch.id.push(nextId(Date.now()));
      batch.submittedAt.push(r.submittedAt);
      batch.visitDate.push(r.visitDate);
      batch.departmentId.push(r.departmentId);
      batch.segment.push(r.segment);
      batch.submissionKey.push(r.submissionKey);
      batch.answers.push(stored.answers);
      batch.touchpointIds.push(stored.touchpointIds);
      if (target.rollups) batch.responses.push(r);
      if (batch.id.length >= PG_BATCH) await flush();
    },
    async finish() {
      await flush();
      await inFlight;
      return created;
    },
    release() {},
  };
}

/**
 * Writes already-checked responses (e.g. from FHIR QuestionnaireResponses) in the caller's transaction,
 * masking free text first. Submission keys should name their source ("fhir:<id>") so sources never
 * collide. Returns how many were created; the rest had a key already stored and were skipped.
 */
export async function insertImportedResponses(
  ctx: HospitalContext,
  trx: Transaction<DB>,
  target: ImportTarget,
  responses: Iterable<CheckedResponse> | AsyncIterable<CheckedResponse>,
): Promise<{ created: number; duplicates: number }> {
  const writer = openResponseWriter(ctx, trx, target);
  let count = 0;
  for await (const r of responses) {
    count++;
    const answers = r.answers.map((a) => (a.text === null ? a : { ...a, text: maskPersonalData(a.text).text }));
    await writer.add({ ...r, answers });
  }
  const created = await writer.finish();
  writer.release();
  return { created, duplicates: count - created };
}
