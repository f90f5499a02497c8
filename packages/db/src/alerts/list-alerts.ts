import { type Alert, ListAlertsQuery, notFound, type Result, validate } from "@motmap/core";
import { sql } from "kysely";
import { type HospitalContext, now } from "../context.ts";
import { toAlert } from "./alert-rows.ts";

function forUser(ctx: HospitalContext) {
  return ctx.db
    .selectFrom("alerts")
    .leftJoin("alert_reads", (j) =>
      j.onRef("alert_reads.alert_id", "=", "alerts.id").on("alert_reads.user_id", "=", ctx.actorId ?? ""),
    )
    .where("alerts.hospital_id", "=", ctx.hospitalId);
}

/** The acting member's inbox: unread first, then newest first; read state is per member. */
export async function listAlerts(
  ctx: HospitalContext,
  query: unknown = {},
): Promise<Result<{ items: Alert[]; unread: number }>> {
  const parsed = validate(ListAlertsQuery, query);
  if (!parsed.ok) return parsed;
  const q = parsed.value;
  let select = forUser(ctx)
    .leftJoin("touchpoints", (j) =>
      j.onRef("touchpoints.id", "=", "alerts.touchpoint_id").on("touchpoints.hospital_id", "=", ctx.hospitalId),
    )
    .selectAll("alerts")
    .select(["touchpoints.name as touchpoint_name", "touchpoints.journey_id as journey_id", "alert_reads.read_at"]);
  if (q.unread === true) select = select.where("alert_reads.read_at", "is", null);
  if (q.unread === false) select = select.where("alert_reads.read_at", "is not", null);
  if (q.kind) select = select.where("alerts.kind", "=", q.kind);
  if (q.touchpointId) select = select.where("alerts.touchpoint_id", "=", q.touchpointId);
  if (q.departmentId) select = select.where("alerts.department_ids", "like", `%,${q.departmentId},%`);
  const rows = await select
    .orderBy(sql`case when alert_reads.read_at is null then 0 else 1 end`)
    .orderBy("alerts.created_at", "desc")
    .orderBy("alerts.id", "desc")
    .limit(q.limit)
    .execute();
  const unread = await countUnreadAlerts(ctx);
  return { ok: true, value: { items: rows.map(toAlert), unread: unread.ok ? unread.value.unread : 0 } };
}

export async function countUnreadAlerts(ctx: HospitalContext): Promise<Result<{ unread: number }>> {
  const r = await forUser(ctx)
    .where("alert_reads.read_at", "is", null)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return { ok: true, value: { unread: Number(r.n) } };
}

/** Marks one alert read for the acting member (again: no change). */
export async function markAlertRead(ctx: HospitalContext, alertId: string): Promise<Result<void>> {
  const alert = await ctx.db
    .selectFrom("alerts")
    .select("id")
    .where("id", "=", alertId)
    .where("hospital_id", "=", ctx.hospitalId)
    .executeTakeFirst();
  if (!alert || !ctx.actorId) return { ok: false, error: notFound("alert", alertId) };
  await ctx.db
    .insertInto("alert_reads")
    .values({ user_id: ctx.actorId, alert_id: alertId, hospital_id: ctx.hospitalId, read_at: now() })
    .onConflict((oc) => oc.columns(["user_id", "alert_id"]).doNothing())
    .execute();
  return { ok: true, value: undefined };
}

/** Marks every alert of the hospital read for the acting member; returns how many were unread. */
export async function markAllAlertsRead(ctx: HospitalContext): Promise<Result<{ marked: number }>> {
  const actorId = ctx.actorId;
  if (!actorId) return { ok: true, value: { marked: 0 } };
  const at = now();
  const result = await ctx.db
    .insertInto("alert_reads")
    .columns(["user_id", "alert_id", "hospital_id", "read_at"])
    .expression(
      ctx.db
        .selectFrom("alerts")
        .select((eb) => [
          eb.val(actorId).as("user_id"),
          "alerts.id as alert_id",
          "alerts.hospital_id",
          eb.val(at).as("read_at"),
        ])
        .where("alerts.hospital_id", "=", ctx.hospitalId)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom("alert_reads")
                .select("alert_reads.alert_id")
                .whereRef("alert_reads.alert_id", "=", "alerts.id")
                .where("alert_reads.user_id", "=", actorId),
            ),
          ),
        ),
    )
    .onConflict((oc) => oc.columns(["user_id", "alert_id"]).doNothing())
    .executeTakeFirst();
  return { ok: true, value: { marked: Number(result.numInsertedOrUpdatedRows ?? 0) } };
}
