import {
  type CoMoments,
  type DomainError,
  emptyCoMoments,
  mergeAccumulators,
  mergeCoMoments,
  notFound,
  type PeriodGranularity,
  parsePeriodKey,
  periodKey,
  periodRange,
  type ScaleAccumulator,
  shiftPeriod,
} from "@motmap/core";
import { sql } from "kysely";
import type { HospitalContext } from "../context.ts";
import { applyPendingRollups } from "./apply-pending-rollups.ts";
import { FINE_SLICES, ROLLUP_TIME_ZONE, type RollupGrain, type RollupSlice } from "./apply-response-rollups.ts";

/** The period window of a dashboard query. */
export interface PeriodQuery {
  grain?: RollupGrain;
  /** Period keys of the grain ("2026-01", "2026-W05"); default: the last 12 months / 13 weeks up to now. */
  from?: string;
  to?: string;
}

export interface SliceQuery {
  /** Break down by one dimension; "all" (the default) is the whole journey. */
  by?: RollupSlice;
  /** Only this department / site id, segment or channel of `by` (one department's trend). */
  sliceValue?: string;
}

/** Segment and channel are rolled up by month only (see FINE_SLICES). */
export function checkSliceGrain(grain: RollupGrain, by: RollupSlice): Checked<null> {
  if (grain === "week" && !FINE_SLICES.has(by)) {
    return { ok: false, error: invalid("by", "segment and channel are kept by month; use grain=month") };
  }
  return { ok: true, value: null };
}

/** At most this many periods in one query: two years of weeks with room. */
export const MAX_PERIODS = 120;

const invalid = (path: string, message: string): DomainError => ({
  code: "validation_failed",
  message: `${path}: ${message}`,
  issues: [{ path, message }],
});

export type Checked<T> = { ok: true; value: T } | { ok: false; error: DomainError };

/** Resolves and checks a period window: keys of the grain, from ≤ to, at most MAX_PERIODS. */
export function resolvePeriods(
  q: PeriodQuery,
  today = new Date().toISOString(),
): Checked<{ grain: RollupGrain; periods: string[] }> {
  const grain = q.grain ?? "month";
  const granularity: PeriodGranularity = grain;
  const check = (key: string, path: string): DomainError | null => {
    try {
      return parsePeriodKey(key).granularity === granularity ? null : invalid(path, `not a ${grain} key`);
    } catch {
      return invalid(path, `not a ${grain} key`);
    }
  };
  const to = q.to ?? periodKey(today, granularity, ROLLUP_TIME_ZONE);
  const bad = check(to, "to") ?? (q.from ? check(q.from, "from") : null);
  if (bad) return { ok: false, error: bad };
  const from = q.from ?? shiftPeriod(to, grain === "month" ? -11 : -12);
  const periods = periodRange(from, to);
  if (periods.length === 0) return { ok: false, error: invalid("from", "must not be after to") };
  if (periods.length > MAX_PERIODS) return { ok: false, error: invalid("from", `at most ${MAX_PERIODS} periods`) };
  return { ok: true, value: { grain, periods } };
}

export interface JourneyTouchpoint {
  id: string;
  name: string;
  stageId: string;
  stageName: string;
}

export interface JourneyFrame {
  journeyId: string;
  title: string;
  /** In journey order: stage position, then touchpoint position. */
  touchpoints: JourneyTouchpoint[];
  surveyIds: string[];
}

