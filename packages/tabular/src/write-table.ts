import { once } from "node:events";
import type { Writable } from "node:stream";
import { escapeCell } from "@motmap/core";
import ExcelJS from "exceljs";
import Papa from "papaparse";

/** A number stays a number (typed in XLSX, unquoted in CSV); text is escaped against formulas; empty is blank. */
export type TableCell = string | number | null | undefined;
export type TableRow = readonly TableCell[];

export interface TableColumn {
  header: string;
  /** XLSX column width in characters; by default from the header (wide characters count twice). */
  width?: number;
}

export type TableFormat = "csv" | "xlsx";

export interface WriteTableOptions {
  /** XLSX worksheet name (at most 31 characters, no []:*?/\). */
  sheetName?: string;
  /** Rows per CSV chunk handed to papaparse and written at once. */
  chunkRows?: number;
}

export const TABLE_MEDIA_TYPES: Record<TableFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

type Rows = AsyncIterable<TableRow> | Iterable<TableRow>;

const BOM = "\ufeff";
const CRLF = "\r\n";

function cellValue(cell: TableCell): string | number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  return escapeCell(cell);
}

/** Writes and waits when the destination asks to, so a slow client holds the producer back. */
async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await drained(out);
}

async function drained(out: Writable): Promise<void> {
  if (out.destroyed) throw new Error("the destination was closed before the table was written");
  await either(out, "drain", "close");
}

/** Waits for the first of two events and removes both listeners (a long export waits thousands of times). */
async function either(out: Writable, a: string, b: string): Promise<void> {
  const stop = new AbortController();
  try {
    await Promise.race([once(out, a, { signal: stop.signal }), once(out, b, { signal: stop.signal })]);
  } finally {
    stop.abort();
  }
}

/**
 * CSV for Excel: UTF-8 with a byte-order mark (Excel would otherwise read Korean as the ANSI code
 * page), CRLF line ends, RFC 4180 quoting by papaparse, one chunk of rows in memory at a time.
 * Ends `out` when done.
 */
export async function writeCsv(
  out: Writable,
  columns: readonly TableColumn[],
  rows: Rows,
  options: WriteTableOptions = {},
): Promise<void> {
  const chunkRows = options.chunkRows ?? 500;
  const unparse = (data: (string | number | null)[][]) => Papa.unparse(data, { newline: CRLF, quotes: false });
  await write(out, BOM + unparse([columns.map((c) => escapeCell(c.header))]) + CRLF);
  let chunk: (string | number | null)[][] = [];
  for await (const row of rows) {
    chunk.push(columns.map((_, i) => cellValue(row[i])));
    if (chunk.length >= chunkRows) {
      await write(out, unparse(chunk) + CRLF);
      chunk = [];
    }
  }
  if (chunk.length > 0) await write(out, unparse(chunk) + CRLF);
  out.end();
  await finished(out);
}

async function finished(out: Writable): Promise<void> {
  if (out.writableFinished) return;
  await either(out, "finish", "close");
}

/** Display width of a header: Hangul and other wide characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(ch) ? 2 : 1;
  return width;
}

const defaultWidth = (header: string) => Math.min(60, Math.max(10, displayWidth(header) + 2));

function sheetName(name: string | undefined): string {
  return (name ?? "Sheet1").replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet1";
}

/**
 * XLSX through exceljs's streaming writer: each row is committed (and leaves memory) as it comes;
 * numbers are numeric cells, text is escaped like CSV; the header row is bold and frozen. Ends `out`.
 */
export async function writeXlsx(
  out: Writable,
  columns: readonly TableColumn[],
  rows: Rows,
  options: WriteTableOptions = {},
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName(options.sheetName), {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({ width: c.width ?? defaultWidth(c.header) }));
  const header = sheet.addRow(columns.map((c) => escapeCell(c.header)));
  header.font = { bold: true };
  header.commit();
  for await (const row of rows) {
    sheet.addRow(columns.map((_, i) => cellValue(row[i]))).commit();
    if (out.writableNeedDrain) await drained(out);
  }
  sheet.commit();
  await workbook.commit();
  await finished(out);
}

/** Streams a table as CSV or XLSX into `out` and ends it. */
export function writeTable(
  format: TableFormat,
  out: Writable,
  columns: readonly TableColumn[],
  rows: Rows,
  options: WriteTableOptions = {},
): Promise<void> {
  return format === "csv" ? writeCsv(out, columns, rows, options) : writeXlsx(out, columns, rows, options);
}
