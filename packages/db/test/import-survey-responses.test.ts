import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { ImportMappingInput, ImportReport } from "@motmap/core";
import { readTable, TableReadError } from "@motmap/tabular";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createDepartment,
  createSurvey,
  getImportMapping,
  type HospitalContext,
  type ImportSurveyResponsesInput,
  importSurveyResponses,
  listAuditEntries,
  listSurveyImports,
  publishSurvey,
  recomputeSurveyRollups,
} from "../src/index.ts";
import { engines, freshDatabase, type TestDatabase } from "./support/engines.ts";
import { newHospital, unwrap } from "./support/fixtures.ts";
import { rollupRows } from "./support/rollups.ts";

const definition = {
  sections: [
    {
      key: "s1",
      questions: [
        { key: "sat", type: "satisfaction", text: "전반적 만족도", textEn: "Overall satisfaction", required: true },
        { key: "wait", type: "satisfaction", text: "대기시간 만족도" },
        { key: "nps", type: "nps", text: "추천 의향" },
        { key: "comment", type: "free_text", text: "의견" },
      ],
    },
  ],
};

const header = ["응답번호", "방문일", "진료과", "구분", "전반적 만족도", "대기시간 만족도", "추천 의향", "의견"];
const mapping: ImportMappingInput = {
  sourceName: "EMR 만족도 추출",
  columns: [
    { column: "응답번호", target: { kind: "dedupe_key" } },
    { column: "방문일", target: { kind: "visit_date" } },
    { column: "진료과", target: { kind: "department" } },
    { column: "구분", target: { kind: "segment" } },
    { column: "전반적 만족도", target: { kind: "answer", questionKey: "sat" } },
    { column: "대기시간 만족도", target: { kind: "answer", questionKey: "wait" } },
    { column: "추천 의향", target: { kind: "answer", questionKey: "nps" } },
    { column: "의견", target: { kind: "answer", questionKey: "comment" } },
  ],
};

const csvLine = (cells: string[]) =>
  cells.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",");
const goodRows = (n: number) =>
  Array.from({ length: n }, (_, i) => [
    `R${i + 1}`,
    `2025-03-${String((i % 28) + 1).padStart(2, "0")}`,
    i % 2 ? "내과" : "IM",
    i % 3 ? "외래" : "입원",
    String((i % 5) + 1),
    String(((i + 2) % 5) + 1),
    String(i % 11),
    i % 4 ? "" : `좋았습니다, 연락처 010-1234-${String(1000 + i).slice(-4)}`,
  ]);
const csv = (rows: string[][], bom = true) =>
  `${bom ? "\uFEFF" : ""}${[header, ...rows].map(csvLine).join("\r\n")}\r\n\r\n`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "motmap-import-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function runImport(
  ctx: HospitalContext,
  surveyId: string,
  path: string,
  mode: "preview" | "commit" = "commit",
  map: unknown = mapping,
  { table: tableOptions, ...extra }: Partial<ImportSurveyResponsesInput> & { table?: { chunkSize: number } } = {},
): Promise<ImportReport> {
  const table = await readTable({ path }, tableOptions);
  return unwrap(
    await importSurveyResponses(ctx, surveyId, {
      rows: table.rows,
      header: table.header,
      mapping: map,
      mode,
      fileName: table.fileName,
      ...extra,
    }),
  );
}

/**
 * Imports in batches of `batchRows`, the worker taking over at batch `workerAt` (the first ones are mapped in
 * this thread while it loads) and reading the rest of a CSV file itself (on every engine, unless
 * `reads` is "by default": then only in a SQLite commit); `threaded()` and `reading()` say whether it did.
 */
function inBatches(batchRows: number, workerAt = 0, reads: boolean | "by default" = true) {
  let encoder: { threaded: boolean; reading: boolean } | null = null;
  return {
    encoding: {
      batchRows,
      awaitWorkerAt: workerAt,
      workerReads: reads === "by default" ? undefined : reads,
      onEncoder: (e: { threaded: boolean; reading: boolean }) => {
        encoder = e;
      },
    },
    threaded: () => encoder?.threaded ?? null,
    /** Whether the worker read (and parsed) the rest of the file by itself. */
    reading: () => encoder?.reading ?? null,
  };
}

