import { type Hospital, notFound, type Result } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { toHospital } from "../rows.ts";

export async function getHospital(ctx: HospitalContext): Promise<Result<Hospital>> {
  const row = await ctx.db.selectFrom("hospitals").selectAll().where("id", "=", ctx.hospitalId).executeTakeFirst();
  return row ? { ok: true, value: toHospital(row) } : { ok: false, error: notFound("hospital", ctx.hospitalId) };
}
