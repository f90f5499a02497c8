import {
  briefScore,
  type NpsSummary,
  netPromoterScore,
  type Result,
  type ScoreBrief,
  type ScoreSummary,
  summarizeScore,
} from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import type { RollupGrain, RollupSlice } from "./apply-response-rollups.ts";
import {
  AccumulatorGroups,
  checkSliceGrain,
  isOverall,
  loadJourneyFrame,
  type PeriodQuery,
  readScoreCells,
  resolvePeriods,
  type SliceQuery,
} from "./read-rollups.ts";
import { readVocCounts } from "./read-voc-counts.ts";

export interface TouchpointScoreCell {
  period: string;
  /** The department / site / segment / channel of the row; "" for the whole journey. */
  sliceValue: string;
  /** Brief: a whole breakdown holds thousands of cells; the full summary is on the touchpoint's endpoint. */
  satisfaction: ScoreBrief;
  importance: ScoreBrief;
  /**
   * VOC complaints and compliments about the touchpoint in the period (whole journey only: VOC has no
   * department / segment of the patient); null when the hospital has no VOC about the journey in the window.
   */
  complaints: number | null;
  compliments: number | null;
}

export interface TouchpointScores {
  journeyId: string;
  grain: RollupGrain;
  by: RollupSlice;
  periods: string[];
  touchpoints: {
    touchpointId: string;
    name: string;
    stageId: string;
    stageName: string;
    cells: TouchpointScoreCell[];
  }[];
  /** The journey's overall satisfaction and NPS per period (and slice). */
  overall: { period: string; sliceValue: string; satisfaction: ScoreSummary; nps: NpsSummary }[];
}

const EMPTY_NPS = { scaleMin: 0, scaleMax: 10, n: 0, sum: 0, sumSquares: 0, counts: new Array(11).fill(0) };
const emptyScale = (max: number) => ({
  scaleMin: 1,
  scaleMax: max,
  n: 0,
  sum: 0,
  sumSquares: 0,
  counts: new Array(max).fill(0),
});

/**
 * Per touchpoint of a journey and per period (month or ISO week): answers, mean satisfaction with its 95 %
 * interval, top/bottom-two-box and stated importance — "too few answers" below MIN_SAMPLE — optionally per
 * department, site, segment or channel; with the journey's overall satisfaction and NPS. Reads only rollups.
 */
export async function getTouchpointScores(
  ctx: HospitalContext,
  journeyId: string,
  query: PeriodQuery & SliceQuery = {},
): Promise<Result<TouchpointScores>> {
  const window = resolvePeriods(query);
  if (!window.ok) return window;
  const frame = await loadJourneyFrame(ctx, journeyId);
  if (!frame.ok) return frame;
  const { grain, periods } = window.value;
  const by = query.by ?? "all";
  const sliced = checkSliceGrain(grain, by);
  if (!sliced.ok) return sliced;
  const cells = await readScoreCells(
    ctx,
    frame.value.surveyIds,
    grain,
    by,
    { from: periods[0] as string, to: periods[periods.length - 1] as string },
    ["satisfaction", "importance", "nps"],
    query.sliceValue,
  );

  const groups = new AccumulatorGroups<null>();
  const sliceValues = new Set<string>();
  for (const c of cells) {
    const kind = isOverall(c) ? "overall" : c.questionType === "nps" ? "nps" : `${c.questionType}:${c.touchpointId}`;
    if (kind.endsWith(":")) continue;
    sliceValues.add(c.sliceValue);
    groups.add(`${kind}\u0000${c.period}\u0000${c.sliceValue}`, null, c.acc);
  }
  const values = by === "all" ? [""] : query.sliceValue ? [query.sliceValue] : [...sliceValues].sort();
  const voc =
    by === "all"
      ? await readVocCounts(
          ctx,
          frame.value.touchpoints.map((tp) => tp.id),
          grain,
          { from: periods[0] as string, to: periods[periods.length - 1] as string },
        )
      : null;
  const vocOf = (touchpointId: string, period: string) =>
    voc ? (voc.get(`${touchpointId}\u0000${period}`) ?? { complaints: 0, compliments: 0 }) : null;
  const get = (kind: string, period: string, value: string) => groups.get(`${kind}\u0000${period}\u0000${value}`);

  return {
    ok: true,
    value: {
      journeyId,
      grain,
      by,
      periods,
      touchpoints: frame.value.touchpoints.map((tp) => ({
        touchpointId: tp.id,
        name: tp.name,
        stageId: tp.stageId,
        stageName: tp.stageName,
        cells: periods.flatMap((period) =>
          values.map((value) => ({
            period,
            sliceValue: value,
            satisfaction: briefScore(get(`satisfaction:${tp.id}`, period, value) ?? emptyScale(5)),
            importance: briefScore(get(`importance:${tp.id}`, period, value) ?? emptyScale(5)),
            complaints: vocOf(tp.id, period)?.complaints ?? null,
            compliments: vocOf(tp.id, period)?.compliments ?? null,
          })),
        ),
      })),
      overall: periods.flatMap((period) =>
        values.map((value) => ({
          period,
          sliceValue: value,
          satisfaction: summarizeScore(get("overall", period, value) ?? emptyScale(5)),
          nps: netPromoterScore(get("nps", period, value) ?? EMPTY_NPS),
        })),
      ),
    },
  };
}
