import { computeFollowUpStats, type FollowUpStats, FollowUpStatsQuery, type Result, validate } from "@motmap/core";
import type { HospitalContext } from "../context.ts";

/** Contact and reached rates and satisfaction per department, ISO week of the visit and touchpoint. */
export async function getFollowUpStats(ctx: HospitalContext, query: unknown = {}): Promise<Result<FollowUpStats>> {
  const parsed = validate(FollowUpStatsQuery, query);
  if (!parsed.ok) return parsed;
  const { from, to } = parsed.value;
  let entries = ctx.db
    .selectFrom("follow_up_entries")
    .select(["id", "visit_date", "department_id", "status", "attempts"])
    .where("hospital_id", "=", ctx.hospitalId);
  if (from) entries = entries.where("visit_date", ">=", from);
  if (to) entries = entries.where("visit_date", "<=", to);
  const rows = await entries.execute();
  const ratings = await ctx.db
    .selectFrom("follow_up_ratings")
    .select(["entry_id", "touchpoint_id", "score"])
    .where("hospital_id", "=", ctx.hospitalId)
    .execute();
  const departments = await ctx.db
    .selectFrom("departments")
    .select(["id", "name"])
    .where("hospital_id", "=", ctx.hospitalId)
    .execute();
  const touchpoints = await ctx.db
    .selectFrom("touchpoints")
    .select(["id", "name"])
    .where("hospital_id", "=", ctx.hospitalId)
    .execute();
  return {
    ok: true,
    value: computeFollowUpStats(
      rows.map((r) => ({
        id: r.id,
        visitDate: r.visit_date,
        departmentId: r.department_id,
        status: r.status,
        attempts: Number(r.attempts),
      })),
      ratings.map((r) => ({ entryId: r.entry_id, touchpointId: r.touchpoint_id, score: Number(r.score) })),
      {
        departments: new Map(departments.map((d) => [d.id, d.name])),
        touchpoints: new Map(touchpoints.map((t) => [t.id, t.name])),
      },
    ),
  };
}
