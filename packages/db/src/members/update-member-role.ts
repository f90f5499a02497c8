import { type Member, notFound, type Result, type Role, UpdateMemberInput, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, Rollback, transact } from "../context.ts";
import { checkRoleChange, forbidden, wouldLeaveNoOwner } from "./member-rules.ts";

export async function updateMemberRole(
  ctx: HospitalContext,
  actorRole: Role,
  userId: string,
  input: unknown,
): Promise<Result<Member>> {
  const parsed = validate(UpdateMemberInput, input);
  if (!parsed.ok) return parsed;
  const role = parsed.value.role;
  return transact(ctx, async (trx) => {
    const row = await trx
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .select(["users.id", "users.email", "users.name", "memberships.role"])
      .where("memberships.hospital_id", "=", ctx.hospitalId)
      .where("memberships.user_id", "=", userId)
      .executeTakeFirst();
    if (!row) throw new Rollback(notFound("member", userId));
    const from = row.role as Role;
    const denied = checkRoleChange(actorRole, from, role);
    if (denied) throw new Rollback(denied);
    if (from === "owner" && role !== "owner" && (await wouldLeaveNoOwner(trx, ctx, userId))) {
      throw new Rollback(forbidden("the hospital must keep at least one owner"));
    }
    await trx
      .updateTable("memberships")
      .set({ role })
      .where("hospital_id", "=", ctx.hospitalId)
      .where("user_id", "=", userId)
      .execute();
    const before: Member = { userId, email: row.email, name: row.name, role: from };
    const after: Member = { ...before, role };
    await recordAudit(trx, ctx, "update", "membership", userId, before, after);
    return after;
  });
}
