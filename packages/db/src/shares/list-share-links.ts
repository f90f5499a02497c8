import { notFound, type Result, type ShareLink } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { findScoped } from "../shared/scoped-crud.ts";

export async function listShareLinks(ctx: HospitalContext, journeyId: string): Promise<Result<ShareLink[]>> {
  if (!(await findScoped(ctx.db, ctx, "journeys", journeyId)))
    return { ok: false, error: notFound("journey", journeyId) };
  const rows = await ctx.db
    .selectFrom("journey_shares")
    .leftJoin("users", "users.id", "journey_shares.created_by")
    .select([
      "journey_shares.id",
      "journey_shares.journey_id",
      "journey_shares.created_at",
      "journey_shares.revoked_at",
      "users.name",
    ])
    .where("journey_shares.hospital_id", "=", ctx.hospitalId)
    .where("journey_shares.journey_id", "=", journeyId)
    .orderBy("journey_shares.created_at", "desc")
    .execute();
  return {
    ok: true,
    value: rows.map((r) => ({
      id: r.id,
      journeyId: r.journey_id,
      createdAt: r.created_at,
      createdByName: r.name,
      revokedAt: r.revoked_at,
    })),
  };
}
