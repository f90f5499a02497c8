import { CreateJourneyInput, type Journey, type Result, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, Rollback, transact } from "../context.ts";
import { toJourney } from "../rows.ts";
import { findScoped, newRowBase, referenceError } from "../shared/scoped-crud.ts";

export async function createJourney(ctx: HospitalContext, input: unknown): Promise<Result<Journey>> {
  const parsed = validate(CreateJourneyInput, input);
  if (!parsed.ok) return parsed;
  const j = parsed.value;
  return transact(ctx, async (trx) => {
    if (j.personaId && !(await findScoped(trx, ctx, "personas", j.personaId))) {
      throw new Rollback(referenceError("personaId", "no such persona in this hospital"));
    }
    const row = {
      ...newRowBase(ctx),
      title: j.title,
      persona_id: j.personaId,
      description: j.description,
      status: j.status,
      variant: "as_is",
      based_on_id: null,
      lane_layout: null,
    };
    await trx.insertInto("journeys").values(row).execute();
    const created = toJourney(row);
    await recordAudit(trx, ctx, "create", "journey", created.id, null, created);
    return created;
  });
}
