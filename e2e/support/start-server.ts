import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (/work/main). */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  /** Everything the server printed so far (for failure messages). */
  output: () => string;
  stop: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Asks the OS for a free TCP port. */
async function freePort(): Promise<number> {
  const srv = createServer();
  srv.listen(0, "127.0.0.1");
  await once(srv, "listening");
  const address = srv.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise<void>((done) => srv.close(() => done()));
  if (!port) throw new Error("could not find a free port");
  return port;
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
  if (!done) {
    child.kill("SIGKILL");
    await exited;
  }
}

/**
 * Starts `motmap serve` on a free port with a fresh SQLite data directory (so the demo hospital
 * is seeded), waits until GET /healthz answers 200, and returns how to reach and stop it.
 * The web app must already be built (apps/web/dist).
 */
export async function startServer({ timeoutMs = 90_000 } = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), "motmap-e2e-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), MOTMAP_DATA_DIR: dataDir, HOST: "127.0.0.1" };
  delete env.DATABASE_URL; // always the fresh SQLite database, never a developer's PostgreSQL
  delete env.NODE_OPTIONS;

  const child = spawn(process.execPath, ["--import", "tsx", "apps/cli/src/main.ts", "serve"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => {
    log += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    log += d.toString();
  });

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChild(child);
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`motmap serve exited with code ${child.exitCode} before it was ready:\n${log}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`motmap serve did not answer /healthz within ${timeoutMs} ms:\n${log}`);
    }
    await sleep(250);
  }
  return { baseUrl, dataDir, output: () => log, stop };
}
