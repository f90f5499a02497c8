import { AddMemberInput, type Member, type Result, type Role, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, now, Rollback, transact } from "../context.ts";
import { createUser } from "../users/create-user.ts";
import { checkRoleChange } from "./member-rules.ts";

/** Adds an existing account to the hospital, or creates the account when a password is given. */
export async function addMember(ctx: HospitalContext, actorRole: Role, input: unknown): Promise<Result<Member>> {
  const parsed = validate(AddMemberInput, input);
  if (!parsed.ok) return parsed;
  const m = parsed.value;
  const denied = checkRoleChange(actorRole, null, m.role);
  if (denied) return { ok: false, error: denied };
  return transact(ctx, async (trx) => {
    let user = await trx
      .selectFrom("users")
      .select(["id", "email", "name"])
      .where("email", "=", m.email)
      .executeTakeFirst();
    if (!user) {
      if (!m.password) {
        throw new Rollback({
          code: "validation_failed",
          message: "password: required for a new account",
          issues: [{ path: "password", message: "required for a new account" }],
        });
      }
      const created = await createUser(trx, { email: m.email, name: m.name, password: m.password });
      if (!created.ok) throw new Rollback(created.error);
      user = { id: created.value.id, email: created.value.email, name: created.value.name };
    }
    const existing = await trx
      .selectFrom("memberships")
      .select("role")
      .where("hospital_id", "=", ctx.hospitalId)
      .where("user_id", "=", user.id)
      .executeTakeFirst();
    if (existing) {
      throw new Rollback({
        code: "conflict",
        message: `${m.email} is already a member`,
        issues: [{ path: "email", message: "already a member" }],
      });
    }
    await trx
      .insertInto("memberships")
      .values({ user_id: user.id, hospital_id: ctx.hospitalId, role: m.role, created_at: now() })
      .execute();
    const member: Member = { userId: user.id, email: user.email, name: user.name, role: m.role };
    await recordAudit(trx, ctx, "create", "membership", user.id, null, member);
    return member;
  });
}
