import { type CheckedAnswer, isoWeek, localDate, type SurveyDefinition, surveyQuestions } from "@motmap/core";
import type SQLite from "better-sqlite3";
import type { Transaction } from "kysely";
import { sqliteHandle } from "../connect.ts";
import type { HospitalContext } from "../context.ts";
import type { DB } from "../schema.ts";
import type { StoredAnswer } from "../surveys/stored-answers.ts";

/**
 * The hospital clock rollups bucket by when a response has no visit date. Hospitals carry no time zone
 * yet; Korean hospitals come first.
 */
export const ROLLUP_TIME_ZONE = "Asia/Seoul";

export const ROLLUP_GRAINS = ["month", "week"] as const;
export type RollupGrain = (typeof ROLLUP_GRAINS)[number];
/** One slicing dimension at a time: never their cross product, which would multiply the rows. */
export const ROLLUP_SLICES = ["all", "department", "site", "segment", "channel"] as const;
export type RollupSlice = (typeof ROLLUP_SLICES)[number];
/**
 * Slices kept at every grain and with co-moments. Segment and channel are kept by month only: a public
 * submission writes a third fewer rows (it upserts one row per answered question, grain and slice).
 */
export const FINE_SLICES: ReadonlySet<RollupSlice> = new Set(["all", "department", "site"]);

/** Scale points kept as count columns c0…c10 (NPS 0–10 is the widest scale). */
export const SCALE_POINTS = 11;
const PAIR_FIELDS = 6; // n, Σx, Σy, Σxy, Σx², Σy²

/** A response as the rollups see it: its dimensions and numeric answers (checked or as stored). */
export interface RollupResponse {
  surveyVersion: number;
  submittedAt: string;
  visitDate: string | null;
  departmentId: string | null;
  segment: string | null;
  channel: string;
  answers: readonly (CheckedAnswer | StoredAnswer)[];
}

interface PlannedQuestion {
  key: string;
  touchpointId: string;
  type: string;
  min: number;
  max: number;
}

/** What a survey version contributes: its numeric questions, and which pairs feed derived importance. */
interface VersionPlan {
  questions: PlannedQuestion[];
  index: Map<string, number>;
  /** Question indexes of x (touchpoint satisfaction) and y (overall satisfaction, NPS). */
  xs: number[];
  ys: number[];
  /** Position of a question among xs / ys, or −1. */
  xPos: Int32Array;
  yPos: Int32Array;
}

const NUMERIC: Record<string, (scale: number | undefined) => [number, number]> = {
  satisfaction: (scale) => [1, scale ?? 5],
  importance: () => [1, 5],
  nps: () => [0, 10],
  yes_no: () => [0, 1],
};

export function planVersion(definition: SurveyDefinition): VersionPlan {
  const questions: PlannedQuestion[] = [];
  for (const q of surveyQuestions(definition)) {
    const range = NUMERIC[q.type];
    if (!range) continue;
    const [min, max] = range(q.scale);
    questions.push({ key: q.key, touchpointId: q.touchpointId ?? "", type: q.type, min, max });
  }
  const xs: number[] = [];
  const ys: number[] = [];
  questions.forEach((q, i) => {
    if (q.type === "satisfaction" && q.touchpointId !== "") xs.push(i);
    else if ((q.type === "satisfaction" && q.touchpointId === "") || q.type === "nps") ys.push(i);
  });
  const xPos = new Int32Array(questions.length).fill(-1);
  const yPos = new Int32Array(questions.length).fill(-1);
  xs.forEach((q, i) => {
    xPos[q] = i;
  });
  ys.forEach((q, i) => {
    yPos[q] = i;
  });
  return { questions, index: new Map(questions.map((q, i) => [q.key, i])), xs, ys, xPos, yPos };
}

/** Responses of one survey version sharing a day and every dimension: the unit of in-memory aggregation. */
interface Cell {
  version: number;
  day: string;
  departmentId: string | null;
  segment: string | null;
  channel: string;
  /** Per question, counts per scale point. */
  counts: Float64Array;
  /** Per (x, y) pair, the six co-moment sums. */
  pairs: Float64Array;
}

