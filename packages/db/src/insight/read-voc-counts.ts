import { parsePeriodKey, periodKey } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import type { RollupGrain } from "./apply-response-rollups.ts";

/** Complaints and compliments about one touchpoint in one period. */
export interface VocCount {
  complaints: number;
  compliments: number;
}

/**
 * VOC complaints and compliments per touchpoint and period, from `voc_items` grouped by day (the
 * (hospital, touchpoint, received_on) index): VOC arrives in thousands a year, not millions, so this stays a
 * small read. Null when the hospital has no VOC about these touchpoints in the window — unknown, not zero.
 * Key: `${touchpointId}\u0000${period}`.
 */
export async function readVocCounts(
  ctx: HospitalContext,
  touchpointIds: string[],
  grain: RollupGrain,
  periods: { from: string; to: string },
): Promise<Map<string, VocCount> | null> {
  if (touchpointIds.length === 0) return null;
  const start = parsePeriodKey(periods.from).start;
  const end = parsePeriodKey(periods.to).end;
  const rows = await ctx.db
    .selectFrom("voc_items")
    .select((eb) => ["touchpoint_id", "type", "received_on", eb.fn.countAll<number>().as("n")])
    .where("hospital_id", "=", ctx.hospitalId)
    .where("touchpoint_id", "in", touchpointIds)
    .where("received_on", ">=", start)
    .where("received_on", "<", end)
    .where("type", "in", ["complaint", "compliment"])
    .groupBy(["touchpoint_id", "type", "received_on"])
    .execute();
  if (rows.length === 0) return null;
  const counts = new Map<string, VocCount>();
  for (const r of rows) {
    const key = `${r.touchpoint_id}\u0000${periodKey(r.received_on.slice(0, 10), grain)}`;
    const c = counts.get(key) ?? { complaints: 0, compliments: 0 };
    if (r.type === "complaint") c.complaints += Number(r.n);
    else c.compliments += Number(r.n);
    counts.set(key, c);
  }
  return counts;
}
