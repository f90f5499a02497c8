import {
  type AverageScore,
  compareGroups,
  type GroupComparison,
  journeyExperience,
  type NpsSummary,
  netPromoterScore,
  type Result,
  type ScaleAccumulator,
  type ScoreSummary,
  summarizeScore,
  type WeakestLink,
} from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import type { RollupGrain } from "./apply-response-rollups.ts";
import {
  AccumulatorGroups,
  loadJourneyFrame,
  type PeriodQuery,
  readScoreCells,
  resolvePeriods,
  type ScoreCell,
} from "./read-rollups.ts";

/** One column of the comparison: a site, or (siteId null) the answers whose department has no site. */
export interface SiteColumn {
  siteId: string | null;
  /** The site's name; null for the "no site" column. */
  name: string | null;
  /** Answers of the most answered question in the window (overall satisfaction, as a rule): the responses. */
  answers: number;
  /** Overall satisfaction over the window. */
  satisfaction: ScoreSummary;
  nps: NpsSummary;
  /** The weakest touchpoint over the window at this site (journeyExperience on the site's answers). */
  weakestLink: WeakestLink;
  average: AverageScore;
  hiddenGap: number | null;
}

export interface SiteTouchpointCell {
  siteId: string | null;
  satisfaction: ScoreSummary;
  /** The best site's score minus this one's (points of 0–100); null below MIN_SAMPLE or with one site scored. */
  gapToBest: number | null;
}

export interface SiteTouchpointRow {
  touchpointId: string;
  name: string;
  stageId: string;
  stageName: string;
  /** In column order. */
  cells: SiteTouchpointCell[];
  /** Welch's test of the best against the worst site (Bonferroni over the pairs); ids are column ids, "" for no site. */
  comparison: GroupComparison;
}

export interface SiteTrendPoint {
  period: string;
  siteId: string | null;
  satisfaction: ScoreSummary;
  nps: NpsSummary;
}

export interface SiteComparison {
  journeyId: string;
  journeyTitle: string;
  grain: RollupGrain;
  periods: string[];
  /** Every site of the hospital in its order, with its answers in the window (0: not a column). */
  sites: { id: string; name: string; answers: number }[];
  /** Sites with answers in the window, in site order, then "no site" when such answers exist. */
  columns: SiteColumn[];
  /** Sites (not counting "no site") with answers in the window: under two there is nothing to compare. */
  sitesWithData: number;
  touchpoints: SiteTouchpointRow[];
  /** Per period and column. */
  trend: SiteTrendPoint[];
}

const SEP = "\u0000";
/** The "no site" column's key among site ids (a site id is a UUID, never empty). */
const NO_SITE = "";
const EMPTY_5: ScaleAccumulator = { scaleMin: 1, scaleMax: 5, n: 0, sum: 0, sumSquares: 0, counts: [0, 0, 0, 0, 0] };
const EMPTY_NPS: ScaleAccumulator = {
  scaleMin: 0,
  scaleMax: 10,
  n: 0,
  sum: 0,
  sumSquares: 0,
  counts: new Array(11).fill(0),
};

/** What a cell measures, without its slice: the question type, touchpoint ("" for overall / NPS) and period. */
const measureOf = (c: ScoreCell) => `${c.questionType}${SEP}${c.touchpointId}${SEP}${c.period}`;

/** Sums accumulators per key and scale (never across scales): the exact counts that can still be subtracted. */
class ScaleSums {
  readonly sums = new Map<string, ScaleAccumulator>();
  add(key: string, acc: ScaleAccumulator, sign: 1 | -1 = 1): void {
    const k = `${key}${SEP}${acc.scaleMin}:${acc.scaleMax}`;
    const prev = this.sums.get(k);
    const counts = acc.counts.map((c, i) => (prev?.counts[i] ?? 0) + sign * c);
    this.sums.set(k, accumulatorOf(acc.scaleMin, acc.scaleMax, counts));
  }
}

function accumulatorOf(min: number, max: number, counts: number[]): ScaleAccumulator {
  let n = 0;
  let sum = 0;
  let sumSquares = 0;
  counts.forEach((c, i) => {
    n += c;
    sum += c * (min + i);
    sumSquares += c * (min + i) ** 2;
  });
  return { scaleMin: min, scaleMax: max, n, sum, sumSquares, counts };
}

/**
 * The journey compared across the hospital's sites over a window of months or weeks: per site overall
 * satisfaction (95 % CI), NPS, the weakest touchpoint and the answers; per touchpoint each site's score, the gap
 * to the best site and Welch's test of the best against the worst; per period each site's satisfaction and NPS.
 *
 * Two rollup reads: the `site` slice (a response's site is its department's, resolved when the rollup was
 * written) and `all`. Responses whose department has no site — or that name no department — are in `all` but
 * in no site row; their counts are `all` minus the sum of the hospital's sites, exact because counts subtract.
 * Rows of a site deleted since fall into that remainder too. They form the "no site" column when there are any.
 */
