import { notFound, type Result } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, now, Rollback, transact } from "../context.ts";

/** Revoking is immediate and final; the row stays so the list shows who shared what. */
export async function revokeShareLink(ctx: HospitalContext, id: string): Promise<Result<void>> {
  return transact(ctx, async (trx) => {
    const row = await trx
      .selectFrom("journey_shares")
      .select(["id", "revoked_at"])
      .where("hospital_id", "=", ctx.hospitalId)
      .where("id", "=", id)
      .executeTakeFirst();
    if (!row) throw new Rollback(notFound("share link", id));
    if (row.revoked_at) return;
    const at = now();
    await trx.updateTable("journey_shares").set({ revoked_at: at }).where("id", "=", id).execute();
    await recordAudit(trx, ctx, "update", "share_link", id, { revokedAt: null }, { revokedAt: at });
  });
}
