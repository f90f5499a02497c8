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
    const after = toJourney(await updateScoped(trx, ctx, "journeys", "journey", id, version, toColumns(patch)));
    await recordAudit(trx, ctx, "update", "journey", id, before, after);
    return after;
  });
}
