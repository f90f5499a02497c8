import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { type ImportRowError, importError } from "@motmap/core";
import ExcelJS from "exceljs";
import Papa from "papaparse";

/**
 * Streaming readers for imported tables: CSV (UTF-8 with or without BOM, UTF-16 with BOM, or CP949 /
 * EUC-KR as Korean Excel saves it) and XLSX (first worksheet). The format is sniffed from the first
 * bytes, never the file name. Rows are pulled one by one, so a million-row file is never in memory.
 * A CSV file read from a path can be read again from any row by another thread (CSV_FILE, readCsvRows):
 * a bulk import's worker parses the rest of the file itself.
 */

/** A file by path, bytes in memory (both can be read again), or a stream (read once). */
export type TableInput =
  | { path: string }
  | { bytes: Uint8Array; fileName?: string }
  | { stream: NodeJS.ReadableStream; fileName?: string };

export interface ReadTableRow {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
  cells: string[];
}

export interface Table {
  format: "csv" | "xlsx";
  /** CSV only: how the bytes were decoded. */
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "euc-kr" | null;
  fileName: string;
  header: string[];
  /** Data rows after the header; empty rows are skipped (their numbers too). Iterate once. */
  rows: AsyncIterable<ReadTableRow>;
}

export interface ReadTableOptions {
  /** Bytes per read from a file (default 1 MiB). */
  chunkSize?: number;
}

export type TableErrorCode = "file_unreadable" | "file_empty" | "header_missing" | "malformed_quotes";

/** A file that is not a readable table; `error` is the import error (with Korean and English messages) to show. */
export class TableReadError extends Error {
  readonly error: ImportRowError;
  constructor(
    readonly code: TableErrorCode,
    readonly detail = "",
    /** The file's row (1: the header) where the error is, when it is at one. */
    readonly row = code === "header_missing" ? 1 : 0,
  ) {
    const error = importError(row, null, code, null);
    super(detail ? `${error.messageEn} (${detail})` : error.messageEn);
    this.error = error;
  }
}

const SNIFF_BYTES = 64 * 1024;

/** The first bytes of a file, read until there are enough to sniff (the same chunks every time). */
async function readHead(source: AsyncIterator<Buffer | string>): Promise<{ first: Buffer; ended: boolean }> {
  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await source.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : Buffer.from(next.value);
    head.push(chunk);
    headBytes += chunk.length;
  }
  return { first: Buffer.concat(head), ended };
}

async function* restOf(first: Buffer, ended: boolean, source: AsyncIterator<Buffer | string>): AsyncGenerator<Buffer> {
  yield first;
  if (ended) return;
  for (;;) {
    const next = await source.next();
    if (next.done) return;
    yield typeof next.value === "string" ? Buffer.from(next.value) : next.value;
  }
}

/**
 * exceljs's streaming reader sometimes sees a worksheet before the workbook part it needs, when that
 * part is the archive's last entry (as exceljs writes it: our own exports) — exceljs/exceljs#3064:
 * "Cannot read properties of undefined (reading 'sheets')", measured on 2 of 300 reads of one file.
 * The same bytes read again open; a file or bytes are re-read up to this many times in all.
 */
const XLSX_OPEN_ATTEMPTS = 4;

/** Opens a table for reading: resolves once the format, encoding and header are known. */
export async function readTable(input: TableInput, opts: ReadTableOptions = {}): Promise<Table> {
  const again = "stream" in input ? 1 : XLSX_OPEN_ATTEMPTS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await openTable(input, opts);
    } catch (e) {
      if (!(e instanceof WorkbookPartsRace)) throw e;
      if (attempt >= again) throw new TableReadError("file_unreadable", e.message);
    }
  }
}

async function openTable(input: TableInput, opts: ReadTableOptions): Promise<Table> {
  const chunkSize = opts.chunkSize ?? 1 << 20;
  const stream =
    "path" in input
      ? createReadStream(input.path, { highWaterMark: chunkSize })
      : "bytes" in input
        ? Readable.from([Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength)])
        : (input.stream as Readable);
  const fileName = "path" in input ? basename(input.path) : (input.fileName ?? "");
  const source = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const destroy = () => (stream as Readable).destroy?.();

  let first: Buffer;
  let ended: boolean;
  try {
    ({ first, ended } = await readHead(source));
  } catch (e) {
    throw new TableReadError("file_unreadable", (e as Error).message);
  }
  if (first.length === 0) throw new TableReadError("file_empty");

  async function* bytes(): AsyncGenerator<Buffer> {
    try {
      yield* restOf(first, ended, source);
    } finally {
      destroy();
    }
  }

  if (first[0] === 0x50 && first[1] === 0x4b && first[2] === 0x03 && first[3] === 0x04) {
    return readXlsx(bytes(), fileName);
  }
  try {
    const again = "path" in input ? { path: input.path, chunkSize, close: destroy } : null;
    return await readCsv(first, bytes(), fileName, again);
  } catch (e) {
    destroy();
    throw e;
  }
}

