import {
  accumulateAnswers,
  localDate,
  MIN_SAMPLE,
  notFound,
  parsePeriodKey,
  periodKey,
  type Result,
  type ScoreSummary,
  type SurveyDefinition,
  summarizeScore,
  surveyQuestions,
  type VocType,
} from "@motmap/core";
import { sql } from "kysely";
import type { HospitalContext } from "../context.ts";
import type { StoredAnswer } from "../surveys/stored-answers.ts";
import { ROLLUP_TIME_ZONE, type RollupGrain } from "./apply-response-rollups.ts";
import {
  AccumulatorGroups,
  loadJourneyFrame,
  type PeriodQuery,
  readScoreCells,
  resolvePeriods,
} from "./read-rollups.ts";
import { readVocCounts } from "./read-voc-counts.ts";

/** Newest comments and VOC items shown on the page: enough to read, few enough to read them all. */
export const TOUCHPOINT_COMMENT_LIMIT = 20;
export const TOUCHPOINT_VOC_LIMIT = 10;
/** Responses of the window looked at, newest first (see readComments). */
const COMMENT_SCAN_LIMIT = 5_000;

export interface TouchpointTrendPoint {
  period: string;
  satisfaction: ScoreSummary;
  importance: ScoreSummary;
  /** The plain average of the journey's touchpoint scores (0–100) with enough answers in the period; the yardstick. */
  journeyAverage: number | null;
  complaints: number;
  compliments: number;
  /**
   * Follow-up calls (해피콜) in the period that asked about the touchpoint: the callee's 1–5 rating, summarised
   * like a survey answer (too few under 10), and the issues raised about it.
   */
  followUp: { satisfaction: ScoreSummary; issues: number };
}

export interface TouchpointComment {
  responseId: string;
  submittedAt: string;
  visitDate: string | null;
  departmentName: string | null;
  /** Masked at storage (maskPersonalData before the insert). */
  text: string;
  /**
   * question: the answer to a free-text question linked to this touchpoint; low_rating: the survey's general
   * comment of a patient for whom this touchpoint was the worst moment (rated 1–2, every other touchpoint higher).
   */
  link: "question" | "low_rating";
  /** The patient's satisfaction with this touchpoint in the same response, when answered. */
  rating: number | null;
  scaleMax: number | null;
}

export interface TouchpointVocItem {
  id: string;
  type: VocType;
  channel: string;
  receivedOn: string;
  severity: string;
  status: string;
  text: string;
}

export interface TouchpointDetail {
  journeyId: string;
  journeyTitle: string;
  touchpoint: { id: string; name: string; stageId: string; stageName: string; channel: string; element: string };
  grain: RollupGrain;
  periods: string[];
  trend: TouchpointTrendPoint[];
  /** Satisfaction answers per scale point over the whole window; counts are null below MIN_SAMPLE answers. */
  distribution: { scale: { min: number; max: number }; n: number; counts: number[] | null };
  comments: TouchpointComment[];
  voc: { counts: Record<VocType, number>; items: TouchpointVocItem[] };
}

const emptyScale = (max: number) => ({
  scaleMin: 1,
  scaleMax: max,
  n: 0,
  sum: 0,
  sumSquares: 0,
  counts: new Array(max).fill(0),
});

/**
 * One touchpoint of a journey over a window of months or weeks: its trend (answers, mean with 95 % CI,
 * two-box shares, stated importance, VOC), the distribution of its satisfaction answers, the newest comments
 * about it and its VOC. Scores and the distribution come from the rollups (they keep a count per scale
 * point, c0…c10), so no response is scanned for them; only the comments read responses (see readComments).
 */
