import { type Database, purgeExpiredCallEntries } from "@motmap/db";

const EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Deletes expired call-list personal data at start and every six hours. The timer is unref'd, so it
 * never keeps the process alive; a failed run is reported and retried at the next tick.
 */
export function scheduleFollowUpPurge(database: Database, log: (line: string) => void = console.error): () => void {
  const run = () =>
    purgeExpiredCallEntries(database.db).then(
      (r) => {
        if (r.purged > 0) log(`follow-up: deleted the personal data of ${r.purged} call-list entries past retention`);
      },
      (e: unknown) => log(`follow-up: the retention purge failed: ${(e as Error).message}`),
    );
  void run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
