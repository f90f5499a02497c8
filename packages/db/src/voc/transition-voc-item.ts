import {
  notFound,
  type Result,
  type Role,
  TransitionVocInput,
  transitionVoc,
  type VocItem,
  validate,
} from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, now, Rollback, transact } from "../context.ts";
import { updateScoped } from "../shared/scoped-crud.ts";
import { insertVocHistory } from "./voc-history.ts";
import { checkAssignee, checkDepartments, isDomainError, loadVocItem, toVocItem, workflowColumns } from "./voc-rows.ts";

/**
 * One workflow step (assign, answer, close, reopen) by the acting member with `role`: the core decides
 * whether the state and the role allow it (409 / 403); the new workflow fields, a history line and an
 * audit row are written together, against the version the caller read.
 */
export async function transitionVocItem(
  ctx: HospitalContext,
  id: string,
  input: unknown,
  role: Role,
): Promise<Result<VocItem>> {
  const parsed = validate(TransitionVocInput, input);
  if (!parsed.ok) return parsed;
  const { version, ...action } = parsed.value;
  if (!ctx.actorId) return { ok: false, error: { code: "forbidden", message: "a VOC item is moved by a person" } };
  const actorId = ctx.actorId;
  return transact(ctx, async (trx) => {
    const before = await loadVocItem(trx, ctx, id);
    if (!before) throw new Rollback(notFound("VOC item", id));
    const result = transitionVoc(before, action, { userId: actorId, role }, now());
    if (!result.ok) throw new Rollback(result.error);
    const { next, history } = result.value;
    if (next.assignment && next.assignment !== before.assignment) {
      const department = await checkDepartments(trx, ctx, [next.assignment.departmentId], "departmentId");
      if (isDomainError(department)) throw new Rollback(department);
      const assignee = await checkAssignee(trx, ctx, next.assignment.assigneeUserId);
      if (assignee) throw new Rollback(assignee);
    }
    const row = await updateScoped(trx, ctx, "voc_items", "VOC item", id, version, workflowColumns(next));
    await insertVocHistory(trx, ctx, id, history);
    const after = toVocItem(row, before.departmentIds);
    await recordAudit(trx, ctx, "update", "voc_item", id, before, after);
    return after;
  });
}
