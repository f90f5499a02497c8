import { type CheckedAnswer, isoWeek, localDate, type SurveyDefinition, surveyQuestions } from "@motmap/core";
import type { StoredAnswer } from "../surveys/stored-answers.ts";

// The in-memory half of the rollups: responses folded into counts per rollup key, with no database, so
// a bulk import's worker thread can aggregate while the import's thread writes (RollupBatch writes them).

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
export const PAIR_FIELDS = 6; // n, Σx, Σy, Σxy, Σx², Σy²

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

export interface PlannedQuestion {
  key: string;
  touchpointId: string;
  type: string;
  min: number;
  max: number;
}

/** What a survey version contributes: its numeric questions, and which pairs feed derived importance. */
export interface VersionPlan {
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

export interface ScoreAggregate {
  grain: RollupGrain;
  slice: RollupSlice;
  period: string;
  value: string;
  version: number;
  counts: Float64Array;
}

export interface PairAggregate {
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

const keyOf = (a: CheckedAnswer | StoredAnswer): string => ("k" in a ? a.k : a.question.key);
const answerValue = (a: CheckedAnswer | StoredAnswer): number | null | undefined => ("k" in a ? a.v : a.value);

/**
 * Collects responses of one survey in memory — a few array increments per answer — into one aggregate per
 * rollup key (grain, period, slice, version). RollupBatch adds the writing.
 */
export class RollupCells {
  private cells: Cell[] = [];
  private readonly plans = new Map<number, VersionPlan>();
  private readonly days = new Map<string, string>();
  protected count = 0;

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

  protected planOf(version: number): VersionPlan {
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

  // Cells by (version, channel) → day → department → segment: lookups of the strings a row already has,
  // instead of a key string built per row (measured as a tenth of an import worker's time).
  private readonly cellTree = new Map<string, Map<string, Map<string, Map<string, Cell>>>>();
  private lastRoot: { version: number; channel: string; days: Map<string, Map<string, Map<string, Cell>>> } | null =
    null;

  private cellOf(
    plan: VersionPlan,
    version: number,
    day: string,
    departmentId: string | null,
    segment: string | null,
    channel: string,
  ): Cell {
    let root = this.lastRoot;
    if (root === null || root.version !== version || root.channel !== channel) {
      const rootKey = `${version}\u0000${channel}`;
      let days = this.cellTree.get(rootKey);
      if (!days) {
        days = new Map();
        this.cellTree.set(rootKey, days);
      }
      root = { version, channel, days };
      this.lastRoot = root;
    }
    let departments = root.days.get(day);
    if (!departments) {
      departments = new Map();
      root.days.set(day, departments);
    }
    const department = departmentId ?? "";
    let segments = departments.get(department);
    if (!segments) {
      segments = new Map();
      departments.set(department, segments);
    }
    const segmentKey = segment ?? "\u0001";
    const cell = segments.get(segmentKey);
    if (cell) return cell;
    if (this.cells.length >= MAX_CELLS) {
      this.fold();
      return this.cellOf(plan, version, day, departmentId, segment, channel);
    }
    const created: Cell = {
      version,
      day,
      departmentId,
      segment,
      channel,
      counts: new Float64Array(plan.questions.length * SCALE_POINTS),
      pairs: new Float64Array(plan.xs.length * plan.ys.length * PAIR_FIELDS),
    };
    segments.set(segmentKey, created);
    this.cells.push(created);
    return created;
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
   * A weight of −1 takes back a response counted before (an import's row the insert skipped as a duplicate).
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
    weight: 1 | -1 = 1,
  ): void {
    const plan = this.planOf(version);
    const day = visitDate ? visitDate : this.dayOf({ visitDate, submittedAt });
    const cell = this.cellOf(plan, version, day, departmentId, segment, channel);
    this.count += weight;
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
      counts[c] = (counts[c] as number) + weight;
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
        p[o] = (p[o] as number) + weight;
        p[o + 1] = (p[o + 1] as number) + weight * x;
        p[o + 2] = (p[o + 2] as number) + weight * y;
        p[o + 3] = (p[o + 3] as number) + weight * x * y;
        p[o + 4] = (p[o + 4] as number) + weight * x * x;
        p[o + 5] = (p[o + 5] as number) + weight * y * y;
      }
    }
  }

  // A response's x and y values (at most one per question).
  private xValues: number[] = [];
  private xIndex: number[] = [];
  private yValues: number[] = [];
  private yIndex: number[] = [];

  protected readonly scores = new Map<string, ScoreAggregate>();
  protected readonly pairs = new Map<string, PairAggregate>();
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
  protected fold(): void {
    for (const cell of this.cells) {
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
    this.cells = [];
    this.cellTree.clear();
    this.lastRoot = null;
  }

  /** Everything collected, folded, as plain data (for another thread's `merge`); empties this. */
  takeAggregates(): RollupAggregates {
    this.fold();
    const taken = { count: this.count, scores: [...this.scores.values()], pairs: [...this.pairs.values()] };
    this.scores.clear();
    this.pairs.clear();
    this.count = 0;
    return taken;
  }

  /** Adds what another RollupCells collected (takeAggregates) for the same survey. */
  merge(aggregates: RollupAggregates): void {
    this.fold();
    this.count += aggregates.count;
    for (const e of aggregates.scores) {
      const k = `${e.version}\u0000${e.grain}\u0000${e.slice}\u0000${e.period}\u0000${e.value}`;
      const entry = this.scores.get(k);
      if (entry) addInto(entry.counts, e.counts);
      else this.scores.set(k, e);
    }
    for (const e of aggregates.pairs) {
      const k = `${e.version}\u0000${e.slice}\u0000${e.period}\u0000${e.value}`;
      const entry = this.pairs.get(k);
      if (entry) addInto(entry.sums, e.sums);
      else this.pairs.set(k, e);
    }
  }
}

/** Folded rollup counts as plain data: structured-cloneable between threads. */
export interface RollupAggregates {
  count: number;
  scores: ScoreAggregate[];
  pairs: PairAggregate[];
}

export function addInto(target: Float64Array, source: Float64Array) {
  for (let i = 0; i < source.length; i++) target[i] = (target[i] as number) + (source[i] as number);
}
