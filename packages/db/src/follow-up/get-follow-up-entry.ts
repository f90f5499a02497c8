import { type FollowUpEntryDetail, notFound, type Result } from "@motmap/core";
import { type Executor, type HospitalContext, Rollback, transact } from "../context.ts";
import { recordPersonalDataAccess } from "../privacy/record-personal-data-access.ts";
import { loadScript, loadSettings, selectEntries, toEntry } from "./follow-up-rows.ts";

/** The entry's attempts, ratings and issues, and the script of its journey. */
export async function loadEntryDetail(
  db: Executor,
  ctx: HospitalContext,
  id: string,
): Promise<FollowUpEntryDetail | null> {
  const row = await selectEntries(db, ctx).where("e.id", "=", id).executeTakeFirst();
  if (!row) return null;
  const settings = await loadSettings(db, ctx.hospitalId);
  const attempts = await db
    .selectFrom("follow_up_attempts as a")
    .leftJoin("users as u", "u.id", "a.caller_id")
    .select(["a.id", "a.at", "a.caller_id", "a.outcome", "a.note", "u.name"])
    .where("a.entry_id", "=", id)
    .where("a.hospital_id", "=", ctx.hospitalId)
    .orderBy("a.at")
    .orderBy("a.id")
    .execute();
  const ratings = await db
    .selectFrom("follow_up_ratings")
    .select(["touchpoint_id", "score"])
    .where("entry_id", "=", id)
    .where("hospital_id", "=", ctx.hospitalId)
    .execute();
  const issues = await db
    .selectFrom("follow_up_issues")
    .select(["id", "touchpoint_id", "text", "voc_item_id", "created_at"])
    .where("entry_id", "=", id)
    .where("hospital_id", "=", ctx.hospitalId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return {
    entry: toEntry(row),
    attempts: attempts.map((a) => ({
      id: a.id,
      at: a.at,
      callerId: a.caller_id,
      callerName: a.name ?? null,
      outcome: a.outcome as "reached",
      note: a.note,
    })),
    ratings: ratings.map((r) => ({ touchpointId: r.touchpoint_id, score: Number(r.score) })),
    issues: issues.map((i) => ({
      id: i.id,
      touchpointId: i.touchpoint_id,
      text: i.text,
      vocItemId: i.voc_item_id,
      createdAt: i.created_at,
    })),
    script: row.journey_id ? await loadScript(db, ctx, row.journey_id, settings.scripts) : null,
    maxAttempts: settings.maxAttempts,
  };
}

/** One entry for the call form (masked); the view is written to the personal-data access log. */
export async function getFollowUpEntry(
  ctx: HospitalContext,
  id: string,
  address: string,
): Promise<Result<FollowUpEntryDetail>> {
  return transact(ctx, async (trx) => {
    const detail = await loadEntryDetail(trx, ctx, id);
    if (!detail) throw new Rollback(notFound("follow-up entry", id));
    await recordPersonalDataAccess(trx, ctx, {
      recordType: "follow_up_entry",
      recordId: id,
      action: "view",
      purpose: "해피콜 대상자 조회",
      address,
    });
    return detail;
  });
}
