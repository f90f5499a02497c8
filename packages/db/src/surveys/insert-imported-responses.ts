import { type CheckedAnswer, maskPersonalData } from "@motmap/core";
import { type Kysely, sql, type Transaction } from "kysely";
import { sqliteHandle } from "../connect.ts";
import type { HospitalContext } from "../context.ts";
import type { RollupBatch } from "../insight/apply-response-rollups.ts";
import type { DB } from "../schema.ts";
import {
  type EncodedResponses,
  FIELD,
  fillRollupValues,
  pgArrayLiterals,
  RESPONSE_FIELDS,
} from "./encode-response-rows.ts";
import { sortableIdSource } from "./sortable-ids.ts";
import { encodeAnswers } from "./stored-answers.ts";

export { sortableIdSource } from "./sortable-ids.ts";

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
  /** Writes responses encoded elsewhere (encode-response-rows.ts, an import's worker), in order. */
  addEncoded(batch: EncodedResponses): void | Promise<void>;
  /** Writes what is buffered; returns how many rows were created in all (the rest were duplicates). */
  finish(): Promise<number>;
  /** Gives back what the writer borrowed (SQLite's page cache size); call after the transaction ends. */
  release(): void;
}

const PG_BATCH = 5000;
/**
 * Rows buffered by add() before a SQLite write. Each row is still its own statement run: 100-row
 * multi-VALUES statements measured slower here (10.5 s vs 6.9 s for 200k rows through the import).
 */
const SQLITE_ROWS = 100;
// 256 MB of page cache for the import's duration: the three indexes of survey_responses thrash the
// default 2 MB cache on a million rows (measured 15 s → 9 s with a large cache).
const IMPORT_CACHE_KIB = 262_144;

const NONE: ReadonlySet<string> = new Set();

const quote = (s: string | number) => (typeof s === "number" ? String(s) : `'${s.replaceAll("'", "''")}'`);

/** What an import encodes for this database: bound values (SQLite) or text[] literals (PostgreSQL). */
export const encodedOutputFor = (db: Kysely<DB>): "sqlite" | "postgres" => (sqliteHandle(db) ? "sqlite" : "postgres");

