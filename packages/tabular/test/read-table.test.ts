import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { CSV_FILE, type CsvRows, readCsvRows, readTable, TableReadError } from "../src/index.ts";

const dir = mkdtempSync(join(tmpdir(), "motmap-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function all(input: Parameters<typeof readTable>[0], chunkSize?: number) {
  const table = await readTable(input, chunkSize ? { chunkSize } : {});
  const rows: { row: number; cells: string[] }[] = [];
  for await (const r of table.rows) rows.push(r);
  return { ...table, rows };
}

const fromBytes = (bytes: Uint8Array | string, fileName = "x") => ({
  stream: Readable.from([Buffer.from(bytes)]),
  fileName,
});

async function readError(bytes: Uint8Array | string): Promise<string> {
  try {
    await all(fromBytes(bytes));
    return "none";
  } catch (e) {
    if (e instanceof TableReadError) return e.code;
    throw e;
  }
}

describe("readTable (CSV)", () => {
  const body =
    '번호,의견,점수\r\n1,"친절했어요, 감사합니다",5\r\n2,"줄바꿈\r\n있음",4\r\n\r\n3,"""인용""",3\r\n\r\n\r\n';

  it("reads UTF-8 with a BOM: quoted commas, line breaks and quotes; blank rows skipped; spreadsheet row numbers", async () => {
    const t = await all(fromBytes(`\uFEFF${body}`));
    expect(t.format).toBe("csv");
    expect(t.encoding).toBe("utf-8");
    expect(t.header).toEqual(["번호", "의견", "점수"]);
    expect(t.rows).toEqual([
      { row: 2, cells: ["1", "친절했어요, 감사합니다", "5"] },
      { row: 3, cells: ["2", "줄바꿈\r\n있음", "4"] },
      { row: 5, cells: ["3", '"인용"', "3"] },
    ]);
  });

  it("reads the same from a file in tiny chunks (rows and characters split across reads)", async () => {
    const path = join(dir, "small-chunks.csv");
    writeFileSync(path, body);
    const t = await all({ path }, 7);
    expect(t.fileName).toBe("small-chunks.csv");
    expect(t.rows.map((r) => r.cells[1])).toEqual(["친절했어요, 감사합니다", "줄바꿈\r\n있음", '"인용"']);
  });

  it("decodes CP949 / EUC-KR as Korean Excel saves it", async () => {
    // "진료과,만족도\n내과,5\n" in CP949
    const cp949 = Buffer.from("c1f8b7e1b0fa2cb8b8c1b7b5b50ab3bbb0fa2c350a", "hex");
    const t = await all(fromBytes(cp949));
    expect(t.encoding).toBe("euc-kr");
    expect(t.header).toEqual(["진료과", "만족도"]);
    expect(t.rows).toEqual([{ row: 2, cells: ["내과", "5"] }]);
  });

  it("detects semicolons and tabs as delimiters", async () => {
    expect((await all(fromBytes("a;b\n1;2\n"))).rows[0]?.cells).toEqual(["1", "2"]);
    expect((await all(fromBytes("a\tb\n1\t2\n"))).header).toEqual(["a", "b"]);
  });

  it("reports an empty file, a file without a header and binary data as typed errors", async () => {
    expect(await readError("")).toBe("file_empty");
    expect(await readError("\n\n  \n")).toBe("file_empty");
    expect(await readError(",,\n1,2,3\n")).toBe("header_missing");
    expect(await readError(new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 7, 8]))).toBe("file_unreadable");
    expect(await readError(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe("file_unreadable");
  });

  it("refuses a quote left open or closed mid-cell at its row, whatever the chunks, and keeps quoted line breaks", async () => {
    const lines = Array.from({ length: 40 }, (_, i) => `${i + 1},"좋아요\n두 줄",${(i % 5) + 1}`);
    const files = {
      open: [...lines.slice(0, 20), '21,"열린 인용,3', ...lines.slice(21)],
      closedMidCell: [...lines.slice(0, 20), '21,"닫힌"뒤에 글,3', ...lines.slice(21)],
      openAtTheEnd: [...lines, '41,"끝까지 열린,5'],
    };
    // Each data line is one record of two physical lines; the header is row 1.
    const expected = { open: 22, closedMidCell: 22, openAtTheEnd: 42 };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(files) as (keyof typeof files)[])),
        fc.integer({ min: 3, max: 400 }),
        async (name, chunkSize) => {
          const path = join(dir, `quotes-${name}.csv`);
          writeFileSync(path, `번호,의견,점수\n${files[name].join("\n")}\n`);
          const error = await all({ path }, chunkSize).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(TableReadError);
          expect(error).toMatchObject({
            code: "malformed_quotes",
            row: expected[name],
            error: { row: expected[name] },
          });
        },
      ),
      { numRuns: 60 },
    );
    const good = join(dir, "quotes-good.csv");
    writeFileSync(good, `번호,의견,점수\n${lines.join("\n")}\n`);
    for (const chunkSize of [3, 17, 4096]) {
      const t = await all({ path: good }, chunkSize);
      expect(t.rows).toHaveLength(40);
      expect(t.rows[39]).toEqual({ row: 41, cells: ["40", "좋아요\n두 줄", "5"] });
    }
  });

  it("refuses bytes that are not text mid-file at the row that holds them, whatever the chunks", async () => {
    // 10,000 rows (~270 KB): the damage lies well past the first 64 KB that readTable sniffs.
    const lines = Array.from({ length: 10_000 }, (_, i) => `${i + 1},"좋아요\n두 줄",${(i % 5) + 1}`);
    // 64 bytes of a damaged file (NULs and control bytes) in the middle of row 8001 (header = row 1).
    const junk = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 7) % 9));
    const head = Buffer.from(`번호,의견,점수\n${lines.slice(0, 7999).join("\n")}\n8000,"좋`);
    const tail = Buffer.from(`아요",3\n${lines.slice(8000).join("\n")}\n`);
    const path = join(dir, "binary-mid.csv");
    writeFileSync(path, Buffer.concat([head, junk, tail]));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 200, max: 70_000 }), async (chunkSize) => {
        const error = await all({ path }, chunkSize).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(TableReadError);
        expect(error).toMatchObject({ code: "file_unreadable", row: 8001, error: { row: 8001 } });
        expect((error as TableReadError).error.message).toContain("8001행부터 텍스트가 아닌 데이터");
        expect((error as TableReadError).error.messageEn).toContain("From row 8001 on");
      }),
      { numRuns: 25 },
    );
    // The same file read again by another thread stops at the same row.
    const table = await readTable({ path }, { chunkSize: 16 * 1024 });
    const handle = (table.rows as CsvRows)[CSV_FILE];
    handle?.close();
    const again = async () => {
      for await (const _ of readCsvRows(structuredClone(handle?.file) as NonNullable<typeof handle>["file"], 1)) {
        // read on
      }
    };
    await expect(again()).rejects.toMatchObject({ code: "file_unreadable", row: 8001 });
    // Within the first 64 KB the table does not even open, and says the same row.
    writeFileSync(
      path,
      Buffer.concat([Buffer.from(`번호,의견,점수\n${lines.slice(0, 9).join("\n")}\n10,"좋`), junk, tail]),
    );
    await expect(readTable({ path })).rejects.toMatchObject({ code: "file_unreadable", row: 11 });
    // A file that is not text from its first bytes is refused as a whole, without a row.
    expect(await all(fromBytes(Buffer.concat([junk, tail]))).catch((e: TableReadError) => e.row)).toBe(0);
  });

  it("never crashes on random bytes: a table or a typed error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const code = await readError(bytes);
        expect(["none", "file_unreadable", "file_empty", "header_missing", "malformed_quotes"]).toContain(code);
      }),
      { numRuns: 300 },
    );
  });
});