// ---------- CSV ----------

type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "euc-kr";

function detectEncoding(b: Buffer): { encoding: Encoding; bom: number } {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", bom: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", bom: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", bom: 2 };
  try {
    // stream: true lets a character cut at the end of the sample pass.
    new TextDecoder("utf-8", { fatal: true }).decode(b, { stream: true });
    return { encoding: "utf-8", bom: 0 };
  } catch {
    return { encoding: "euc-kr", bom: 0 };
  }
}

/** A control character other than tab and line breaks, or a byte the encoding could not decode. */
const notText = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd || c === 0x7f;

/** Characters looked at together: a few stray control characters are tolerated, a run of binary is not. */
const WINDOW = 4096;

/**
 * Where text stops being text: the first character that is not text in the first window of WINDOW
 * characters where such characters reach 0.1 % (a file someone saved has at most a stray one), or -1.
 * Windows rather than the whole text, so that a few KB of damage in a large chunk is not diluted.
 */
function binaryAt(text: string): number {
  for (let start = 0; start < text.length; start += WINDOW) {
    const end = Math.min(text.length, start + WINDOW);
    let bad = 0;
    let first = -1;
    for (let i = start; i < end; i++) {
      if (!notText(text.charCodeAt(i))) continue;
      bad++;
      if (first < 0) first = i;
    }
    if (bad > 0 && bad / (end - start) >= 0.001) return first;
  }
  return -1;
}

/** Thrown inside csvRecords by a chunk that is not text: the text before its first bad character. */
class BinaryChunk {
  constructor(readonly before: string) {}
}

/** How a CSV file's bytes become records: what readTable found out from its first bytes. */
export interface CsvFormat {
  encoding: Encoding;
  /** Bytes of byte order mark to skip. */
  bom: number;
  delimiter: string;
  newline: "\r\n" | "\n" | "\r";
}