/** The journey's touchpoints in order and the surveys that ask about it. */
export async function loadJourneyFrame(ctx: HospitalContext, journeyId: string): Promise<Checked<JourneyFrame>> {
  // Every dashboard query starts here: responses submitted in the last second are counted too.
  await applyPendingRollups(ctx.db, { hospitalId: ctx.hospitalId });
  const journey = await ctx.db
    .selectFrom("journeys")
    .select(["id", "title"])
    .where("hospital_id", "=", ctx.hospitalId)
    .where("id", "=", journeyId)
    .executeTakeFirst();
  if (!journey) return { ok: false, error: notFound("journey", journeyId) };
  const touchpoints = await ctx.db
    .selectFrom("touchpoints")
    .innerJoin("stages", "stages.id", "touchpoints.stage_id")
    .select(["touchpoints.id as id", "touchpoints.name as name", "stages.id as stageId", "stages.name as stageName"])
    .where("touchpoints.hospital_id", "=", ctx.hospitalId)
    .where("touchpoints.journey_id", "=", journeyId)
    .orderBy("stages.position")
    .orderBy("touchpoints.position")
    .execute();
  const surveys = await ctx.db
    .selectFrom("surveys")
    .select("id")
    .where("hospital_id", "=", ctx.hospitalId)
    .where("journey_id", "=", journeyId)
    .execute();
  return {
    ok: true,
    value: { journeyId, title: journey.title, touchpoints, surveyIds: surveys.map((s) => s.id) },
  };
}

function accumulatorOfCounts(min: number, max: number, counts: number[]): ScaleAccumulator {
  let n = 0;
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] as number;
    const v = min + i;
    n += c;
    sum += c * v;
    sumSquares += c * v * v;
  }
  return { scaleMin: min, scaleMax: max, n, sum, sumSquares, counts };
}

const COMMA = ",".charCodeAt(0);
const ZERO = "0".charCodeAt(0);

/** The first `length` integers of "3,0,12,…", read in place: no substring or array per count (12 k rows a read). */
function parseCounts(packed: string, length: number): number[] {
  const counts = new Array<number>(length).fill(0);
  let i = 0;
  let value = 0;
  for (let p = 0; p < packed.length && i < length; p++) {
    const code = packed.charCodeAt(p);
    if (code === COMMA) {
      counts[i++] = value;
      value = 0;
    } else value = value * 10 + (code - ZERO);
  }
  if (i < length) counts[i] = value;
  return counts;
}

/** One rollup row read back: its slice and question, and the accumulator. */
export interface ScoreCell {
  period: string;
  sliceValue: string;
  questionKey: string;
  touchpointId: string;
  questionType: string;
  acc: ScaleAccumulator;
}

/**
 * The eleven per-point counts as one text column ("3,0,12,…"): the driver builds a JS object property per
 * column and row, and on a whole breakdown (12 k rows) eleven integer columns cost more than the query itself.
 * `||` turns integers into text on SQLite and PostgreSQL alike.
 */
const PACKED_COUNTS = sql<string>`c0 || ',' || c1 || ',' || c2 || ',' || c3 || ',' || c4 || ',' || c5 || ',' || c6 || ',' || c7 || ',' || c8 || ',' || c9 || ',' || c10`;

/**
 * Score rollups of some surveys over a window, one dimension: an index range scan of
 * (hospital, survey, grain, slice, period) — at 10 M responses a few thousand rows per query.
 */
export async function readScoreCells(
  ctx: HospitalContext,
  surveyIds: string[],
  grain: RollupGrain,
  slice: RollupSlice,
  periods: { from: string; to: string },
  questionTypes: string[],
  sliceValue?: string,
): Promise<ScoreCell[]> {
  if (surveyIds.length === 0) return [];
  let query = ctx.db
    .selectFrom("rollup_scores")
    .select([
      "period",
      "slice_value",
      "question_key",
      "touchpoint_id",
      "question_type",
      "scale_min",
      "scale_max",
      PACKED_COUNTS.as("counts"),
    ])
    .where("hospital_id", "=", ctx.hospitalId)
    .where("survey_id", "in", surveyIds)
    .where("grain", "=", grain)
    .where("slice", "=", slice)
    .where("period", ">=", periods.from)
    .where("period", "<=", periods.to)
    .where("question_type", "in", questionTypes);
  // slice_value is in the key after period: filtered in the index, before any row is read.
  if (sliceValue !== undefined && slice !== "all") query = query.where("slice_value", "=", sliceValue);
  const rows = await query.execute();
  return rows.map((r) => {
    const min = Number(r.scale_min);
    const max = Number(r.scale_max);
    const counts = parseCounts(r.counts, max - min + 1);
    return {
      period: r.period,
      sliceValue: r.slice_value,
      questionKey: r.question_key,
      touchpointId: r.touchpoint_id,
      questionType: r.question_type,
      // n, Σx and Σx² follow from the counts: three columns fewer to read per row.
      acc: accumulatorOfCounts(min, max, counts),
    };
  });
}

