import {
  localDate,
  type Result,
  VOC_STATUSES,
  type VocListFilter,
  type VocListPage,
  VocListQuery,
  type VocStatusCounts,
  validate,
} from "@motmap/core";
import { type ExpressionBuilder, type SelectQueryBuilder, sql } from "kysely";
import type { HospitalContext } from "../context.ts";
import type { DB } from "../schema.ts";
import { departmentsOf, toVocItem } from "./voc-rows.ts";

/** The hospital's clock for due dates; hospitals have no time zone of their own yet. */
export const VOC_TIME_ZONE = "Asia/Seoul";

type VocQuery = SelectQueryBuilder<DB, "voc_items", object>;

/**
 * Newest first by the day received, then by registration (ids are time-ordered); pages by an opaque
 * cursor. Counts per status and of overdue items come with every page, under the same filter.
 */
export async function listVocItems(ctx: HospitalContext, query: unknown = {}): Promise<Result<VocListPage>> {
  const parsed = validate(VocListQuery, query);
  if (!parsed.ok) return parsed;
  const { limit, cursor, today: todayInput, ...filter } = parsed.value;
  const today = todayInput ?? localDate(new Date().toISOString(), VOC_TIME_ZONE);
  const position = cursor ? decodeCursor(cursor) : null;
  if (cursor && !position) {
    return {
      ok: false,
      error: {
        code: "validation_failed",
        message: "cursor: not a cursor of this list",
        issues: [{ path: "cursor", message: "use the nextCursor of the previous page" }],
      },
    };
  }

  let select = applyFilter(ctx.db.selectFrom("voc_items").selectAll(), ctx, filter, today);
  if (position) {
    const [receivedOn, id] = position;
    select = select.where((eb) =>
      eb.or([eb("received_on", "<", receivedOn), eb.and([eb("received_on", "=", receivedOn), eb("id", "<", id)])]),
    );
  }
  const rows = await select
    .orderBy("received_on", "desc")
    .orderBy("id", "desc")
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const departments = await departmentsOf(
    ctx.db,
    ctx,
    page.map((r) => r.id),
  );
  const last = page[page.length - 1];

  const { status: _status, ...withoutStatus } = filter;
  const counted = await applyFilter(ctx.db.selectFrom("voc_items"), ctx, withoutStatus, today)
    .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("status")
    .execute();
  const statusCounts = Object.fromEntries(VOC_STATUSES.map((s) => [s, 0])) as VocStatusCounts;
  for (const c of counted) {
    if (c.status in statusCounts) statusCounts[c.status as keyof VocStatusCounts] = Number(c.n);
  }
  const overdue = await applyFilter(ctx.db.selectFrom("voc_items"), ctx, { ...filter, overdue: true }, today)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();

  return {
    ok: true,
    value: {
      items: page.map((r) => toVocItem(r, departments.get(r.id) ?? [])),
      nextCursor: rows.length > limit && last ? encodeCursor(last.received_on, last.id) : null,
      statusCounts,
      overdue: Number(overdue?.n ?? 0),
    },
  };
}

function applyFilter<Q extends VocQuery>(select: Q, ctx: HospitalContext, f: VocListFilter, today: string): Q {
  let q = select.where("voc_items.hospital_id", "=", ctx.hospitalId) as VocQuery;
  if (f.type) q = q.where("type", "=", f.type);
  if (f.status) q = q.where("status", "=", f.status);
  if (f.channel) q = q.where("channel", "=", f.channel);
  if (f.severity) q = q.where("severity", "=", f.severity);
  if (f.touchpointId) q = q.where("touchpoint_id", "=", f.touchpointId);
  if (f.stageId) q = q.where("stage_id", "=", f.stageId);
  if (f.from) q = q.where("received_on", ">=", f.from);
  if (f.to) q = q.where("received_on", "<=", f.to);
  const departmentId = f.departmentId;
  if (departmentId) {
    q = q.where((eb: ExpressionBuilder<DB, "voc_items">) =>
      eb.or([
        eb("assigned_department_id", "=", departmentId),
        eb(
          "id",
          "in",
          eb
            .selectFrom("voc_item_departments")
            .select("voc_item_id")
            .where("voc_item_departments.hospital_id", "=", ctx.hospitalId)
            .where("department_id", "=", departmentId),
        ),
      ]),
    );
  }
  const words = f.q?.trim();
  if (words) {
    // "!" escapes the wildcards the same way on SQLite and PostgreSQL.
    const pattern = `%${words.replace(/[!%_]/g, "!$&")}%`;
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`${eb.ref("text")} like ${pattern} escape '!'`,
        sql<boolean>`${eb.ref("reply")} like ${pattern} escape '!'`,
      ]),
    );
  }
  if (f.assignedToMe) q = ctx.actorId ? q.where("assignee_user_id", "=", ctx.actorId) : q.where(sql<boolean>`1 = 0`);
  if (f.overdue) q = q.where("status", "=", "assigned").where("due_on", "<", today);
  return q as Q;
}

function encodeCursor(receivedOn: string, id: string): string {
  return Buffer.from(`${receivedOn}|${id}`, "utf8").toString("base64url");
}

function decodeCursor(cursor: string): [string, string] | null {
  const [receivedOn, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (rest.length > 0 || !receivedOn || !id) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(receivedOn) || !/^[0-9a-f-]{36}$/.test(id)) return null;
  return [receivedOn, id];
}