interface ScoreAggregate {
  grain: RollupGrain;
  slice: RollupSlice;
  period: string;
  value: string;
  version: number;
  counts: Float64Array;
}

interface PairAggregate {
  slice: RollupSlice;
  period: string;
  value: string;
  version: number;
  sums: Float64Array;
}

/**
 * Cells kept before folding: bounds memory at ~10 MB however many responses a batch holds. A year of days
 * × departments × segments fits, so a bulk import folds once instead of re-creating cells after each fold.
 */
const MAX_CELLS = 16_384;

interface ScoreDelta {
  grain: RollupGrain;
  slice: RollupSlice;
  period: string;
  sliceValue: string;
  question: PlannedQuestion;
  counts: Float64Array;
}

const keyOf = (a: CheckedAnswer | StoredAnswer): string => ("k" in a ? a.k : a.question.key);
const answerValue = (a: CheckedAnswer | StoredAnswer): number | null | undefined => ("k" in a ? a.v : a.value);

/**
 * Collects responses of one survey in memory — a few array increments per answer — and writes their
 * rollup deltas with one upsert row per distinct rollup key. A 1 M-row import adds every row and applies
 * once (or per batch): the number of written rows depends on days × dimensions × questions, not on rows.
 */
export class RollupBatch {
  private readonly cells = new Map<string, Cell>();
  private readonly plans = new Map<number, VersionPlan>();
  private readonly days = new Map<string, string>();
  private count = 0;

  constructor(
    readonly surveyId: string,
    definitions: ReadonlyMap<number, SurveyDefinition> | ((version: number) => SurveyDefinition | undefined),
    readonly timeZone = ROLLUP_TIME_ZONE,
  ) {
    this.definitionOf = typeof definitions === "function" ? definitions : (v) => definitions.get(v);
  }

  private readonly definitionOf: (version: number) => SurveyDefinition | undefined;

  get size(): number {
    return this.count;
  }

  private planOf(version: number): VersionPlan {
    let plan = this.plans.get(version);
    if (!plan) {
      const definition = this.definitionOf(version);
      if (!definition) throw new Error(`rollups: no definition for version ${version} of survey ${this.surveyId}`);
      plan = planVersion(definition);
      this.plans.set(version, plan);
    }
    return plan;
  }

  /** The response's day on the hospital clock; ISO UTC timestamps are cached per quarter hour (every offset is whole quarters). */
  private dayOf(r: Pick<RollupResponse, "visitDate" | "submittedAt">): string {
    if (r.visitDate) return r.visitDate;
    const t = r.submittedAt;
    if (t.length < 16 || !t.endsWith("Z")) return localDate(t, this.timeZone);
    const bucket = `${t.slice(0, 13)}:${Math.floor(Number(t.slice(14, 16)) / 15)}`;
    let day = this.days.get(bucket);
    if (day === undefined) {
      day = localDate(t, this.timeZone);
      this.days.set(bucket, day);
    }
    return day;
  }

  /** The numeric questions of `version` in the order addValues reads its values. */
  questionKeys(version: number): string[] {
    return this.planOf(version).questions.map((q) => q.key);
  }

  private cellOf(
    plan: VersionPlan,
    version: number,
    day: string,
    departmentId: string | null,
    segment: string | null,
    channel: string,
  ): Cell {
    const cellKey = `${version}\u0000${day}\u0000${departmentId ?? ""}\u0000${segment ?? "\u0001"}\u0000${channel}`;
    let cell = this.cells.get(cellKey);
    if (!cell) {
      if (this.cells.size >= MAX_CELLS) this.fold();
      cell = {
        version,
        day,
        departmentId,
        segment,
        channel,
        counts: new Float64Array(plan.questions.length * SCALE_POINTS),
        pairs: new Float64Array(plan.xs.length * plan.ys.length * PAIR_FIELDS),
      };
      this.cells.set(cellKey, cell);
    }
    return cell;
  }

  // Scratch of one response's values by question index: add() reuses it instead of allocating.
  private scratch = new Int8Array(0);