export function openResponseWriter(
  ctx: HospitalContext,
  trx: Transaction<DB>,
  target: ImportTarget,
  db: Kysely<DB> = ctx.db,
): ResponseWriter {
  const raw = sqliteHandle(db);
  const channel = target.channel ?? "import";
  const version = target.surveyVersion;
  const rollups = target.rollups;
  const rollupKeys = rollups ? rollups.questionKeys(version) : [];
  const rollupIndex = new Map(rollupKeys.map((k, i) => [k, i]));
  const width = rollupKeys.length;
  const F = RESPONSE_FIELDS;
  let created = 0;

  /**
   * Tells the rollups about the rows [from, from + count) once written: the ones created (`createdIds`, or
   * all when null) are added — or, when the batch was `counted` already, the ones not created are taken back.
   */
  const addRollups = (
    params: readonly (string | null)[],
    from: number,
    count: number,
    values: Int8Array,
    createdIds: ReadonlySet<string> | null,
    counted: boolean,
  ) => {
    if (!rollups) return;
    for (let i = from; i < from + count; i++) {
      const o = i * F;
      const wasCreated = createdIds === null || createdIds.has(params[o + FIELD.id] as string);
      if (wasCreated === counted) continue;
      rollups.addValues(
        version,
        channel,
        params[o + FIELD.submittedAt] as string,
        params[o + FIELD.visitDate] as string | null,
        params[o + FIELD.departmentId] as string | null,
        params[o + FIELD.segment] as string | null,
        values,
        i * width,
        counted ? -1 : 1,
      );
    }
  };

  // Rows given one by one (add) are encoded here and written SQLITE_ROWS / PG_BATCH at a time.
  const pendingRows = raw ? SQLITE_ROWS : PG_BATCH;
  const nextId = sortableIdSource();
  let pending: (string | null)[] = [];
  let pendingValues = new Int8Array(pendingRows * width).fill(-1);
  // Ids read the clock once per buffered batch: time-ordered is all they need.
  let ms = Date.now();
  const encode = (r: CheckedResponse): number => {
    const stored = encodeAnswers(r.answers);
    const n = pending.length / F;
    pending.push(
      nextId(ms),
      r.submittedAt,
      r.visitDate,
      r.departmentId,
      r.segment,
      r.submissionKey,
      stored.answers,
      stored.touchpointIds,
    );
    if (width > 0) fillRollupValues(r.answers, rollupIndex, pendingValues, n * width);
    return n + 1;
  };
  const takePending = () => {
    const taken = { params: pending, values: pendingValues, count: pending.length / F };
    pending = [];
    pendingValues = new Int8Array(pendingRows * width).fill(-1);
    ms = Date.now();
    return taken;
  };

  if (raw) {
    // Constant columns are literals, so each run binds only what varies.
    const insert = `INSERT OR IGNORE INTO survey_responses (id, hospital_id, survey_id, survey_version, channel,
        import_id, submitted_at, visit_date, department_id, segment, submission_key, answers, touchpoint_ids) VALUES `;
    const tuple = `(?, ${quote(ctx.hospitalId)}, ${quote(target.surveyId)}, ${quote(version)}, ${quote(channel)},
      ${target.importId === null ? "NULL" : quote(target.importId)}, ?, ?, ?, ?, ?, ?, ?)`;
    const one = raw.prepare(insert + tuple);
    const previousCache = raw.pragma("cache_size", { simple: true }) as number;
    if (previousCache > -IMPORT_CACHE_KIB) raw.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);

    const write = (params: readonly (string | null)[], count: number, values: Int8Array, counted: boolean) => {
      for (let i = 0; i < count; i++) {
        const o = i * F;
        const changes = one.run(
          params[o],
          params[o + 1],
          params[o + 2],
          params[o + 3],
          params[o + 4],
          params[o + 5],
          params[o + 6],
          params[o + 7],
        ).changes;
        if (changes > 0) {
          created += changes;
          if (!counted) addRollups(params, i, 1, values, null, false);
        } else if (counted) addRollups(params, i, 1, values, NONE, true);
      }
    };
    const flush = () => {
      const p = takePending();
      if (p.count > 0) write(p.params, p.count, p.values, false);
    };
    return {
      add(r) {
        if (encode(r) === SQLITE_ROWS) flush();
      },
      addEncoded(batch) {
        flush();
        write(batch.params, batch.params.length / F, batch.rollup, batch.counted === true);
      },
      async finish() {
        flush();
        return created;
      },
      release() {
        raw.pragma(`cache_size = ${previousCache}`);
      },
    };
  }

  let inFlight: Promise<void> = Promise.resolve();
  const write = async (
    arrays: string[],
    params: readonly (string | null)[],
    count: number,
    values: Int8Array,
    counted: boolean,
  ) => {
    if (count === 0) return;
    await inFlight;
    const [id, submittedAt, visitDate, departmentId, segment, submissionKey, answers, touchpointIds] = arrays;
    const query = sql`insert into survey_responses (id, hospital_id, survey_id, survey_version, channel, import_id,
        submitted_at, visit_date, department_id, segment, submission_key, answers, touchpoint_ids)
      select u.id, ${ctx.hospitalId}, ${target.surveyId}, ${version}::integer, ${channel}, ${target.importId}::text,
        u.submitted_at, u.visit_date, u.department_id, u.segment, u.submission_key, u.answers, u.touchpoint_ids
      from unnest(${id}::text[], ${submittedAt}::text[], ${visitDate}::text[], ${departmentId}::text[],
        ${segment}::text[], ${submissionKey}::text[], ${answers}::text[], ${touchpointIds}::text[])
        as u(id, submitted_at, visit_date, department_id, segment, submission_key, answers, touchpoint_ids)
      on conflict (survey_id, submission_key) do nothing`;
    // Not awaited here: the next batch is encoded while the server writes this one.
    const running = query.execute(trx).then(async (r) => {
      // PGlite leaves the count out when it is 0.
      const changes = Number(r.numAffectedRows ?? 0n);
      created += changes;
      if (changes === count) addRollups(params, 0, count, values, null, counted);
      else if (changes === 0) addRollups(params, 0, count, values, NONE, counted);
      else if (rollups) {
        // Some keys were stored already: the rows created are those whose new id is in the table.
        const ids = Array.from({ length: count }, (_, k) => params[k * F + FIELD.id] as string);
        const rows = await trx.selectFrom("survey_responses").select("id").where("id", "in", ids).execute();
        addRollups(params, 0, count, values, new Set(rows.map((row) => row.id)), counted);
      }
    });
    inFlight = running;
    running.catch(() => {});
  };
  const flush = async () => {
    const p = takePending();
    await write(pgArrayLiterals(p.params, p.count), p.params, p.count, p.values, false);
  };
  return {
    async add(r) {
      if (encode(r) === PG_BATCH) await flush();
    },
    async addEncoded(batch) {
      await flush();
      const count = batch.params.length / F;
      await write(
        batch.arrays ?? pgArrayLiterals(batch.params, count),
        batch.params,
        count,
        batch.rollup,
        batch.counted === true,
      );
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
