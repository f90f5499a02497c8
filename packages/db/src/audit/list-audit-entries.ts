import type { AuditEntry } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { toAuditEntry } from "../rows.ts";

export interface ListAuditOptions {
  limit?: number;
  /** Keyset paging: entries older than (before, beforeId) — the last entry of the previous page. */
  before?: string;
  /** Breaks ties between entries of one transaction, which share a timestamp. */
  beforeId?: string;
  entityId?: string;
}

export async function listAuditEntries(ctx: HospitalContext, opts: ListAuditOptions = {}): Promise<AuditEntry[]> {
  let q = ctx.db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.user_id")
    .selectAll("audit_log")
    .select("users.name as user_name")
    .where("audit_log.hospital_id", "=", ctx.hospitalId);
  const { before, beforeId } = opts;
  if (before && beforeId) {
    q = q.where((eb) =>
      eb.or([
        eb("audit_log.at", "<", before),
        eb.and([eb("audit_log.at", "=", before), eb("audit_log.id", "<", beforeId)]),
      ]),
    );
  } else if (before) {
    q = q.where("audit_log.at", "<", before);
  }
  if (opts.entityId) q = q.where("audit_log.entity_id", "=", opts.entityId);
  const rows = await q
    .orderBy("audit_log.at", "desc")
    .orderBy("audit_log.id", "desc")
    .limit(Math.min(Math.max(opts.limit ?? 50, 1), 500))
    .execute();
  return rows.map(toAuditEntry);
}
