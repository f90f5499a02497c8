import {
  type FollowUpSettings,
  type Result,
  UpdateFollowUpSettingsInput,
  validate,
  versionConflict,
} from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, now, Rollback, transact } from "../context.ts";
import { ensureSettings, loadSettings, toSettings } from "./follow-up-rows.ts";

/** Retention period and maximum attempts; a compare-and-swap on the version like every mutable record. */
export async function updateFollowUpSettings(ctx: HospitalContext, input: unknown): Promise<Result<FollowUpSettings>> {
  const parsed = validate(UpdateFollowUpSettingsInput, input);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  return transact(ctx, async (trx) => {
    const at = now();
    const before = await ensureSettings(trx, ctx.hospitalId, at);
    const updated = await trx
      .updateTable("follow_up_settings")
      .set({ retention_days: v.retentionDays, max_attempts: v.maxAttempts, version: v.version + 1, updated_at: at })
      .where("hospital_id", "=", ctx.hospitalId)
      .where("version", "=", v.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      throw new Rollback(versionConflict("follow-up settings", ctx.hospitalId, before.version));
    }
    const after = toSettings(ctx.hospitalId, await loadSettings(trx, ctx.hospitalId));
    await recordAudit(
      trx,
      ctx,
      "update",
      "follow_up_settings",
      ctx.hospitalId,
      toSettings(ctx.hospitalId, before),
      after,
    );
    return after;
  });
}
