// DuckDB's side of the dashboard benchmark: the same aggregations as each motmap dashboard query, computed
// by scanning the flat responses table (one row per response, one column per question) — no rollups.
import { DuckDBInstance } from "@duckdb/node-api";
import { FIRST_MONTH, LAST_MONTH } from "./build-dataset.ts";

export const FIRST_WEEK = "2024-W01";
export const LAST_WEEK = "2025-W52";

const tp = Array.from({ length: 30 }, (_, t) => t + 1);
/** n, mean, sd (for the 95 % interval), top-two-box and bottom-two-box of one 1–5 column. */
const score = (c: string) =>
  `count(${c}) n_${c}, avg(${c}) m_${c}, stddev_samp(${c}) sd_${c}, count_if(${c} >= 4) top_${c}, count_if(${c} <= 2) bot_${c}`;
const npsAggs = "count(nps) n_nps, count_if(nps >= 9) pro_nps, count_if(nps <= 6) det_nps";
const monthWindow = `month BETWEEN '${FIRST_MONTH}' AND '${LAST_MONTH}'`;
const weekWindow = `week BETWEEN '${FIRST_WEEK}' AND '${LAST_WEEK}'`;

function touchpointScores(grain: "month" | "week", slice: string | null, where = ""): string {
  const window = grain === "month" ? monthWindow : weekWindow;
  const keys = slice ? `${grain}, ${slice}` : grain;
  return `SELECT ${keys}, ${tp.map((t) => `${score(`s${t}`)}, ${score(`i${t}`)}`).join(", ")}, ${score("overall")}, ${npsAggs}
    FROM responses WHERE ${window}${where} GROUP BY ${keys} ORDER BY ${keys}`;
}

function nps(grain: "month" | "week", slice: string | null): string {
  const window = grain === "month" ? monthWindow : weekWindow;
  const keys = slice ? `${grain}, ${slice}` : grain;
  return `SELECT ${keys}, ${npsAggs} FROM responses WHERE ${window} GROUP BY ${keys} ORDER BY ${keys}`;
}

/** Per period, each touchpoint's mean: the weakest link and the average follow from these 30 numbers. */
function experience(grain: "month" | "week"): string {
  const window = grain === "month" ? monthWindow : weekWindow;
  return `WITH p AS (SELECT ${grain}, ${tp.map((t) => `count(s${t}) n${t}, avg(s${t}) m${t}`).join(", ")}
      FROM responses WHERE ${window} GROUP BY ${grain})
    SELECT ${grain}, least(${tp.map((t) => `m${t}`).join(", ")}) weakest,
      (${tp.map((t) => `m${t}`).join(" + ")}) / 30 average, ${tp.map((t) => `n${t}, m${t}`).join(", ")}
    FROM p ORDER BY ${grain}`;
}

const ipaStated = `SELECT ${tp.map((t) => `${score(`s${t}`)}, avg(i${t}) mi${t}, count(i${t}) ni${t}`).join(", ")}
  FROM responses WHERE ${monthWindow}`;
const ipaDerived = (y: "overall" | "nps") =>
  `SELECT ${tp.map((t) => `${score(`s${t}`)}, corr(s${t}, ${y}) r${t}`).join(", ")} FROM responses WHERE ${monthWindow}`;
/** The ranked month and the one before: scores, stated importance, derived importance, reach. */
const priorities = `SELECT month, ${tp.map((t) => `${score(`s${t}`)}, avg(i${t}) mi${t}, corr(s${t}, overall) r${t}`).join(", ")}
  FROM responses WHERE month BETWEEN '2025-11' AND '${LAST_MONTH}' GROUP BY month ORDER BY month`;

