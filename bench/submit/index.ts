// npm run bench -- submit: the public survey submit endpoint under load, against a raw node:http
// server that reads the same body (the baseline) and one that also stores it in SQLite (a
// second, reported baseline), written to bench/results/submit.json.
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { DEMO_HOSPITAL } from "@motmap/core/demo";
import {
  applyPendingRollups,
  createSurveyFromJourney,
  migrateToLatest,
  openDatabase,
  publishSurvey,
  recomputeSurveyRollups,
} from "@motmap/db";
import { seedDemo } from "@motmap/db/demo";
import autocannon from "autocannon";
import { type Figure, figure, writeResults } from "../lib/results.ts";
import { submissionBodies } from "./submissions.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CONNECTIONS = 50;
const SECONDS = Number(process.env.SUBMIT_BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.SUBMIT_BENCH_WARMUP_SECONDS ?? 3);
/** Measured runs per server, alternating raw and motmap so a busy machine slows both alike. */
const ROUNDS = Number(process.env.SUBMIT_BENCH_ROUNDS ?? 2);
const GOAL_RATIO = 0.6;
const GOAL_P99_MS = 20;
/** Well above what one loopback client can send: the benchmark measures the submit path, not the limiter. */
const BENCH_LIMIT_PER_MINUTE = 100_000_000;

interface Server {
  url: string;
  /** CPU seconds the server process has used so far (Linux /proc; NaN elsewhere). */
  cpuSeconds: () => number;
  stop: () => Promise<void>;
}

/** user + system time of a process from /proc/<pid>/stat, in seconds (clock ticks are 1/100 s on Linux). */
function cpuSecondsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** `bench/submit/serve.ts` in a child process (through tsx, as `motmap serve` runs); resolves once it listens. */
async function startServer(args: string[]): Promise<Server> {
  // SUBMIT_BENCH_PROFILE=<dir>: a CPU profile of each server (node --cpu-prof), to see where the time goes.
  const profile = process.env.SUBMIT_BENCH_PROFILE
    ? ["--cpu-prof", "--cpu-prof-dir", process.env.SUBMIT_BENCH_PROFILE]
    : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...profile, "--import", "tsx", "bench/submit/serve.ts", ...args],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const exited = once(child, "exit");
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const first = await Promise.race([once(lines, "line"), exited.then(() => null)]);
  if (!first) throw new Error(`bench/submit/serve.ts ${args.join(" ")} exited before listening`);
  const { port } = JSON.parse(String(first[0])) as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    cpuSeconds: () => cpuSecondsOf(child.pid),
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** What one server answered, over all runs against it (warm-up included). */
class Tally {
  /** Keys sent and not answered yet; after a run, the requests in flight when autocannon closed its sockets. */
  readonly unanswered = new Set<string>();
  /** Keys answered 201 Created. */
  readonly created = new Set<string>();
  readonly statuses = new Map<number, number>();
  errors = 0;
  timeouts = 0;
  non2xx = 0;
}

interface Run {
  reqPerSec: number;
  p99: number;
  p50: number;
  /** The slowest request: a pause of the event loop (a rollup applier run) shows here even when p99 hides it. */
  max: number;
  ok: number;
  duration: number;
  /** Server CPU time per answered request: what the server costs, whatever else the machine is doing. */
  cpuMsPerRequest: number;
}

