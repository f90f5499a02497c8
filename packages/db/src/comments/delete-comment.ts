import { can, notFound, type Result, type Role } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, Rollback, transact } from "../context.ts";
import { forbidden } from "../members/member-rules.ts";
import { toComment } from "../rows.ts";

/** Authors delete their own comments; admins moderate any. */
export async function deleteComment(ctx: HospitalContext, actorRole: Role, id: string): Promise<Result<void>> {
  return transact(ctx, async (trx) => {
    const row = await trx
      .selectFrom("comments")
      .selectAll()
      .where("hospital_id", "=", ctx.hospitalId)
      .where("id", "=", id)
      .executeTakeFirst();
    if (!row) throw new Rollback(notFound("comment", id));
    if (row.author_id !== ctx.actorId && !can(actorRole, "manageMembers")) {
      throw new Rollback(forbidden("only the author or an admin can delete a comment"));
    }
    await trx.deleteFrom("comments").where("hospital_id", "=", ctx.hospitalId).where("id", "=", id).execute();
    await recordAudit(trx, ctx, "delete", "comment", id, toComment(row), null);
  });
}
