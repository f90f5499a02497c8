import {
  maskVocContact,
  maskVocText,
  notFound,
  type Result,
  UpdateVocInput,
  type VocItem,
  type VocType,
  validate,
} from "@motmap/core";
import { raiseVocItemAlerts } from "../alerts/raise-source-alerts.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, Rollback, transact } from "../context.ts";
import { secretBoxOf } from "../crypto/secret-boxes.ts";
import { updateScoped } from "../shared/scoped-crud.ts";
import { learnVocItem } from "./voc-model.ts";
import {
  checkDepartments,
  isDomainError,
  loadVocItem,
  resolveVocAnchor,
  toVocItem,
  writeVocDepartments,
} from "./voc-rows.ts";

/**
 * Changes the descriptive fields (not the status: see transitionVocItem). Setting or changing the
 * touchpoint, or correcting the type, is staff teaching the suggestion model, which learns it at once.
 */
export async function updateVocItem(ctx: HospitalContext, id: string, input: unknown): Promise<Result<VocItem>> {
  const parsed = validate(UpdateVocInput, input);
  if (!parsed.ok) return parsed;
  const { version, stageId, touchpointId, departmentIds, text, contact, ...rest } = parsed.value;
  const box = contact ? secretBoxOf(ctx.db) : null;
  return transact(ctx, async (trx) => {
    const before = await loadVocItem(trx, ctx, id);
    if (!before) throw new Rollback(notFound("VOC item", id));
    const columns: Record<string, unknown> = { ...rest };
    if (rest.receivedOn !== undefined) {
      delete columns.receivedOn;
      columns.received_on = rest.receivedOn;
    }
    if (text !== undefined) columns.text = maskVocText(text).text;
    if (contact !== undefined) {
      columns.contact_encrypted = contact && box ? box.encrypt(contact) : null;
      columns.contact_masked = contact ? maskVocContact(contact) : null;
    }
    if (stageId !== undefined || touchpointId !== undefined) {
      const anchor = await resolveVocAnchor(
        trx,
        ctx,
        // A new touchpoint brings its own stage; a new stage alone drops a touchpoint of the old one.
        stageId !== undefined ? stageId : touchpointId ? null : before.stageId,
        touchpointId !== undefined
          ? touchpointId
          : stageId !== undefined && stageId !== before.stageId
            ? null
            : before.touchpointId,
      );
      if (isDomainError(anchor)) throw new Rollback(anchor);
      columns.stage_id = anchor.stageId;
      columns.touchpoint_id = anchor.touchpointId;
    }
    if (departmentIds !== undefined) {
      const departments = await checkDepartments(trx, ctx, departmentIds, "departmentIds");
      if (isDomainError(departments)) throw new Rollback(departments);
      await writeVocDepartments(trx, ctx, id, departments);
    }
    const row = await updateScoped(trx, ctx, "voc_items", "VOC item", id, version, columns);
    const after = toVocItem(row, departmentIds !== undefined ? [...new Set(departmentIds)] : before.departmentIds);

    const touchpointSet = after.touchpointId !== null && after.touchpointId !== before.touchpointId;
    const typeCorrected = after.type !== before.type;
    if (touchpointSet || typeCorrected) {
      await learnVocItem(
        trx,
        ctx,
        {
          text: after.text,
          touchpointId: touchpointSet ? after.touchpointId : null,
          type: typeCorrected ? (after.type as VocType) : null,
        },
        touchpointSet && before.touchpointId === null,
      );
    }
    await recordAudit(trx, ctx, "update", "voc_item", id, before, after);
    // A complaint raised to high severity (or moved to a touchpoint with its own rule) alerts now; once per rule.
    await raiseVocItemAlerts(trx, ctx, after);
    return after;
  });
}