export interface PairCell {
  period: string;
  sliceValue: string;
  xKey: string;
  touchpointId: string;
  yKey: string;
  moments: CoMoments;
}

/** Co-moment rollups (monthly) of some surveys over a window of months. */
export async function readPairCells(
  ctx: HospitalContext,
  surveyIds: string[],
  slice: RollupSlice,
  months: { from: string; to: string },
): Promise<PairCell[]> {
  if (surveyIds.length === 0) return [];
  const rows = await ctx.db
    .selectFrom("rollup_pairs")
    .selectAll()
    .where("hospital_id", "=", ctx.hospitalId)
    .where("survey_id", "in", surveyIds)
    .where("slice", "=", slice)
    .where("period", ">=", months.from)
    .where("period", "<=", months.to)
    .execute();
  return rows.map((r) => ({
    period: r.period,
    sliceValue: r.slice_value,
    xKey: r.x_key,
    touchpointId: r.touchpoint_id,
    yKey: r.y_key,
    moments: {
      n: Number(r.n),
      sumX: Number(r.sum_x),
      sumY: Number(r.sum_y),
      sumXY: Number(r.sum_xy),
      sumXX: Number(r.sum_xx),
      sumYY: Number(r.sum_yy),
    },
  }));
}

/**
 * Merges accumulators that belong together (surveys, versions, days of a range). Different scales cannot
 * merge: the scale with the most answers wins (a question moved from 5 to 7 points: the newer answers).
 */
export class AccumulatorGroups<K> {
  // Nearly every group has one scale: it is kept inline, and a map is made only when a second scale shows up
  // (a whole breakdown has ~12 k groups, and a Map each was a third of its garbage).
  private readonly groups = new Map<
    string | number,
    { key: K; acc: ScaleAccumulator; otherScales: Map<string, ScaleAccumulator> | null }
  >();

  add(id: string | number, key: K, acc: ScaleAccumulator): void {
    const g = this.groups.get(id);
    if (!g) {
      this.groups.set(id, { key, acc, otherScales: null });
      return;
    }
    if (g.acc.scaleMin === acc.scaleMin && g.acc.scaleMax === acc.scaleMax) {
      g.acc = mergeAccumulators(g.acc, acc);
      return;
    }
    g.otherScales ??= new Map();
    const scale = `${acc.scaleMin}:${acc.scaleMax}`;
    const prev = g.otherScales.get(scale);
    g.otherScales.set(scale, prev ? mergeAccumulators(prev, acc) : acc);
  }

  get(id: string | number): ScaleAccumulator | null {
    const g = this.groups.get(id);
    if (!g) return null;
    let best = g.acc;
    if (g.otherScales) for (const a of g.otherScales.values()) if (a.n > best.n) best = a;
    return best;
  }

  keys(): IterableIterator<string | number> {
    return this.groups.keys();
  }
}

/** Sums co-moments per id. */
export class CoMomentGroups {
  private readonly groups = new Map<string, CoMoments>();
  add(id: string, m: CoMoments): void {
    this.groups.set(id, mergeCoMoments(this.groups.get(id) ?? emptyCoMoments(), m));
  }
  get(id: string): CoMoments | null {
    return this.groups.get(id) ?? null;
  }
}

/** The monthly window covering a period window (a week range reads the months it touches). */
export function monthsCovering(periods: string[]): { from: string; to: string } {
  const first = parsePeriodKey(periods[0] as string);
  const last = parsePeriodKey(periods[periods.length - 1] as string);
  const lastDay = new Date(Date.parse(`${last.end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { from: first.start.slice(0, 7), to: lastDay.slice(0, 7) };
}

/** Question types of the overall judgement: a satisfaction question with no touchpoint is "overall". */
export const isOverall = (c: { questionType: string; touchpointId: string }) =>
  c.questionType === "satisfaction" && c.touchpointId === "";
