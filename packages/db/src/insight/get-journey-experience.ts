import { type JourneyExperience, journeyExperience, type Result, shiftPeriod } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import type { RollupGrain } from "./apply-response-rollups.ts";
import {
  AccumulatorGroups,
  loadJourneyFrame,
  type PeriodQuery,
  readScoreCells,
  resolvePeriods,
} from "./read-rollups.ts";

export interface JourneyExperienceSeries {
  journeyId: string;
  grain: RollupGrain;
  /** Per period: the weakest link beside the average, each touchpoint's score and its movement since the period before. */
  periods: { period: string; experience: JourneyExperience }[];
}

const EMPTY = { scaleMin: 1, scaleMax: 5, n: 0, sum: 0, sumSquares: 0, counts: [0, 0, 0, 0, 0] };

/**
 * The journey's experience score over time ("100 − 1 = 0"): per period the weakest touchpoint with enough
 * answers, the plain average beside it, and how the weakest moved since the previous period. One rollup read
 * covering the window and the period before it.
 */
export async function getJourneyExperience(
  ctx: HospitalContext,
  journeyId: string,
  query: PeriodQuery = {},
): Promise<Result<JourneyExperienceSeries>> {
  const window = resolvePeriods(query);
  if (!window.ok) return window;
  const frame = await loadJourneyFrame(ctx, journeyId);
  if (!frame.ok) return frame;
  const { grain, periods } = window.value;
  const first = periods[0] as string;
  const cells = await readScoreCells(
    ctx,
    frame.value.surveyIds,
    grain,
    "all",
    { from: shiftPeriod(first, -1), to: periods[periods.length - 1] as string },
    ["satisfaction"],
  );
  const groups = new AccumulatorGroups<null>();
  for (const c of cells) if (c.touchpointId !== "") groups.add(`${c.touchpointId}\u0000${c.period}`, null, c.acc);
  return {
    ok: true,
    value: {
      journeyId,
      grain,
      periods: periods.map((period) => {
        const previous = shiftPeriod(period, -1);
        return {
          period,
          experience: journeyExperience(
            frame.value.touchpoints.map((tp) => ({
              touchpointId: tp.id,
              satisfaction: groups.get(`${tp.id}\u0000${period}`) ?? EMPTY,
              previous: groups.get(`${tp.id}\u0000${previous}`) ?? EMPTY,
            })),
          ),
        };
      }),
    },
  };
}
