import { type ImportReport, type ImportRowError, MAX_REPORTED_ERRORS } from "@motmap/core";

/** One row of an uploaded table (CSV / XLSX rows from @motmap/tabular). */
export interface TableRow {
  /** The spreadsheet row number (header = 1). */
  row: number;
  cells: string[];
}

/** The rows of a bulk import as they stream in, with progress and cancellation. */
export interface ImportRowSource {
  rows: AsyncIterable<TableRow>;
  /** Called every `progressEvery` rows and at the end with the number of rows read. */
  onProgress?: (rowsDone: number) => void;
  signal?: AbortSignal;
}

export type MappedRow<T> = { ok: true; value: T } | { ok: false; errors: ImportRowError[] };

/** How an importer reads its rows: map one row, describe a valid one for the preview's sample. */
export interface RowChecks<T> {
  map: (cells: readonly string[], row: number) => MappedRow<T>;
  describe: (value: T) => Record<string, string>;
  progressEvery: number;
}

const SAMPLE_ROWS = 5;

/** An empty report of an import in `mode`: every count starts at zero. */
export function emptyImportReport(mode: ImportReport["mode"]): ImportReport {
  return {
    mode,
    rows: 0,
    valid: 0,
    duplicates: 0,
    created: 0,
    errors: [],
    errorCount: 0,
    sample: [],
    committed: false,
    importId: null,
  };
}

/** Counts errors; keeps the first MAX_REPORTED_ERRORS of them (a broken file can have a million). */
export function addImportErrors(report: ImportReport, errors: readonly ImportRowError[]): void {
  for (const e of errors) if (report.errors.length < MAX_REPORTED_ERRORS) report.errors.push(e);
  report.errorCount += errors.length;
}

/**
 * Reads every row of `source` and yields the ones that map, filling in the report as it goes: rows read,
 * valid rows, errors, a few sample rows. Bad rows are counted and skipped, never thrown: an import reports
 * every bad row of a file at once. Progress is reported, and cancellation checked, every
 * `progressEvery` rows and at the end.
 */
export async function* checkImportRows<T>(
  source: ImportRowSource,
  report: ImportReport,
  checks: RowChecks<T>,
): AsyncGenerator<T> {
  for await (const { row, cells } of source.rows) {
    if (++report.rows % checks.progressEvery === 0) {
      source.onProgress?.(report.rows);
      source.signal?.throwIfAborted();
    }
    const mapped = checks.map(cells, row);
    if (!mapped.ok) {
      addImportErrors(report, mapped.errors);
      continue;
    }
    report.valid++;
    if (report.sample.length < SAMPLE_ROWS) report.sample.push(checks.describe(mapped.value));
    yield mapped.value;
  }
  source.onProgress?.(report.rows);
}

/**
 * A preview: checks every row (filling in `report`) and counts the valid ones already imported, looking
 * their keys up `batch` at a time. Writes nothing.
 */
export async function previewImportRows<T>(
  source: ImportRowSource,
  report: ImportReport,
  checks: RowChecks<T> & {
    keyOf: (value: T) => string;
    countStored: (keys: string[]) => Promise<number>;
    batch: number;
  },
): Promise<ImportReport> {
  let keys: string[] = [];
  for await (const value of checkImportRows(source, report, checks)) {
    keys.push(checks.keyOf(value));
    if (keys.length >= checks.batch) {
      report.duplicates += await checks.countStored(keys);
      keys = [];
    }
  }
  if (keys.length > 0) report.duplicates += await checks.countStored(keys);
  return report;
}

/** Carries a finished report with errors out of the import's transaction, rolling it back. */
export class RowsRejected<R = ImportReport> extends Error {
  constructor(readonly report: R) {
    super("rows rejected");
  }
}

/** Ends the row stream when an import stops before reading it, so the file is closed. */
export async function closeImportRows<T>(source: { rows: AsyncIterable<TableRow> }, result: T): Promise<T> {
  await source.rows[Symbol.asyncIterator]().return?.();
  // A generator never started runs no `finally`: close the file itself when the reader says how.
  rereadableRows(source.rows)?.close();
  return result;
}

/**
 * A table whose rows another thread can read again by itself: @motmap/tabular's readTable sets one on the
 * rows of a CSV file read from a path, under this global symbol (so this package needs no import of it).
 * `file` is plain data (it can be posted to a worker); its `reader` module exports
 * `readCsvRows(file, after)`, which yields the data rows after row `after` in batches, exactly as the rows
 * of the table are (numbers and errors included).
 */
export const REREADABLE_ROWS = Symbol.for("motmap.tabular.csv-file");

export interface RereadableRows {
  file: { reader: string };
  /** Stops this thread's reading of the file. */
  close: () => void;
  /** The reader's error of `code` (a TableReadError), for an error met by the other thread. */
  error: (code: string, detail: string, row?: number) => Error;
}

/** The way to read `rows` again in another thread, if it has one. */
export function rereadableRows(rows: AsyncIterable<TableRow>): RereadableRows | null {
  return (rows as { [REREADABLE_ROWS]?: RereadableRows })[REREADABLE_ROWS] ?? null;
}
