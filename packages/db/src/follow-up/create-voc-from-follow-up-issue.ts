import {
  type FollowUpIssue,
  FollowUpIssueToVocInput,
  notFound,
  type Result,
  type VocItem,
  validate,
} from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { createVocItem } from "../voc/create-voc-item.ts";

/**
 * An issue a patient raised on a follow-up call becomes a VOC item in one click: channel follow_up_call,
 * the issue's touchpoint, the entry's department, the (already masked) text; the issue links to it.
 * An issue becomes at most one VOC item: a second click answers 409 with the existing item's id.
 */
export async function createVocFromFollowUpIssue(
  ctx: HospitalContext,
  issueId: string,
  input: unknown,
): Promise<Result<{ issue: FollowUpIssue; vocItem: VocItem }>> {
  const parsed = validate(FollowUpIssueToVocInput, input ?? {});
  if (!parsed.ok) return parsed;
  const issue = await ctx.db
    .selectFrom("follow_up_issues as i")
    .innerJoin("follow_up_entries as e", "e.id", "i.entry_id")
    .select(["i.id", "i.touchpoint_id", "i.text", "i.voc_item_id", "i.created_at", "e.department_id"])
    .where("i.id", "=", issueId)
    .where("i.hospital_id", "=", ctx.hospitalId)
    .executeTakeFirst();
  if (!issue) return { ok: false, error: notFound("follow-up issue", issueId) };
  if (issue.voc_item_id) {
    return {
      ok: false,
      error: {
        code: "conflict",
        message: "this issue is already a VOC item",
        details: { vocItemId: issue.voc_item_id },
      },
    };
  }
  const created = await createVocItem(ctx, {
    type: parsed.value.type,
    channel: "follow_up_call",
    receivedOn: issue.created_at.slice(0, 10),
    touchpointId: issue.touchpoint_id,
    departmentIds: issue.department_id ? [issue.department_id] : [],
    severity: parsed.value.severity,
    text: issue.text,
  });
  if (!created.ok) return created;
  // Only an issue not linked meanwhile is linked: two clicks at once leave one link.
  await ctx.db
    .updateTable("follow_up_issues")
    .set({ voc_item_id: created.value.id })
    .where("id", "=", issueId)
    .where("hospital_id", "=", ctx.hospitalId)
    .where("voc_item_id", "is", null)
    .execute();
  const linked = await ctx.db
    .selectFrom("follow_up_issues")
    .select(["voc_item_id"])
    .where("id", "=", issueId)
    .executeTakeFirstOrThrow();
  return {
    ok: true,
    value: {
      issue: {
        id: issue.id,
        touchpointId: issue.touchpoint_id,
        text: issue.text,
        vocItemId: linked.voc_item_id,
        createdAt: issue.created_at,
      },
      vocItem: created.value,
    },
  };
}
