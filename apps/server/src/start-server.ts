import { serve } from "@hono/node-server";
import type { Database } from "@motmap/db";
import { createApp } from "./app.ts";
import { startRollupApplier } from "./background/rollup-applier.ts";
import { startAlertMailSender } from "./mail/alert-mail-sender.ts";
import { scheduleFollowUpPurge } from "./routes/follow-up/purge-schedule.ts";

/** Listens on `port`; resolves once the socket is bound. */
export function startServer(database: Database, port: number, webDist?: string) {
  const app = createApp({ database, ...(webDist ? { webDist } : {}) });
  // Alert e-mail waits in the outbox until its transaction commits; this loop delivers it.
  const mailSender = startAlertMailSender(database);
  const stopPurge = scheduleFollowUpPurge(database);
  // Public submits leave their rollups pending; this applies them in batches every second.
  const stopRollups = startRollupApplier(database);
  return new Promise<{ port: number; close: () => Promise<void> }>((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? "0.0.0.0" }, (info) => {
      resolve({
        port: info.port,
        close: () => {
          stopPurge();
          stopRollups();
          return new Promise<void>((done) => {
            void mailSender.stop();
            server.close(() => done());
          });
        },
      });
    });
  });
}