  add(r: RollupResponse): void {
    const plan = this.planOf(r.surveyVersion);
    const width = plan.questions.length;
    if (this.scratch.length < width) this.scratch = new Int8Array(width);
    const values = this.scratch;
    values.fill(-1, 0, width);
    for (const a of r.answers) {
      const v = answerValue(a);
      if (v === null || v === undefined) continue;
      const qi = plan.index.get(keyOf(a));
      if (qi === undefined) continue;
      const q = plan.questions[qi] as PlannedQuestion;
      if (!Number.isInteger(v) || v < q.min || v > q.max) {
        throw new RangeError(`rollups: answer ${v} to ${q.key} is off its ${q.min}–${q.max} scale`);
      }
      values[qi] = v;
    }
    this.addValues(r.surveyVersion, r.channel, r.submittedAt, r.visitDate, r.departmentId, r.segment, values, 0);
  }

  /**
   * Adds one response given as its dimensions and `questionKeys(version).length` answer values from
   * `values[at]` on (−1 = not answered): what a bulk import encodes off its thread, with no object per answer.
   */
  addValues(
    version: number,
    channel: string,
    submittedAt: string,
    visitDate: string | null,
    departmentId: string | null,
    segment: string | null,
    values: Int8Array,
    at: number,
  ): void {
    const plan = this.planOf(version);
    const day = visitDate ? visitDate : this.dayOf({ visitDate, submittedAt });
    const cell = this.cellOf(plan, version, day, departmentId, segment, channel);
    this.count++;
    const questions = plan.questions;
    const counts = cell.counts;
    let xn = 0;
    let yn = 0;
    const xv = this.xValues;
    const xi = this.xIndex;
    const yv = this.yValues;
    const yi = this.yIndex;
    for (let qi = 0; qi < questions.length; qi++) {
      const v = values[at + qi] as number;
      if (v < 0) continue;
      const q = questions[qi] as PlannedQuestion;
      if (v < q.min || v > q.max) {
        throw new RangeError(`rollups: answer ${v} to ${q.key} is off its ${q.min}–${q.max} scale`);
      }
      const c = qi * SCALE_POINTS + v - q.min;
      counts[c] = (counts[c] as number) + 1;
      const xp = plan.xPos[qi] as number;
      if (xp >= 0) {
        xv[xn] = v;
        xi[xn++] = xp;
      }
      const yp = plan.yPos[qi] as number;
      if (yp >= 0) {
        yv[yn] = v;
        yi[yn++] = yp;
      }
    }
    const ny = plan.ys.length;
    const p = cell.pairs;
    for (let i = 0; i < xn; i++) {
      const x = xv[i] as number;
      for (let j = 0; j < yn; j++) {
        const y = yv[j] as number;
        const o = ((xi[i] as number) * ny + (yi[j] as number)) * PAIR_FIELDS;
        p[o] = (p[o] as number) + 1;
        p[o + 1] = (p[o + 1] as number) + x;
        p[o + 2] = (p[o + 2] as number) + y;
        p[o + 3] = (p[o + 3] as number) + x * y;
        p[o + 4] = (p[o + 4] as number) + x * x;
        p[o + 5] = (p[o + 5] as number) + y * y;
      }
    }
  }

  // A response's x and y values (at most one per question).
  private xValues: number[] = [];
  private xIndex: number[] = [];
  private yValues: number[] = [];
  private yIndex: number[] = [];

  private readonly scores = new Map<string, ScoreAggregate>();
  private readonly pairs = new Map<string, PairAggregate>();
  private readonly weeks = new Map<string, string>();

  private weekOf(day: string): string {
    let w = this.weeks.get(day);
    if (w === undefined) {
      const { year, week } = isoWeek(day);
      w = `${String(year).padStart(4, "0")}-W${String(week).padStart(2, "0")}`;
      this.weeks.set(day, w);
    }
    return w;
  }

