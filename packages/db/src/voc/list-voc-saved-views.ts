import type { VocListFilter, VocSavedView } from "@motmap/core";
import type { HospitalContext } from "../context.ts";

/** The acting member's saved views, by name. */
export async function listVocSavedViews(ctx: HospitalContext): Promise<VocSavedView[]> {
  if (!ctx.actorId) return [];
  const rows = await ctx.db
    .selectFrom("voc_saved_views")
    .selectAll()
    .where("hospital_id", "=", ctx.hospitalId)
    .where("user_id", "=", ctx.actorId)
    .orderBy("name")
    .orderBy("created_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    filter: JSON.parse(r.filter) as VocListFilter,
    createdAt: r.created_at,
  }));
}
