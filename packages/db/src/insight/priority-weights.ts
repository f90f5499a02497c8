import { DEFAULT_PRIORITY_WEIGHTS, PriorityWeights, type Result, validate, versionConflict } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import type { Executor, HospitalContext } from "../context.ts";
import { now, Rollback, transact } from "../context.ts";

export interface StoredPriorityWeights {
  weights: PriorityWeights;
  /** 0 while the hospital uses the defaults (no row yet). */
  version: number;
}

/** The hospital's priority weights, or the defaults. */
export async function getPriorityWeights(ctx: HospitalContext, db: Executor = ctx.db): Promise<StoredPriorityWeights> {
  const row = await db
    .selectFrom("insight_settings")
    .select(["priority_weights", "version"])
    .where("hospital_id", "=", ctx.hospitalId)
    .executeTakeFirst();
  if (!row) return { weights: DEFAULT_PRIORITY_WEIGHTS, version: 0 };
  const parsed = PriorityWeights.safeParse(JSON.parse(row.priority_weights));
  return { weights: parsed.success ? parsed.data : DEFAULT_PRIORITY_WEIGHTS, version: Number(row.version) };
}

/**
 * Replaces the hospital's priority weights: a compare-and-swap on `version` (0 = still the defaults),
 * audited. Weights are relative; at least one must be above 0.
 */
export async function updatePriorityWeights(
  ctx: HospitalContext,
  input: { weights: unknown; version: number },
): Promise<Result<StoredPriorityWeights>> {
  const parsed = validate(PriorityWeights, input.weights);
  if (!parsed.ok) return parsed;
  const weights = parsed.value;
  return transact(ctx, async (trx) => {
    const current = await getPriorityWeights(ctx, trx);
    if (current.version !== input.version)
      throw new Rollback(versionConflict("priority weights", ctx.hospitalId, current.version));
    const version = current.version + 1;
    const values = { priority_weights: JSON.stringify(weights), version, updated_at: now() };
    if (current.version === 0) {
      await trx
        .insertInto("insight_settings")
        .values({ hospital_id: ctx.hospitalId, ...values })
        .execute();
    } else {
      await trx
        .updateTable("insight_settings")
        .set(values)
        .where("hospital_id", "=", ctx.hospitalId)
        .where("version", "=", current.version)
        .execute();
    }
    await recordAudit(trx, ctx, "update", "priority_weights", ctx.hospitalId, current.weights, weights);
    return { weights, version };
  });
}
