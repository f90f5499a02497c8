import { type FollowUpEntryPage, FollowUpEntryQuery, type Result, validate } from "@motmap/core";
import { type HospitalContext, transact } from "../context.ts";
import { recordPersonalDataAccess } from "../privacy/record-personal-data-access.ts";
import { selectEntries, toEntry } from "./follow-up-rows.ts";

/**
 * The worklist: entries with filters, masked; open calls first, oldest visit first (they are due first). Every page
 * load writes one 'view' row to the personal-data access log — who looked at which call list, from
 * where — in the same transaction as the read.
 */
export async function listFollowUpEntries(
  ctx: HospitalContext,
  query: unknown,
  address: string,
): Promise<Result<FollowUpEntryPage>> {
  const parsed = validate(FollowUpEntryQuery, query);
  if (!parsed.ok) return parsed;
  const q = parsed.value;
  return transact(ctx, async (trx) => {
    let select = selectEntries(trx, ctx);
    if (q.departmentId) select = select.where("e.department_id", "=", q.departmentId);
    if (q.listId) select = select.where("e.list_id", "=", q.listId);
    if (q.from) select = select.where("e.visit_date", ">=", q.from);
    if (q.to) select = select.where("e.visit_date", "<=", q.to);
    if (q.mine === "true") select = select.where("e.assignee_user_id", "=", ctx.actorId ?? "");
    else if (q.unassigned === "true") select = select.where("e.assignee_user_id", "is", null);
    else if (q.assigneeUserId) select = select.where("e.assignee_user_id", "=", q.assigneeUserId);
    // Calls still to make come first, the longest waiting first; finished calls follow, the latest first.
    const rows = await select.orderBy("e.visit_date").orderBy("e.id").execute();
    const isOpen = (status: string) => status === "pending" || status === "not_reached";
    const all = [...rows.filter((r) => isOpen(r.status)), ...rows.filter((r) => !isOpen(r.status)).reverse()];
    const counts: Record<string, number> = {};
    for (const r of all) counts[r.status] = (counts[r.status] ?? 0) + 1;
    const filtered = q.status ? all.filter((r) => r.status === q.status) : all;
    const items = filtered.slice(q.offset, q.offset + q.limit).map(toEntry);
    // Only a list of this hospital is named in its log: an id from elsewhere is not echoed into it.
    const ownList = q.listId
      ? await trx
          .selectFrom("follow_up_lists")
          .select("id")
          .where("id", "=", q.listId)
          .where("hospital_id", "=", ctx.hospitalId)
          .executeTakeFirst()
      : undefined;
    await recordPersonalDataAccess(trx, ctx, {
      recordType: "follow_up_list",
      recordId: ownList?.id ?? "worklist",
      action: "view",
      purpose: `해피콜 목록 조회 (${items.length}건)`,
      address,
    });
    return { items, total: filtered.length, counts };
  });
}
