import { type FollowUpScript, FollowUpScriptInput, notFound, type Result, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, now, Rollback, transact } from "../context.ts";
import { ensureSettings, loadScript } from "./follow-up-rows.ts";

/** The call script of one journey; an empty text restores the default script. */
export async function updateFollowUpScript(
  ctx: HospitalContext,
  journeyId: string,
  input: unknown,
): Promise<Result<FollowUpScript>> {
  const parsed = validate(FollowUpScriptInput, input);
  if (!parsed.ok) return parsed;
  return transact(ctx, async (trx) => {
    const journey = await trx
      .selectFrom("journeys")
      .select("id")
      .where("id", "=", journeyId)
      .where("hospital_id", "=", ctx.hospitalId)
      .executeTakeFirst();
    if (!journey) throw new Rollback(notFound("journey", journeyId));
    const at = now();
    const settings = await ensureSettings(trx, ctx.hospitalId, at);
    const before = settings.scripts[journeyId] ?? null;
    const scripts = { ...settings.scripts };
    const text = parsed.value.text.trim();
    if (text === "") delete scripts[journeyId];
    else scripts[journeyId] = text;
    await trx
      .updateTable("follow_up_settings")
      .set({ scripts: JSON.stringify(scripts), updated_at: at })
      .where("hospital_id", "=", ctx.hospitalId)
      .execute();
    await recordAudit(trx, ctx, "update", "follow_up_script", journeyId, { text: before }, { text: text || null });
    return (await loadScript(trx, ctx, journeyId, scripts)) as FollowUpScript;
  });
}
