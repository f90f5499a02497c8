import type { FollowUpCaller, FollowUpCallers, Result } from "@motmap/core";
import type { HospitalContext } from "../context.ts";

const OPEN = ["pending", "not_reached"];

/**
 * The members a call can be given to — editors and above, viewers cannot work calls — with how many calls
 * each has open, and how many open calls have no caller yet: what a manager needs to share out a list.
 * Names and roles only: the worklist's callers need no member e-mail addresses.
 */
export async function listFollowUpCallers(ctx: HospitalContext): Promise<Result<FollowUpCallers>> {
  const members = await ctx.db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["u.id", "u.name", "m.role"])
    .where("m.hospital_id", "=", ctx.hospitalId)
    .where("m.role", "in", ["owner", "admin", "editor"])
    .orderBy("u.name")
    .execute();
  const counts = await ctx.db
    .selectFrom("follow_up_entries")
    .select((eb) => ["assignee_user_id", "status", eb.fn.countAll<number | string | bigint>().as("n")])
    .where("hospital_id", "=", ctx.hospitalId)
    .groupBy(["assignee_user_id", "status"])
    .execute();
  const open = new Map<string | null, number>();
  const assigned = new Map<string | null, number>();
  for (const c of counts) {
    const n = Number(c.n);
    assigned.set(c.assignee_user_id, (assigned.get(c.assignee_user_id) ?? 0) + n);
    if (OPEN.includes(c.status)) open.set(c.assignee_user_id, (open.get(c.assignee_user_id) ?? 0) + n);
  }
  const items: FollowUpCaller[] = members.map((m) => ({
    userId: m.id,
    name: m.name,
    role: m.role as FollowUpCaller["role"],
    open: open.get(m.id) ?? 0,
    assigned: assigned.get(m.id) ?? 0,
  }));
  return { ok: true, value: { items, unassignedOpen: open.get(null) ?? 0 } };
}
