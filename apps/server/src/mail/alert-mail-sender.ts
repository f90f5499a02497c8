import { alertMail } from "@motmap/core";
import {
  type ClaimedMail,
  claimDueMails,
  type Database,
  failInterruptedMails,
  markMailFailed,
  markMailSent,
  nextMailDue,
  outboxEvents,
} from "@motmap/db";
import { sendMail } from "./smtp-transport.ts";

const FALLBACK_APP_URL = () => process.env.MOTMAP_PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 8080}`;

async function deliver(database: Database, mail: ClaimedMail): Promise<boolean> {
  if (!mail.smtp?.enabled || !mail.smtp.host) {
    await markMailFailed(database.db, mail, "SMTP is not configured or is switched off for this hospital");
    return false;
  }
  const { subject, text } = alertMail(mail.alert, mail.hospitalName, mail.smtp.appUrl || FALLBACK_APP_URL());
  try {
    await sendMail(mail.smtp, { to: mail.recipient, subject, text });
  } catch (e) {
    await markMailFailed(database.db, mail, e instanceof Error ? e.message : String(e));
    return false;
  }
  await markMailSent(database.db, mail.id);
  return true;
}

/** Delivers every mail due now (the outbox after commit); returns how many were sent. */
export async function deliverDueMail(database: Database): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await claimDueMails(database.db);
    if (batch.length === 0) return sent;
    for (const mail of batch) if (await deliver(database, mail)) sent++;
  }
}

export interface AlertMailSender {
  /** Resolves when the current round (if any) is over. */
  stop(): Promise<void>;
  /** Runs a round now (tests, and after a write that queued mail). */
  kick(): Promise<void>;
}

/**
 * The sender loop: a round when alerts queued mail (told by the data layer after its insert), at the
 * next retry due and at least every `pollMs` (alerts written by another process: the CLI, a second
 * server). Rounds never overlap, so a mail is handed to SMTP once.
 */
export function startAlertMailSender(database: Database, pollMs = 30_000): AlertMailSender {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const schedule = (ms: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void kick(), Math.max(50, Math.min(ms, pollMs)));
    timer.unref?.();
  };
  const round = async () => {
    try {
      await failInterruptedMails(database.db);
      await deliverDueMail(database);
      const next = await nextMailDue(database.db);
      schedule(next ? Date.parse(next) - Date.now() : pollMs);
    } catch (e) {
      console.error("alert mail: round failed", e);
      schedule(pollMs);
    }
  };
  let inRound = false;
  const kick = (): Promise<void> => {
    if (stopped) return running;
    if (inRound) {
      again = true;
      return running;
    }
    inRound = true;
    running = (async () => {
      do {
        again = false;
        await round();
      } while (again && !stopped);
      inRound = false;
    })();
    return running;
  };
  const onQueued = () => void kick();
  outboxEvents.on("queued", onQueued);
  schedule(1000);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      outboxEvents.off("queued", onQueued);
      await running;
    },
    kick,
  };
}

/** The test button of the settings page: one message now, outside the outbox. */
export async function sendTestMail(
  smtp: Parameters<typeof sendMail>[0] | null,
  to: string,
  hospitalName: string,
): Promise<{ delivered: boolean; error: string | null }> {
  if (!smtp?.host) return { delivered: false, error: "SMTP settings are not saved yet" };
  try {
    await sendMail(smtp, {
      to,
      subject: "[motmap] 테스트 메일",
      text: `${hospitalName}의 motmap 알림 메일 설정이 작동합니다.\n\n${smtp.appUrl || FALLBACK_APP_URL()}`,
    });
    return { delivered: true, error: null };
  } catch (e) {
    return { delivered: false, error: e instanceof Error ? e.message : String(e) };
  }
}
