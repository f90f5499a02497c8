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

  // A whole breakdown is ~12 k rollup rows: groups are addressed by numbers (what × period × slice value), not by
  // joined strings — what is 0 overall, 1 NPS, then satisfaction and importance per touchpoint of the frame.
  const what = new Map(frame.value.touchpoints.map((tp, i) => [tp.id, 2 + 2 * i]));
  const periodAt = new Map(periods.map((p, i) => [p, i]));
  const valueAt = new Map<string, number>();
  const id = (w: number, period: number, value: number) => (w * periods.length + period) * 65_536 + value;
  const groups = new AccumulatorGroups<null>();
  for (const c of cells) {
    const w = isOverall(c)
      ? 0
      : c.questionType === "nps"
        ? 1
        : (what.get(c.touchpointId) ?? -2) + (c.questionType === "importance" ? 1 : 0);
    const period = periodAt.get(c.period);
    if (w < 0 || period === undefined) continue; // a touchpoint no longer on the journey
    if (!valueAt.has(c.sliceValue)) valueAt.set(c.sliceValue, valueAt.size);
    groups.add(id(w, period, valueAt.get(c.sliceValue) as number), null, c.acc);
  }
  const values = by === "all" ? [""] : query.sliceValue ? [query.sliceValue] : [...valueAt.keys()].sort();
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
  const get = (w: number, period: number, value: string) => {
    const v = valueAt.get(value);
    return v === undefined ? null : groups.get(id(w, period, v));
  };

  return {
    ok: true,
    value: {
      journeyId,
      grain,
      by,
      periods,
      touchpoints: frame.value.touchpoints.map((tp, t) => ({
        touchpointId: tp.id,
        name: tp.name,
        stageId: tp.stageId,
        stageName: tp.stageName,
        cells: periods.flatMap((period, p) =>
          values.map((value) => ({
            period,
            sliceValue: value,
            satisfaction: briefScore(get(2 + 2 * t, p, value) ?? emptyScale(5)),
            importance: briefScore(get(3 + 2 * t, p, value) ?? emptyScale(5)),
            complaints: vocOf(tp.id, period)?.complaints ?? null,
            compliments: vocOf(tp.id, period)?.compliments ?? null,
          })),
        ),
      })),
      overall: periods.flatMap((period, p) =>
        values.map((value) => ({
          period,
          sliceValue: value,
          satisfaction: summarizeScore(get(0, p, value) ?? emptyScale(5)),
          nps: netPromoterScore(get(1, p, value) ?? EMPTY_NPS),
        })),
      ),
    },
  };
}
