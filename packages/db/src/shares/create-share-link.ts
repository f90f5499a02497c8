import type { CreatedShareLink, Result } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, newId, now, Rollback, transact } from "../context.ts";
import { requireScoped } from "../shared/scoped-crud.ts";
import { hashShareToken, newShareToken, sharePath } from "./share-tokens.ts";

/** Only published journeys can be shared: a draft is the team's work in progress. */
export async function createShareLink(ctx: HospitalContext, journeyId: string): Promise<Result<CreatedShareLink>> {
  return transact(ctx, async (trx) => {
    const journey = await requireScoped(trx, ctx, "journeys", "journey", journeyId);
    if (journey.status !== "published") {
      throw new Rollback({ code: "conflict", message: "publish the journey before sharing it" });
    }
    const token = newShareToken();
    const row = {
      id: newId(),
      hospital_id: ctx.hospitalId,
      journey_id: journeyId,
      token_hash: hashShareToken(token),
      created_by: ctx.actorId,
      created_at: now(),
      revoked_at: null,
    };
    await trx.insertInto("journey_shares").values(row).execute();
    const author = ctx.actorId
      ? await trx.selectFrom("users").select("name").where("id", "=", ctx.actorId).executeTakeFirst()
      : undefined;
    const link = {
      id: row.id,
      journeyId,
      createdAt: row.created_at,
      createdByName: author?.name ?? null,
      revokedAt: null,
    };
    await recordAudit(trx, ctx, "create", "share_link", row.id, null, link);
    return { ...link, token, path: sharePath(token) };
  });
}
