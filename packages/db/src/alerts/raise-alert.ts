import { EventEmitter } from "node:events";
import { type AlertDetail, type AlertRuleKind, type AlertSourceType, SOURCE_OF_KIND } from "@motmap/core";
import type { Transaction } from "kysely";
import { type HospitalContext, newSortableId, now } from "../context.ts";
import type { DB } from "../schema.ts";
import { departmentList } from "./alert-rows.ts";

export interface RaiseAlertInput {
  ruleId: string;
  kind: AlertRuleKind;
  sourceId: string;
  /** The survey of a response: the link to the response needs it. */
  sourceParentId?: string | null;
  touchpointId: string | null;
  /** Notified besides the touchpoint's owners: the rule's extra departments, the source's own. */
  departmentIds?: readonly string[];
  /** Used only when the touchpoint has no owner (or there is no touchpoint), e.g. a VOC's departments. */
  fallbackDepartmentIds?: readonly string[];
  detail: AlertDetail;
}

/**
 * Told when alerts with mail were written. The sender waits for it, then reads the outbox: the rows
 * become visible when the caller's transaction commits, and a read before that finds nothing and
 * the next poll delivers them.
 */
export const outboxEvents = new EventEmitter();
outboxEvents.setMaxListeners(0);

const CHUNK = 200;

async function ownersOf(trx: Transaction<DB>, ctx: HospitalContext, touchpointIds: string[]) {
  const owners = new Map<string, string[]>();
  for (let i = 0; i < touchpointIds.length; i += CHUNK) {
    const rows = await trx
      .selectFrom("touchpoint_departments")
      .select(["touchpoint_id", "department_id"])
      .where("hospital_id", "=", ctx.hospitalId)
      .where("touchpoint_id", "in", touchpointIds.slice(i, i + CHUNK))
      .orderBy("touchpoint_id")
      .orderBy("position")
      .execute();
    for (const r of rows) owners.set(r.touchpoint_id, [...(owners.get(r.touchpoint_id) ?? []), r.department_id]);
  }
  return owners;
}

/**
 * Raises alerts in the caller's transaction, at most once per rule and source (a repeated event — the
 * same VOC saved again, a resubmitted response — writes nothing), notifying the touchpoint's owning
 * departments, and queues one e-mail per recipient of those departments. Returns the ids created.
 * Departments and touchpoints are trusted to be the hospital's: callers pass ids they read in `ctx`.
 */
export async function raiseAlerts(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  inputs: readonly RaiseAlertInput[],
): Promise<string[]> {
  if (inputs.length === 0) return [];
  const touchpointIds = [...new Set(inputs.flatMap((i) => (i.touchpointId ? [i.touchpointId] : [])))];
  const owners = await ownersOf(trx, ctx, touchpointIds);
  const at = now();
  const rows = inputs.map((i) => {
    const owning = (i.touchpointId && owners.get(i.touchpointId)) || [];
    const departments = [
      ...new Set([...(owning.length > 0 ? owning : (i.fallbackDepartmentIds ?? [])), ...(i.departmentIds ?? [])]),
    ];
    return {
      id: newSortableId(),
      hospital_id: ctx.hospitalId,
      rule_id: i.ruleId,
      kind: i.kind,
      source_type: SOURCE_OF_KIND[i.kind] as AlertSourceType,
      source_id: i.sourceId,
      source_parent_id: i.sourceParentId ?? null,
      touchpoint_id: i.touchpointId,
      department_id: departments[0] ?? null,
      department_ids: departmentList(departments),
      detail: JSON.stringify(i.detail),
      created_at: at,
      departments,
    };
  });
  const created: { id: string; departments: string[] }[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const inserted = await trx
      .insertInto("alerts")
      .values(chunk.map(({ departments: _, ...row }) => row))
      .onConflict((oc) => oc.columns(["rule_id", "source_type", "source_id"]).doNothing())
      .returning("id")
      .execute();
    const ids = new Set(inserted.map((r) => r.id));
    for (const row of chunk) if (ids.has(row.id)) created.push({ id: row.id, departments: row.departments });
  }
  await queueMail(trx, ctx, created, at);
  return created.map((c) => c.id);
}

/** One alert; see raiseAlerts. Returns the new alert's id, or null when this rule already fired on the source. */
export async function raiseAlert(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  input: RaiseAlertInput,
): Promise<string | null> {
  return (await raiseAlerts(trx, ctx, [input]))[0] ?? null;
}

async function queueMail(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  alerts: { id: string; departments: string[] }[],
  at: string,
) {
  const departmentIds = [...new Set(alerts.flatMap((a) => a.departments))];
  if (departmentIds.length === 0) return;
  const smtp = await trx
    .selectFrom("smtp_settings")
    .select("enabled")
    .where("hospital_id", "=", ctx.hospitalId)
    .executeTakeFirst();
  if (!smtp || Number(smtp.enabled) !== 1) return;
  const recipients = await trx
    .selectFrom("alert_recipients")
    .select(["department_id", "email"])
    .where("hospital_id", "=", ctx.hospitalId)
    .where("department_id", "in", departmentIds)
    .execute();
  const byDepartment = new Map<string, string[]>();
  for (const r of recipients)
    byDepartment.set(r.department_id, [...(byDepartment.get(r.department_id) ?? []), r.email]);
  const mails = alerts.flatMap((a) =>
    [...new Set(a.departments.flatMap((d) => byDepartment.get(d) ?? []))].map((recipient) => ({
      id: newSortableId(),
      hospital_id: ctx.hospitalId,
      alert_id: a.id,
      recipient,
      status: "pending",
      attempts: 0,
      next_attempt_at: at,
      last_error: null,
      sent_at: null,
      created_at: at,
    })),
  );
  for (let i = 0; i < mails.length; i += CHUNK) {
    await trx
      .insertInto("alert_outbox")
      .values(mails.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(["alert_id", "recipient"]).doNothing())
      .execute();
  }
  if (mails.length > 0) setTimeout(() => outboxEvents.emit("queued"), 20).unref?.();
}