export async function getTouchpointDetail(
  ctx: HospitalContext,
  journeyId: string,
  touchpointId: string,
  query: PeriodQuery = {},
): Promise<Result<TouchpointDetail>> {
  const window = resolvePeriods(query);
  if (!window.ok) return window;
  const frame = await loadJourneyFrame(ctx, journeyId);
  if (!frame.ok) return frame;
  const touchpoint = await ctx.db
    .selectFrom("touchpoints")
    .innerJoin("stages", "stages.id", "touchpoints.stage_id")
    .select([
      "touchpoints.id as id",
      "touchpoints.name as name",
      "touchpoints.channel as channel",
      "touchpoints.element as element",
      "stages.id as stageId",
      "stages.name as stageName",
    ])
    .where("touchpoints.hospital_id", "=", ctx.hospitalId)
    .where("touchpoints.journey_id", "=", journeyId)
    .where("touchpoints.id", "=", touchpointId)
    .executeTakeFirst();
  if (!touchpoint) return { ok: false, error: notFound("touchpoint", touchpointId) };

  const { grain, periods } = window.value;
  const range = { from: periods[0] as string, to: periods[periods.length - 1] as string };
  const start = parsePeriodKey(range.from).start;
  const end = parsePeriodKey(range.to).end;

  // The journey's rows, not only this touchpoint's: the same index range scan, and the journey average per
  // period (the yardstick on the trend) needs the other touchpoints anyway.
  const cells = await readScoreCells(ctx, frame.value.surveyIds, grain, "all", range, ["satisfaction", "importance"]);
  const groups = new AccumulatorGroups<null>();
  const whole = new AccumulatorGroups<null>();
  for (const c of cells) {
    if (c.touchpointId === "") continue;
    groups.add(`${c.questionType}\u0000${c.touchpointId}\u0000${c.period}`, null, c.acc);
    if (c.touchpointId === touchpointId && c.questionType === "satisfaction") whole.add("all", null, c.acc);
  }
  const voc = await readVocCounts(ctx, [touchpointId], grain, range);
  const calls = await readFollowUp(ctx, touchpointId, grain, start, end);
  const trend = periods.map((period): TouchpointTrendPoint => {
    const percents = frame.value.touchpoints
      .map((tp) => groups.get(`satisfaction\u0000${tp.id}\u0000${period}`))
      .map((acc) => (acc ? summarizeScore(acc) : null))
      .flatMap((s) => (s?.kind === "score" ? [s.percent] : []));
    const v = voc?.get(`${touchpointId}\u0000${period}`);
    return {
      period,
      satisfaction: summarizeScore(groups.get(`satisfaction\u0000${touchpointId}\u0000${period}`) ?? emptyScale(5)),
      importance: summarizeScore(groups.get(`importance\u0000${touchpointId}\u0000${period}`) ?? emptyScale(5)),
      journeyAverage: percents.length > 0 ? percents.reduce((a, b) => a + b, 0) / percents.length : null,
      complaints: v?.complaints ?? 0,
      compliments: v?.compliments ?? 0,
      followUp: {
        satisfaction: summarizeScore(accumulateAnswers(FOLLOW_UP_SCALE, calls.ratings.get(period) ?? [])),
        issues: calls.issues.get(period) ?? 0,
      },
    };
  });
  const all = whole.get("all") ?? emptyScale(5);

  return {
    ok: true,
    value: {
      journeyId,
      journeyTitle: frame.value.title,
      touchpoint,
      grain,
      periods,
      trend,
      distribution: {
        scale: { min: all.scaleMin, max: all.scaleMax },
        n: all.n,
        counts: all.n >= MIN_SAMPLE ? all.counts.slice() : null,
      },
      comments: await readComments(ctx, frame.value.surveyIds, touchpointId, start, end),
      voc: await readVoc(ctx, touchpointId, start, end),
    },
  };
}

/** Which stored answers of one survey version speak about the touchpoint. */
interface VersionKeys {
  linkedText: Set<string>;
  generalText: Set<string>;
  satisfaction: { key: string; scaleMax: number } | null;
  /** Satisfaction questions of every touchpoint: was this one the patient's worst moment? */
  allSatisfaction: Set<string>;
}

/**
 * The newest free-text comments about the touchpoint whose response falls in [start, end) — by visit date,
 * else by the submission date on the hospital clock, like the rollups. Comments are not rolled up, so they
 * come from survey_responses: the (survey_id, submitted_at) index read newest first, the first
 * TOUCHPOINT_COMMENT_LIMIT comments among the newest COMMENT_SCAN_LIMIT responses of the window. Only a response
 * that answered the touchpoint and holds some text (two LIKEs, in SQL) brings its answers back. The bound is on
 * responses looked at, not on candidates: with few comments (or none), the LIKEs in the WHERE clause made SQLite
 * walk the whole survey — 13 s at 10 M responses.
 * A response is submitted on or after the visit, so submissions before the window's start (less a day for
 * the time zone) cannot belong to it.
 */
