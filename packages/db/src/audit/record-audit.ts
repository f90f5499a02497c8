import type { AuditAction } from "@motmap/core";
import type { Transaction } from "kysely";
import { type HospitalContext, newId, now } from "../context.ts";
import type { DB } from "../schema.ts";

/** One row per change, written in the same transaction as the change itself. */
export async function recordAudit(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  action: AuditAction,
  entityType: string,
  entityId: string | null,
  before: unknown,
  after: unknown,
): Promise<void> {
  await trx
    .insertInto("audit_log")
    .values({
      id: newId(),
      hospital_id: ctx.hospitalId,
      user_id: ctx.actorId,
      at: now(),
      action,
      entity_type: entityType,
      entity_id: entityId,
      before_json: before === null || before === undefined ? null : JSON.stringify(before),
      after_json: after === null || after === undefined ? null : JSON.stringify(after),
    })
    .execute();
}
