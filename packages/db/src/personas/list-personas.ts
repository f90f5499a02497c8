import type { Persona } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { toPersona } from "../rows.ts";

export async function listPersonas(ctx: HospitalContext): Promise<Persona[]> {
  const rows = await ctx.db
    .selectFrom("personas")
    .selectAll()
    .where("hospital_id", "=", ctx.hospitalId)
    .orderBy("name")
    .execute();
  return rows.map(toPersona);
}
