import type { AuditEntry } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { toAuditEntry } from "../rows.ts";

export interface ListAuditOptions {
  limit?: number;
  /** ISO timestamp: entries strictly older than this (keyset paging). */
  before?: string;
  entityId?: string;
}

export async function listAuditEntries(ctx: HospitalContext, opts: ListAuditOptions = {}): Promise<AuditEntry[]> {
  let q = ctx.db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.user_id")
    .selectAll("audit_log")
    .select("users.name as user_name")
    .where("audit_log.hospital_id", "=", ctx.hospitalId);
  if (opts.before) q = q.where("audit_log.at", "<", opts.before);
  if (opts.entityId) q = q.where("audit_log.entity_id", "=", opts.entityId);
  const rows = await q
    .orderBy("audit_log.at", "desc")
    .orderBy("audit_log.id", "desc")
    .limit(Math.min(Math.max(opts.limit ?? 50, 1), 500))
    .execute();
  return rows.map(toAuditEntry);
}