  /** Moves the cells into per-(grain, period, slice) aggregates, which stay few; keeps memory bounded. */
  private fold(): void {
    for (const cell of this.cells.values()) {
      const slices: [RollupSlice, string][] = [
        ["all", ""],
        ["channel", cell.channel],
      ];
      if (cell.departmentId) slices.push(["department", cell.departmentId]);
      if (cell.segment) slices.push(["segment", cell.segment]);
      const month = cell.day.slice(0, 7);
      const periods: [RollupGrain, string][] = [
        ["month", month],
        ["week", this.weekOf(cell.day)],
      ];
      for (const [slice, value] of slices) {
        const fine = FINE_SLICES.has(slice);
        for (const [grain, period] of periods) {
          if (grain === "week" && !fine) continue;
          const k = `${cell.version}\u0000${grain}\u0000${slice}\u0000${period}\u0000${value}`;
          let entry = this.scores.get(k);
          if (!entry) {
            entry = {
              grain,
              slice,
              period,
              value,
              version: cell.version,
              counts: new Float64Array(cell.counts.length),
            };
            this.scores.set(k, entry);
          }
          addInto(entry.counts, cell.counts);
        }
        if (cell.pairs.length > 0 && fine) {
          const k = `${cell.version}\u0000${slice}\u0000${month}\u0000${value}`;
          let entry = this.pairs.get(k);
          if (!entry) {
            entry = { slice, period: month, value, version: cell.version, sums: new Float64Array(cell.pairs.length) };
            this.pairs.set(k, entry);
          }
          addInto(entry.sums, cell.pairs);
        }
      }
    }
    this.cells.clear();
  }

