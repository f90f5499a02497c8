import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  configFromEnv,
  createDepartment,
  createHospital,
  createSurvey,
  migrateToLatest,
  openDatabase,
  publishSurvey,
} from "@motmap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/run-cli.ts";

/** The example mapping of the README, against a survey with the keys it names. */
const EXAMPLE_MAPPING = join(import.meta.dirname, "..", "..", "..", "examples", "import-mapping.json");

describe("motmap import responses", () => {
  let dir: string;
  let hospitalId: string;
  let surveyId: string;
  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const out = { log: (m: string) => lines.push(m), error: (m: string) => lines.push(m) } as unknown as Console;
    const code = await runCli([...argv, "--quiet"], { MOTMAP_DATA_DIR: dir }, out);
    return { code, output: lines.join("\n") };
  };
  const csv = (rows: string[]) =>
    `응답번호,방문일,진료과,구분,전반적 만족도,대기시간 만족도,추천 의향,의견,환자명\n${rows.join("\n")}\n`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "motmap-cli-import-"));
    const database = openDatabase(configFromEnv({ MOTMAP_DATA_DIR: dir }));
    await migrateToLatest(database.db);
    hospitalId = (await createHospital(database.db, { name: "가져오기병원" }, null)).id;
    const ctx = { db: database.db, hospitalId, actorId: null };
    await createDepartment(ctx, { name: "내과", nameEn: "Internal Medicine", code: "IM" });
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
    surveyId = survey.value.id;
    await publishSurvey(ctx, surveyId);
    await database.close();
    copyFileSync(EXAMPLE_MAPPING, join(dir, "mapping.json"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("imports a good file, and the same file again as duplicates; --dry-run writes nothing", async () => {
    const file = join(dir, "good.csv");
    writeFileSync(
      file,
      csv(["A1,2025-03-14,내과,외래,5,4,10,친절해요 010-1234-5678,홍길동", "A2,2025-03-15,IM,입원,3,,7,,김철수"]),
    );
    const args = ["import", "responses", file, "--survey", surveyId, "--mapping", join(dir, "mapping.json")];
    const dry = await run(...args, "--dry-run");
    expect(dry).toEqual({ code: 0, output: "2행: 정상 2, 이미 가져온 응답 0, 오류 0 — 미리보기, 저장하지 않음" });
    const first = await run(...args, "--hospital", hospitalId);
    expect(first.code).toBe(0);
    expect(first.output).toMatch(/^2행: 정상 2, 이미 가져온 응답 0, 오류 0 — 2건 저장 \(가져오기 [0-9a-f-]{36}\)$/);
    const again = await run(...args, "--lang", "en");
    expect(again.output).toMatch(/^2 rows: 2 valid, 2 already imported, 0 errors — 0 created/);
  });

  it("exits 1 on bad rows, printing each error in Korean (or English) and writing nothing", async () => {
    const file = join(dir, "bad.csv");
    writeFileSync(file, csv(["B1,2025-03-14,치과,외래,9,4,10,,", "B2,2025-03-15,내과,입원,3,,7,,"]));
    const args = ["import", "responses", file, "--survey", surveyId, "--mapping", join(dir, "mapping.json")];
    const ko = await run(...args);
    expect(ko.code).toBe(1);
    expect(ko.output.split("\n")).toEqual([
      "2행 '진료과' 열: 등록되지 않은 부서입니다 (입력: 치과)",
      "2행 '전반적 만족도' 열: 1에서 5 사이의 숫자여야 합니다 (입력: 9)",
      "2행: 정상 1, 이미 가져온 응답 0, 오류 2 — 저장하지 않음",
    ]);
    const en = await run(...args, "--lang", "en");
    expect(en.output).toContain("Row 2, column '전반적 만족도': must be a number from 1 to 5 (got 9)");
    const dry = await run(...args, "--dry-run");
    expect(dry.code).toBe(1);
  });

  it("explains an unreadable file and missing options", async () => {
    const file = join(dir, "random.xlsx");
    writeFileSync(file, Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 0, 0, 0]));
    const r = await run("import", "responses", file, "--survey", surveyId, "--mapping", join(dir, "mapping.json"));
    expect(r).toEqual({
      code: 1,
      output: `motmap: ${file}: 파일을 읽을 수 없습니다. CSV(UTF-8 또는 CP949) 또는 XLSX 파일인지 확인하세요.`,
    });
    expect((await run("import", "responses", file)).output).toBe("motmap: --survey is required");
  });
});
