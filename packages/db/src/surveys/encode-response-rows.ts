import { hash } from "node:crypto";
import {
  type AlertRule,
  type CheckedAnswer,
  describeMappedRow,
  evaluateSurveyAnswers,
  type FiredRule,
  hasLowSatisfaction,
  type ImportDepartment,
  type ImportMapping,
  type ImportRowError,
  MAX_REPORTED_ERRORS,
  mapResponseRow,
  planResponseImport,
  type ResponseImportPlan,
  RowKeyCounter,
  type RowKeyCounterState,
  type SurveyDefinition,
} from "@motmap/core";
import { type RollupAggregates, RollupCells } from "../insight/rollup-cells.ts";
import { sortableIdSource } from "./sortable-ids.ts";
import { encodeAnswers } from "./stored-answers.ts";

// The CPU half of a bulk response import — map each row, mask, encode the stored answers, evaluate the
// alert rules — from packed rows to the exact values the insert binds. It has no database and no
// closures in its input, so it runs the same in a worker thread (large files) or in the caller's.

/** Imported responses carry their dedupe key under this prefix, apart from the public page's UUIDs. */
export const importSubmissionKey = (dedupeKey: string) => `import:${dedupeKey}`;

/**
 * Values a bulk write binds per response, in this order: id, submitted_at, visit_date, department_id,
 * segment, submission_key, answers, touchpoint_ids.
 */
export const RESPONSE_FIELDS = 8;
export const FIELD = {
  id: 0,
  submittedAt: 1,
  visitDate: 2,
  departmentId: 3,
  segment: 4,
  submissionKey: 5,
  answers: 6,
  touchpointIds: 7,
} as const;

/** Responses ready to insert: what a ResponseWriter takes in bulk. */
export interface EncodedResponses {
  /**
   * RESPONSE_FIELDS values per response. PostgreSQL batches leave answers and touchpoint_ids null here:
   * they travel in `arrays`.
   */
  params: (string | null)[];
  /** PostgreSQL: the RESPONSE_FIELDS columns as text[] literals (built off the main thread); else null. */
  arrays: string[] | null;
  /** Per response, one value per rollup question (RollupBatch.questionKeys order); −1 = not answered. */
  rollup: Int8Array<ArrayBuffer>;
  /**
   * The rollups already count every response of the batch (the encoder aggregated them): the writer takes
   * back the ones it did not create instead of adding the ones it did.
   */
  counted?: boolean;
}

/** One batch of rows, mapped: the report's share and the valid rows, encoded. */
export interface EncodedBatch extends EncodedResponses {
  rows: number;
  valid: number;
  errorCount: number;
  /** The first MAX_REPORTED_ERRORS errors of the batch, in row order. */
  errors: ImportRowError[];
  /** describe() of the first valid rows of the whole file, up to SAMPLE_ROWS in all. */
  sample: Record<string, string>[];
  /** The low-satisfaction rules valid rows fire: [index among the batch's valid rows, fired]. */
  fired: [number, FiredRule[]][];
}

export interface ResponseEncoderSetup {
  header: string[];
  mapping: ImportMapping;
  definition: SurveyDefinition;
  departments: ImportDepartment[];
  importedAt: string;
  /** The rollups to aggregate the valid rows into (commit only), in the import's channel. */
  rollups: { surveyId: string; version: number; timeZone: string } | null;
  /** Low-satisfaction rules of the hospital (none: no alert is evaluated). */
  rules: AlertRule[];
  /** preview: keys, dimensions, errors and samples only. */
  output: "sqlite" | "postgres" | "preview";
}

const SAMPLE_ROWS = 5;

/** What an encoder has learnt from the rows so far, to carry on in another thread (ResponseRowEncoder.resume). */
export interface EncoderState {
  seen: RowKeyCounterState;
  sampled: number;
  rejected: boolean;
  rollups: RollupAggregates | null;
}

/** Rows of a table as one string and three typed arrays: cheap to post to a worker, unlike a million arrays. */
export interface PackedRows {
  count: number;
  text: string;
  /** Spreadsheet row number of each row. */
  rows: Int32Array<ArrayBuffer>;
  /** Row i's cells are cellEnds[cellStarts[i] … cellStarts[i + 1]). */
  cellStarts: Int32Array<ArrayBuffer>;
  /** End offset in `text` of each cell. */
  cellEnds: Int32Array<ArrayBuffer>;
}