describe("readCsvRows (a CSV read again by another thread)", () => {
  async function again(path: string, after: number, chunkSize?: number) {
    const table = await readTable({ path }, chunkSize ? { chunkSize } : {});
    const handle = (table.rows as CsvRows)[CSV_FILE];
    if (!handle) throw new Error("no CSV_FILE on the rows");
    handle.close();
    // Plain data: it is posted to a worker thread.
    const file = structuredClone(handle.file);
    const rows: { row: number; cells: string[] }[] = [];
    for await (const batch of readCsvRows(file, after)) rows.push(...batch);
    return rows;
  }

  it("gives the rows readTable gives after a row, numbered alike, whatever the chunks and the encoding", async () => {
    const body = `번호,의견\r\n${Array.from({ length: 300 }, (_, i) => `${i},"줄 ${i}\r\n둘째 줄, ""인용"""\r\n${i % 7 ? "" : "\r\n"}`).join("")}`;
    const utf8 = join(dir, "again-utf8.csv");
    writeFileSync(utf8, `\uFEFF${body}`);
    const cp949 = join(dir, "again-cp949.csv");
    // "진료과,만족도\n내과,5\n" × 2000 in CP949
    writeFileSync(cp949, Buffer.from(`c1f8b7e1b0fa2cb8b8c1b7b5b50a${"b3bbb0fa2c350a".repeat(2000)}`, "hex"));
    for (const [path, chunkSize] of [
      [utf8, 7],
      [utf8, undefined],
      [cp949, 5],
    ] as const) {
      const all = await rowsOf(path, chunkSize);
      expect(await again(path, 1, chunkSize)).toEqual(all);
      const from = all[Math.floor(all.length / 2)]?.row ?? 0;
      expect(await again(path, from, chunkSize)).toEqual(all.filter((r) => r.row > from));
    }
  });

  it("has no file to read again for a stream", async () => {
    const table = await readTable(fromBytes("a,b\n1,2\n"));
    expect((table.rows as CsvRows)[CSV_FILE]).toBeUndefined();
  });
});