async function readComments(
  ctx: HospitalContext,
  surveyIds: string[],
  touchpointId: string,
  start: string,
  end: string,
): Promise<TouchpointComment[]> {
  if (surveyIds.length === 0) return [];
  const versions = await ctx.db
    .selectFrom("survey_versions")
    .select(["survey_id", "number", "definition"])
    .where("hospital_id", "=", ctx.hospitalId)
    .where("survey_id", "in", surveyIds)
    .execute();
  const keysOf = new Map<string, VersionKeys>();
  for (const v of versions) {
    const keys: VersionKeys = {
      linkedText: new Set(),
      generalText: new Set(),
      satisfaction: null,
      allSatisfaction: new Set(),
    };
    for (const q of surveyQuestions(JSON.parse(v.definition) as SurveyDefinition)) {
      if (q.type === "satisfaction" && q.touchpointId) keys.allSatisfaction.add(q.key);
      if (q.type === "free_text" && q.touchpointId === touchpointId) keys.linkedText.add(q.key);
      else if (q.type === "free_text" && !q.touchpointId) keys.generalText.add(q.key);
      else if (q.type === "satisfaction" && q.touchpointId === touchpointId && !keys.satisfaction) {
        keys.satisfaction = { key: q.key, scaleMax: q.scale ?? 5 };
      }
    }
    if (keys.linkedText.size > 0 || (keys.generalText.size > 0 && keys.satisfaction)) {
      keysOf.set(`${v.survey_id}\u0000${Number(v.number)}`, keys);
    }
  }
  if (keysOf.size === 0) return [];

  const dayBefore = new Date(Date.parse(`${start}T00:00:00Z`) - 86_400_000).toISOString();
  const dayAfter = new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000).toISOString();
  const comments: TouchpointComment[] = [];
  const departmentIds = new Set<string>();
  const found: { departmentId: string | null; comment: TouchpointComment }[] = [];
  // One read of the newest responses: a cursor over rounds re-sorted, every round, all the responses of a day
  // that share one submission time (imports carry dates only).
  const rows = await ctx.db
    .selectFrom("survey_responses")
    .select([
      "id",
      "survey_id",
      "survey_version",
      "submitted_at",
      "visit_date",
      "department_id",
      sql<
        string | null
      >`case when touchpoint_ids like ${`%,${touchpointId},%`} and answers like ${'%"t":%'} then answers end`.as(
        "answers",
      ),
    ])
    .where("hospital_id", "=", ctx.hospitalId)
    .where("survey_id", "in", surveyIds)
    .where("submitted_at", ">=", dayBefore)
    .where((eb) =>
      eb.or([
        eb.and([eb("visit_date", ">=", start), eb("visit_date", "<", end)]),
        eb.and([eb("visit_date", "is", null), eb("submitted_at", "<", dayAfter)]),
      ]),
    )
    .orderBy("submitted_at", "desc")
    .orderBy("id", "desc")
    .limit(COMMENT_SCAN_LIMIT)
    .execute();
  for (const r of rows) {
    if (found.length >= TOUCHPOINT_COMMENT_LIMIT) break;
    if (r.answers === null) continue; // not about this touchpoint, or no text
    if (r.visit_date === null) {
      const day = localDate(r.submitted_at, ROLLUP_TIME_ZONE);
      if (day < start || day >= end) continue;
    }
    const keys = keysOf.get(`${r.survey_id}\u0000${Number(r.survey_version)}`);
    if (!keys) continue;
    const answers = JSON.parse(r.answers) as StoredAnswer[];
    const rated = keys.satisfaction ? answers.find((a) => a.k === keys.satisfaction?.key) : undefined;
    const rating = rated?.v ?? null;
    // A general comment speaks about the moment the patient rated worst (100 − 1 = 0): this touchpoint only
    // when it was rated 1–2 and every other one higher — a patient who gave the kiosk 2 and the waiting room 1
    // wrote about the wait, and with a tie nobody can tell which moment the comment is about.
    let others = Number.POSITIVE_INFINITY;
    for (const a of answers) {
      if (a.v !== undefined && a.k !== keys.satisfaction?.key && keys.allSatisfaction.has(a.k)) {
        others = Math.min(others, a.v);
      }
    }
    const low = rating !== null && rating <= 2 && rating < others;
    for (const a of answers) {
      if (!a.t?.trim()) continue;
      const link = keys.linkedText.has(a.k) ? "question" : low && keys.generalText.has(a.k) ? "low_rating" : null;
      if (!link) continue;
      if (r.department_id) departmentIds.add(r.department_id);
      found.push({
        departmentId: r.department_id,
        comment: {
          responseId: r.id,
          submittedAt: r.submitted_at,
          visitDate: r.visit_date,
          departmentName: null,
          text: a.t,
          link,
          rating,
          scaleMax: keys.satisfaction?.scaleMax ?? null,
        },
      });
    }
  }
  const names =
    departmentIds.size === 0
      ? new Map<string, string>()
      : new Map(
          (
            await ctx.db
              .selectFrom("departments")
              .select(["id", "name"])
              .where("hospital_id", "=", ctx.hospitalId)
              .where("id", "in", [...departmentIds])
              .execute()
          ).map((d) => [d.id, d.name]),
        );
  for (const f of found.slice(0, TOUCHPOINT_COMMENT_LIMIT)) {
    comments.push({ ...f.comment, departmentName: f.departmentId ? (names.get(f.departmentId) ?? null) : null });
  }
  return comments;
}