export class RowPacker {
  // Joined once per batch: appending to one string made a rope node per cell for the GC to collect.
  private parts: string[] = [];
  private length = 0;
  private count = 0;
  private cells = 0;
  private rows: Int32Array;
  private cellStarts: Int32Array;
  private cellEnds: Int32Array;

  constructor(readonly capacity: number) {
    this.rows = new Int32Array(capacity);
    this.cellStarts = new Int32Array(capacity + 1);
    this.cellEnds = new Int32Array(capacity * 8);
  }

  get size(): number {
    return this.count;
  }

  add(row: number, cells: readonly string[]): void {
    this.rows[this.count] = row;
    this.cellStarts[this.count] = this.cells;
    this.count++;
    if (this.cells + cells.length > this.cellEnds.length) {
      const grown = new Int32Array(Math.max(this.cellEnds.length * 2, this.cells + cells.length));
      grown.set(this.cellEnds);
      this.cellEnds = grown;
    }
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i] as string;
      this.parts.push(c);
      this.length += c.length;
      this.cellEnds[this.cells++] = this.length;
    }
  }

  take(): PackedRows {
    this.cellStarts[this.count] = this.cells;
    const packed: PackedRows = {
      count: this.count,
      text: this.parts.join(""),
      rows: this.rows.slice(0, this.count),
      cellStarts: this.cellStarts.slice(0, this.count + 1),
      cellEnds: this.cellEnds.slice(0, this.cells),
    };
    this.parts = [];
    this.length = 0;
    this.count = 0;
    this.cells = 0;
    return packed;
  }
}

function unpackCells(p: PackedRows, i: number): string[] {
  const start = p.cellStarts[i] as number;
  const end = p.cellStarts[i + 1] as number;
  const cells = new Array<string>(end - start);
  let from = start === 0 ? 0 : (p.cellEnds[start - 1] as number);
  for (let c = start; c < end; c++) {
    const to = p.cellEnds[c] as number;
    cells[c - start] = p.text.slice(from, to);
    from = to;
  }
  return cells;
}

/**
 * Writes the numeric answers into `out` at `at`, one slot per rollup question (−1 = not answered).
 * Throws on a value no scale holds, like RollupBatch.add.
 */
export function fillRollupValues(
  answers: readonly CheckedAnswer[],
  index: ReadonlyMap<string, number>,
  out: Int8Array,
  at: number,
): void {
  for (const a of answers) {
    const v = a.value;
    if (v === null) continue;
    const qi = index.get(a.question.key);
    if (qi === undefined) continue;
    if (!Number.isInteger(v) || v < 0 || v > 100) throw new RangeError(`rollups: answer ${v} to ${a.question.key}`);
    out[at + qi] = v;
  }
}

const ESCAPED = /[\\"]/g;

/** One field of `count` responses as a PostgreSQL text[] literal. */
export function pgArrayLiteral(params: readonly (string | null)[], field: number, count: number): string {
  const parts = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const v = params[i * RESPONSE_FIELDS + field];
    if (v === null || v === undefined) parts[i] = "NULL";
    else if (v.indexOf('"') < 0 && v.indexOf("\\") < 0) parts[i] = `"${v}"`;
    else parts[i] = `"${v.replace(ESCAPED, "\\$&")}"`;
  }
  return `{${parts.join(",")}}`;
}

/** The RESPONSE_FIELDS columns of `count` responses as PostgreSQL text[] literals. */
export function pgArrayLiterals(params: readonly (string | null)[], count: number): string[] {
  return Array.from({ length: RESPONSE_FIELDS }, (_, f) => pgArrayLiteral(params, f, count));
}

// One-shot hashing: half the cost of a Hash object per row (measured 2.0 → 1.0 s per million keys).
const sha256 = (text: string) => hash("sha256", text, "buffer");

/** Maps and encodes packed rows, in file order (the plan remembers the keys it has seen). */
export class ResponseRowEncoder {
  private readonly plan: ResponseImportPlan;
  private readonly rollupIndex: Map<string, number>;
  private readonly cells: RollupCells | null;
  private readonly nextId = sortableIdSource();
  private sampled = 0;
  /** A bad row was seen: nothing will be written, so nothing more is aggregated. */
  private rejected = false;

  constructor(private readonly setup: ResponseEncoderSetup) {
    const planned = planResponseImport(setup.header, setup.mapping, setup.definition, setup.departments, {
      sha256,
      importedAt: setup.importedAt,
    });
    // The caller plans first and reports a bad mapping; here it can only be a bug.
    if (!planned.ok) throw new Error(`import plan failed: ${planned.errors[0]?.messageEn}`);
    this.plan = planned.plan;
    const r = setup.rollups;
    this.cells = r ? new RollupCells(r.surveyId, new Map([[r.version, setup.definition]]), r.timeZone) : null;
    const keys = r && this.cells ? this.cells.questionKeys(r.version) : [];
    this.rollupIndex = new Map(keys.map((k, i) => [k, i]));
  }

