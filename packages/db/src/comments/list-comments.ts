import { type Comment, notFound, type Result } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { toComment } from "../rows.ts";
import { findScoped } from "../shared/scoped-crud.ts";

/** Oldest first, so a thread reads top to bottom. */
export async function listComments(ctx: HospitalContext, journeyId: string): Promise<Result<Comment[]>> {
  if (!(await findScoped(ctx.db, ctx, "journeys", journeyId)))
    return { ok: false, error: notFound("journey", journeyId) };
  const rows = await ctx.db
    .selectFrom("comments")
    .selectAll()
    .where("hospital_id", "=", ctx.hospitalId)
    .where("journey_id", "=", journeyId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return { ok: true, value: rows.map(toComment) };
}