async function rowsOf(path: string, chunkSize?: number) {
  return (await all({ path }, chunkSize)).rows;
}

describe("readTable (XLSX)", () => {
  it("opens a workbook exceljs wrote every time, from a path or bytes (its workbook part comes last: exceljs#3064)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("응답");
    ws.addRow(["응답번호", "만족도"]);
    ws.addRow(["A1", 5]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const path = join(dir, "exceljs-written.xlsx");
    writeFileSync(path, bytes);
    // One read in about 150 lost the race before readTable opened the file again; 2 × 150 reads all open.
    for (let i = 0; i < 150; i++) {
      for (const input of [{ path }, { bytes, fileName: "b.xlsx" }]) {
        const t = await all(input);
        expect(t.header).toEqual(["응답번호", "만족도"]);
        expect(t.rows).toEqual([{ row: 2, cells: ["A1", "5"] }]);
      }
    }
  });

  it("reads the first worksheet by sniffing, whatever the name: dates as ISO, numbers as text, formulas by result", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("응답");
    ws.addRow(["응답번호", "방문일", "만족도", "합계", "의견"]);
    ws.addRow(["A1", new Date(Date.UTC(2025, 2, 14)), 5, { formula: "C2+1", result: 6 }, "좋아요"]);
    ws.addRow([]);
    ws.addRow(["A2", new Date(Date.UTC(2025, 2, 15, 9, 30)), 4.5]);
    wb.addWorksheet("두번째").addRow(["무시"]);
    const path = join(dir, "responses.csv"); // the extension lies: the bytes are a zip
    writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
    const t = await all({ path });
    expect(t.format).toBe("xlsx");
    expect(t.header).toEqual(["응답번호", "방문일", "만족도", "합계", "의견"]);
    expect(t.rows).toEqual([
      { row: 2, cells: ["A1", "2025-03-14", "5", "6", "좋아요"] },
      { row: 4, cells: ["A2", "2025-03-15T09:30:00", "4.5", "", ""] },
    ]);
  });
});