  /**
   * Adds (sign 1) or subtracts (sign −1) everything collected to the rollups inside `trx`, then empties the
   * batch. Subtracting removes rows that reach n = 0, so the table equals a full recomputation.
   */
  async apply(trx: Transaction<DB>, ctx: HospitalContext, sign: 1 | -1 = 1): Promise<void> {
    this.fold();
    if (this.scores.size === 0) return;
    // A site's rows are the sum of its departments' rows: sites are resolved only now, at write time.
    const sites = await departmentSites(trx, ctx);
    const scores = new Map(this.scores);
    const pairs = new Map(this.pairs);
    for (const e of this.scores.values()) {
      const site = e.slice === "department" ? sites.get(e.value) : undefined;
      if (!site) continue;
      const k = `${e.version}\u0000${e.grain}\u0000site\u0000${e.period}\u0000${site}`;
      const entry = scores.get(k) ?? {
        ...e,
        slice: "site" as const,
        value: site,
        counts: new Float64Array(e.counts.length),
      };
      addInto(entry.counts, e.counts);
      scores.set(k, entry);
    }
    for (const e of this.pairs.values()) {
      const site = e.slice === "department" ? sites.get(e.value) : undefined;
      if (!site) continue;
      const k = `${e.version}\u0000site\u0000${e.period}\u0000${site}`;
      const entry = pairs.get(k) ?? {
        ...e,
        slice: "site" as const,
        value: site,
        sums: new Float64Array(e.sums.length),
      };
      addInto(entry.sums, e.sums);
      pairs.set(k, entry);
    }
    this.scores.clear();
    this.pairs.clear();
    this.count = 0;

    // Versions usually share question keys: merge their deltas on the rollup key before writing.
    const scoreRows = new Map<string, ScoreDelta>();
    for (const e of scores.values()) {
      const plan = this.planOf(e.version);
      plan.questions.forEach((q, qi) => {
        const counts = e.counts.subarray(qi * SCALE_POINTS, (qi + 1) * SCALE_POINTS);
        if (!counts.some((c) => c !== 0)) return;
        const k = `${e.grain}\u0000${e.slice}\u0000${e.period}\u0000${e.value}\u0000${q.key}\u0000${q.touchpointId}\u0000${q.type}\u0000${q.max}`;
        const row = scoreRows.get(k);
        if (row) addInto(row.counts, counts);
        else
          scoreRows.set(k, {
            grain: e.grain,
            slice: e.slice,
            period: e.period,
            sliceValue: e.value,
            question: q,
            counts: counts.slice(),
          });
      });
    }
    const pairRows = new Map<
      string,
      { slice: RollupSlice; period: string; value: string; x: PlannedQuestion; y: PlannedQuestion; sums: Float64Array }
    >();
    for (const e of pairs.values()) {
      const plan = this.planOf(e.version);
      plan.xs.forEach((xq, xi) => {
        plan.ys.forEach((yq, yi) => {
          const at = (xi * plan.ys.length + yi) * PAIR_FIELDS;
          const sums = e.sums.subarray(at, at + PAIR_FIELDS);
          if (sums[0] === 0) return;
          const x = plan.questions[xq] as PlannedQuestion;
          const y = plan.questions[yq] as PlannedQuestion;
          const k = `${e.slice}\u0000${e.period}\u0000${e.value}\u0000${x.key}\u0000${x.touchpointId}\u0000${y.key}`;
          const row = pairRows.get(k);
          if (row) addInto(row.sums, sums);
          else pairRows.set(k, { slice: e.slice, period: e.period, value: e.value, x, y, sums: sums.slice() });
        });
      });
    }

    const scoreValues = [...scoreRows.values()].map((r): ScoreRow => {
      const k = r.counts;
      const c = (i: number) => (k[i] ?? 0) * sign;
      let n = 0;
      let sum = 0;
      let sumSq = 0;
      for (let i = 0; i < SCALE_POINTS; i++) {
        const count = c(i);
        const v = r.question.min + i;
        n += count;
        sum += count * v;
        sumSq += count * v * v;
      }
      // A literal with every field: objects built key by key fall into dictionary mode (measured 100× slower).
      return {
        hospital_id: ctx.hospitalId,
        survey_id: this.surveyId,
        grain: r.grain,
        slice: r.slice,
        period: r.period,
        slice_value: r.sliceValue,
        question_key: r.question.key,
        touchpoint_id: r.question.touchpointId,
        question_type: r.question.type,
        scale_min: r.question.min,
        scale_max: r.question.max,
        n,
        sum,
        sum_sq: sumSq,
        c0: c(0),
        c1: c(1),
        c2: c(2),
        c3: c(3),
        c4: c(4),
        c5: c(5),
        c6: c(6),
        c7: c(7),
        c8: c(8),
        c9: c(9),
        c10: c(10),
      };
    });
    const pairValues = [...pairRows.values()].map((r) => ({
      hospital_id: ctx.hospitalId,
      survey_id: this.surveyId,
      slice: r.slice,
      period: r.period,
      slice_value: r.value,
      x_key: r.x.key,
      touchpoint_id: r.x.touchpointId,
      y_key: r.y.key,
      n: (r.sums[0] as number) * sign,
      sum_x: (r.sums[1] as number) * sign,
      sum_y: (r.sums[2] as number) * sign,
      sum_xy: (r.sums[3] as number) * sign,
      sum_xx: (r.sums[4] as number) * sign,
      sum_yy: (r.sums[5] as number) * sign,
    }));

    const raw = sqliteHandle(ctx.db);
    if (raw) {
      // SQLite: prepared statements beat compiling 400-row Kysely queries (measured 10×).
      sqliteUpsert(raw, "rollup_scores", SCORE_KEY, SCORE_SUMS, scoreValues);
      sqliteUpsert(raw, "rollup_pairs", PAIR_KEY, PAIR_SUMS, pairValues);
    } else {
      await upsertScores(trx, scoreValues);
      await upsertPairs(trx, pairValues);
    }
    if (sign < 0) {
      await trx
        .deleteFrom("rollup_scores")
        .where("hospital_id", "=", ctx.hospitalId)
        .where("survey_id", "=", this.surveyId)
        .where("n", "=", 0)
        .execute();
      await trx
        .deleteFrom("rollup_pairs")
        .where("hospital_id", "=", ctx.hospitalId)
        .where("survey_id", "=", this.surveyId)
        .where("n", "=", 0)
        .execute();
    }
  }
}

function addInto(target: Float64Array, source: Float64Array) {
  for (let i = 0; i < source.length; i++) target[i] = (target[i] as number) + (source[i] as number);
}

async function departmentSites(trx: Transaction<DB>, ctx: HospitalContext): Promise<Map<string, string>> {
  const rows = await trx
    .selectFrom("departments")
    .select(["id", "site_id"])
    .where("hospital_id", "=", ctx.hospitalId)
    .where("site_id", "is not", null)
    .execute();
  return new Map(rows.map((r) => [r.id, r.site_id as string]));
}

// 26 parameters a row: 400 rows stay far below SQLite's 32 766 and PostgreSQL's 65 535 bound parameters.
const UPSERT_ROWS = 400;

