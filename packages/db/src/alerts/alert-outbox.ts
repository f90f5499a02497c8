import type { Alert } from "@motmap/core";
import type { Kysely } from "kysely";
import { now } from "../context.ts";
import type { DB } from "../schema.ts";
import { toAlert } from "./alert-rows.ts";
import { loadSmtpConnection, type SmtpConnection } from "./smtp-settings.ts";

// The outbox of alert e-mail, worked by the server's sender after the alerts' transactions commit.
// A mail is claimed (pending → sending) by one compare-and-swap before it is handed to SMTP and marked
// sent after: two senders never take the same mail, and a mail is never sent twice. A mail left in
// "sending" by a crash may or may not have gone out; it is marked failed, not sent again.

export const MAX_MAIL_ATTEMPTS = 5;
/** Backoff after the n-th failed attempt: 1, 4, 16, 64 minutes. */
export const retryDelayMs = (attempt: number) => 60_000 * 4 ** (attempt - 1);
const INTERRUPTED_AFTER_MS = 10 * 60_000;

export interface ClaimedMail {
  id: string;
  hospitalId: string;
  hospitalName: string;
  recipient: string;
  attempts: number;
  alert: Alert;
  smtp: SmtpConnection | null;
}

/** Claims up to `limit` due mails for this sender. */
export async function claimDueMails(db: Kysely<DB>, limit = 20): Promise<ClaimedMail[]> {
  const at = now();
  const due = await db
    .selectFrom("alert_outbox")
    .select(["id", "attempts"])
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", at)
    .orderBy("next_attempt_at")
    .limit(limit)
    .execute();
  const claimed: ClaimedMail[] = [];
  const smtpOf = new Map<string, SmtpConnection | null>();
  for (const d of due) {
    const taken = await db
      .updateTable("alert_outbox")
      .set({ status: "sending", attempts: Number(d.attempts) + 1, next_attempt_at: at })
      .where("id", "=", d.id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) !== 1) continue;
    const row = await db
      .selectFrom("alert_outbox")
      .innerJoin("alerts", "alerts.id", "alert_outbox.alert_id")
      .innerJoin("hospitals", "hospitals.id", "alert_outbox.hospital_id")
      .leftJoin("touchpoints", "touchpoints.id", "alerts.touchpoint_id")
      .selectAll("alerts")
      .select([
        "alert_outbox.recipient",
        "alert_outbox.attempts",
        "hospitals.name as hospital_name",
        "touchpoints.name as touchpoint_name",
        "touchpoints.journey_id as journey_id",
      ])
      .where("alert_outbox.id", "=", d.id)
      .executeTakeFirstOrThrow();
    if (!smtpOf.has(row.hospital_id)) {
      smtpOf.set(row.hospital_id, await loadSmtpConnection({ db, hospitalId: row.hospital_id, actorId: null }));
    }
    claimed.push({
      id: d.id,
      hospitalId: row.hospital_id,
      hospitalName: row.hospital_name,
      recipient: row.recipient,
      attempts: Number(row.attempts),
      alert: toAlert({ ...row, read_at: null }),
      smtp: smtpOf.get(row.hospital_id) ?? null,
    });
  }
  return claimed;
}

export async function markMailSent(db: Kysely<DB>, id: string): Promise<void> {
  await db
    .updateTable("alert_outbox")
    .set({ status: "sent", sent_at: now(), last_error: null })
    .where("id", "=", id)
    .where("status", "=", "sending")
    .execute();
}

/** A failed attempt: tried again later with backoff, or given up after MAX_MAIL_ATTEMPTS. */
export async function markMailFailed(db: Kysely<DB>, mail: Pick<ClaimedMail, "id" | "attempts">, error: string) {
  const giveUp = mail.attempts >= MAX_MAIL_ATTEMPTS;
  await db
    .updateTable("alert_outbox")
    .set({
      status: giveUp ? "failed" : "pending",
      last_error: error.slice(0, 1000),
      next_attempt_at: new Date(Date.now() + (giveUp ? 0 : retryDelayMs(mail.attempts))).toISOString(),
    })
    .where("id", "=", mail.id)
    .where("status", "=", "sending")
    .execute();
}

/** Mails a crashed sender left in "sending": their fate is unknown, so they are not sent again. */
export async function failInterruptedMails(db: Kysely<DB>): Promise<number> {
  const r = await db
    .updateTable("alert_outbox")
    .set({ status: "failed", last_error: "interrupted while sending; not resent so that it cannot arrive twice" })
    .where("status", "=", "sending")
    .where("next_attempt_at", "<", new Date(Date.now() - INTERRUPTED_AFTER_MS).toISOString())
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The next time a pending mail is due, for the sender's timer (null: none pending). */
export async function nextMailDue(db: Kysely<DB>): Promise<string | null> {
  const r = await db
    .selectFrom("alert_outbox")
    .select((eb) => eb.fn.min("next_attempt_at").as("at"))
    .where("status", "=", "pending")
    .executeTakeFirst();
  return (r?.at as string | null) ?? null;
}