async function drive(server: Server, path: string, seconds: number, tally: Tally, bodies: string[]): Promise<Run> {
  let next = 0;
  const cpuBefore = server.cpuSeconds();
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    pipelining: 1,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: "POST",
        path,
        headers: { "content-type": "application/json" },
        // A fresh submissionKey per request, so that every request really writes a response.
        setupRequest: (req, context) => {
          const key = randomUUID();
          (context as { key?: string }).key = key;
          tally.unanswered.add(key);
          const rest = bodies[next++ % bodies.length];
          return { ...req, body: `{"submissionKey":"${key}",${rest}` };
        },
        onResponse: (status, _body, context) => {
          const key = (context as { key?: string }).key;
          if (key) tally.unanswered.delete(key);
          if (status === 201 && key) tally.created.add(key);
          tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
        },
      },
    ],
  });
  const cpu = server.cpuSeconds() - cpuBefore;
  tally.errors += result.errors;
  tally.timeouts += result.timeouts;
  tally.non2xx += result.non2xx;
  return {
    reqPerSec: result["2xx"] / result.duration,
    p99: result.latency.p99,
    p50: result.latency.p50,
    max: result.latency.max,
    ok: result["2xx"],
    duration: result.duration,
    cpuMsPerRequest: (cpu * 1000) / Math.max(1, result.requests.total),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const describeRun = (r: Run) =>
  `${Math.round(r.reqPerSec)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms (${r.ok} × 2xx in ${r.duration} s), ` +
  `server CPU ${r.cpuMsPerRequest.toFixed(2)} ms/request, load average ${loadavg()[0]?.toFixed(1)}`;

export async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "motmap-bench-submit-"));
  const file = join(dir, "motmap.sqlite");
  const database = openDatabase({ engine: "sqlite", file });
  const servers: Server[] = [];
  try {
    // ── A fresh demo hospital and the MOT survey of its outpatient journey, published ─────
    await migrateToLatest(database.db);
    const { hospitalId } = await seedDemo(database.db);
    const ctx = { db: database.db, hospitalId, actorId: null };
    const outpatient = DEMO_HOSPITAL.journeys[0]?.title ?? "";
    const journey = await database.db
      .selectFrom("journeys")
      .select("id")
      .where("hospital_id", "=", hospitalId)
      .where("title", "=", outpatient)
      .executeTakeFirstOrThrow();
    const draft = await createSurveyFromJourney(ctx, { journeyId: journey.id });
    if (!draft.ok) throw new Error(`survey from journey: ${draft.error.message}`);
    const published = await publishSurvey(ctx, draft.value.id);
    if (!published.ok) throw new Error(`publish: ${published.error.message}`);
    const survey = published.value;
    const departments = await database.db
      .selectFrom("departments")
      .select("id")
      .where("hospital_id", "=", hospitalId)
      .execute();
    const bodies = submissionBodies(
      survey.definition,
      departments.map((d) => d.id),
    );
    const path = `/api/public/surveys/${survey.publicId}/responses`;
    const sizes = bodies.map((b) => Buffer.byteLength(b) + 60);
    console.log(
      `survey "${survey.title}" (${outpatient}), ${sizes.length} distinct answer sets, ` +
        `bodies ${Math.min(...sizes)}–${Math.max(...sizes)} bytes`,
    );
    console.log(
      `rate limits raised through createApp options for this run only: publicSurveyRequestsPerMinute = ` +
        `surveySubmissionsPerMinute = ${BENCH_LIMIT_PER_MINUTE} (defaults 30 per address, 600 per survey)`,
    );

    const raw = await startServer(["raw"]);
    servers.push(raw);
    const rawStore = await startServer(["raw-store", join(dir, "raw-store.sqlite")]);
    servers.push(rawStore);
    const motmap = await startServer(["motmap", file, String(BENCH_LIMIT_PER_MINUTE)]);
    servers.push(motmap);
    const rawTally = new Tally();
    const rawStoreTally = new Tally();
    const motmapTally = new Tally();

    console.log(`warm-up: ${WARMUP_SECONDS} s each, ${CONNECTIONS} connections`);
    await drive(raw, path, WARMUP_SECONDS, rawTally, bodies);
    await drive(rawStore, path, WARMUP_SECONDS, rawStoreTally, bodies);
    await drive(motmap, path, WARMUP_SECONDS, motmapTally, bodies);

    const rawRuns: Run[] = [];
    const rawStoreRuns: Run[] = [];
    const motmapRuns: Run[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const r = await drive(raw, path, SECONDS, rawTally, bodies);
      console.log(`round ${i + 1} raw node:http: ${describeRun(r)}`);
      rawRuns.push(r);
      const s = await drive(rawStore, path, SECONDS, rawStoreTally, bodies);
      console.log(`round ${i + 1} raw + SQLite:  ${describeRun(s)}`);
      rawStoreRuns.push(s);
      const m = await drive(motmap, path, SECONDS, motmapTally, bodies);
      console.log(`round ${i + 1} motmap:        ${describeRun(m)}`);
      motmapRuns.push(m);
    }
    await Promise.all(servers.map((s) => s.stop()));
    servers.length = 0;

    // ── Lost responses: every request answered 2xx, and every 201 is in the database once ──
    const lost = motmapTally.non2xx + motmapTally.errors + motmapTally.timeouts;
    const statuses = [...motmapTally.statuses].map(([s, n]) => `${s}×${n}`).join(", ");
    const stored = await database.db
      .selectFrom("survey_responses")
      .select("submission_key")
      .where("survey_id", "=", survey.id)
      .execute();
    const storedKeys = new Set(stored.map((r) => r.submission_key));
    const createdMissing = [...motmapTally.created].filter((k) => !storedKeys.has(k)).length;
    // Requests still in flight when autocannon closed its sockets at the end of a run: the server may
    // have stored them, but nobody read their 201.
    const inFlightStored = [...motmapTally.unanswered].filter((k) => storedKeys.has(k)).length;
    const strangers = [...storedKeys].filter((k) => !motmapTally.created.has(k) && !motmapTally.unanswered.has(k));
    console.log(
      `motmap answers: ${statuses}; non-2xx ${motmapTally.non2xx}, errors ${motmapTally.errors}, ` +
        `timeouts ${motmapTally.timeouts} → lost ${lost}`,
    );
    console.log(
      `stored responses ${stored.length} = 201s ${motmapTally.created.size} + ${inFlightStored} in flight at the ` +
        `end of a run (of ${motmapTally.unanswered.size} unanswered); 201s missing from the database: ${createdMissing}`,
    );
    const stored201 = stored.length - inFlightStored;
    console.log(`stored responses answered 201: ${stored201}; 201s: ${motmapTally.created.size}`);
    if (lost !== 0) throw new Error(`lost responses: ${lost} (${statuses})`);
    if (createdMissing !== 0 || strangers.length !== 0 || stored201 !== motmapTally.created.size) {
      throw new Error(
        `database does not match the 201s: stored ${stored.length}, 201s ${motmapTally.created.size}, ` +
          `missing ${createdMissing}, unexpected ${strangers.length}`,
      );
    }
    if (rawTally.non2xx + rawTally.errors + rawTally.timeouts !== 0) throw new Error("the raw server lost responses");
    if (rawStoreTally.non2xx + rawStoreTally.errors + rawStoreTally.timeouts !== 0) {
      throw new Error("the raw storing server lost responses");
    }

    // ── Rollups: every stored response counted once. The server stopped between applier runs, so what it
    // still held in memory is applied from the queued rows, as after a crash. ───────────────────────────
    await applyPendingRollups(database.db);
    const rollupRows = async () =>
      (await database.db.selectFrom("rollup_scores").selectAll().where("survey_id", "=", survey.id).execute())
        .map((r) => JSON.stringify(Object.values(r).map(String)))
        .sort()
        .join("\n");
    const incremental = await rollupRows();
    await database.db.transaction().execute((trx) => recomputeSurveyRollups(trx, ctx, survey.id));
    if (incremental !== (await rollupRows())) throw new Error("the rollups differ from a full recomputation");
    console.log("rollups after the runs equal a full recomputation of the stored responses");

    // ── Figures ──────────────────────────────────────────────────────────────────────────
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const rawRps = mean(rawRuns.map((r) => r.reqPerSec));
    const motmapRps = mean(motmapRuns.map((r) => r.reqPerSec));
    const rawStoreRps = mean(rawStoreRuns.map((r) => r.reqPerSec));
    // The worst round's p99, so one lucky round cannot hide a slow one.
    const rawP99 = Math.max(...rawRuns.map((r) => r.p99));
    const motmapP99 = Math.max(...motmapRuns.map((r) => r.p99));
    const figures: Figure[] = [
      figure("submit_throughput", motmapRps, "req/s", rawRps),
      figure("submit_p99", motmapP99, "ms", rawP99),
      // Reported, no goal: against a raw server that also stores each body (serve.ts raw-store).
      figure("submit_throughput_vs_raw_store", motmapRps, "req/s", rawStoreRps),
      figure("submit_p99_vs_raw_store", motmapP99, "ms", Math.max(...rawStoreRuns.map((r) => r.p99))),
      // Reported, no goal: the longest wait, which a pause every few seconds sets.
      figure(
        "submit_max_latency",
        Math.max(...motmapRuns.map((r) => r.max)),
        "ms",
        Math.max(...rawRuns.map((r) => r.max)),
      ),
    ];
    console.log(
      `submit_throughput ${round1(motmapRps)} req/s = ${(motmapRps / rawRps).toFixed(2)}× raw node:http ` +
        `(${round1(rawRps)} req/s); goal ≥ ${GOAL_RATIO}× — ${motmapRps / rawRps >= GOAL_RATIO ? "met" : "MISSED"}`,
    );
    console.log(
      `submit_p99 ${motmapP99} ms (raw node:http ${rawP99} ms); goal < ${GOAL_P99_MS} ms — ` +
        `${motmapP99 < GOAL_P99_MS ? "met" : "MISSED"}`,
    );
    console.log(
      `against raw node:http storing each body in SQLite (${round1(rawStoreRps)} req/s, p99 ` +
        `${Math.max(...rawStoreRuns.map((r) => r.p99))} ms): ${(motmapRps / rawStoreRps).toFixed(2)}×`,
    );
    writeResults("submit", figures);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await database.close();
    await rm(dir, { recursive: true, force: true });
  }
}
