import { importError, normaliseLabel, parseDateCell } from "../import/map-response-row.ts";
import { maskName, maskPhone } from "../privacy/mask-name.ts";
import { maskPersonalData } from "../privacy/mask-personal-data.ts";
import type { FollowUpColumnTarget, FollowUpImportMapping, FollowUpRowError } from "./follow-up.ts";

/** What the row mapping needs of the hospital: its departments and journeys, by normalised label. */
export interface FollowUpImportPlan {
  index: Partial<Record<FollowUpColumnTarget, number>>;
  departments: Map<string, string>;
  journeys: Map<string, string>;
  defaultJourneyId: string | null;
}

export interface MappedFollowUpRow {
  row: number;
  name: string;
  /** Digits and a leading + only. */
  phone: string;
  visitDate: string;
  departmentId: string | null;
  journeyId: string | null;
  /** The source's id of the row, or null (the row's content is the key then). */
  dedupeKey: string | null;
}

export const MAX_CALL_NAME = 100;

const LABELS: Record<Exclude<FollowUpColumnTarget, "ignore">, string[]> = {
  dedupe_key: ["dedupekey", "id", "번호", "접수번호", "등록번호", "순번", "key"],
  name: ["name", "patientname", "이름", "성명", "환자명", "환자이름"],
  phone: ["phone", "mobile", "tel", "전화", "전화번호", "휴대폰", "휴대전화", "연락처", "핸드폰"],
  visit_date: ["visitdate", "dischargedate", "date", "방문일", "진료일", "퇴원일", "내원일", "일자", "날짜"],
  department: ["department", "dept", "진료과", "부서", "과"],
  journey: ["journey", "여정", "여정지도", "경로"],
};

/** A first guess from the column names; the user confirms it in the wizard. */
export function suggestFollowUpMapping(header: readonly string[]): FollowUpImportMapping {
  const used = new Set<string>();
  const columns = header.map((column) => {
    const label = normaliseLabel(column);
    for (const [target, labels] of Object.entries(LABELS)) {
      if (!used.has(target) && labels.includes(label)) {
        used.add(target);
        return { column, target: target as FollowUpColumnTarget };
      }
    }
    return { column, target: "ignore" as const };
  });
  return { columns, defaultJourneyId: null };
}

/** Column positions of a mapping; a mapped column missing from the file is an error of row 1. */
export function planFollowUpImport(
  header: readonly string[],
  mapping: FollowUpImportMapping,
  departments: readonly { id: string; name: string; nameEn: string | null; code: string | null }[],
  journeys: readonly { id: string; title: string }[],
): { plan: FollowUpImportPlan; errors: FollowUpRowError[] } {
  const errors: FollowUpRowError[] = [];
  const index: FollowUpImportPlan["index"] = {};
  for (const c of mapping.columns) {
    if (c.target === "ignore") continue;
    const i = header.indexOf(c.column);
    if (i === -1) errors.push(importError(1, c.column, "column_missing", null));
    else index[c.target] = i;
  }
  const byLabel = new Map<string, string>();
  for (const d of departments) {
    for (const label of [d.name, d.nameEn, d.code]) if (label) byLabel.set(normaliseLabel(label), d.id);
  }
  const journeyByLabel = new Map<string, string>();
  for (const j of journeys) journeyByLabel.set(normaliseLabel(j.title), j.id);
  return {
    plan: { index, departments: byLabel, journeys: journeyByLabel, defaultJourneyId: mapping.defaultJourneyId },
    errors,
  };
}

type Sentence = (where: string, value: string, firstRow: string) => string;
type OwnCode = "bad_phone" | "unknown_journey" | "duplicate_in_file" | "no_journey";

/** The codes the survey import does not have, in the same two languages. */
const MESSAGES: Record<OwnCode, { ko: Sentence; en: Sentence }> = {
  bad_phone: {
    ko: (where: string, v: string) => `${where}: 전화번호 형식이 아닙니다 (예: 010-1234-5678) (입력: ${v})`,
    en: (where: string, v: string) => `${where}: not a phone number (e.g. 010-1234-5678) (got ${v})`,
  },
  unknown_journey: {
    ko: (where: string, v: string) => `${where}: 등록되지 않은 여정입니다 (입력: ${v})`,
    en: (where: string, v: string) => `${where}: no journey has this title (got ${v})`,
  },
  duplicate_in_file: {
    ko: (where, _v, first) => `${where}: 같은 행이 ${first}행에도 있습니다`,
    en: (where, _v, first) => `${where}: the same row is also row ${first}`,
  },
  no_journey: {
    ko: (where: string) => `${where}: 여정이 없습니다. 여정 열을 연결하거나 기본 여정을 고르세요.`,
    en: (where: string) => `${where}: no journey: map a journey column or choose a default journey.`,
  },
};

