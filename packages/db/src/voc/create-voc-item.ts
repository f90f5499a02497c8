import {
  CreateVocInput,
  INITIAL_VOC_WORKFLOW,
  maskVocContact,
  maskVocText,
  type Result,
  type VocItem,
  validate,
  vocCreatedHistory,
} from "@motmap/core";
import { raiseVocItemAlerts } from "../alerts/raise-source-alerts.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, newSortableId, now, Rollback, transact } from "../context.ts";
import { secretBoxOf } from "../crypto/secret-boxes.ts";
import { suggestionFor } from "./suggest-voc-touchpoint.ts";
import { insertVocHistory } from "./voc-history.ts";
import { learnVocItem } from "./voc-model.ts";
import {
  checkDepartments,
  isDomainError,
  resolveVocAnchor,
  toVocItem,
  workflowColumns,
  writeVocDepartments,
} from "./voc-rows.ts";

/**
 * Registers a VOC item: the text masked before it is stored, the reply contact encrypted (and its
 * masked form beside it), the model's suggestion kept with it, a history and an audit row. A touchpoint
 * set at registration is staff tagging, so the model learns it.
 */
export async function createVocItem(ctx: HospitalContext, input: unknown): Promise<Result<VocItem>> {
  const parsed = validate(CreateVocInput, input);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const text = maskVocText(v.text).text;
  const contact = v.contact
    ? { encrypted: secretBoxOf(ctx.db).encrypt(v.contact), masked: maskVocContact(v.contact) }
    : null;
  return transact(ctx, async (trx) => {
    const anchor = await resolveVocAnchor(trx, ctx, v.stageId, v.touchpointId);
    if (isDomainError(anchor)) throw new Rollback(anchor);
    const departments = await checkDepartments(trx, ctx, v.departmentIds, "departmentIds");
    if (isDomainError(departments)) throw new Rollback(departments);
    const suggestion = await suggestionFor(trx, ctx, text);
    const at = now();
    const row = {
      id: newSortableId(),
      hospital_id: ctx.hospitalId,
      version: 1,
      created_at: at,
      updated_at: at,
      type: v.type,
      channel: v.channel,
      received_on: v.receivedOn,
      touchpoint_id: anchor.touchpointId,
      stage_id: anchor.stageId,
      severity: v.severity,
      text,
      contact_encrypted: contact?.encrypted ?? null,
      contact_masked: contact?.masked ?? null,
      ...workflowColumns(INITIAL_VOC_WORKFLOW),
      suggestion: JSON.stringify(suggestion),
      created_by: ctx.actorId,
    };
    await trx.insertInto("voc_items").values(row).execute();
    await writeVocDepartments(trx, ctx, row.id, departments);
    await insertVocHistory(trx, ctx, row.id, { ...vocCreatedHistory("", at), actorId: ctx.actorId });
    await learnVocItem(
      trx,
      ctx,
      { text, touchpointId: anchor.touchpointId, type: v.type },
      anchor.touchpointId !== null,
    );
    const created = toVocItem(row, departments);
    await recordAudit(trx, ctx, "create", "voc_item", created.id, null, created);
    await raiseVocItemAlerts(trx, ctx, created);
    return created;
  });
}
