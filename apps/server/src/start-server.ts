import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type Database, startWalCheckpointer } from "@motmap/db";
import { type AppOptions, createApp } from "./app.ts";
import { startRollupApplier } from "./background/rollup-applier.ts";
import { nodeRequestListener } from "./http/submit-lane.ts";
import { startAlertMailSender } from "./mail/alert-mail-sender.ts";
import { scheduleFollowUpPurge } from "./routes/follow-up/purge-schedule.ts";

/** Listens on `port` (HOST or all addresses); resolves once the socket is bound. */
export async function startServer(
  database: Database,
  port: number,
  webDist?: string,
  options: Omit<AppOptions, "database" | "webDist"> & { hostname?: string } = {},
) {
  const { hostname = process.env.HOST ?? "0.0.0.0", ...appOptions } = options;
  const app = createApp({ ...appOptions, database, ...(webDist ? { webDist } : {}) });
  // Alert e-mail waits in the outbox until its transaction commits; this loop delivers it.
  const mailSender = startAlertMailSender(database);
  const stopPurge = scheduleFollowUpPurge(database);
  // Public submits leave their rollups pending; this applies them in batches every second.
  const stopRollups = startRollupApplier(database);
  // SQLite: WAL checkpoints on their own thread, not inside a submission's commit.
  const stopCheckpoints = startWalCheckpointer(database);
  const server = createServer(await nodeRequestListener(app));
  return new Promise<{ port: number; close: () => Promise<void> }>((resolve) => {
    server.listen(port, hostname, () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () => {
          stopPurge();
          stopRollups();
          return new Promise<void>((done) => {
            void mailSender.stop();
            server.close(() => void stopCheckpoints().then(done));
          });
        },
      });
    });
  });
}