export function followUpRowError(
  row: number,
  column: string | null,
  code: OwnCode,
  value: string,
  firstRow?: number,
): FollowUpRowError {
  const masked = code === "bad_phone" ? maskPhone(value).slice(0, 100) : maskPersonalData(value).text.slice(0, 100);
  const whereKo = column === null ? `${row}행` : `${row}행 '${column}' 열`;
  const whereEn = column === null ? `Row ${row}` : `Row ${row}, column '${column}'`;
  return {
    row,
    column,
    code,
    value: masked || null,
    params: firstRow === undefined ? {} : { firstRow },
    message: MESSAGES[code].ko(whereKo, masked, String(firstRow ?? "")),
    messageEn: MESSAGES[code].en(whereEn, masked, String(firstRow ?? "")),
  };
}

/** Korean mobile and landline numbers, with or without separators, or +82. */
export function normalisePhone(cell: string): string | null {
  const s = cell.normalize("NFKC").trim();
  if (!/^\+?[\d\s\-().]+$/u.test(s)) return null;
  const digits = s.replace(/\D/gu, "");
  const plus = s.startsWith("+");
  if (digits.length < 8 || digits.length > 13) return null;
  return plus ? `+${digits}` : digits;
}

/** "01012345678" → "010-1234-5678": the display form before masking. */
export function formatPhone(phone: string): string {
  if (phone.startsWith("+")) return phone;
  const m = /^(02|0\d{2})(\d{3,4})(\d{4})$/u.exec(phone);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : phone;
}

/** One row of the call list: every problem is reported, with the cell masked. */
export function mapFollowUpRow(
  cells: readonly string[],
  row: number,
  plan: FollowUpImportPlan,
  header: readonly string[],
): { ok: true; value: MappedFollowUpRow } | { ok: false; errors: FollowUpRowError[] } {
  const errors: FollowUpRowError[] = [];
  const cell = (t: FollowUpColumnTarget) => {
    const i = plan.index[t];
    return i === undefined
      ? { column: null, value: "" }
      : { column: header[i] ?? null, value: (cells[i] ?? "").trim() };
  };
  const name = cell("name");
  if (name.value === "") errors.push(importError(row, name.column, "required_missing", null));
  else if (name.value.length > MAX_CALL_NAME) {
    errors.push(importError(row, name.column, "too_long", null, { max: MAX_CALL_NAME, length: name.value.length }));
  }
  const phoneCell = cell("phone");
  const phone = normalisePhone(phoneCell.value);
  if (phoneCell.value === "") errors.push(importError(row, phoneCell.column, "required_missing", null));
  else if (!phone) errors.push(followUpRowError(row, phoneCell.column, "bad_phone", phoneCell.value));
  const dateCell = cell("visit_date");
  const date = parseDateCell(dateCell.value);
  if (dateCell.value === "") errors.push(importError(row, dateCell.column, "required_missing", null));
  else if (!date) errors.push(importError(row, dateCell.column, "bad_date", dateCell.value));
  const deptCell = cell("department");
  let departmentId: string | null = null;
  if (deptCell.value !== "") {
    departmentId = plan.departments.get(normaliseLabel(deptCell.value)) ?? null;
    if (!departmentId) errors.push(importError(row, deptCell.column, "unknown_department", deptCell.value));
  }
  const journeyCell = cell("journey");
  let journeyId: string | null = plan.defaultJourneyId;
  if (journeyCell.value !== "") {
    journeyId = plan.journeys.get(normaliseLabel(journeyCell.value)) ?? null;
    if (!journeyId) errors.push(followUpRowError(row, journeyCell.column, "unknown_journey", journeyCell.value));
  } else if (!journeyId) errors.push(followUpRowError(row, journeyCell.column, "no_journey", ""));
  const key = cell("dedupe_key").value;
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      row,
      name: name.value,
      phone: phone as string,
      visitDate: (date as { date: string }).date,
      departmentId,
      journeyId,
      dedupeKey: key === "" ? null : key,
    },
  };
}

/** The preview's view of a mapped row: personal data masked. */
export function describeFollowUpRow(
  r: MappedFollowUpRow,
  names: { departments: Map<string, string>; journeys: Map<string, string> },
): Record<string, string> {
  return {
    name: maskName(r.name),
    phone: maskPhone(formatPhone(r.phone)),
    visitDate: r.visitDate,
    department: r.departmentId ? (names.departments.get(r.departmentId) ?? "") : "",
    journey: r.journeyId ? (names.journeys.get(r.journeyId) ?? "") : "",
  };
}