async function storedResponses(t: TestDatabase, surveyId: string) {
  return t.db.selectFrom("survey_responses").selectAll().where("survey_id", "=", surveyId).execute();
}

describe.each(engines())("importSurveyResponses on %s", (engine) => {
  let t: TestDatabase;
  let ctx: HospitalContext;
  let surveyId: string;
  beforeAll(async () => {
    t = await freshDatabase(engine);
    ctx = await newHospital(t);
    unwrap(await createDepartment(ctx, { name: "내과", nameEn: "Internal Medicine", code: "IM" }));
    unwrap(await createDepartment(ctx, { name: "정형외과", nameEn: "Orthopedics", code: "OS" }));
  });
  afterAll(async () => t.dispose());

  async function newSurvey(): Promise<string> {
    const s = unwrap(await createSurvey(ctx, { title: "외래 만족도", definition }));
    unwrap(await publishSurvey(ctx, s.id));
    return s.id;
  }

  it("imports a good file: every row, masked text, departments, the history, audit and remembered mapping", async () => {
    surveyId = await newSurvey();
    const path = file("good.csv", csv(goodRows(40)));
    const preview = await runImport(ctx, surveyId, path, "preview");
    expect(preview).toMatchObject({ mode: "preview", rows: 40, valid: 40, duplicates: 0, created: 0, errorCount: 0 });
    expect(preview.sample).toHaveLength(5);
    expect(preview.sample[0]).toMatchObject({ 응답번호: "R1", 진료과: "내과", "전반적 만족도": "1" });
    expect(await storedResponses(t, surveyId)).toHaveLength(0);

    const report = await runImport(ctx, surveyId, path);
    expect(report).toMatchObject({ mode: "commit", rows: 40, valid: 40, created: 40, duplicates: 0, committed: true });
    const stored = await storedResponses(t, surveyId);
    expect(stored).toHaveLength(40);
    expect(stored.every((r) => r.channel === "import" && r.import_id === report.importId)).toBe(true);
    const first = stored.find((r) => r.submission_key === "import:R1");
    expect(first?.visit_date).toBe("2025-03-01");
    expect(JSON.parse(first?.answers ?? "[]")).toEqual([
      { k: "sat", v: 1 },
      { k: "wait", v: 3 },
      { k: "nps", v: 0 },
      { k: "comment", t: "좋았습니다, 연락처 [전화번호]" },
    ]);
    expect(stored.map((r) => r.answers).join("\n")).not.toMatch(/010-1234/);

    const imports = unwrap(await listSurveyImports(ctx, { surveyId }));
    expect(imports).toMatchObject([
      { id: report.importId, rows: 40, created: 40, duplicates: 0, fileName: "good.csv" },
    ]);
    const audit = await listAuditEntries(ctx, { entityId: report.importId ?? "" });
    expect(audit.map((a) => [a.action, a.entityType])).toEqual([["create", "survey_import"]]);
    const remembered = unwrap(
      await getImportMapping(
        ctx,
        header.map((h) => ` ${h.toUpperCase()}`),
      ),
    );
    expect(remembered?.sourceName).toBe("EMR 만족도 추출");
    expect(remembered?.mapping.columns).toHaveLength(8);
    expect(unwrap(await getImportMapping(ctx, ["other"]))).toBeNull();
  });

  it("imports the same file twice without duplicates", async () => {
    const path = file("good.csv", csv(goodRows(40)));
    const again = await runImport(ctx, surveyId, path);
    expect(again).toMatchObject({ rows: 40, valid: 40, duplicates: 40, created: 0, committed: true });
    expect(await storedResponses(t, surveyId)).toHaveLength(40);
    const preview = await runImport(ctx, surveyId, path, "preview");
    expect(preview.duplicates).toBe(40);
  });

  it("without a dedupe column recognises re-imported rows and keeps identical rows of one file", async () => {
    const id = await newSurvey();
    const rows = goodRows(6).map((r) => r.slice(1));
    rows.push(rows[0] as string[]);
    const noKey = { ...mapping, columns: mapping.columns.slice(1) };
    const path = file("nokey.csv", csv(rows.map((r) => ["", ...r])));
    expect(await runImport(ctx, id, path, "commit", noKey)).toMatchObject({ rows: 7, created: 7 });
    expect(await runImport(ctx, id, path, "commit", noKey)).toMatchObject({ rows: 7, created: 0, duplicates: 7 });
  });

  it("writes nothing from a file with bad rows and reports every bad row with its row and column", async () => {
    const id = await newSurvey();
    const rows = goodRows(30);
    (rows[3] as string[])[4] = "9";
    (rows[10] as string[])[2] = "치과";
    (rows[10] as string[])[1] = "2025-02-30";
    (rows[25] as string[])[4] = "";
    (rows[29] as string[])[0] = "R1";
    const path = file("bad.csv", csv(rows));
    for (const mode of ["preview", "commit"] as const) {
      const report = await runImport(ctx, id, path, mode);
      expect(report.committed).toBe(false);
      expect(report.created).toBe(0);
      expect(report.errorCount).toBe(5);
      expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [5, "전반적 만족도", "out_of_range"],
        [12, "방문일", "bad_date"],
        [12, "진료과", "unknown_department"],
        [27, "전반적 만족도", "required_missing"],
        [31, "응답번호", "duplicate_in_file"],
      ]);
      expect(report.errors[0]?.message).toBe("5행 '전반적 만족도' 열: 1에서 5 사이의 숫자여야 합니다 (입력: 9)");
    }
    expect(await storedResponses(t, id)).toHaveLength(0);
    expect(unwrap(await listSurveyImports(ctx, { surveyId: id }))).toHaveLength(0);
  });

  it("maps a file of several batches in a worker: rows already stored are skipped across batches, rollups stay exact", async () => {
    const id = await newSurvey();
    const rows = goodRows(130);
    expect(await runImport(ctx, id, file("first60.csv", csv(rows.slice(0, 60))))).toMatchObject({ created: 60 });
    const path = file("batches.csv", csv(rows));
    const inThread = await runImport(ctx, id, path, "preview");
    const batches = inBatches(50);
    const preview = await runImport(ctx, id, path, "preview", mapping, batches);
    expect(batches.threaded()).toBe(true);
    expect(preview).toEqual(inThread);
    expect(preview).toMatchObject({ rows: 130, valid: 130, duplicates: 60, errorCount: 0 });

    const progress: number[] = [];
    const commit = inBatches(50, 1);
    const report = await runImport(ctx, id, path, "commit", mapping, {
      ...commit,
      onProgress: (n) => progress.push(n),
    });
    expect(commit.threaded()).toBe(true);
    expect(commit.reading()).toBe(true);
    expect(report).toMatchObject({ rows: 130, valid: 130, created: 70, duplicates: 60, committed: true });
    expect(progress.at(-1)).toBe(130);
    const stored = await storedResponses(t, id);
    expect(stored).toHaveLength(130);
    expect(new Set(stored.map((r) => r.id)).size).toBe(130);
    const r97 = stored.find((r) => r.submission_key === "import:R97");
    expect(r97).toMatchObject({ import_id: report.importId, visit_date: "2025-03-13", segment: "입원" });
    expect(JSON.parse(r97?.answers ?? "[]")).toEqual([
      { k: "sat", v: 2 },
      { k: "wait", v: 4 },
      { k: "nps", v: 8 },
      { k: "comment", t: "좋았습니다, 연락처 [전화번호]" },
    ]);
    const incremental = await rollupRows(t.db, { hospitalId: ctx.hospitalId });
    await t.db.transaction().execute((trx) => recomputeSurveyRollups(trx, ctx, id));
    expect(incremental).toEqual(await rollupRows(t.db, { hospitalId: ctx.hospitalId }));
  });

  it("in a worker, a bad row in the middle still rejects the whole file and names its row; a key repeated in a later batch too", async () => {
    const id = await newSurvey();
    const rows = goodRows(130);
    (rows[75] as string[])[4] = "7";
    (rows[120] as string[])[0] = "R10";
    const path = file("bad-batches.csv", csv(rows));
    for (const mode of ["preview", "commit"] as const) {
      // R10 is seen in this thread, its repeat by the worker that took over.
      const batches = inBatches(50, 1);
      const report = await runImport(ctx, id, path, mode, mapping, batches);
      expect(batches.threaded()).toBe(true);
      expect(batches.reading()).toBe(true);
      expect(report).toMatchObject({ rows: 130, valid: 128, errorCount: 2, created: 0, committed: false });
      expect(report.errors.map((e) => [e.row, e.column, e.code, e.params])).toEqual([
        [77, "전반적 만족도", "out_of_range", { min: 1, max: 5 }],
        [122, "응답번호", "duplicate_in_file", { firstRow: 11 }],
      ]);
      expect(report.errors[0]?.messageEn).toMatch(/row 77/i);
    }
    expect(await storedResponses(t, id)).toHaveLength(0);
    expect(unwrap(await listSurveyImports(ctx, { surveyId: id }))).toHaveLength(0);
  });

  it("the worker reads and parses the rest of a CSV file itself: the same report, rows and rollups as this thread", async () => {
    const rows = goodRows(260);
    (rows[200] as string[])[7] = '여러 줄\n"인용" 010-9876-5432, 끝';
    const path = file("worker-reads.csv", csv(rows, false));
    const here = await newSurvey();
    const there = await newSurvey();
    const chunks = { chunkSize: 4096 };
    const inThread = inBatches(100_000);
    const worker = inBatches(50, 1);
    const previewHere = await runImport(ctx, here, path, "preview", mapping, { ...inThread, table: chunks });
    const progress: number[] = [];
    const previewThere = await runImport(ctx, there, path, "preview", mapping, {
      ...worker,
      table: chunks,
      onProgress: (n) => progress.push(n),
    });
    expect(inThread.threaded()).toBe(false);
    expect(worker.reading()).toBe(true);
    expect(previewThere).toEqual(previewHere);
    expect(progress).toEqual([260]);

    const commitHere = await runImport(ctx, here, path, "commit", mapping, { ...inBatches(100_000), table: chunks });
    const commitThere = await runImport(ctx, there, path, "commit", mapping, { ...inBatches(50, 1), table: chunks });
    expect(commitThere).toMatchObject({ rows: 260, created: 260, committed: true });
    const strip = (r: ImportReport) => ({ ...r, importId: null });
    expect(strip(commitThere)).toEqual(strip(commitHere));
    const stored = async (id: string) =>
      (await storedResponses(t, id))
        .map((r) => [r.submission_key, r.visit_date, r.department_id, r.segment, r.answers, r.touchpoint_ids])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(await stored(there)).toEqual(await stored(here));
    expect(JSON.stringify(await stored(there))).toContain("인용");
    expect(JSON.stringify(await stored(there))).not.toContain("9876");
    const rollups = await rollupRows(t.db, { hospitalId: ctx.hospitalId });
    await t.db.transaction().execute((trx) => recomputeSurveyRollups(trx, ctx, there));
    expect(await rollupRows(t.db, { hospitalId: ctx.hospitalId })).toEqual(rollups);

    // By default only a SQLite commit hands the reading over (elsewhere this thread has time to parse).
    const third = await newSurvey();
    for (const mode of ["preview", "commit"] as const) {
      const byDefault = inBatches(50, 1, "by default");
      expect(await runImport(ctx, third, path, mode, mapping, { ...byDefault, table: chunks })).toMatchObject({
        rows: 260,
        valid: 260,
      });
      expect(byDefault.threaded()).toBe(true);
      expect(byDefault.reading()).toBe(engine === "sqlite" && mode === "commit");
    }
  });

  /**
   * Commits a file that fails to read mid-way, once read on this thread and once by the worker: both give
   * the same TableReadError, and nothing is written. Returns it.
   */
  async function readFailureOnBothThreads(surveyId: string, path: string) {
    const chunks = { chunkSize: 4096 };
    const failure = async (extra: Partial<ImportSurveyResponsesInput> & { table?: { chunkSize: number } }) => {
      try {
        await runImport(ctx, surveyId, path, "commit", mapping, extra);
      } catch (e) {
        expect(e).toBeInstanceOf(TableReadError);
        const { code, row, message, error } = e as TableReadError;
        return { code, row, message, error };
      }
      throw new Error(`${path} was imported`);
    };
    const here = await failure({ ...inBatches(100_000), table: chunks });
    const worker = inBatches(50, 1);
    expect(await failure({ ...worker, table: chunks })).toEqual(here);
    expect(worker.reading()).toBe(true);
    expect(await storedResponses(t, surveyId)).toHaveLength(0);
    expect(unwrap(await listSurveyImports(ctx, { surveyId }))).toHaveLength(0);
    return here;
  }

  it("bytes that are not text in the middle of a file the worker reads: the same error as in this thread, nothing written", async () => {
    const id = await newSurvey();
    const lines = csv(goodRows(2000), false);
    const cut = lines.indexOf("R1500,");
    const broken = Buffer.concat([
      Buffer.from(lines.slice(0, cut)),
      Buffer.alloc(600, 0),
      Buffer.from(lines.slice(cut)),
    ]);
    const here = await readFailureOnBothThreads(id, file("broken-middle.csv", broken));
    // The NULs open the line of R1500: the file's row 1501 (the header is row 1).
    expect(here).toMatchObject({ code: "file_unreadable", row: 1501, error: { row: 1501 } });
    expect(here.error.message).toMatch(/^1501행부터 텍스트가 아닌 데이터/);
    expect(here.error.messageEn).toMatch(/^From row 1501 on, the file holds data that is not text/);
  });

  it("a quote left open in the middle of a file: refused at its row on either thread, nothing written", async () => {
    // Papaparse would close the field at the next quote and run the rows between into one cell; with the
    // same number of cells nothing else notices (300 rows used to commit as 296).
    const id = await newSurvey();
    const rows = goodRows(2000).map(csvLine);
    rows[1500] = `${rows[1500]?.slice(0, -1)}"열린 인용`;
    const here = await readFailureOnBothThreads(id, file("open-quote.csv", `${csvLine(header)}\n${rows.join("\n")}\n`));
    // rows[1500] is the file's row 1502 (the header is row 1).
    expect(here).toMatchObject({ code: "malformed_quotes", row: 1502, error: { row: 1502 } });
    expect(here.error.message).toMatch(/^1502행: 따옴표/);
    expect(here.error.messageEn).toMatch(/^Row 1502: a quote/);
  });

  it("imports a file of exactly one batch, and one of a batch and one row", async () => {
    const id = await newSurvey();
    const one = inBatches(50);
    expect(await runImport(ctx, id, file("one-batch.csv", csv(goodRows(50))), "commit", mapping, one)).toMatchObject({
      rows: 50,
      created: 50,
    });
    expect(one.threaded()).toBe(true);
    const more = inBatches(50);
    expect(
      await runImport(ctx, id, file("batch-and-one.csv", csv(goodRows(51))), "commit", mapping, more),
    ).toMatchObject({ rows: 51, created: 1, duplicates: 50 });
    expect(await storedResponses(t, id)).toHaveLength(51);
    const small = inBatches(50);
    await runImport(ctx, id, file("small.csv", csv(goodRows(49))), "preview", mapping, small);
    expect(small.threaded()).toBe(false);
  });

  it("refuses a survey without a published version, an unknown question and a column the file lacks", async () => {
    const draft = unwrap(await createSurvey(ctx, { title: "초안", definition }));
    const path = file("good2.csv", csv(goodRows(3)));
    const table = await readTable({ path });
    const r = await importSurveyResponses(ctx, draft.id, {
      rows: table.rows,
      header: table.header,
      mapping,
      mode: "commit",
      fileName: "x.csv",
    });
    expect(!r.ok && r.error.code).toBe("validation_failed");
    const id = await newSurvey();
    const badKey = { columns: [{ column: "응답번호", target: { kind: "answer", questionKey: "nope" } }] };
    const r2 = await importSurveyResponses(ctx, id, {
      ...(await tableOf(path)),
      mapping: badKey,
      mode: "preview",
      fileName: "",
    });
    expect(!r2.ok && r2.error.issues?.map((i) => i.path)).toEqual(["columns.0.target.questionKey"]);
    const columns = [...mapping.columns.filter((c) => c.target.kind !== "segment")];
    const r3 = await runImport(ctx, id, path, "commit", {
      ...mapping,
      columns: [...columns, { column: "없는 열", target: { kind: "segment" } }],
    });
    expect(r3.errors.map((e) => [e.row, e.column, e.code])).toEqual([[1, "없는 열", "column_missing"]]);
  });

  it("imports an XLSX file with Korean headers, dates and numbers", async () => {
    const id = await newSurvey();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("응답");
    ws.addRow(header);
    ws.addRow(["X1", new Date(Date.UTC(2025, 2, 14)), "정형외과", "외래", 5, 4, 9, "친절해요 900101-1234567"]);
    ws.addRow(["X2", "2025.03.15", "Internal Medicine", "", 3, null, 10, null]);
    ws.getCell("B2").numFmt = "yyyy-mm-dd";
    const path = file("korean.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
    const table = await readTable({ path });
    expect(table.format).toBe("xlsx");
    expect(table.header).toEqual(header);
    const report = await runImport(ctx, id, path);
    expect(report).toMatchObject({ rows: 2, created: 2, errorCount: 0 });
    const stored = await storedResponses(t, id);
    const x1 = stored.find((r) => r.submission_key === "import:X1");
    expect(x1?.visit_date).toBe("2025-03-14");
    expect(JSON.parse(x1?.answers ?? "[]")).toContainEqual({ k: "comment", t: "친절해요 [주민번호]" });
    expect(stored.find((r) => r.submission_key === "import:X2")?.visit_date).toBe("2025-03-15");
  });

  it("answers random bytes with a clear error, never a crash", async () => {
    const id = surveyId;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 3000 }), async (bytes) => {
        try {
          const table = await readTable({ stream: Readable.from([Buffer.from(bytes)]), fileName: "random.bin" });
          const r = await importSurveyResponses(ctx, id, {
            rows: table.rows,
            header: table.header,
            mapping,
            mode: "preview",
            fileName: "random.bin",
          });
          // Bytes that happen to decode as text are a table without the mapped columns.
          expect(r.ok && r.value.errorCount).toBeGreaterThan(0);
        } catch (e) {
          expect(e).toBeInstanceOf(TableReadError);
          // A lone quote byte is a CSV whose quote never closes: malformed_quotes, as any such file.
          expect(["file_unreadable", "file_empty", "header_missing", "malformed_quotes"]).toContain(
            (e as TableReadError).code,
          );
        }
      }),
      { numRuns: engine === "sqlite" ? 200 : 50 },
    );
    expect(await storedResponses(t, id)).toHaveLength(40);
  });

  it("stores no generated resident registration or phone number", async () => {
    const id = await newSurvey();
    const digits = (n: number) =>
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
    const sep = fc.constantFrom("-", " ", ".", "", " - ");
    const rrn = fc
      .tuple(
        digits(2),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        sep,
        fc.integer({ min: 1, max: 8 }),
        digits(6),
      )
      .map(([y, m, d, s, g, r]) => `${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}${s}${g}${r}`);
    const phone = fc
      .tuple(
        fc.constantFrom("02", "031", "051", "010", "011", "070"),
        fc.oneof(digits(3), digits(4)),
        digits(4),
        sep,
        fc.boolean(),
      )
      .map(([a, m, l, s, intl]) => (intl ? `+82 ${a.slice(1)}${s}${m}${s}${l}` : `${a}${s}${m}${s}${l}`));
    const comment = fc
      .array(fc.tuple(fc.constantFrom("진료가", "친절", "연락 주세요", "번호"), fc.oneof(rrn, phone)), {
        minLength: 1,
        maxLength: 3,
      })
      .map((parts) => parts.map(([w, p]) => `${w} ${p}`).join(" "));
    const comments = fc.sample(comment, { numRuns: 300, seed: 7 });
    const rows = comments.map((c, i) => [`M${i}`, "2025-03-01", "내과", "외래", "4", "4", "8", c]);
    const report = await runImport(ctx, id, file("masking.csv", csv(rows)));
    expect(report.created).toBe(300);
    const stored = (await storedResponses(t, id)).map(
      (r) => JSON.parse(r.answers).find((a: { k: string }) => a.k === "comment")?.t,
    );
    expect(stored).toHaveLength(300);
    for (const text of stored) expect(text).not.toMatch(/\d/);
  });
});

async function tableOf(path: string) {
  const table = await readTable({ path });
  return { rows: table.rows, header: table.header };
}
