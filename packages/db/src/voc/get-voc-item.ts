import { notFound, type Result, type VocDetail, type VocHistoryEntry, type VocSuggestionResult } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { departmentsOf, toVocItem } from "./voc-rows.ts";

/** One item with its history (oldest first, with names) and the suggestion made at registration. */
export async function getVocItem(ctx: HospitalContext, id: string): Promise<Result<VocDetail>> {
  const row = await ctx.db
    .selectFrom("voc_items")
    .selectAll()
    .where("id", "=", id)
    .where("hospital_id", "=", ctx.hospitalId)
    .executeTakeFirst();
  if (!row) return { ok: false, error: notFound("VOC item", id) };
  const history = await ctx.db
    .selectFrom("voc_history as h")
    .leftJoin("users as u", "u.id", "h.actor_id")
    .select(["h.id", "h.at", "h.actor_id", "u.name", "h.action", "h.from_status", "h.to_status", "h.note", "h.changes"])
    .where("h.hospital_id", "=", ctx.hospitalId)
    .where("h.voc_item_id", "=", id)
    .orderBy("h.at")
    .orderBy("h.id")
    .execute();
  const assignee = row.assignee_user_id
    ? await ctx.db.selectFrom("users").select("name").where("id", "=", row.assignee_user_id).executeTakeFirst()
    : undefined;
  const item = toVocItem(row, (await departmentsOf(ctx.db, ctx, [id])).get(id) ?? []);
  return {
    ok: true,
    value: {
      ...item,
      history: history.map((h) => ({
        action: h.action as VocHistoryEntry["action"],
        fromStatus: h.from_status as VocHistoryEntry["fromStatus"],
        toStatus: h.to_status as VocHistoryEntry["toStatus"],
        actorId: h.actor_id,
        actorName: h.name ?? null,
        at: h.at,
        note: h.note,
        changes: JSON.parse(h.changes) as Record<string, unknown>,
      })),
      suggestion: row.suggestion ? (JSON.parse(row.suggestion) as VocSuggestionResult) : null,
      assigneeName: assignee?.name ?? null,
    },
  };
}
