import { DEFAULT_RETENTION_DAYS } from "@motmap/core";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/record-audit.ts";
import type { DB } from "../schema.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PurgeCallEntriesOptions {
  /** Only this hospital (the CLI's --hospital); every hospital when absent. */
  hospitalId?: string;
  /** Count what would be deleted, delete nothing, write no audit row (the CLI's --dry-run). */
  dryRun?: boolean;
}

/**
 * Deletes the name and phone number of every call-list entry imported more than the hospital's
 * retention period ago (default 90 days); the entry keeps its visit date, department, status, scores
 * and masked issues, so the statistics stay. A system job across hospitals: at server start, every
 * few hours, and `motmap purge follow-up`. `now` is a parameter so tests can move the clock.
 */
export async function purgeExpiredCallEntries(
  db: Kysely<DB>,
  now: Date = new Date(),
  options: PurgeCallEntriesOptions = {},
): Promise<{ purged: number; hospitals: number }> {
  let select = db
    .selectFrom("hospitals as h")
    .leftJoin("follow_up_settings as s", "s.hospital_id", "h.id")
    .select(["h.id", "s.retention_days"]);
  if (options.hospitalId) select = select.where("h.id", "=", options.hospitalId);
  const hospitals = await select
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("follow_up_entries as e")
          .select("e.id")
          .whereRef("e.hospital_id", "=", "h.id")
          .where("e.purged_at", "is", null),
      ),
    )
    .execute();
  let purged = 0;
  let touched = 0;
  for (const h of hospitals) {
    const days = h.retention_days === null ? DEFAULT_RETENTION_DAYS : Number(h.retention_days);
    const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
    const at = now.toISOString();
    if (options.dryRun) {
      const row = await db
        .selectFrom("follow_up_entries")
        .select((eb) => eb.fn.countAll<number | string | bigint>().as("n"))
        .where("hospital_id", "=", h.id)
        .where("purged_at", "is", null)
        .where("created_at", "<", cutoff)
        .executeTakeFirstOrThrow();
      const count = Number(row.n);
      purged += count;
      if (count > 0) touched++;
      continue;
    }
    const n = await db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable("follow_up_entries")
        .set((eb) => ({
          name_encrypted: null,
          name_masked: null,
          phone_encrypted: null,
          phone_masked: null,
          purged_at: at,
          updated_at: at,
          version: eb("version", "+", 1),
        }))
        .where("hospital_id", "=", h.id)
        .where("purged_at", "is", null)
        .where("created_at", "<", cutoff)
        .executeTakeFirst();
      const count = Number(result.numUpdatedRows);
      if (count > 0) {
        await recordAudit(
          trx,
          { db, hospitalId: h.id, actorId: null },
          "delete",
          "follow_up_personal_data",
          null,
          null,
          {
            purged: count,
            retentionDays: days,
            importedBefore: cutoff,
          },
        );
      }
      return count;
    });
    purged += n;
    if (n > 0) touched++;
  }
  return { purged, hospitals: touched };
}
