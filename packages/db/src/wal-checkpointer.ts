import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { type Database, sqliteHandle } from "./connect.ts";

/** SQLite's own default threshold, restored when the background checkpointer stops. */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;
/** While the checkpointer runs: only a backstop, should it fall behind (about 200 MB of WAL). */
const BACKSTOP_AUTOCHECKPOINT_PAGES = 50_000;
const EVERY_MS = 200;

// The worker's whole program. Plain JavaScript evaluated by Node: a worker does not inherit the
// TypeScript loader the server runs under, and ten lines do not justify a build step.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file, { fileMustExist: true });
db.pragma("busy_timeout = 1000");
const timer = setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)"); // copies what no reader still needs; waits for nobody
  } catch (e) {
    parentPort.postMessage({ error: String(e && e.message) });
  }
}, workerData.everyMs);
parentPort.on("message", (m) => {
  if (m !== "stop") return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
parentPort.postMessage({ ready: true });
`;

/**
 * Moves SQLite's WAL checkpoints off the server's thread. By default the connection that commits
 * the 1000th page of WAL copies the WAL into the database and syncs it, inside that commit: with
 * public submissions arriving in bursts, that was more than half of each submission's write cost
 * (measured 55 → 23 µs a row). A worker thread with its own connection checkpoints every 200 ms
 * instead (PASSIVE: it never blocks the writer or a reader). The server's connection keeps a high
 * automatic threshold as a backstop, and returns to SQLite's default if the worker fails or stops.
 * A no-op for PostgreSQL and in-memory databases. Returns a function that stops it.
 */
export function startWalCheckpointer(
  database: Database,
  log: (line: string) => void = console.error,
): () => Promise<void> {
  const raw = sqliteHandle(database.db);
  if (!raw || raw.memory) return async () => {};
  let worker: Worker;
  try {
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file: raw.name, everyMs: EVERY_MS } });
  } catch (e) {
    log(`database: background WAL checkpoints unavailable (${(e as Error).message}); SQLite checkpoints as usual`);
    return async () => {};
  }
  let stopped = false;
  const restore = () => {
    if (raw.open) raw.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
  };
  worker.on("message", (m: { ready?: boolean; error?: string }) => {
    if (m.ready && !stopped && raw.open) raw.pragma(`wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`);
    if (m.error) log(`database: background WAL checkpoint failed: ${m.error}`);
  });
  worker.on("error", (e) => {
    log(`database: background WAL checkpointer stopped (${e.message}); SQLite checkpoints as usual`);
    restore();
  });
  worker.on("exit", restore);
  worker.unref();
  return async () => {
    if (stopped) return;
    stopped = true;
    restore();
    worker.postMessage("stop");
    await new Promise<void>((done) => {
      worker.once("exit", () => done());
      setTimeout(() => void worker.terminate().then(() => done()), 2000).unref();
    });
  };
}
