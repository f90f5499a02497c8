import {
  ListPersonalDataAccessQuery,
  type PersonalDataAccessEntry,
  type PersonalDataAction,
  type Result,
  validate,
} from "@motmap/core";
import type { HospitalContext } from "../context.ts";

/** Newest first; the next page starts `before` / `beforeId` of the last entry. */
export async function listPersonalDataAccess(
  ctx: HospitalContext,
  query: unknown = {},
): Promise<Result<PersonalDataAccessEntry[]>> {
  const parsed = validate(ListPersonalDataAccessQuery, query);
  if (!parsed.ok) return parsed;
  const q = parsed.value;
  let select = ctx.db
    .selectFrom("personal_data_access_log as l")
    .leftJoin("users as u", "u.id", "l.actor_id")
    .select([
      "l.id",
      "l.hospital_id",
      "l.actor_id",
      "u.name",
      "l.at",
      "l.address",
      "l.record_type",
      "l.record_id",
      "l.action",
      "l.purpose",
    ])
    .where("l.hospital_id", "=", ctx.hospitalId);
  if (q.recordType) select = select.where("l.record_type", "=", q.recordType);
  if (q.recordId) select = select.where("l.record_id", "=", q.recordId);
  if (q.actorId) select = select.where("l.actor_id", "=", q.actorId);
  const { before, beforeId } = q;
  if (before && beforeId) {
    select = select.where((eb) =>
      eb.or([eb("l.at", "<", before), eb.and([eb("l.at", "=", before), eb("l.id", "<", beforeId)])]),
    );
  } else if (before) select = select.where("l.at", "<", before);
  const rows = await select.orderBy("l.at", "desc").orderBy("l.id", "desc").limit(q.limit).execute();
  return {
    ok: true,
    value: rows.map((r) => ({
      id: r.id,
      hospitalId: r.hospital_id,
      actorId: r.actor_id,
      actorName: r.name ?? null,
      at: r.at,
      address: r.address,
      recordType: r.record_type,
      recordId: r.record_id,
      action: r.action as PersonalDataAction,
      purpose: r.purpose,
    })),
  };
}
