import { notFound, type Result } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, Rollback, transact } from "../context.ts";

/** Deletes one of the acting member's saved views; another member's is not found. */
export async function deleteVocSavedView(ctx: HospitalContext, id: string): Promise<Result<void>> {
  return transact(ctx, async (trx) => {
    const row = await trx
      .selectFrom("voc_saved_views")
      .selectAll()
      .where("id", "=", id)
      .where("hospital_id", "=", ctx.hospitalId)
      .where("user_id", "=", ctx.actorId ?? "")
      .executeTakeFirst();
    if (!row) throw new Rollback(notFound("saved view", id));
    await trx.deleteFrom("voc_saved_views").where("id", "=", id).where("hospital_id", "=", ctx.hospitalId).execute();
    await recordAudit(
      trx,
      ctx,
      "delete",
      "voc_saved_view",
      id,
      { name: row.name, filter: JSON.parse(row.filter) },
      null,
    );
  });
}
