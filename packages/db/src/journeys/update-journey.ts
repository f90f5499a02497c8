import { type Journey, type Result, UpdateJourneyInput, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, Rollback, transact } from "../context.ts";
import { toColumns, toJourney } from "../rows.ts";
import { findScoped, referenceError, requireScoped, updateScoped } from "../shared/scoped-crud.ts";

export async function updateJourney(ctx: HospitalContext, id: string, input: unknown): Promise<Result<Journey>> {
  const parsed = validate(UpdateJourneyInput, input);
  if (!parsed.ok) return parsed;
  const { version, ...patch } = parsed.value;
  return transact(ctx, async (trx) => {
    const before = toJourney(await requireScoped(trx, ctx, "journeys", "journey", id));
    if (patch.personaId && !(await findScoped(trx, ctx, "personas", patch.personaId))) {
      throw new Rollback(referenceError("personaId", "no such persona in this hospital"));
    }
    const customKeys = (patch.laneLayout ?? [])
      .map((e, i) => [e.key, i] as const)
      .filter(([k]) => k.startsWith("lane:"));
    if (customKeys.length > 0) {
      const lanes = await trx
        .selectFrom("journey_lanes")
        .select("id")
        .where("hospital_id", "=", ctx.hospitalId)
        .where("journey_id", "=", id)
        .execute();
      const own = new Set(lanes.map((l) => `lane:${l.id}`));
      const stray = customKeys.find(([k]) => !own.has(k));
      if (stray) throw new Rollback(referenceError(`laneLayout.${stray[1]}.key`, "not a lane of this journey"));
    }
    const after = toJourney(await updateScoped(trx, ctx, "journeys", "journey", id, version, toColumns(patch)));
    await recordAudit(trx, ctx, "update", "journey", id, before, after);
    return after;
  });
}
