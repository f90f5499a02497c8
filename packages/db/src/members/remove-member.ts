import { notFound, type Result, type Role } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, Rollback, transact } from "../context.ts";
import { checkRoleChange, forbidden, wouldLeaveNoOwner } from "./member-rules.ts";

/** Removes the membership only; the account and its other hospitals stay. */
export async function removeMember(ctx: HospitalContext, actorRole: Role, userId: string): Promise<Result<void>> {
  return transact(ctx, async (trx) => {
    const row = await trx
      .selectFrom("memberships")
      .select("role")
      .where("hospital_id", "=", ctx.hospitalId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (!row) throw new Rollback(notFound("member", userId));
    const denied = checkRoleChange(actorRole, row.role as Role, null);
    if (denied) throw new Rollback(denied);
    if (await wouldLeaveNoOwner(trx, ctx, userId))
      throw new Rollback(forbidden("the hospital must keep at least one owner"));
    await trx
      .deleteFrom("memberships")
      .where("hospital_id", "=", ctx.hospitalId)
      .where("user_id", "=", userId)
      .execute();
    await recordAudit(trx, ctx, "delete", "membership", userId, { userId, role: row.role }, null);
  });
}