/** Per site and month, every touchpoint's and the overall score and NPS: the site comparison's numbers. */
const sites = (departmentSites: [string, string][]) =>
  `WITH d(department, site) AS (VALUES ${departmentSites.map(([d, s]) => `('${d}', '${s}')`).join(", ")})
  SELECT site, month, ${tp.map((t) => score(`s${t}`)).join(", ")}, ${score("overall")}, ${npsAggs}
  FROM responses JOIN d USING (department) WHERE ${monthWindow} GROUP BY site, month ORDER BY site, month`;

/** Per month, the hospital and every department (the department view compares one with the whole and the rest). */
const departments = `SELECT month, department, ${tp.map((t) => score(`s${t}`)).join(", ")}, ${score("overall")}, ${npsAggs}
  FROM responses WHERE ${monthWindow} GROUP BY GROUPING SETS ((month), (month, department)) ORDER BY month, department`;

/** One touchpoint (s1) per month: its score, answers per point, importance, and the journey average beside it. */
const touchpoint = `SELECT month, ${score("s1")}, ${[1, 2, 3, 4, 5].map((v) => `count_if(s1 = ${v}) c${v}`).join(", ")}, ${score("i1")},
    (${tp.map((t) => `avg(s${t})`).join(" + ")}) / 30 journey
  FROM responses WHERE ${monthWindow} GROUP BY month ORDER BY month`;

/**
 * The DuckDB equivalent of each motmap query, by the same name; `department` is the sliced department's id,
 * `departmentSites` each department's site.
 */
export function referenceQueries(
  department: string,
  segment: string,
  departmentSites: [string, string][],
): Record<string, string> {
  return {
    scores_month_all: touchpointScores("month", null),
    scores_week_all: touchpointScores("week", null),
    scores_month_by_department: touchpointScores("month", "department"),
    scores_month_one_department: touchpointScores("month", "department", ` AND department = '${department}'`),
    scores_month_by_segment: touchpointScores("month", "segment"),
    scores_month_one_segment: touchpointScores("month", "segment", ` AND segment = '${segment}'`),
    experience_month: experience("month"),
    experience_week: experience("week"),
    ipa_stated: ipaStated,
    ipa_derived_overall: ipaDerived("overall"),
    ipa_derived_nps: ipaDerived("nps"),
    priorities_last_month: priorities,
    nps_month_all: nps("month", null),
    nps_week_all: nps("week", null),
    nps_month_by_department: nps("month", "department"),
    sites_month: sites(departmentSites),
    department_month: departments,
    touchpoint_month: touchpoint,
  };
}

/** The reference the headline ratio uses: per touchpoint per month n / mean / top-two-box, NPS per month, all rows. */
export const REFERENCE = "scores_month_all";

const COLUMNS = [
  "response INTEGER",
  "day DATE",
  "month VARCHAR",
  "week VARCHAR",
  "department VARCHAR",
  "segment VARCHAR",
  ...Array.from({ length: 30 }, (_, t) => `s${t + 1} TINYINT`),
  ...Array.from({ length: 30 }, (_, t) => `i${t + 1} TINYINT`),
  "overall TINYINT",
  "nps TINYINT",
];

/** Loads the CSV into a DuckDB file (native columnar storage); returns the seconds it took. */
export async function loadReference(duckFile: string, csvFile: string): Promise<number> {
  const start = process.hrtime.bigint();
  const instance = await DuckDBInstance.create(duckFile);
  const conn = await instance.connect();
  const columns = COLUMNS.map((c) => {
    const [name, type] = c.split(" ");
    return `'${name}': '${type}'`;
  }).join(", ");
  await conn.run(
    `CREATE TABLE responses AS SELECT * FROM read_csv('${csvFile}', header = true, columns = {${columns}})`,
  );
  await conn.run("CHECKPOINT");
  conn.closeSync();
  instance.closeSync();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export async function openReference(duckFile: string) {
  const instance = await DuckDBInstance.create(duckFile, { access_mode: "READ_ONLY" });
  const conn = await instance.connect();
  return {
    async rows(sql: string) {
      return (await conn.runAndReadAll(sql)).getRowObjectsJS();
    },
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
