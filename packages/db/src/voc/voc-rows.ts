import type {
  DomainError,
  VocAssignment,
  VocChannel,
  VocItem,
  VocSeverity,
  VocStatus,
  VocType,
  VocWorkflowFields,
} from "@motmap/core";
import type { Selectable, Transaction } from "kysely";
import type { Executor, HospitalContext } from "../context.ts";
import type { DB } from "../schema.ts";
import { referenceError } from "../shared/scoped-crud.ts";

// Shared by the VOC use cases: row ↔ item mapping and the checks that ids belong to the hospital.

// The import's provenance columns (migration 0010) are not part of an item.
export type VocRow = Omit<Selectable<DB["voc_items"]>, "import_id" | "import_key">;

export function toVocItem(r: VocRow, departmentIds: string[]): VocItem {
  const assignment: VocAssignment | null =
    r.assigned_department_id && r.due_on
      ? { departmentId: r.assigned_department_id, assigneeUserId: r.assignee_user_id, dueOn: r.due_on }
      : null;
  return {
    id: r.id,
    hospitalId: r.hospital_id,
    version: Number(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    type: r.type as VocType,
    channel: r.channel as VocChannel,
    receivedOn: r.received_on,
    touchpointId: r.touchpoint_id,
    stageId: r.stage_id,
    departmentIds,
    severity: r.severity as VocSeverity,
    text: r.text,
    contactMasked: r.contact_masked,
    status: r.status as VocStatus,
    assignment,
    reply: r.reply,
    answeredAt: r.answered_at,
    answeredBy: r.answered_by,
    closedAt: r.closed_at,
    closedBy: r.closed_by,
  };
}

/** The columns of the workflow fields (what `transitionVoc` returns as `next`). */
export function workflowColumns(w: VocWorkflowFields) {
  return {
    status: w.status,
    assigned_department_id: w.assignment?.departmentId ?? null,
    assignee_user_id: w.assignment?.assigneeUserId ?? null,
    due_on: w.assignment?.dueOn ?? null,
    reply: w.reply,
    answered_at: w.answeredAt,
    answered_by: w.answeredBy,
    closed_at: w.closedAt,
    closed_by: w.closedBy,
  };
}

/** Department ids per item, in their stored order. */
export async function departmentsOf(
  db: Executor,
  ctx: HospitalContext,
  itemIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(itemIds.map((id) => [id, []]));
  if (itemIds.length === 0) return out;
  const rows = await db
    .selectFrom("voc_item_departments")
    .select(["voc_item_id", "department_id"])
    .where("hospital_id", "=", ctx.hospitalId)
    .where("voc_item_id", "in", [...itemIds])
    .orderBy("voc_item_id")
    .orderBy("position")
    .execute();
  for (const r of rows) out.get(r.voc_item_id)?.push(r.department_id);
  return out;
}

export async function loadVocItem(db: Executor, ctx: HospitalContext, id: string): Promise<VocItem | undefined> {
  const row = await db
    .selectFrom("voc_items")
    .selectAll()
    .where("id", "=", id)
    .where("hospital_id", "=", ctx.hospitalId)
    .executeTakeFirst();
  if (!row) return undefined;
  return toVocItem(row, (await departmentsOf(db, ctx, [id])).get(id) ?? []);
}

export async function writeVocDepartments(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  itemId: string,
  departmentIds: readonly string[],
): Promise<void> {
  await trx
    .deleteFrom("voc_item_departments")
    .where("hospital_id", "=", ctx.hospitalId)
    .where("voc_item_id", "=", itemId)
    .execute();
  if (departmentIds.length === 0) return;
  await trx
    .insertInto("voc_item_departments")
    .values(
      departmentIds.map((department_id, position) => ({
        voc_item_id: itemId,
        department_id,
        hospital_id: ctx.hospitalId,
        position,
      })),
    )
    .execute();
}

/** Department ids must be this hospital's; duplicates are dropped, order kept. */
export async function checkDepartments(
  db: Executor,
  ctx: HospitalContext,
  ids: readonly string[],
  path: string,
): Promise<DomainError | string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const found = await db
    .selectFrom("departments")
    .select("id")
    .where("hospital_id", "=", ctx.hospitalId)
    .where("id", "in", unique)
    .execute();
  const known = new Set(found.map((d) => d.id));
  const missing = unique.find((id) => !known.has(id));
  return missing ? referenceError(path, `no department ${missing} in this hospital`) : unique;
}

/**
 * The touchpoint and stage of an item: both this hospital's, the touchpoint on that stage; a
 * touchpoint alone brings its stage.
 */
export async function resolveVocAnchor(
  db: Executor,
  ctx: HospitalContext,
  stageId: string | null,
  touchpointId: string | null,
): Promise<DomainError | { stageId: string | null; touchpointId: string | null }> {
  if (touchpointId) {
    const tp = await db
      .selectFrom("touchpoints")
      .select(["id", "stage_id"])
      .where("hospital_id", "=", ctx.hospitalId)
      .where("id", "=", touchpointId)
      .executeTakeFirst();
    if (!tp) return referenceError("touchpointId", `no touchpoint ${touchpointId} in this hospital`);
    if (stageId && stageId !== tp.stage_id) {
      return referenceError("stageId", "the touchpoint is on another stage");
    }
    return { stageId: tp.stage_id, touchpointId };
  }
  if (stageId) {
    const stage = await db
      .selectFrom("stages")
      .select("id")
      .where("hospital_id", "=", ctx.hospitalId)
      .where("id", "=", stageId)
      .executeTakeFirst();
    if (!stage) return referenceError("stageId", `no stage ${stageId} in this hospital`);
  }
  return { stageId, touchpointId: null };
}

/** An assignee must be a member of the hospital. */
export async function checkAssignee(
  db: Executor,
  ctx: HospitalContext,
  userId: string | null,
): Promise<DomainError | null> {
  if (!userId) return null;
  const member = await db
    .selectFrom("memberships")
    .select("user_id")
    .where("hospital_id", "=", ctx.hospitalId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return member ? null : referenceError("assigneeUserId", `user ${userId} is not a member of this hospital`);
}

export const isDomainError = (v: unknown): v is DomainError =>
  typeof v === "object" && v !== null && "code" in v && "message" in v && !Array.isArray(v);
