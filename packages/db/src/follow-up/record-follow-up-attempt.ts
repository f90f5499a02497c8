import {
  type FollowUpEntryDetail,
  type FollowUpStatus,
  maskPersonalData,
  notFound,
  RecordFollowUpAttemptInput,
  type Result,
  validate,
} from "@motmap/core";
import { raiseFollowUpIssueAlerts } from "../alerts/raise-source-alerts.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, newId, now, Rollback, transact } from "../context.ts";
import { loadSettings } from "./follow-up-rows.ts";
import { loadEntryDetail } from "./get-follow-up-entry.ts";

/**
 * Logs one call. Not reached: the entry stays open until its attempts are used up (then unreachable).
 * Reached: the scores per asked touchpoint (touchpoints of the entry's journey only) and the issues
 * raised, masked, are stored. A closed entry (reached, refused, unreachable) takes no more attempts.
 */
export async function recordFollowUpAttempt(
  ctx: HospitalContext,
  id: string,
  input: unknown,
): Promise<Result<FollowUpEntryDetail>> {
  const parsed = validate(RecordFollowUpAttemptInput, input);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  return transact(ctx, async (trx) => {
    const entry = await trx
      .selectFrom("follow_up_entries")
      .select(["id", "status", "attempts", "journey_id", "department_id", "version", "purged_at"])
      .where("id", "=", id)
      .where("hospital_id", "=", ctx.hospitalId)
      .executeTakeFirst();
    if (!entry) throw new Rollback(notFound("follow-up entry", id));
    if (!["pending", "not_reached"].includes(entry.status)) {
      throw new Rollback({
        code: "conflict",
        message: `this call is already ${entry.status}`,
        details: { status: entry.status },
      });
    }
    const settings = await loadSettings(trx, ctx.hospitalId);
    const attempts = Number(entry.attempts) + 1;
    if (v.ratings.length > 0 || v.issues.some((i) => i.touchpointId)) {
      const allowed = new Set(
        entry.journey_id
          ? (
              await trx
                .selectFrom("touchpoints as t")
                .innerJoin("stages as s", "s.id", "t.stage_id")
                .select("t.id")
                .where("s.journey_id", "=", entry.journey_id)
                .where("t.hospital_id", "=", ctx.hospitalId)
                .execute()
            ).map((t) => t.id)
          : [],
      );
      const bad = [
        ...v.ratings.map((r, i) => ({ id: r.touchpointId, path: `ratings.${i}.touchpointId` })),
        ...v.issues.map((r, i) => ({ id: r.touchpointId, path: `issues.${i}.touchpointId` })),
      ].filter((x) => x.id !== null && !allowed.has(x.id));
      if (bad.length > 0) {
        throw new Rollback({
          code: "validation_failed",
          message: "rate only the touchpoints of the entry's journey",
          issues: bad.map((b) => ({ path: b.path, message: "not a touchpoint of this journey" })),
        });
      }
    }
    const status: FollowUpStatus =
      v.outcome === "not_reached" ? (attempts >= settings.maxAttempts ? "unreachable" : "not_reached") : v.outcome;
    const at = now();
    const note = maskPersonalData(v.note).text;
    const updated = await trx
      .updateTable("follow_up_entries")
      .set({ status, attempts, last_attempt_at: at, updated_at: at, version: Number(entry.version) + 1 })
      .where("id", "=", id)
      .where("hospital_id", "=", ctx.hospitalId)
      .where("version", "=", entry.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      throw new Rollback({ code: "conflict", message: "someone else logged a call on this entry just now; reload" });
    }
    await trx
      .insertInto("follow_up_attempts")
      .values({
        id: newId(),
        hospital_id: ctx.hospitalId,
        entry_id: id,
        at,
        caller_id: ctx.actorId,
        outcome: v.outcome,
        note,
      })
      .execute();
    if (v.ratings.length > 0) {
      await trx
        .insertInto("follow_up_ratings")
        .values(
          v.ratings.map((r) => ({
            entry_id: id,
            touchpoint_id: r.touchpointId,
            hospital_id: ctx.hospitalId,
            score: r.score,
            at,
          })),
        )
        .execute();
    }
    for (const issue of v.issues) {
      await trx
        .insertInto("follow_up_issues")
        .values({
          id: newId(),
          hospital_id: ctx.hospitalId,
          entry_id: id,
          touchpoint_id: issue.touchpointId,
          text: maskPersonalData(issue.text).text,
          voc_item_id: null,
          created_by: ctx.actorId,
          created_at: at,
        })
        .execute();
    }
    // A call that found an issue is a service-recovery alert to the touchpoint's owners (else the call's
    // department); once per rule and call, however many issues it raised.
    for (const issue of v.issues) {
      await raiseFollowUpIssueAlerts(trx, ctx, {
        callId: id,
        touchpointId: issue.touchpointId,
        departmentIds: entry.department_id ? [entry.department_id] : [],
        note: maskPersonalData(issue.text).text,
      });
    }
    await recordAudit(
      trx,
      ctx,
      "update",
      "follow_up_entry",
      id,
      { status: entry.status, attempts: Number(entry.attempts) },
      { status, attempts, outcome: v.outcome, ratings: v.ratings.length, issues: v.issues.length },
    );
    return (await loadEntryDetail(trx, ctx, id)) as FollowUpEntryDetail;
  });
}
