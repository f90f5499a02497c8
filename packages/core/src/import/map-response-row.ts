import {
  type CheckedAnswer,
  MAX_FREE_TEXT,
  questionRange,
  type SurveyDefinition,
  type SurveyQuestion,
  surveyQuestions,
} from "../models/survey.ts";
import { maskPersonalData } from "../privacy/mask-personal-data.ts";
import { unescapeCell } from "./escape-cell.ts";
import type { ColumnTarget, ImportErrorCode, ImportMapping, ImportRowError } from "./import-contract.ts";
import { importMessage } from "./import-messages.ts";
import { RowKeyCounter } from "./row-key-counter.ts";

/** A department the department column may name: by Korean or English name, or by code. */
export interface ImportDepartment {
  id: string;
  name: string;
  nameEn: string;
  code: string;
}

/** SHA-256 of a text, given by the edge (node:crypto on the server) so the core needs no platform API. */
export type Sha256 = (text: string) => Uint8Array;

export interface ImportPlanOptions {
  sha256: Sha256;
  /** Used as `submittedAt` when neither a submitted-at nor a visit-date cell says when. */
  importedAt: string;
  /** Offset of times written without a zone (Korean exports: +09:00). */
  timeZoneOffsetMinutes?: number;
}

interface PlannedColumn {
  /** Position in the file's header. */
  index: number;
  name: string;
  target: ColumnTarget;
  question?: SurveyQuestion;
  range?: [number, number] | null;
  /** Normalised option value / label / English label → option value. */
  options?: Map<string, string>;
  optionList?: string;
}

/** A mapping resolved against one file's header and one survey version. Stateful: map rows once, in order. */
export interface ResponseImportPlan {
  header: string[];
  columns: PlannedColumn[];
  separator: string;
  departments: Map<string, string>;
  departmentNames: Map<string, string>;
  keyColumn: PlannedColumn | null;
  options: Required<ImportPlanOptions>;
  /** Fingerprints of keys (or whole rows) seen so far in this file. */
  seen: RowKeyCounter;
  /** Department cells already resolved (a file names a few departments a million times). */
  departmentCells: Map<string, string | undefined>;
  /** submittedAt of a visit date, when nothing else says when (a file has a few hundred dates). */
  visitTimes: Map<string, string>;
}

/** Entries kept in each of the plan's caches: bounded, should a file have a distinct value on every row. */
const PLAN_CACHE = 4096;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size < PLAN_CACHE) cache.set(key, value);
  return value;
}

export interface MappedResponseRow {
  /** The source's own id when a dedupe-key column is mapped, otherwise a SHA-256 of the row (see below). */
  dedupeKey: string;
  submittedAt: string;
  visitDate: string | null;
  departmentId: string | null;
  segment: string | null;
  /** Free text is already masked for personal data and at most MAX_FREE_TEXT long. */
  answers: CheckedAnswer[];
}

export type MappedRowResult = { ok: true; value: MappedResponseRow } | { ok: false; errors: ImportRowError[] };

const MAX_SEGMENT = 60;
const MAX_KEY = 200;
const MAX_ERROR_VALUE = 100;

/** Lower case, NFKC (full-width → ASCII), no spaces, underscores, hyphens, dots or brackets: "Visit_Date " = "visitdate". */
export function normaliseLabel(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-.·()[\]{}:/'"]+/gu, "");
}

/** The header row in a form that ignores case, spacing and order of nothing else: the key a mapping is remembered under. */
export function normaliseHeaderRow(header: readonly string[]): string {
  return header.map(normaliseLabel).join("\u001f");
}

/** An import error with its Korean and English message; the cell is masked and cut. */
export function importError(
  row: number,
  column: string | null,
  code: ImportErrorCode,
  rawValue: string | null,
  params: Record<string, string | number> = {},
): ImportRowError {
  const value = rawValue === null ? null : maskPersonalData(rawValue).text.slice(0, MAX_ERROR_VALUE);
  return { row, column, code, value, params, ...importMessage(code, { row, column, value, params }) };
}

