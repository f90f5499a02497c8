import type { Comment } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { toComment } from "../rows.ts";

/** Oldest first, so a thread reads top to bottom. */
export async function listComments(ctx: HospitalContext, journeyId: string): Promise<Comment[]> {
  const rows = await ctx.db
    .selectFrom("comments")
    .selectAll()
    .where("hospital_id", "=", ctx.hospitalId)
    .where("journey_id", "=", journeyId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(toComment);
}
