import type { FollowUpScript, FollowUpSettings, Result } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { loadScript, loadSettings, toSettings } from "./follow-up-rows.ts";

/** Retention and attempts, with the script of every journey of the hospital. */
export async function getFollowUpSettings(
  ctx: HospitalContext,
): Promise<Result<FollowUpSettings & { scripts: FollowUpScript[] }>> {
  const settings = await loadSettings(ctx.db, ctx.hospitalId);
  const journeys = await ctx.db
    .selectFrom("journeys")
    .select("id")
    .where("hospital_id", "=", ctx.hospitalId)
    .orderBy("created_at")
    .execute();
  const scripts: FollowUpScript[] = [];
  for (const j of journeys) {
    const script = await loadScript(ctx.db, ctx, j.id, settings.scripts);
    if (script) scripts.push(script);
  }
  return { ok: true, value: { ...toSettings(ctx.hospitalId, settings), scripts } };
}