  /** Stops here: the state another encoder of the same setup resumes from, and the rollups so far. */
  handOver(): EncoderState {
    return {
      seen: this.plan.seen.state(),
      sampled: this.sampled,
      rejected: this.rejected,
      rollups: this.takeRollups(),
    };
  }

  /** Carries on after the rows another encoder handed over (their rollups stay with that one's caller). */
  resume(state: EncoderState): void {
    this.plan.seen = RowKeyCounter.fromState(state.seen);
    this.sampled = state.sampled;
    this.rejected = state.rejected;
  }

  /** The rollups of every valid row encoded so far (none once a row was bad); empties them. */
  takeRollups(): RollupAggregates | null {
    return this.cells && !this.rejected ? this.cells.takeAggregates() : null;
  }

  /** Maps and encodes packed rows (posted by the import's thread). */
  encode(p: PackedRows): EncodedBatch {
    return this.encodeEach(
      p.count,
      (i) => unpackCells(p, i),
      (i) => p.rows[i] as number,
    );
  }

  /** Maps and encodes rows as a table reader gives them (read in this thread). */
  encodeRows(rows: readonly { row: number; cells: readonly string[] }[]): EncodedBatch {
    return this.encodeEach(
      rows.length,
      (i) => (rows[i] as { cells: readonly string[] }).cells,
      (i) => (rows[i] as { row: number }).row,
    );
  }

  private encodeEach(
    count: number,
    cellsOf: (i: number) => readonly string[],
    rowOf: (i: number) => number,
  ): EncodedBatch {
    const p = { count };
    const { output, rules } = this.setup;
    const width = this.rollupIndex.size;
    const params: (string | null)[] = [];
    const rollup = new Int8Array(output === "preview" ? 0 : p.count * width).fill(-1);
    const batch: EncodedBatch = {
      rows: p.count,
      valid: 0,
      errorCount: 0,
      errors: [],
      sample: [],
      fired: [],
      params,
      arrays: null,
      rollup,
      counted: this.cells !== null,
    };
    const version = this.setup.rollups?.version ?? 0;
    // Ids are time-ordered: one clock read per batch is precise enough.
    const ms = Date.now();
    for (let i = 0; i < p.count; i++) {
      const mapped = mapResponseRow(cellsOf(i), rowOf(i), this.plan);
      if (!mapped.ok) {
        this.rejected = true;
        batch.errorCount += mapped.errors.length;
        for (const e of mapped.errors) if (batch.errors.length < MAX_REPORTED_ERRORS) batch.errors.push(e);
        continue;
      }
      const v = mapped.value;
      const k = batch.valid++;
      if (this.sampled < SAMPLE_ROWS) {
        batch.sample.push(describeMappedRow(v, this.plan));
        this.sampled++;
      }
      const key = importSubmissionKey(v.dedupeKey);
      if (output === "preview") {
        params.push(null, v.submittedAt, v.visitDate, v.departmentId, v.segment, key, null, null);
        continue;
      }
      const stored = encodeAnswers(v.answers);
      params.push(
        this.nextId(ms),
        v.submittedAt,
        v.visitDate,
        v.departmentId,
        v.segment,
        key,
        stored.answers,
        stored.touchpointIds,
      );
      fillRollupValues(v.answers, this.rollupIndex, rollup, k * width);
      if (this.cells && !this.rejected) {
        this.cells.addValues(
          version,
          "import",
          v.submittedAt,
          v.visitDate,
          v.departmentId,
          v.segment,
          rollup,
          k * width,
        );
      }
      if (rules.length > 0 && hasLowSatisfaction(v.answers)) {
        const fired = evaluateSurveyAnswers(rules, v.answers);
        if (fired.length > 0) batch.fired.push([k, fired]);
      }
    }
    if (output === "postgres") {
      batch.arrays = pgArrayLiterals(params, batch.valid);
      // The literals carry the long columns; the rest stay for rollups and keys.
      for (let i = 0; i < batch.valid; i++) {
        params[i * RESPONSE_FIELDS + FIELD.answers] = null;
        params[i * RESPONSE_FIELDS + FIELD.touchpointIds] = null;
      }
    }
    return batch;
  }
}