const SCORE_KEY = [
  "hospital_id",
  "survey_id",
  "grain",
  "slice",
  "period",
  "slice_value",
  "question_key",
  "touchpoint_id",
  "question_type",
  "scale_max",
] as const;
const SCORE_SUMS = ["n", "sum", "sum_sq", "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10"] as const;

type ScoreRow = DB["rollup_scores"];
type PairRow = DB["rollup_pairs"];

/** Rows per SQLite statement: one VM start per 50 rows instead of per row (3× on a single submit). */
const SQLITE_ROWS = 50;
const prepared = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

function upsertSql(
  table: string,
  columns: readonly string[],
  key: readonly string[],
  sums: readonly string[],
  rows: number,
) {
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  return `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${Array.from({ length: rows }, () => tuple).join(", ")}
    ON CONFLICT (${key.join(", ")}) DO UPDATE SET ${sums.map((c) => `${c} = ${c} + excluded.${c}`).join(", ")}`;
}

/** Upserts rows through prepared better-sqlite3 statements of up to SQLITE_ROWS rows, cached per size. */
function sqliteUpsert<R extends object>(
  raw: SQLite.Database,
  table: string,
  key: readonly string[],
  sums: readonly string[],
  rows: R[],
) {
  if (rows.length === 0) return;
  let cache = prepared.get(raw);
  if (!cache) {
    cache = new Map();
    prepared.set(raw, cache);
  }
  const columns = Object.keys(rows[0] as object);
  for (let i = 0; i < rows.length; i += SQLITE_ROWS) {
    const chunk = rows.slice(i, i + SQLITE_ROWS);
    const id = `${table}:${chunk.length}`;
    let statement = cache.get(id);
    if (!statement) {
      statement = raw.prepare(upsertSql(table, columns, key, sums, chunk.length));
      cache.set(id, statement);
    }
    const params: unknown[] = [];
    for (const row of chunk) for (const c of columns) params.push((row as Record<string, unknown>)[c]);
    statement.run(params);
  }
}

async function upsertScores(trx: Transaction<DB>, rows: ScoreRow[]) {
  for (let i = 0; i < rows.length; i += UPSERT_ROWS) {
    await trx
      .insertInto("rollup_scores")
      .values(rows.slice(i, i + UPSERT_ROWS))
      .onConflict((oc) =>
        oc
          .columns([...SCORE_KEY])
          .doUpdateSet((eb) =>
            Object.fromEntries(
              SCORE_SUMS.map((col) => [col, eb(eb.ref(`rollup_scores.${col}`), "+", eb.ref(`excluded.${col}`))]),
            ),
          ),
      )
      .execute();
  }
}

const PAIR_KEY = [
  "hospital_id",
  "survey_id",
  "slice",
  "period",
  "slice_value",
  "x_key",
  "touchpoint_id",
  "y_key",
] as const;
const PAIR_SUMS = ["n", "sum_x", "sum_y", "sum_xy", "sum_xx", "sum_yy"] as const;

async function upsertPairs(trx: Transaction<DB>, rows: PairRow[]) {
  for (let i = 0; i < rows.length; i += UPSERT_ROWS) {
    await trx
      .insertInto("rollup_pairs")
      .values(rows.slice(i, i + UPSERT_ROWS))
      .onConflict((oc) =>
        oc
          .columns([...PAIR_KEY])
          .doUpdateSet((eb) =>
            Object.fromEntries(
              PAIR_SUMS.map((col) => [col, eb(eb.ref(`rollup_pairs.${col}`), "+", eb.ref(`excluded.${col}`))]),
            ),
          ),
      )
      .execute();
  }
}

/**
 * Adds (sign 1) or subtracts (sign −1) a batch of responses of one survey to the rollups, inside the
 * caller's transaction: aggregated in memory first, then one upsert row per distinct rollup key.
 */
export async function applyResponseRollups(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  survey: { id: string; definitions: ReadonlyMap<number, SurveyDefinition> },
  responses: Iterable<RollupResponse>,
  sign: 1 | -1 = 1,
): Promise<void> {
  const batch = new RollupBatch(survey.id, survey.definitions);
  for (const r of responses) batch.add(r);
  await batch.apply(trx, ctx, sign);
}
