import { type NpsSummary, netPromoterScore, type Result } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import type { RollupGrain, RollupSlice } from "./apply-response-rollups.ts";
import {
  AccumulatorGroups,
  checkSliceGrain,
  loadJourneyFrame,
  type PeriodQuery,
  readScoreCells,
  resolvePeriods,
  type SliceQuery,
} from "./read-rollups.ts";

export interface NpsTrend {
  journeyId: string;
  grain: RollupGrain;
  by: RollupSlice;
  points: { period: string; sliceValue: string; nps: NpsSummary }[];
}

const EMPTY_NPS = { scaleMin: 0, scaleMax: 10, n: 0, sum: 0, sumSquares: 0, counts: new Array(11).fill(0) };

/** The journey's NPS per period (and per department / site / segment / channel), from the rollups. */
export async function getNpsTrend(
  ctx: HospitalContext,
  journeyId: string,
  query: PeriodQuery & SliceQuery = {},
): Promise<Result<NpsTrend>> {
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
    ["nps"],
    query.sliceValue,
  );
  const groups = new AccumulatorGroups<null>();
  const values = new Set<string>(by === "all" ? [""] : query.sliceValue ? [query.sliceValue] : []);
  for (const c of cells) {
    values.add(c.sliceValue);
    groups.add(`${c.period}\u0000${c.sliceValue}`, null, c.acc);
  }
  const sorted = [...values].sort();
  return {
    ok: true,
    value: {
      journeyId,
      grain,
      by,
      points: periods.flatMap((period) =>
        sorted.map((sliceValue) => ({
          period,
          sliceValue,
          nps: netPromoterScore(groups.get(`${period}\u0000${sliceValue}`) ?? EMPTY_NPS),
        })),
      ),
    },
  };
}