const FOLLOW_UP_SCALE = { min: 1, max: 5 };
const DAY_MS = 86_400_000;
const dayAround = (day: string, days: number) => new Date(Date.parse(day) + days * DAY_MS).toISOString();

/**
 * Follow-up call ratings and issues about the touchpoint, per period of the call on the hospital's clock.
 * Calls are made by hand (thousands, not millions): read by the (hospital, touchpoint) index with a day's
 * margin around [start, end) for the time zone, then bucketed exactly.
 */
async function readFollowUp(
  ctx: HospitalContext,
  touchpointId: string,
  grain: RollupGrain,
  start: string,
  end: string,
): Promise<{ ratings: Map<string, number[]>; issues: Map<string, number> }> {
  const from = dayAround(start, -1);
  const to = dayAround(end, 1);
  const ratingRows = await ctx.db
    .selectFrom("follow_up_ratings")
    .select(["score", "at"])
    .where("hospital_id", "=", ctx.hospitalId)
    .where("touchpoint_id", "=", touchpointId)
    .where("at", ">=", from)
    .where("at", "<", to)
    .execute();
  const issueRows = await ctx.db
    .selectFrom("follow_up_issues")
    .select("created_at")
    .where("hospital_id", "=", ctx.hospitalId)
    .where("touchpoint_id", "=", touchpointId)
    .where("created_at", ">=", from)
    .where("created_at", "<", to)
    .execute();
  const ratings = new Map<string, number[]>();
  for (const r of ratingRows) {
    const period = periodKey(r.at, grain, ROLLUP_TIME_ZONE);
    const list = ratings.get(period);
    if (list) list.push(Number(r.score));
    else ratings.set(period, [Number(r.score)]);
  }
  const issues = new Map<string, number>();
  for (const r of issueRows) {
    const period = periodKey(r.created_at, grain, ROLLUP_TIME_ZONE);
    issues.set(period, (issues.get(period) ?? 0) + 1);
  }
  return { ratings, issues };
}

/** VOC about the touchpoint received in [start, end): counts per type and the newest items (the touchpoint index). */
async function readVoc(
  ctx: HospitalContext,
  touchpointId: string,
  start: string,
  end: string,
): Promise<TouchpointDetail["voc"]> {
  const scoped = ctx.db
    .selectFrom("voc_items")
    .where("hospital_id", "=", ctx.hospitalId)
    .where("touchpoint_id", "=", touchpointId)
    .where("received_on", ">=", start)
    .where("received_on", "<", end);
  const byType = await scoped
    .select((eb) => ["type", eb.fn.countAll<number>().as("n")])
    .groupBy("type")
    .execute();
  const counts: Record<VocType, number> = { complaint: 0, compliment: 0, suggestion: 0, inquiry: 0 };
  for (const r of byType) if (r.type in counts) counts[r.type as VocType] = Number(r.n);
  const items = await scoped
    .select(["id", "type", "channel", "received_on", "severity", "status", "text"])
    .orderBy("received_on", "desc")
    .orderBy("id", "desc")
    .limit(TOUCHPOINT_VOC_LIMIT)
    .execute();
  return {
    counts,
    items: items.map((i) => ({
      id: i.id,
      type: i.type as VocType,
      channel: i.channel,
      receivedOn: i.received_on,
      severity: i.severity,
      status: i.status,
      text: i.text,
    })),
  };
}