/** Answer targets must name questions of the version the rows answer; issues are at `columns.<i>.target`. */
export function checkMappingQuestions(
  mapping: ImportMapping,
  definition: SurveyDefinition,
): { path: string; message: string }[] {
  const keys = new Set(surveyQuestions(definition).map((q) => q.key));
  return mapping.columns.flatMap((c, i) =>
    c.target.kind === "answer" && !keys.has(c.target.questionKey)
      ? [
          {
            path: `columns.${i}.target.questionKey`,
            message: `no question "${c.target.questionKey}" in the published version`,
          },
        ]
      : [],
  );
}

function findColumn(header: readonly string[], column: string): number {
  const exact = header.indexOf(column);
  if (exact >= 0) return exact;
  const wanted = normaliseLabel(column);
  return header.findIndex((h) => normaliseLabel(h) === wanted);
}

/**
 * Resolves a (validated) mapping against a file's header and the survey version the rows answer.
 * A mapped column the file lacks, or a required question nothing is mapped to, fails at row 1.
 */
export function planResponseImport(
  header: readonly string[],
  mapping: ImportMapping,
  definition: SurveyDefinition,
  departments: readonly ImportDepartment[],
  options: ImportPlanOptions,
): { ok: true; plan: ResponseImportPlan } | { ok: false; errors: ImportRowError[] } {
  const questions = new Map(surveyQuestions(definition).map((q) => [q.key, q]));
  const errors: ImportRowError[] = [];
  const columns: PlannedColumn[] = [];
  for (const { column, target } of mapping.columns) {
    if (target.kind === "ignore") continue;
    const index = findColumn(header, column);
    if (index < 0) {
      errors.push(importError(1, column, "column_missing", null));
      continue;
    }
    const planned: PlannedColumn = { index, name: header[index] ?? column, target };
    if (target.kind === "answer") {
      const q = questions.get(target.questionKey);
      // checkMappingQuestions reports unknown keys before a plan is made.
      if (!q) continue;
      planned.question = q;
      planned.range = questionRange(q);
      if (q.options) {
        planned.options = new Map();
        // Values win over labels when a label happens to equal another option's value.
        for (const o of q.options) {
          for (const label of [o.labelEn, o.label]) if (label) planned.options.set(normaliseLabel(label), o.value);
        }
        for (const o of q.options) planned.options.set(normaliseLabel(o.value), o.value);
        planned.optionList = q.options.map((o) => o.label).join(", ");
      }
    }
    columns.push(planned);
  }
  const answered = new Set(mapping.columns.flatMap((c) => (c.target.kind === "answer" ? [c.target.questionKey] : [])));
  for (const q of questions.values()) {
    if (q.required && !answered.has(q.key)) {
      errors.push(importError(1, null, "required_missing", null, { question: q.text }));
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const byName = new Map<string, string>();
  const names = new Map<string, string>();
  for (const d of departments) {
    for (const label of [d.code, d.nameEn, d.name]) if (label) byName.set(normaliseLabel(label), d.id);
    names.set(d.id, d.name);
  }
  return {
    ok: true,
    plan: {
      header: [...header],
      columns,
      separator: mapping.multipleSeparator,
      departments: byName,
      departmentNames: names,
      keyColumn: columns.find((c) => c.target.kind === "dedupe_key") ?? null,
      options: { timeZoneOffsetMinutes: 540, ...options },
      seen: new RowKeyCounter(),
      departmentCells: new Map(),
      visitTimes: new Map(),
    },
  };
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** "5", " 5 ", "5.0", "５" → 5; anything else → null. */
export function parseWholeNumber(cell: string): number | null {
  if (cell.length === 1) {
    const c = cell.charCodeAt(0);
    if (c >= DIGIT_0 && c <= DIGIT_9) return c - DIGIT_0;
  }
  const s = cell.normalize("NFKC").trim();
  const m = /^([+-]?\d{1,9})(?:\.0*)?$/u.exec(s);
  return m ? Number(m[1]) : null;
}

const YES_NO = new Map<string, number>([
  ["1", 1],
  ["0", 0],
  ["예", 1],
  ["네", 1],
  ["아니오", 0],
  ["아니요", 0],
  ["y", 1],
  ["n", 0],
  ["yes", 1],
  ["no", 0],
  ["true", 1],
  ["false", 0],
  ["o", 1],
  ["x", 0],
]);

const pad2 = (n: number) => String(n).padStart(2, "0");

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (MONTH_DAYS[m - 1] as number) + (leap ? 1 : 0);
}

const digitAt = (s: string, i: number) => {
  const c = s.charCodeAt(i) - DIGIT_0;
  return c >= 0 && c <= 9 ? c : -1;
};

/** A plain YYYY-MM-DD (what most exports write): read without normalising or regular expressions. */
function plainIsoDate(s: string): ParsedDate | null {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = digitAt(s, i);
    if (c < 0) return null;
    y = y * 10 + c;
  }
  const m1 = digitAt(s, 5);
  const m2 = digitAt(s, 6);
  const d1 = digitAt(s, 8);
  const d2 = digitAt(s, 9);
  if (m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return null;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (!validDate(y, m, d)) return null;
  return { date: s, wallMs: Date.UTC(y, m - 1, d), zoned: false };
}

export interface ParsedDate {
  date: string;
  /** Milliseconds since the epoch of the wall-clock time read as UTC; `zoned` when the cell named its zone. */
  wallMs: number;
  zoned: boolean;
}

/** Year, month, day and what follows them, in the orders spreadsheets write dates. */
function splitDate(s: string): [number, number, number, string] | null {
  const iso =
    /^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?(.*)$/u.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(.*)$/u.exec(s);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4] ?? ""];
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(.*)$/u.exec(s);
  if (us) return [Number(us[3]), Number(us[1]), Number(us[2]), us[4] ?? ""];
  return null;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * YYYY-MM-DD, YYYY.MM.DD(.), YYYY/MM/DD, "2025. 3. 4.", YYYYMMDD, M/D/YYYY (US Excel), an Excel serial
 * day number, each optionally with a time ("14:30", "14:30:05", "오후 2:30", ISO with T and a zone).
 */
export function parseDateCell(cell: string): ParsedDate | null {
  const plain = plainIsoDate(cell);
  if (plain) return plain;
  const s = cell.normalize("NFKC").trim();
  if (s === "") return null;
  if (/^\d{1,5}(?:\.\d+)?$/u.test(s) && s.length !== 8) {
    const days = Number(s);
    if (days < 1 || days > 110_000) return null;
    const wallMs = EXCEL_EPOCH_MS + Math.round(days * 86_400_000);
    const d = new Date(wallMs);
    return { date: d.toISOString().slice(0, 10), wallMs, zoned: false };
  }
  const parts = splitDate(s);
  if (!parts) return null;
  const [y, mo, d, rest] = parts;
  if (!validDate(y, mo, d)) return null;
  let h = 0;
  let mi = 0;
  let sec = 0;
  let ms = 0;
  let offset: number | null = null;
  const time = rest.trim();
  if (time !== "") {
    const t =
      /^(?:T|\s)*(오전|오후|AM|PM)?\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?\s*(AM|PM|오전|오후)?\s*(Z|[+-]\d{2}:?\d{2})?$/iu.exec(
        time.startsWith("T") ? time.slice(1) : time,
      );
    if (!t) return null;
    h = Number(t[2]);
    mi = Number(t[3]);
    sec = Number(t[4] ?? 0);
    ms = Math.round(Number(`0.${t[5] ?? "0"}`) * 1000);
    const half = (t[1] ?? t[6] ?? "").toUpperCase();
    if (half) {
      if (h < 1 || h > 12) return null;
      const pm = half === "PM" || half === "오후";
      h = (h % 12) + (pm ? 12 : 0);
    }
    if (h > 23 || mi > 59 || sec > 59) return null;
    const zone = t[7];
    if (zone) {
      if (zone === "Z" || zone === "z") offset = 0;
      else {
        const z = /^([+-])(\d{2}):?(\d{2})$/u.exec(zone);
        if (!z) return null;
        offset = (z[1] === "-" ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3]));
      }
    }
  }
  const wallMs = Date.UTC(y, mo - 1, d, h, mi, sec, ms) - (offset ?? 0) * 60_000;
  return { date: `${y}-${pad2(mo)}-${pad2(d)}`, wallMs, zoned: offset !== null };
}

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function base64url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += BASE64URL[(n >>> (18 - 6 * k)) & 63];
  }
  return out;
}

