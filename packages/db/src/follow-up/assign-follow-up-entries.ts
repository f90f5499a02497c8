import { AssignFollowUpInput, type Result, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, now, Rollback, transact } from "../context.ts";

/** Gives entries to a caller (a member of the hospital), or takes them back with null. */
export async function assignFollowUpEntries(
  ctx: HospitalContext,
  input: unknown,
): Promise<Result<{ assigned: number }>> {
  const parsed = validate(AssignFollowUpInput, input);
  if (!parsed.ok) return parsed;
  const { entryIds, assigneeUserId } = parsed.value;
  return transact(ctx, async (trx) => {
    if (assigneeUserId) {
      const member = await trx
        .selectFrom("memberships")
        .select("user_id")
        .where("user_id", "=", assigneeUserId)
        .where("hospital_id", "=", ctx.hospitalId)
        .executeTakeFirst();
      if (!member) {
        throw new Rollback({
          code: "validation_failed",
          message: "the caller must be a member of this hospital",
          issues: [{ path: "assigneeUserId", message: "not a member of this hospital" }],
        });
      }
    }
    const ids = [...new Set(entryIds)];
    const found = await trx
      .selectFrom("follow_up_entries")
      .select("id")
      .where("hospital_id", "=", ctx.hospitalId)
      .where("id", "in", ids)
      .execute();
    if (found.length !== ids.length) {
      const known = new Set(found.map((f) => f.id));
      const missing = ids.find((i) => !known.has(i)) as string;
      throw new Rollback({ code: "not_found", message: `follow-up entry ${missing} was not found` });
    }
    await trx
      .updateTable("follow_up_entries")
      .set((eb) => ({ assignee_user_id: assigneeUserId, updated_at: now(), version: eb("version", "+", 1) }))
      .where("hospital_id", "=", ctx.hospitalId)
      .where("id", "in", ids)
      .execute();
    await recordAudit(trx, ctx, "update", "follow_up_assignment", null, null, { entryIds: ids, assigneeUserId });
    return { assigned: ids.length };
  });
}
