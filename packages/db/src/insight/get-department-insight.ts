import {
  compareScores,
  compareSliceGaps,
  compareSliceWithWhole,
  journeyExperience,
  type NpsSummary,
  netPromoterScore,
  notFound,
  type Result,
  type ScaleAccumulator,
  type ScoreChange,
  type ScoreSummary,
  type SliceGap,
  shiftPeriod,
  summarizeScore,
} from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { applyPendingRollups } from "./apply-pending-rollups.ts";
import type { RollupGrain } from "./apply-response-rollups.ts";
import {
  AccumulatorGroups,
  checkSliceGrain,
  isOverall,
  type PeriodQuery,
  readScoreCells,
  resolvePeriods,
  type ScoreCell,
} from "./read-rollups.ts";
import { readVocCounts } from "./read-voc-counts.ts";

export interface DepartmentScores {
  satisfaction: ScoreSummary;
  nps: NpsSummary;
}

export interface DepartmentHeadline {
  satisfaction: ScoreSummary;
  previousSatisfaction: ScoreSummary;
  /** Latest against the previous period (Welch on 0–100); too few when either has under 10 answers. */
  change: ScoreChange;
  nps: NpsSummary;
  previousNps: NpsSummary;
}

export interface DepartmentTrendPoint {
  period: string;
  /** The department's patients. */
  department: DepartmentScores;
  /** Every patient of the hospital (of the same journeys). */
  hospital: DepartmentScores;
}

export interface DepartmentTouchpointGap {
  journeyId: string;
  journeyTitle: string;
  touchpointId: string;
  name: string;
  stageId: string;
  stageName: string;
  /** Over the whole window: the department's patients, and every patient of the journey. */
  department: ScoreSummary;
  journey: ScoreSummary;
  gap: SliceGap;
}

export interface OwnedTouchpoint {
  journeyId: string;
  journeyTitle: string;
  stageId: string;
  stageName: string;
  touchpointId: string;
  name: string;
  /** The department is the touchpoint's first (lead) owner. */
  lead: boolean;
  /** Every patient, the latest and the previous period. */
  satisfaction: ScoreSummary;
  previousSatisfaction: ScoreSummary;
  change: ScoreChange;
  /** VOC complaints about the touchpoint received in the window; null when the hospital has none about these touchpoints. */
  complaints: number | null;
}

export interface DepartmentInsight {
  department: { id: string; name: string; nameEn: string; code: string; siteName: string | null };
  grain: RollupGrain;
  periods: string[];
  /** The last period of the window and the one before: the headline compares them. */
  latest: string;
  previous: string;
  headline: { department: DepartmentHeadline; hospital: DepartmentHeadline };
  /** Every journey of the hospital with survey answers in the window, the department's and everybody's. */
  trend: DepartmentTrendPoint[];
  journeys: { journeyId: string; title: string; trend: DepartmentTrendPoint[] }[];
  /** Touchpoint satisfaction over the window, the department's patients against the journey's; worst first. */
  touchpoints: DepartmentTouchpointGap[];
  /** The department's weakest touchpoint over the window (lowest score with enough answers), or null. */
  weakestTouchpointId: string | null;
  /** Touchpoints the department owns on the maps, in journey, stage and touchpoint order. */
  owned: OwnedTouchpoint[];
  /** Every department's overall satisfaction in the latest period, in the hospital's department order. */
  departments: { departmentId: string; name: string; nameEn: string; satisfaction: ScoreSummary }[];
}

const EMPTY_NPS: ScaleAccumulator = {
  scaleMin: 0,
  scaleMax: 10,
  n: 0,
  sum: 0,
  sumSquares: 0,
  counts: new Array(11).fill(0),
};
const EMPTY_5: ScaleAccumulator = { scaleMin: 1, scaleMax: 5, n: 0, sum: 0, sumSquares: 0, counts: [0, 0, 0, 0, 0] };

const ALL = "\u0001all";
const key = (...parts: string[]) => parts.join("\u0000");

/**
 * One department across every journey of its hospital that has survey answers: its patients' overall
 * satisfaction and NPS against the hospital's (headline and trend), the touchpoints where its patients fare
 * worse than the journey's, the touchpoints it owns on the maps, and every department's overall satisfaction
 * in the latest period. Reads only rollups (the department slice and the whole journey) and VOC counts.
 */
