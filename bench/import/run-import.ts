// Child process of the import benchmark: sets up a hospital and a published survey, then imports the file
// through the CLI command (readTable → importSurveyResponses), and prints seconds and peak RSS as JSON.
// With --setup-only it stops after the set-up and prints the ids, for the engine's own load into the same
// schema (bench/import/engine-load.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../apps/cli/src/run-cli.ts";
import {
  configFromEnv,
  createDepartment,
  createHospital,
  createSurvey,
  migrateToLatest,
  openDatabase,
  publishSurvey,
} from "../../packages/db/src/index.ts";
import { BENCH_DEPARTMENTS } from "./generate-responses.ts";

const [file, workDir, flag] = process.argv.slice(2) as [string, string, string | undefined];
const env = { ...process.env };
const database = openDatabase(configFromEnv(env));
await migrateToLatest(database.db, database.schema);
const hospital = await createHospital(database.db, { name: "벤치마크병원" }, null);
const ctx = { db: database.db, hospitalId: hospital.id, actorId: null };
for (const d of BENCH_DEPARTMENTS) await createDepartment(ctx, d);
const survey = await createSurvey(ctx, {
  title: "외래 만족도",
  definition: {
    sections: [
      {
        key: "s1",
        questions: [
          { key: "overall", type: "satisfaction", text: "전반적 만족도", required: true },
          { key: "waiting", type: "satisfaction", text: "대기시간 만족도" },
          { key: "nps", type: "nps", text: "추천 의향" },
          { key: "comment", type: "free_text", text: "의견" },
        ],
      },
    ],
  },
});
if (!survey.ok) throw new Error(survey.error.message);
await publishSurvey(ctx, survey.value.id);
await database.close();
if (flag === "--setup-only") {
  console.log(JSON.stringify({ hospitalId: hospital.id, surveyId: survey.value.id }));
  process.exit(0);
}
const mapping = join(workDir, "mapping.json");
writeFileSync(
  mapping,
  JSON.stringify({
    sourceName: "bench",
    columns: [
      { column: "응답번호", target: { kind: "dedupe_key" } },
      { column: "방문일", target: { kind: "visit_date" } },
      { column: "진료과", target: { kind: "department" } },
      { column: "구분", target: { kind: "segment" } },
      { column: "전반적 만족도", target: { kind: "answer", questionKey: "overall" } },
      { column: "대기시간 만족도", target: { kind: "answer", questionKey: "waiting" } },
      { column: "추천 의향", target: { kind: "answer", questionKey: "nps" } },
      { column: "의견", target: { kind: "answer", questionKey: "comment" } },
    ],
  }),
);

const lines: string[] = [];
const out = { log: (m: string) => lines.push(m), error: (m: string) => lines.push(m) } as unknown as Console;
const start = process.hrtime.bigint();
const code = await runCli(
  [
    "import",
    "responses",
    file,
    "--survey",
    survey.value.id,
    "--mapping",
    mapping,
    "--hospital",
    hospital.id,
    "--quiet",
  ],
  env,
  out,
);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(
  JSON.stringify({ code, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, output: lines.join("\n") }),
);
