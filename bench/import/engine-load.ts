// The second baseline of the import benchmark: the database engine alone loading the same CSV into
// motmap's own `survey_responses` (same columns, indexes, foreign keys and duplicate-key rule, one
// transaction), with the answers JSON and the department lookup done in SQL. It validates nothing and
// masks nothing, so it is a floor for any import that keeps one row per response in this schema: what
// the engine costs for the storage itself, apart from motmap's code. The plain-table `.import` and
// `\copy` stay the issue's baselines; this one says how much of the gap is the schema.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";

export interface EngineTarget {
  hospitalId: string;
  surveyId: string;
}

const COLUMNS =
  "id, hospital_id, survey_id, survey_version, channel, import_id, submitted_at, visit_date, department_id, segment, submission_key, answers, touchpoint_ids";

/** Single-quoted SQL literal (the ids are UUIDs and the path is ours, but quote them anyway). */
const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

function run(cmd: string, args: string[]): { seconds: number; stdout: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  return { seconds, stdout: r.stdout };
}

/**
 * The 8 bench columns (generate-responses.ts): 0 key, 1 visit date, 2 department name or code, 3 segment,
 * 4 overall, 5 waiting, 6 NPS, 7 comment. The JSON is the shape motmap stores (stored-answers.ts).
 */
const answersSql = (
  cast: (col: string) => string,
  quoteJson: (col: string) => string,
  blank: (col: string) => string,
) =>
  `'[{"k":"overall","v":' || ${cast("c4")} || '},{"k":"waiting","v":' || ${cast("c5")} || '},{"k":"nps","v":' || ${cast("c6")} || '}' || ` +
  `CASE WHEN ${blank("c7")} THEN '' ELSE ',{"k":"comment","t":' || ${quoteJson("c7")} || '}' END || ']'`;

/** sqlite3 CLI: `.import` into a staging table, then one INSERT … SELECT into survey_responses. Seconds, whole. */
export function sqliteEngineLoad(dbFile: string, csv: string, target: EngineTarget, scriptFile: string): EngineLoad {
  const h = lit(target.hospitalId);
  const script = `
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA foreign_keys = ON;
PRAGMA cache_size = -262144;
CREATE TEMP TABLE staging (c0 TEXT, c1 TEXT, c2 TEXT, c3 TEXT, c4 TEXT, c5 TEXT, c6 TEXT, c7 TEXT);
.import --csv --skip 1 ${csv} staging
BEGIN;
INSERT OR IGNORE INTO survey_responses (${COLUMNS})
SELECT printf('019ab000-0000-7000-8000-%012x', s.rowid), ${h}, ${lit(target.surveyId)}, 1, 'import', NULL,
  s.c1 || 'T00:00:00.000Z', s.c1,
  (SELECT d.id FROM departments d WHERE d.hospital_id = ${h} AND (d.name = s.c2 OR d.code = s.c2)),
  s.c3, s.c0, ${answersSql(
    (c) => `CAST(s.${c} AS INTEGER)`,
    (c) => `json_quote(s.${c})`,
    (c) => `s.${c} = ''`,
  )}, ','
FROM staging s;
COMMIT;
SELECT count(*) FROM survey_responses;
`;
  writeFileSync(scriptFile, script);
  const r = run("sqlite3", [dbFile, `.read ${scriptFile}`]);
  return checked(r, "sqlite3");
}

/** psql: `\copy` into a staging table, then one INSERT … SELECT into survey_responses, in one transaction. */
export function postgresEngineLoad(
  conn: { host: string; port: string; user: string; db: string },
  csv: string,
  target: EngineTarget,
  scriptFile: string,
): EngineLoad {
  const h = lit(target.hospitalId);
  const script = `
CREATE TEMP TABLE staging (n bigserial, c0 text, c1 text, c2 text, c3 text, c4 text, c5 text, c6 text, c7 text);
\\copy staging (c0, c1, c2, c3, c4, c5, c6, c7) from ${lit(csv)} csv header
INSERT INTO survey_responses (${COLUMNS})
SELECT '019ab000-0000-7000-8000-' || lpad(to_hex(s.n), 12, '0'), ${h}, ${lit(target.surveyId)}, 1, 'import', NULL,
  s.c1 || 'T00:00:00.000Z', s.c1,
  (SELECT d.id FROM departments d WHERE d.hospital_id = ${h} AND (d.name = s.c2 OR d.code = s.c2)),
  s.c3, s.c0, ${answersSql(
    (c) => `s.${c}::integer`,
    (c) => `to_json(s.${c})::text`,
    (c) => `coalesce(s.${c}, '') = ''`,
  )}, ','
FROM staging s
ON CONFLICT (survey_id, submission_key) DO NOTHING;
SELECT count(*) FROM survey_responses;
`;
  writeFileSync(scriptFile, script);
  const r = run("psql", [
    "-h",
    conn.host,
    "-p",
    conn.port,
    "-U",
    conn.user,
    "-d",
    conn.db,
    "-v",
    "ON_ERROR_STOP=1",
    "-q",
    "-A",
    "-t",
    "-1",
    "-f",
    scriptFile,
  ]);
  return checked(r, "psql");
}

export interface EngineLoad {
  seconds: number;
  /** Rows in survey_responses afterwards (the script's last line), for the benchmark to hold to the file's. */
  rows: number;
}

function checked(r: { seconds: number; stdout: string }, engine: string): EngineLoad {
  const rows = Number(r.stdout.trim().split("\n").pop());
  if (!Number.isFinite(rows)) throw new Error(`${engine} did not report its rows: ${r.stdout}`);
  return { seconds: r.seconds, rows };
}
