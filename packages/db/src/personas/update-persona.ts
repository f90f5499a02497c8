import { type Persona, type Result, UpdatePersonaInput, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toColumns, toPersona } from "../rows.ts";
import { requireScoped, updateScoped } from "../shared/scoped-crud.ts";

export async function updatePersona(ctx: HospitalContext, id: string, input: unknown): Promise<Result<Persona>> {
  const parsed = validate(UpdatePersonaInput, input);
  if (!parsed.ok) return parsed;
  const { version, ...patch } = parsed.value;
  return transact(ctx, async (trx) => {
    const before = toPersona(await requireScoped(trx, ctx, "personas", "persona", id));
    const after = toPersona(await updateScoped(trx, ctx, "personas", "persona", id, version, toColumns(patch)));
    await recordAudit(trx, ctx, "update", "persona", id, before, after);
    return after;
  });
}