export async function getDepartmentInsight(
  ctx: HospitalContext,
  departmentId: string,
  query: PeriodQuery = {},
): Promise<Result<DepartmentInsight>> {
  const window = resolvePeriods(query);
  if (!window.ok) return window;
  const { grain, periods } = window.value;
  const sliced = checkSliceGrain(grain, "department");
  if (!sliced.ok) return sliced;
  await applyPendingRollups(ctx.db, { hospitalId: ctx.hospitalId });

  const department = await ctx.db
    .selectFrom("departments")
    .leftJoin("sites", (j) =>
      j.onRef("sites.id", "=", "departments.site_id").on("sites.hospital_id", "=", ctx.hospitalId),
    )
    .select([
      "departments.id as id",
      "departments.name as name",
      "departments.name_en as nameEn",
      "departments.code as code",
      "sites.name as siteName",
    ])
    .where("departments.hospital_id", "=", ctx.hospitalId)
    .where("departments.id", "=", departmentId)
    .executeTakeFirst();
  if (!department) return { ok: false, error: notFound("department", departmentId) };

  const latest = periods[periods.length - 1] as string;
  const previous = shiftPeriod(latest, -1);
  // The headline compares the latest period with the one before, even when the window is a single period.
  const first = periods.length > 1 ? (periods[0] as string) : previous;
  const range = { from: first, to: latest };

  const surveys = await ctx.db
    .selectFrom("surveys")
    .innerJoin("journeys", "journeys.id", "surveys.journey_id")
    .select(["surveys.id as surveyId", "journeys.id as journeyId", "journeys.title as title"])
    .where("surveys.hospital_id", "=", ctx.hospitalId)
    .where("journeys.hospital_id", "=", ctx.hospitalId)
    .orderBy("journeys.title")
    .orderBy("journeys.id")
    .execute();
  const surveysOf = new Map<string, { title: string; surveyIds: string[] }>();
  for (const s of surveys) {
    const j = surveysOf.get(s.journeyId) ?? { title: s.title, surveyIds: [] };
    j.surveyIds.push(s.surveyId);
    surveysOf.set(s.journeyId, j);
  }

  // Per journey (a rollup row carries its survey, not its journey): the whole journey and this department.
  // Overall and NPS per (journey | all, period); touchpoint satisfaction per touchpoint over the window.
  const overall = new AccumulatorGroups<null>();
  const touchpointAll = new AccumulatorGroups<null>();
  const touchpointDept = new AccumulatorGroups<null>();
  const touchpointLatest = new AccumulatorGroups<null>();
  const scalesOf = new Map<string, Set<string>>();
  const journeysWithData: { journeyId: string; title: string }[] = [];
  const inWindow = new Set(periods);
  for (const [journeyId, j] of surveysOf) {
    const fold = (cells: ScoreCell[], scope: "hospital" | "department") => {
      for (const c of cells) {
        const kind = isOverall(c) ? "overall" : c.questionType === "nps" ? "nps" : null;
        if (kind) {
          overall.add(key(scope, kind, journeyId, c.period), null, c.acc);
          overall.add(key(scope, kind, ALL, c.period), null, c.acc);
        } else if (c.touchpointId !== "") {
          if (scope === "hospital") touchpointLatest.add(key(c.touchpointId, c.period), null, c.acc);
          if (!inWindow.has(c.period)) continue;
          // Window totals keyed by scale, so the department and the journey compare on one scale.
          const scale = `${c.acc.scaleMin}:${c.acc.scaleMax}`;
          (scope === "hospital" ? touchpointAll : touchpointDept).add(key(c.touchpointId, scale), null, c.acc);
          const scales = scalesOf.get(c.touchpointId) ?? new Set();
          scalesOf.set(c.touchpointId, scales.add(scale));
        }
      }
    };
    const whole = await readScoreCells(ctx, j.surveyIds, grain, "all", range, ["satisfaction", "nps"]);
    if (!whole.some((c) => inWindow.has(c.period))) continue;
    journeysWithData.push({ journeyId, title: j.title });
    fold(whole, "hospital");
    fold(
      await readScoreCells(ctx, j.surveyIds, grain, "department", range, ["satisfaction", "nps"], departmentId),
      "department",
    );
  }

  const scores = (scope: string, journeyId: string, period: string): DepartmentScores => ({
    satisfaction: summarizeScore(overall.get(key(scope, "overall", journeyId, period)) ?? EMPTY_5),
    nps: netPromoterScore(overall.get(key(scope, "nps", journeyId, period)) ?? EMPTY_NPS),
  });
  const trendOf = (journeyId: string): DepartmentTrendPoint[] =>
    periods.map((period) => ({
      period,
      department: scores("department", journeyId, period),
      hospital: scores("hospital", journeyId, period),
    }));
  const headlineOf = (scope: string): DepartmentHeadline => {
    const now = overall.get(key(scope, "overall", ALL, latest)) ?? EMPTY_5;
    const before = overall.get(key(scope, "overall", ALL, previous)) ?? EMPTY_5;
    return {
      satisfaction: summarizeScore(now),
      previousSatisfaction: summarizeScore(before),
      change: compareScores(now, before),
      nps: netPromoterScore(overall.get(key(scope, "nps", ALL, latest)) ?? EMPTY_NPS),
      previousNps: netPromoterScore(overall.get(key(scope, "nps", ALL, previous)) ?? EMPTY_NPS),
    };
  };

  // Touchpoints of the journeys with data, and the ones this department owns (wherever they are).
  const dataJourneyIds = journeysWithData.map((j) => j.journeyId);
  const touchpointRows = await ctx.db
    .selectFrom("touchpoints")
    .innerJoin("stages", "stages.id", "touchpoints.stage_id")
    .innerJoin("journeys", "journeys.id", "touchpoints.journey_id")
    .leftJoin("touchpoint_departments as owner", (j) =>
      j
        .onRef("owner.touchpoint_id", "=", "touchpoints.id")
        .on("owner.department_id", "=", departmentId)
        .on("owner.hospital_id", "=", ctx.hospitalId),
    )
    .select([
      "touchpoints.id as id",
      "touchpoints.name as name",
      "stages.id as stageId",
      "stages.name as stageName",
      "journeys.id as journeyId",
      "journeys.title as journeyTitle",
      "owner.position as ownerPosition",
    ])
    .where("touchpoints.hospital_id", "=", ctx.hospitalId)
    .where((eb) =>
      dataJourneyIds.length > 0
        ? eb.or([eb("touchpoints.journey_id", "in", dataJourneyIds), eb("owner.department_id", "is not", null)])
        : eb("owner.department_id", "is not", null),
    )
    .orderBy("journeys.title")
    .orderBy("journeys.id")
    .orderBy("stages.position")
    .orderBy("touchpoints.position")
    .execute();

  const gaps: DepartmentTouchpointGap[] = [];
  const forWeakest: { touchpointId: string; satisfaction: ScaleAccumulator }[] = [];
  for (const tp of touchpointRows) {
    // The journey's most answered scale; the department on the same scale.
    let whole: ScaleAccumulator | null = null;
    for (const scale of scalesOf.get(tp.id) ?? []) {
      const acc = touchpointAll.get(key(tp.id, scale));
      if (acc && (!whole || acc.n > whole.n)) whole = acc;
    }
    if (!whole || whole.n === 0) continue;
    const dept = touchpointDept.get(key(tp.id, `${whole.scaleMin}:${whole.scaleMax}`)) ?? {
      ...whole,
      n: 0,
      sum: 0,
      sumSquares: 0,
      counts: whole.counts.map(() => 0),
    };
    forWeakest.push({ touchpointId: tp.id, satisfaction: dept });
    gaps.push({
      journeyId: tp.journeyId,
      journeyTitle: tp.journeyTitle,
      touchpointId: tp.id,
      name: tp.name,
      stageId: tp.stageId,
      stageName: tp.stageName,
      department: summarizeScore(dept),
      journey: summarizeScore(whole),
      gap: compareSliceWithWhole(dept, whole),
    });
  }
  gaps.sort((a, b) => compareSliceGaps(a.gap, b.gap));
  const weakest = journeyExperience(forWeakest).weakestLink;

  const ownedRows = touchpointRows.filter((tp) => tp.ownerPosition !== null);
  const voc = await readVocCounts(
    ctx,
    ownedRows.map((tp) => tp.id),
    grain,
    { from: periods[0] as string, to: latest },
  );
  const owned = ownedRows.map((tp): OwnedTouchpoint => {
    const now = touchpointLatest.get(key(tp.id, latest)) ?? EMPTY_5;
    const before = touchpointLatest.get(key(tp.id, previous)) ?? EMPTY_5;
    return {
      journeyId: tp.journeyId,
      journeyTitle: tp.journeyTitle,
      stageId: tp.stageId,
      stageName: tp.stageName,
      touchpointId: tp.id,
      name: tp.name,
      lead: Number(tp.ownerPosition) === 0,
      satisfaction: summarizeScore(now),
      previousSatisfaction: summarizeScore(before),
      change: compareScores(now, before),
      complaints: voc ? periods.reduce((sum, p) => sum + (voc.get(key(tp.id, p))?.complaints ?? 0), 0) : null,
    };
  });

  // Every department in the latest period: overall satisfaction, all journeys together.
  const allSurveyIds = surveys.map((s) => s.surveyId);
  const byDepartment = new AccumulatorGroups<null>();
  const latestCells = await readScoreCells(ctx, allSurveyIds, grain, "department", { from: latest, to: latest }, [
    "satisfaction",
  ]);
  for (const c of latestCells) if (isOverall(c)) byDepartment.add(c.sliceValue, null, c.acc);
  const departmentRows = await ctx.db
    .selectFrom("departments")
    .select(["id", "name", "name_en"])
    .where("hospital_id", "=", ctx.hospitalId)
    .orderBy("position")
    .orderBy("name")
    .execute();

  return {
    ok: true,
    value: {
      department,
      grain,
      periods,
      latest,
      previous,
      headline: { department: headlineOf("department"), hospital: headlineOf("hospital") },
      trend: trendOf(ALL),
      journeys: journeysWithData.map((j) => ({ ...j, trend: trendOf(j.journeyId) })),
      touchpoints: gaps,
      weakestTouchpointId: weakest.kind === "score" ? weakest.touchpointId : null,
      owned,
      departments: departmentRows.map((d) => ({
        departmentId: d.id,
        name: d.name,
        nameEn: d.name_en,
        satisfaction: summarizeScore(byDepartment.get(d.id) ?? EMPTY_5),
      })),
    },
  };
}
