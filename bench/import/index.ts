// npm run bench -- import: a 1,000,000-row survey-response CSV imported by motmap (the CLI path:
// readTable → importSurveyResponses, validation, masking, one transaction) into a fresh SQLite file and a
// fresh PostgreSQL database, against the sqlite3 CLI's `.import --csv` and `psql \copy` of the same file
// into a plain 8-column table in the same run. A second baseline loads the same file with the engine alone
// into motmap's own schema (engine-load.ts): the floor of the storage itself. Writes bench/results/import.json.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Figure, figure, writeResults } from "../lib/results.ts";
import { type EngineTarget, postgresEngineLoad, sqliteEngineLoad } from "./engine-load.ts";
import { BENCH_HEADER, generateResponsesCsv } from "./generate-responses.ts";

const here = dirname(fileURLToPath(import.meta.url));
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const PG = { host: "127.0.0.1", port: "5432", user: "postgres" };
const SCRATCH_DB = "motmap_bench_import";
const ENGINE_DB = "motmap_bench_engine";

function requireBinary(name: string, install: string): void {
  if (spawnSync(name, ["--version"]).status !== 0) {
    throw new Error(`${name} is needed for the baseline of this benchmark: apt-get install ${install}`);
  }
}

function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): { seconds: number; stdout: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr || r.stdout}`);
  return { seconds, stdout: r.stdout };
}

const psql = (db: string, command: string) =>
  timed("psql", ["-h", PG.host, "-p", PG.port, "-U", PG.user, "-d", db, "-v", "ON_ERROR_STOP=1", "-q", "-c", command]);

/** A hospital, its departments and the published survey, as motmap's import gets them, and nothing else. */
function setUpOnly(file: string, work: string, env: NodeJS.ProcessEnv): EngineTarget {
  const r = timed(process.execPath, ["--import", "tsx", join(here, "run-import.ts"), file, work, "--setup-only"], env);
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as EngineTarget;
}

const holdRows = (engine: string, rows: number) => {
  if (rows !== ROWS) throw new Error(`${engine} left ${rows} rows in survey_responses, not ${ROWS}`);
};

/** motmap's import in a child process, so its peak RSS is its own; the child times the import itself. */
function motmapImport(file: string, work: string, env: NodeJS.ProcessEnv) {
  const r = timed(process.execPath, ["--import", "tsx", join(here, "run-import.ts"), file, work], env);
  const line = r.stdout.trim().split("\n").pop() ?? "{}";
  const result = JSON.parse(line) as { code: number; seconds: number; maxRssMb: number; output: string };
  if (result.code !== 0) throw new Error(`motmap import failed: ${result.output}`);
  console.log(`  ${result.output}`);
  return result;
}

export async function main(): Promise<void> {
  requireBinary("sqlite3", "sqlite3");
  requireBinary("psql", "postgresql-client");
  const work = mkdtempSync(join(tmpdir(), "motmap-bench-import-"));
  try {
    const file = join(work, "responses.csv");
    console.log(`generating ${ROWS} rows …`);
    await generateResponsesCsv(file, ROWS);
    const fileMb = statSync(file).size / 2 ** 20;
    const figures: Figure[] = [];
    const baseEnv = { ...process.env };
    delete baseEnv.DATABASE_URL;

    // SQLite: the CLI's .import into a fresh file, then motmap into a fresh migrated file.
    const cliDb = join(work, "cli.sqlite");
    const sqliteCli = timed("sqlite3", [cliDb, `.import --csv ${file} t`]).seconds;
    console.log(`sqlite3 .import: ${sqliteCli.toFixed(2)} s`);
    const dataDir = join(work, "motmap");
    mkdirSync(dataDir);
    const sqlite = motmapImport(file, work, { ...baseEnv, MOTMAP_DATA_DIR: dataDir });
    console.log(`motmap → SQLite: ${sqlite.seconds.toFixed(2)} s, peak RSS ${sqlite.maxRssMb.toFixed(0)} MB`);
    figures.push(figure(`sqlite_import_${ROWS / 1e6}m`.replace("0.", "0_"), sqlite.seconds, "s", sqliteCli));
    // The engine alone into the same schema, from a fresh migrated file with the same set-up.
    const engineDir = join(work, "engine");
    mkdirSync(engineDir);
    const sqliteTarget = setUpOnly(file, work, { ...baseEnv, MOTMAP_DATA_DIR: engineDir });
    const sqliteEngine = sqliteEngineLoad(
      join(engineDir, "motmap.sqlite"),
      file,
      sqliteTarget,
      join(work, "engine.sql"),
    );
    holdRows("sqlite3", sqliteEngine.rows);
    console.log(
      `sqlite3 alone into motmap's schema: ${sqliteEngine.seconds.toFixed(2)} s ` +
        `(${(sqliteEngine.seconds / sqliteCli).toFixed(1)}× the plain .import; motmap is ${(sqlite.seconds / sqliteEngine.seconds).toFixed(1)}× it)`,
    );
    figures.push(
      figure(`sqlite_engine_schema_${ROWS / 1e6}m`.replace("0.", "0_"), sqliteEngine.seconds, "s", sqliteCli),
    );

    // PostgreSQL: a scratch database, \copy into a plain table, motmap into the migrated schema.
    psql("postgres", `DROP DATABASE IF EXISTS ${SCRATCH_DB}`);
    psql("postgres", `CREATE DATABASE ${SCRATCH_DB}`);
    try {
      psql(SCRATCH_DB, `CREATE TABLE t (${BENCH_HEADER.map((_, i) => `c${i} text`).join(", ")})`);
      const copy = psql(SCRATCH_DB, `\\copy t from '${file}' csv header`).seconds;
      console.log(`psql \\copy: ${copy.toFixed(2)} s`);
      const url = `postgres://${PG.user}@${PG.host}:${PG.port}/${SCRATCH_DB}`;
      const pg = motmapImport(file, work, { ...baseEnv, DATABASE_URL: url });
      console.log(`motmap → PostgreSQL: ${pg.seconds.toFixed(2)} s, peak RSS ${pg.maxRssMb.toFixed(0)} MB`);
      figures.push(figure(`postgres_import_${ROWS / 1e6}m`.replace("0.", "0_"), pg.seconds, "s", copy));
      psql("postgres", `DROP DATABASE IF EXISTS ${ENGINE_DB}`);
      psql("postgres", `CREATE DATABASE ${ENGINE_DB}`);
      const engineUrl = `postgres://${PG.user}@${PG.host}:${PG.port}/${ENGINE_DB}`;
      const pgTarget = setUpOnly(file, work, { ...baseEnv, DATABASE_URL: engineUrl });
      const pgEngine = postgresEngineLoad({ ...PG, db: ENGINE_DB }, file, pgTarget, join(work, "engine-pg.sql"));
      holdRows("psql", pgEngine.rows);
      console.log(
        `psql alone into motmap's schema: ${pgEngine.seconds.toFixed(2)} s ` +
          `(${(pgEngine.seconds / copy).toFixed(1)}× the plain \\copy; motmap is ${(pg.seconds / pgEngine.seconds).toFixed(1)}× it)`,
      );
      figures.push(figure(`postgres_engine_schema_${ROWS / 1e6}m`.replace("0.", "0_"), pgEngine.seconds, "s", copy));
      // Baseline: the size of the file streamed; a ratio well under 1 means it was never held whole.
      figures.push(figure("import_peak_rss_mb", Math.max(sqlite.maxRssMb, pg.maxRssMb), "MB", fileMb));
    } finally {
      psql("postgres", `DROP DATABASE IF EXISTS ${SCRATCH_DB}`);
      psql("postgres", `DROP DATABASE IF EXISTS ${ENGINE_DB}`);
    }
    writeResults("import", figures);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
