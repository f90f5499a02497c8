import { CreatePersonaInput, type Persona, type Result, validate } from "@motmap/core";
import type { Transaction } from "kysely";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toPersona } from "../rows.ts";
import type { DB } from "../schema.ts";
import { newRowBase } from "../shared/scoped-crud.ts";

export async function createPersona(ctx: HospitalContext, input: unknown): Promise<Result<Persona>> {
  const parsed = validate(CreatePersonaInput, input);
  if (!parsed.ok) return parsed;
  return transact(ctx, (trx) => insertPersona(trx, ctx, parsed.value));
}

/** Also used by journey import, inside its own transaction. */
export async function insertPersona(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  p: ReturnType<typeof CreatePersonaInput.parse>,
): Promise<Persona> {
  const row = {
    ...newRowBase(ctx),
    name: p.name,
    segment: p.segment,
    age_group: p.ageGroup,
    description: p.description,
    goals: JSON.stringify(p.goals),
    needs: JSON.stringify(p.needs),
    frustrations: JSON.stringify(p.frustrations),
    quote: p.quote,
  };
  await trx.insertInto("personas").values(row).execute();
  const created = toPersona(row);
  await recordAudit(trx, ctx, "create", "persona", created.id, null, created);
  return created;
}
