import { PassThrough, Writable } from "node:stream";
import { startsFormula, unescapeCell } from "@motmap/core";
import ExcelJS from "exceljs";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type TableCell, type TableColumn, type TableRow, writeCsv, writeXlsx } from "../src/write-table.ts";

/** Collects what a writer sends into a Writable. */
function sink() {
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on("data", (c: Buffer) => chunks.push(c));
  return { out, bytes: () => Buffer.concat(chunks) };
}

async function csvOf(columns: TableColumn[], rows: Iterable<TableRow> | AsyncIterable<TableRow>) {
  const s = sink();
  await writeCsv(s.out, columns, rows, { chunkRows: 3 });
  return s.bytes();
}

async function xlsxOf(columns: TableColumn[], rows: Iterable<TableRow> | AsyncIterable<TableRow>) {
  const s = sink();
  await writeXlsx(s.out, columns, rows, { sheetName: "응답/2026" });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(s.bytes() as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no worksheet");
  return sheet;
}

const columns: TableColumn[] = [{ header: "응답 ID" }, { header: "점수" }, { header: "의견" }];
const rows: TableRow[] = [
  ["r1", 5, "친절했어요"],
  ["r2", -3, '=HYPERLINK("http://x")'],
  ["r3", null, 'a, "quoted"\r\nline'],
  ["r4", 0.5, "-3"],
];

async function* slowly<T>(items: Iterable<T>): AsyncIterable<T> {
  for (const item of items) {
    await new Promise((r) => setImmediate(r));
    yield item;
  }
}

describe("writeCsv", () => {
  it("writes UTF-8 with a BOM and CRLF, numbers unquoted, text escaped against formulas", async () => {
    const bytes = await csvOf(columns, slowly(rows));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.startsWith("응답 ID,점수,의견\r\n")).toBe(true);
    expect(text).toContain("r1,5,친절했어요\r\n");
    expect(text).toContain('r2,-3,"\'=HYPERLINK(""http://x"")"\r\n');
    expect(text).toContain("r4,0.5,'-3\r\n");
    expect(text.endsWith("\r\n")).toBe(true);
    const parsed = Papa.parse<string[]>(text, { newline: "\r\n", skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ["응답 ID", "점수", "의견"],
      ["r1", "5", "친절했어요"],
      ["r2", "-3", '\'=HYPERLINK("http://x")'],
      ["r3", "", 'a, "quoted"\r\nline'],
      ["r4", "0.5", "'-3"],
    ]);
  });

  it("writes only the header for no rows", async () => {
    expect((await csvOf(columns, [])).toString("utf8")).toBe("\ufeff응답 ID,점수,의견\r\n");
  });

  it("waits for a slow destination instead of buffering everything (backpressure)", async () => {
    let written = 0;
    let maxBuffered = 0;
    const out = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        written += chunk.length;
        maxBuffered = Math.max(maxBuffered, out.writableLength);
        setImmediate(done);
      },
    });
    function* many(): Iterable<TableRow> {
      for (let i = 0; i < 5000; i++) yield [`row-${i}`, i, "가나다라마바사 아자차카타파하"];
    }
    await writeCsv(out, columns, many(), { chunkRows: 50 });
    expect(written).toBeGreaterThan(200_000);
    // At most about one chunk waits in the destination's buffer, never the whole table.
    expect(maxBuffered).toBeLessThan(20_000);
  });

  it("property: every row parses back; no text cell starts a formula; unescaping gives the text back", async () => {
    const cell: fc.Arbitrary<TableCell> = fc.oneof(
      fc.string(),
      fc.constantFrom("=1+1", "+82", "-", "@x", "\t=a", "'=b"),
      fc.integer({ min: -1000, max: 1000 }),
      fc.constant(null),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell, cell), { maxLength: 8 }), async (data) => {
        const text = (await csvOf(columns, data)).toString("utf8").slice(1);
        const parsed = Papa.parse<string[]>(text, { newline: "\r\n" }).data.slice(1, data.length + 1);
        expect(parsed).toHaveLength(data.length);
        parsed.forEach((row, r) => {
          row.forEach((value, c) => {
            const original = data[r]?.[c];
            if (typeof original === "number") expect(value).toBe(String(original));
            else {
              expect(startsFormula(value)).toBe(false);
              expect(unescapeCell(value)).toBe(original ?? "");
            }
          });
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe("writeXlsx", () => {
  it("types numbers as numbers, escapes text, bolds and freezes the header row", async () => {
    const sheet = await xlsxOf(columns, slowly(rows));
    expect(sheet.name).toBe("응답 2026");
    expect(sheet.getRow(1).values).toEqual([undefined, "응답 ID", "점수", "의견"]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(9);
    expect(sheet.getRow(2).values).toEqual([undefined, "r1", 5, "친절했어요"]);
    expect(sheet.getRow(3).getCell(2).value).toBe(-3);
    expect(sheet.getRow(3).getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getRow(3).getCell(3).value).toBe('\'=HYPERLINK("http://x")');
    expect(sheet.getRow(3).getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(4).getCell(2).value).toBe(null);
    // XML keeps line breaks as LF.
    expect(sheet.getRow(4).getCell(3).value).toBe('a, "quoted"\nline');
    expect(sheet.getRow(5).getCell(3).value).toBe("'-3");
    expect(sheet.rowCount).toBe(5);
  });

  it("property: no string cell starts a formula and every number stays a number", async () => {
    const cell: fc.Arbitrary<TableCell> = fc.oneof(
      // XML turns CR inside text into LF (tested above), so generated text has none.
      fc.string({ unit: "grapheme" }).filter((s) => !s.includes("\r")),
      fc.constantFrom("=1+1", "+82", "-", "@x", "\t=a", "'=b"),
      fc.integer({ min: -1000, max: 1000 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), async (data) => {
        const sheet = await xlsxOf([{ header: "a" }, { header: "b" }], data);
        data.forEach((row, r) => {
          row.forEach((original, c) => {
            const value = sheet.getRow(r + 2).getCell(c + 1).value;
            if (typeof original === "number") expect(value).toBe(original);
            else if (original !== "" && original !== null) {
              expect(typeof value).toBe("string");
              expect(startsFormula(value as string)).toBe(false);
              expect(unescapeCell(value as string)).toBe(original);
            }
          });
        });
      }),
      { numRuns: 25 },
    );
  });
});
