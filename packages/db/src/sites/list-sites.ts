import type { Site } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { toSite } from "../rows.ts";

export async function listSites(ctx: HospitalContext): Promise<Site[]> {
  const rows = await ctx.db
    .selectFrom("sites")
    .selectAll()
    .where("hospital_id", "=", ctx.hospitalId)
    .orderBy("position")
    .execute();
  return rows.map(toSite);
}