export async function getSiteComparison(
  ctx: HospitalContext,
  journeyId: string,
  query: PeriodQuery = {},
): Promise<Result<SiteComparison>> {
  const window = resolvePeriods(query);
  if (!window.ok) return window;
  const frame = await loadJourneyFrame(ctx, journeyId);
  if (!frame.ok) return frame;
  const { grain, periods } = window.value;
  const range = { from: periods[0] as string, to: periods[periods.length - 1] as string };
  const types = ["satisfaction", "nps"];
  const siteRows = await ctx.db
    .selectFrom("sites")
    .select(["id", "name"])
    .where("hospital_id", "=", ctx.hospitalId)
    .orderBy("position")
    .orderBy("name")
    .execute();
  const known = new Set(siteRows.map((s) => s.id));
  const { surveyIds } = frame.value;
  const siteCells = await readScoreCells(ctx, surveyIds, grain, "site", range, types);
  const allCells = await readScoreCells(ctx, surveyIds, grain, "all", range, types);

  // Per (column, measure, scale): the sites' own rows, and the remainder of `all` for "no site".
  const remainder = new ScaleSums();
  for (const c of allCells) remainder.add(`${NO_SITE}${SEP}${measureOf(c)}`, c.acc);
  const byPeriod = new AccumulatorGroups<null>();
  for (const c of siteCells) {
    if (!known.has(c.sliceValue)) continue;
    byPeriod.add(`${c.sliceValue}${SEP}${measureOf(c)}`, null, c.acc);
    remainder.add(`${NO_SITE}${SEP}${measureOf(c)}`, c.acc, -1);
  }
  for (const [k, acc] of remainder.sums) {
    // A count below zero means the rollups disagree (a department moved site without a recompute): drop it.
    const counts = acc.counts.map((c) => Math.max(0, c));
    if (counts.every((c) => c === 0)) continue;
    byPeriod.add(k.slice(0, k.lastIndexOf(SEP)), null, accumulatorOf(acc.scaleMin, acc.scaleMax, counts));
  }

  // The window merged: per (column, type, touchpoint).
  const columnIds = [...siteRows.map((s) => s.id), NO_SITE];
  const whole = new AccumulatorGroups<null>();
  for (const column of columnIds) {
    for (const tp of ["", ...frame.value.touchpoints.map((t) => t.id)]) {
      for (const type of types) {
        for (const period of periods) {
          const acc = byPeriod.get(`${column}${SEP}${type}${SEP}${tp}${SEP}${period}`);
          if (acc) whole.add(`${column}${SEP}${type}${SEP}${tp}`, null, acc);
        }
      }
    }
  }
  const windowOf = (column: string, type: string, tp: string) => whole.get(`${column}${SEP}${type}${SEP}${tp}`);
  const answersOf = (column: string) => {
    let most = 0;
    for (const tp of ["", ...frame.value.touchpoints.map((t) => t.id)]) {
      for (const type of types) most = Math.max(most, windowOf(column, type, tp)?.n ?? 0);
    }
    return most;
  };

  const sites = siteRows.map((s) => ({ id: s.id, name: s.name, answers: answersOf(s.id) }));
  const withData = sites.filter((s) => s.answers > 0);
  const noSiteAnswers = answersOf(NO_SITE);
  const columnKeys: { id: string; name: string | null }[] = [
    ...withData.map((s) => ({ id: s.id, name: s.name })),
    ...(noSiteAnswers > 0 ? [{ id: NO_SITE, name: null }] : []),
  ];
  const siteIdOf = (id: string) => (id === NO_SITE ? null : id);

  const columns: SiteColumn[] = columnKeys.map(({ id, name }) => {
    const experience = journeyExperience(
      frame.value.touchpoints.map((tp) => ({
        touchpointId: tp.id,
        satisfaction: windowOf(id, "satisfaction", tp.id) ?? EMPTY_5,
      })),
    );
    return {
      siteId: siteIdOf(id),
      name,
      answers: id === NO_SITE ? noSiteAnswers : (sites.find((s) => s.id === id)?.answers ?? 0),
      satisfaction: summarizeScore(windowOf(id, "satisfaction", "") ?? EMPTY_5),
      nps: netPromoterScore(windowOf(id, "nps", "") ?? EMPTY_NPS),
      weakestLink: experience.weakestLink,
      average: experience.average,
      hiddenGap: experience.hiddenGap,
    };
  });

  const touchpoints: SiteTouchpointRow[] = frame.value.touchpoints.map((tp) => {
    const accs = columnKeys.map(({ id }) => ({ id, acc: windowOf(id, "satisfaction", tp.id) }));
    const summaries = accs.map(({ acc }) => summarizeScore(acc ?? EMPTY_5));
    const percents = summaries.flatMap((s) => (s.kind === "score" ? [s.percent] : []));
    const best = percents.length >= 2 ? Math.max(...percents) : null;
    return {
      touchpointId: tp.id,
      name: tp.name,
      stageId: tp.stageId,
      stageName: tp.stageName,
      cells: columnKeys.map(({ id }, i) => {
        const s = summaries[i] as ScoreSummary;
        return {
          siteId: siteIdOf(id),
          satisfaction: s,
          gapToBest: best !== null && s.kind === "score" ? best - s.percent : null,
        };
      }),
      comparison: compareGroups(accs),
    };
  });

  const trend: SiteTrendPoint[] = periods.flatMap((period) =>
    columnKeys.map(({ id }) => ({
      period,
      siteId: siteIdOf(id),
      satisfaction: summarizeScore(byPeriod.get(`${id}${SEP}satisfaction${SEP}${SEP}${period}`) ?? EMPTY_5),
      nps: netPromoterScore(byPeriod.get(`${id}${SEP}nps${SEP}${SEP}${period}`) ?? EMPTY_NPS),
    })),
  );

  return {
    ok: true,
    value: {
      journeyId,
      journeyTitle: frame.value.title,
      grain,
      periods,
      sites,
      columns,
      sitesWithData: withData.length,
      touchpoints,
      trend,
    },
  };
}
