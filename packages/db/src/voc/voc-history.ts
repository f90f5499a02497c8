import type { VocHistoryEntry } from "@motmap/core";
import type { Transaction } from "kysely";
import { type HospitalContext, newId } from "../context.ts";
import type { DB } from "../schema.ts";

/** Writes one history line; `actorId` null for system writes (the demo seed). */
export async function insertVocHistory(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  itemId: string,
  entry: Omit<VocHistoryEntry, "actorId"> & { actorId: string | null },
): Promise<void> {
  await trx
    .insertInto("voc_history")
    .values({
      id: newId(),
      hospital_id: ctx.hospitalId,
      voc_item_id: itemId,
      at: entry.at,
      actor_id: entry.actorId,
      action: entry.action,
      from_status: entry.fromStatus,
      to_status: entry.toStatus,
      note: entry.note,
      changes: JSON.stringify(entry.changes),
    })
    .execute();
}