const word = (b: Uint8Array, at: number) =>
  (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0;

/**
 * One row of the file → a response, or every problem of the row. Rows must be mapped once each, in file
 * order: the plan remembers which keys it has seen. Without a dedupe-key column the key is a SHA-256 of
 * the mapped cells plus the row's occurrence among identical rows, so re-importing a file is recognised
 * and two identical rows of one file are both kept.
 */
export function mapResponseRow(cells: readonly string[], row: number, plan: ResponseImportPlan): MappedRowResult {
  let errors: ImportRowError[] | null = null;
  const fail = (column: string | null, code: ImportErrorCode, value: string | null, params = {}) => {
    errors ??= [];
    errors.push(importError(row, column, code, value, params));
  };
  if (cells.length < plan.header.length && !(cells.length === 1 && plan.header.length === 1)) {
    fail(null, "column_count", null, { got: cells.length, expected: plan.header.length });
    return { ok: false, errors: errors ?? [] };
  }
  let submitted: ParsedDate | null = null;
  let visitDate: string | null = null;
  let departmentId: string | null = null;
  let segment: string | null = null;
  let key: string | null = null;
  const answers: CheckedAnswer[] = [];
  for (const col of plan.columns) {
    const raw = cells[col.index] ?? "";
    const cell = raw.length === 1 ? raw : raw.trim();
    const q = col.question;
    if (cell === "") {
      if (col.target.kind === "dedupe_key" || q?.required) fail(col.name, "required_missing", null);
      continue;
    }
    switch (col.target.kind) {
      case "dedupe_key":
        if (cell.length > MAX_KEY) fail(col.name, "too_long", cell, { max: MAX_KEY, length: cell.length });
        else key = cell;
        break;
      case "submitted_at":
        submitted = parseDateCell(cell);
        if (!submitted) fail(col.name, "bad_date", cell);
        break;
      case "visit_date": {
        const d = parseDateCell(cell);
        if (!d) fail(col.name, "bad_date", cell);
        else visitDate = d.date;
        break;
      }
      case "department": {
        const id = plan.departmentCells.has(cell)
          ? plan.departmentCells.get(cell)
          : remember(plan.departmentCells, cell, plan.departments.get(normaliseLabel(cell)));
        if (!id) fail(col.name, "unknown_department", cell);
        else departmentId = id;
        break;
      }
      case "segment":
        if (cell.length > MAX_SEGMENT) fail(col.name, "too_long", cell, { max: MAX_SEGMENT, length: cell.length });
        else segment = cell;
        break;
      case "answer": {
        if (!q) break;
        const answer = mapAnswer(q, col, cell, plan.separator, fail);
        if (answer) answers.push(answer);
        break;
      }
      case "ignore":
        break;
    }
  }

  // The in-file duplicate check runs even on bad rows, so the occurrence numbers never depend on errors.
  let dedupeKey: string;
  if (plan.keyColumn) {
    if (key === null) return { ok: false, errors: errors ?? [] };
    const digest = plan.options.sha256(key);
    const seen = plan.seen.add(word(digest, 0), word(digest, 4), row);
    if (seen.occurrence > 1) fail(plan.keyColumn.name, "duplicate_in_file", key, { firstRow: seen.firstRow });
    dedupeKey = key;
  } else {
    let text = "";
    for (const col of plan.columns) text += `${(cells[col.index] ?? "").trim()}\u001f`;
    const digest = plan.options.sha256(text);
    const seen = plan.seen.add(word(digest, 0), word(digest, 4), row);
    dedupeKey = `sha256:${base64url(digest)}${seen.occurrence > 1 ? `.${seen.occurrence}` : ""}`;
  }
  if (errors !== null) return { ok: false, errors };

  const offsetMs = plan.options.timeZoneOffsetMinutes * 60_000;
  const sub = submitted as ParsedDate | null;
  const submittedAt = sub
    ? new Date(sub.wallMs - (sub.zoned ? 0 : offsetMs)).toISOString()
    : visitDate
      ? (plan.visitTimes.get(visitDate) ??
        remember(plan.visitTimes, visitDate, new Date(Date.parse(`${visitDate}T00:00:00Z`) - offsetMs).toISOString()))
      : plan.options.importedAt;
  return { ok: true, value: { dedupeKey, submittedAt, visitDate, departmentId, segment, answers } };
}

function mapAnswer(
  q: SurveyQuestion,
  col: PlannedColumn,
  cell: string,
  separator: string,
  fail: (
    column: string | null,
    code: ImportErrorCode,
    value: string | null,
    params?: Record<string, string | number>,
  ) => void,
): CheckedAnswer | null {
  const range = col.range;
  if (range) {
    let value = parseWholeNumber(cell);
    if (value === null && q.type === "yes_no") value = YES_NO.get(normaliseLabel(cell)) ?? null;
    const params = { min: range[0], max: range[1] };
    if (value === null) fail(col.name, "not_a_number", cell, params);
    else if (value < range[0] || value > range[1]) fail(col.name, "out_of_range", cell, params);
    else return { question: q, value, text: null, choices: null };
    return null;
  }
  if (q.type === "free_text") {
    // An apostrophe before = + - @ is the spreadsheet escape our exports (and Excel users) put there,
    // not the patient's words: "'-3시간 기다렸어요" comes back as it was written.
    const text = unescapeCell(cell);
    if (text.length > MAX_FREE_TEXT) {
      fail(col.name, "too_long", cell, { max: MAX_FREE_TEXT, length: text.length });
      return null;
    }
    return { question: q, value: null, text: maskPersonalData(text).text.slice(0, MAX_FREE_TEXT), choices: null };
  }
  const options = col.options ?? new Map<string, string>();
  const parts = cell.split(separator);
  const choices: string[] = [];
  for (const part of parts) {
    const p = part.trim();
    if (p === "") continue;
    const value = options.get(normaliseLabel(p));
    if (value === undefined) {
      fail(col.name, "unknown_choice", p, { options: col.optionList ?? "" });
      return null;
    }
    if (!choices.includes(value)) choices.push(value);
  }
  if (choices.length === 0) {
    if (q.required) fail(col.name, "required_missing", null);
    return null;
  }
  if (q.type === "single_choice" && choices.length > 1) {
    fail(col.name, "too_many_choices", cell);
    return null;
  }
  return { question: q, value: null, text: null, choices };
}

/** A mapped row as the preview shows it: column → value as it will be stored (department by name). */
export function describeMappedRow(value: MappedResponseRow, plan: ResponseImportPlan): Record<string, string> {
  const out: Record<string, string> = {};
  const answers = new Map(value.answers.map((a) => [a.question.key, a]));
  for (const col of plan.columns) {
    const t = col.target;
    if (t.kind === "dedupe_key") out[col.name] = value.dedupeKey;
    else if (t.kind === "submitted_at") out[col.name] = value.submittedAt;
    else if (t.kind === "visit_date") out[col.name] = value.visitDate ?? "";
    else if (t.kind === "department") {
      out[col.name] = value.departmentId ? (plan.departmentNames.get(value.departmentId) ?? "") : "";
    } else if (t.kind === "segment") out[col.name] = value.segment ?? "";
    else if (t.kind === "answer") {
      const a = answers.get(t.questionKey);
      out[col.name] = a ? (a.text ?? a.choices?.join(plan.separator) ?? String(a.value ?? "")) : "";
    }
  }
  return out;
}