/** The records of a CSV file, one array per chunk read (the header is the first record). */
async function* csvRecords(source: AsyncIterable<Buffer>, format: CsvFormat): AsyncGenerator<string[][]> {
  const { encoding, bom, delimiter, newline } = format;
  const decoder = new TextDecoder(encoding);
  async function* text(): AsyncGenerator<string> {
    let skip = bom;
    for await (const chunk of source) {
      const s = decoder.decode(skip > 0 ? chunk.subarray(skip) : chunk, { stream: true });
      skip = 0;
      // The whole chunk, not a sample of it: a pass over its characters costs a few ms per MB.
      const binary = binaryAt(s);
      if (binary >= 0) throw new BinaryChunk(s.slice(0, binary));
      if (s) yield s;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  }

  // Records before this chunk's: Papa numbers its errors from the chunk's first record.
  let before = 0;
  /**
   * A quote that is never closed, or closed mid-cell, makes Papa run the following rows into one cell;
   * with the same number of cells, nothing else would notice the rows lost. The file is refused at the
   * row where it happens. Errors of a last row held back for the next chunk are not errors yet.
   */
  const parsed = (result: Papa.ParseResult<string[]>) => {
    const quote = result.errors.find((e) => e.type === "Quotes" && e.row !== undefined && e.row < result.data.length);
    if (quote) throw new TableReadError("malformed_quotes", quote.message, before + (quote.row as number) + 1);
    before += result.data.length;
    return result.data;
  };
  let partial = "";
  const chunks = text();
  /**
   * Bytes that are not text mid-file (a damaged file, another format pasted in): the rows before them are
   * parsed as usual (a quote error there comes first), and the file is refused at the row that holds them.
   */
  const refuseAt = (error: unknown, text: string): never => {
    if (!(error instanceof BinaryChunk)) throw error;
    parsed(new Papa.Parser({ delimiter, newline }).parse(text + error.before, 0, true) as Papa.ParseResult<string[]>);
    throw new TableReadError("file_unreadable", "binary data", before + 1);
  };
  let next = await chunks.next().catch((e: unknown) => refuseAt(e, ""));
  while (!next.done) {
    const current = next.value;
    const following = await chunks.next().catch((e: unknown) => refuseAt(e, partial + current));
    const last = following.done === true;
    const input = partial + current;
    const parser = new Papa.Parser({ delimiter, newline });
    const result = parser.parse(input, 0, !last) as Papa.ParseResult<string[]>;
    partial = last ? "" : input.slice(result.meta.cursor);
    const data = parsed(result);
    if (data.length > 0) yield data;
    next = following;
  }
  if (partial)
    yield parsed(new Papa.Parser({ delimiter, newline }).parse(partial, 0, false) as Papa.ParseResult<string[]>);
}

/**
 * A CSV table that another thread can read again by itself (from its path): readTable sets it on the
 * rows of a CSV file under CSV_FILE, so that an import hands the parsing to its worker thread.
 */
export interface CsvFile extends CsvFormat {
  /** The module that reads it: import it and call its readCsvRows. */
  reader: string;
  path: string;
  chunkSize: number;
}

/** Where readTable leaves a CsvFile on the rows of a CSV read from a path (a global symbol: no import needed). */
export const CSV_FILE = Symbol.for("motmap.tabular.csv-file");

/** The rows of a table, and, for a CSV file, how to read it again elsewhere and close this reading. */
export interface CsvRows extends AsyncIterable<ReadTableRow> {
  [CSV_FILE]?: {
    file: CsvFile;
    close: () => void;
    error: (code: TableErrorCode, detail: string, row?: number) => TableReadError;
  };
}

/**
 * The data rows of a CSV file after row `after` (1: all of them), read anew from its path, in batches:
 * exactly the rows readTable gives, with the same numbers and the same errors (a TableReadError).
 */
export async function* readCsvRows(file: CsvFile, after = 1): AsyncGenerator<ReadTableRow[]> {
  const stream = createReadStream(file.path, { highWaterMark: file.chunkSize });
  const source = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  try {
    let head: { first: Buffer; ended: boolean };
    try {
      head = await readHead(source);
    } catch (e) {
      throw new TableReadError("file_unreadable", (e as Error).message);
    }
    let row = 0;
    for await (const records of csvRecords(restOf(head.first, head.ended, source), file)) {
      const batch: ReadTableRow[] = [];
      for (const cells of records) {
        if (++row <= after) continue;
        if (cells.length === 1 && cells[0] === "") continue;
        batch.push({ row, cells });
      }
      if (batch.length > 0) yield batch;
    }
  } finally {
    stream.destroy();
  }
}

async function readCsv(
  first: Buffer,
  source: AsyncGenerator<Buffer>,
  fileName: string,
  again: { path: string; chunkSize: number; close: () => void } | null,
): Promise<Table> {
  const { encoding, bom } = detectEncoding(first);
  const sample = new TextDecoder(encoding).decode(first.subarray(bom), { stream: true });
  // Not text from the start: not a table. Text with a header line first: the rows will say where it stops.
  const binary = binaryAt(sample);
  if (binary >= 0 && !/[\r\n]/u.test(sample.slice(0, binary)))
    throw new TableReadError("file_unreadable", "binary data");
  if (sample.trim() === "") throw new TableReadError("file_empty");
  const guess = Papa.parse<string[]>(sample, { preview: 20 });
  // Papaparse's guess needs a few rows; a short file with no comma in its header is tab- or semicolon-separated.
  const firstLine = sample.split(/\r?\n|\r/u, 1)[0] ?? "";
  let delimiter = guess.meta.delimiter || ",";
  if (delimiter === "," && !firstLine.includes(",")) {
    delimiter = firstLine.includes("\t") ? "\t" : firstLine.includes(";") ? ";" : ",";
  }
  const newline = (guess.meta.linebreak || "\n") as "\r\n" | "\n" | "\r";
  const format: CsvFormat = { encoding, bom, delimiter, newline };
  const records = () => csvRecords(source, format);

  const batches = records();
  let row = 0;
  let pending: string[][] = [];
  let at = 0;
  // The header: the first row; a file with no cells at all is empty.
  let header: string[] | undefined;
  while (header === undefined) {
    if (at >= pending.length) {
      const n = await batches.next();
      if (n.done) break;
      pending = n.value;
      at = 0;
      continue;
    }
    header = pending[at++];
    row++;
  }
  if (header === undefined) {
    await batches.return(undefined);
    throw new TableReadError("file_empty");
  }
  header = header.map((h) => h.trim());
  if (header.every((h) => h === "")) {
    await batches.return(undefined);
    throw new TableReadError("header_missing");
  }

  async function* rows(): AsyncGenerator<ReadTableRow> {
    try {
      for (;;) {
        for (; at < pending.length; at++) {
          const cells = pending[at] as string[];
          row++;
          if (cells.length === 1 && cells[0] === "") continue;
          yield { row, cells };
        }
        const n = await batches.next();
        if (n.done) return;
        pending = n.value;
        at = 0;
      }
    } finally {
      // The rows parsed ahead are not needed any more (the table itself lives on in its reader).
      pending = [];
      await batches.return(undefined);
    }
  }
  const table: Table = { format: "csv", encoding, fileName, header, rows: rows() };
  if (again) {
    const file = { ...format, reader: import.meta.url, path: again.path, chunkSize: again.chunkSize };
    const error = (code: TableErrorCode, detail: string, row?: number) => new TableReadError(code, detail, row);
    (table.rows as CsvRows)[CSV_FILE] = { file, close: again.close, error };
  }
  return table;
}

// ---------- XLSX ----------

const pad = (n: number) => String(n).padStart(2, "0");

function dateText(d: Date): string {
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? date : `${date}T${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** A cell as text: dates as ISO (wall clock), numbers as written, formulas by their result, rich text joined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : dateText(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return v.richText.map((r: { text?: string }) => r.text ?? "").join("");
    if ("result" in v) return cellText(v.result);
    if ("formula" in v || "sharedFormula" in v) return "";
    if (typeof v.text === "string") return v.text;
    if ("error" in v) return "";
  }
  return String(value);
}

/** exceljs lost the race for the workbook part (see XLSX_OPEN_ATTEMPTS): readTable opens the file again. */
class WorkbookPartsRace extends Error {}

async function readXlsx(source: AsyncGenerator<Buffer>, fileName: string): Promise<Table> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(source), {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const sheets = reader[Symbol.asyncIterator]();
  const unreadable = (e: unknown) =>
    e instanceof TableReadError
      ? e
      : e instanceof TypeError && e.message.includes("reading 'sheets'")
        ? new WorkbookPartsRace(e.message)
        : new TableReadError("file_unreadable", (e as Error)?.message ?? String(e));

  let sheetRows: AsyncIterator<ExcelJS.Row>;
  try {
    const sheet = await sheets.next();
    if (sheet.done) throw new TableReadError("file_empty");
    sheetRows = (sheet.value as unknown as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
  } catch (e) {
    await source.return(undefined);
    throw unreadable(e);
  }
  const cellsOf = (r: ExcelJS.Row, width: number) => {
    const values = r.values as unknown[];
    const n = Math.max(width, values.length - 1);
    const cells = new Array<string>(n);
    for (let i = 0; i < n; i++) cells[i] = cellText(values[i + 1]);
    return cells;
  };
  let header: string[] | undefined;
  try {
    for (;;) {
      const r = await sheetRows.next();
      if (r.done) break;
      const cells = cellsOf(r.value, 0).map((c) => c.trim());
      // Rows above the header (a title) would be the header: the first row with any cell is it.
      if (cells.some((c) => c !== "")) {
        header = cells;
        break;
      }
    }
  } catch (e) {
    await source.return(undefined);
    throw unreadable(e);
  }
  if (header === undefined) {
    await source.return(undefined);
    throw new TableReadError("file_empty");
  }
  while (header.length > 0 && header[header.length - 1] === "") header.pop();
  const width = header.length;

  async function* rows(): AsyncGenerator<ReadTableRow> {
    try {
      for (;;) {
        let r: IteratorResult<ExcelJS.Row>;
        try {
          r = await sheetRows.next();
        } catch (e) {
          // Too late to open the file again: the rows so far are gone.
          const error = unreadable(e);
          throw error instanceof WorkbookPartsRace ? new TableReadError("file_unreadable", error.message) : error;
        }
        if (r.done) return;
        const cells = cellsOf(r.value, width);
        if (cells.every((c) => c === "")) continue;
        yield { row: r.value.number, cells };
      }
    } finally {
      await source.return(undefined);
    }
  }
  return { format: "xlsx", encoding: null, fileName, header, rows: rows() };
}
