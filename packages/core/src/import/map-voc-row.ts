import { z } from "zod";
import { Id } from "../models/common.ts";
import { maskPersonalData } from "../privacy/mask-personal-data.ts";
import {
  MAX_VOC_TEXT,
  maskVocContact,
  maskVocText,
  VOC_CHANNELS,
  VOC_SEVERITIES,
  VOC_TYPES,
  VocChannel,
  VocContact,
  VocSeverity,
  VocType,
} from "../voc/voc-item.ts";
import type { ImportErrorCode, ImportRowError } from "./import-contract.ts";
import { type ImportDepartment, importError, normaliseLabel, parseDateCell, type Sha256 } from "./map-response-row.ts";
import { RowKeyCounter } from "./row-key-counter.ts";

/**
 * Bulk import of VOC items (고객의 소리) from CSV / XLSX: the same contract as the survey-response import
 * (mapping → preview with row errors → all-or-nothing commit, idempotent), with VOC fields as targets.
 */

export const IMPORT_KIND_VOC_ITEMS = "voc_items";

/** What one column of a VOC file feeds. */
export const VocColumnTarget = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ignore") }),
  /** The source's own id of the VOC (접수번호): re-importing the same row is recognised. */
  z.object({ kind: z.literal("dedupe_key") }),
  z.object({ kind: z.literal("type") }),
  z.object({ kind: z.literal("channel") }),
  z.object({ kind: z.literal("received_on") }),
  z.object({ kind: z.literal("text") }),
  z.object({ kind: z.literal("severity") }),
  /** One or more departments by Korean / English name or code, split by `multipleSeparator`. */
  z.object({ kind: z.literal("department") }),
  /** A touchpoint by name within the mapping's journey ("단계 / 접점" when a name repeats). */
  z.object({ kind: z.literal("touchpoint") }),
  /** A phone number or e-mail for the reply: stored encrypted, shown masked. */
  z.object({ kind: z.literal("contact") }),
]);
export type VocColumnTarget = z.infer<typeof VocColumnTarget>;
export type VocColumnKind = VocColumnTarget["kind"];

export const VocImportMapping = z
  .object({
    sourceName: z.string().trim().max(100).default(""),
    columns: z
      .array(z.object({ column: z.string().max(200), target: VocColumnTarget }))
      .max(200)
      .superRefine((columns, ctx) => {
        const seen = new Set<string>();
        columns.forEach((c, i) => {
          if (c.target.kind === "ignore") return;
          if (seen.has(c.target.kind)) {
            ctx.addIssue({ code: "custom", path: [i, "target"], message: `${c.target.kind} is mapped twice` });
          }
          seen.add(c.target.kind);
        });
      }),
    /** The journey whose touchpoints the touchpoint column names. */
    journeyId: Id.nullable().default(null),
    /** Used for every row when the file has no such column (e.g. a VOC-box export is all cards). */
    defaults: z
      .object({ type: VocType.optional(), channel: VocChannel.optional(), severity: VocSeverity.optional() })
      .default({}),
    multipleSeparator: z.string().min(1).max(3).default(";"),
  })
  .superRefine((m, ctx) => {
    const i = m.columns.findIndex((c) => c.target.kind === "touchpoint");
    if (i >= 0 && m.journeyId === null) {
      ctx.addIssue({ code: "custom", path: ["journeyId"], message: "choose the journey the touchpoint column names" });
    }
  });
export type VocImportMapping = z.infer<typeof VocImportMapping>;
export type VocImportMappingInput = z.input<typeof VocImportMapping>;

/** One committed VOC import, as the history lists it. */
export const VocImport = z.object({
  id: Id,
  fileName: z.string(),
  sourceName: z.string(),
  journeyId: Id.nullable(),
  rows: z.number().int(),
  created: z.number().int(),
  duplicates: z.number().int(),
  createdBy: Id.nullable(),
  createdAt: z.string(),
});
export type VocImport = z.infer<typeof VocImport>;

export const SavedVocImportMapping = z.object({
  sourceName: z.string(),
  mapping: VocImportMapping,
  updatedAt: z.string(),
});
export type SavedVocImportMapping = z.infer<typeof SavedVocImportMapping>;

/** A touchpoint of the chosen journey, with its stage: matched by name or "stage / name". */
export interface ImportTouchpoint {
  id: string;
  name: string;
  stageId: string;
  stageName: string;
}

// Normalised labels → value. Korean as hospitals write them, English, and the stored values.
const TYPE_LABELS: Record<VocType, string[]> = {
  complaint: ["불만", "불만사항", "고충", "민원", "complaint", "complaints"],
  compliment: ["칭찬", "감사", "compliment", "compliments", "praise"],
  suggestion: ["제안", "건의", "건의사항", "개선제안", "suggestion", "suggestions"],
  inquiry: ["문의", "질의", "문의사항", "inquiry", "enquiry", "question"],
};
const CHANNEL_LABELS: Record<VocChannel, string[]> = {
  in_person: ["방문", "대면", "내방", "현장", "in person", "walk-in", "visit", "face to face"],
  phone: ["전화", "유선", "콜센터", "phone", "telephone", "call"],
  homepage: ["홈페이지", "웹", "웹사이트", "인터넷", "온라인", "homepage", "website", "web", "online"],
  voc_card: [
    "고객의 소리 카드",
    "고객의소리함",
    "고객의 소리함",
    "VOC 카드",
    "의견함",
    "카드",
    "엽서",
    "voc card",
    "voc box",
    "card",
  ],
  social_review: ["SNS", "리뷰", "SNS/리뷰", "소셜", "후기", "social", "review", "social media", "social/review"],
  survey_comment: ["설문", "설문 의견", "설문조사", "survey", "survey comment"],
  follow_up_call: ["해피콜", "사후 전화", "follow-up call", "follow up", "happy call"],
};
const SEVERITY_LABELS: Record<VocSeverity, string[]> = {
  high: ["상", "높음", "심각", "high", "h", "3"],
  medium: ["중", "보통", "medium", "mid", "m", "2"],
  low: ["하", "낮음", "경미", "low", "l", "1"],
};

function labelMap<T extends string>(labels: Record<T, string[]>, values: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const v of values) {
    for (const l of labels[v]) map.set(normaliseLabel(l), v);
    map.set(normaliseLabel(v), v);
  }
  return map;
}
const TYPES = labelMap(TYPE_LABELS, VOC_TYPES);
const CHANNELS = labelMap(CHANNEL_LABELS, VOC_CHANNELS);
const SEVERITIES = labelMap(SEVERITY_LABELS, VOC_SEVERITIES);
const optionsOf = (labels: Record<string, string[]>) =>
  Object.values(labels)
    .map((l) => `${l[0]}`)
    .join(", ");

const MAX_KEY = 200;
const MAX_DEPARTMENTS = 20;

interface PlannedVocColumn {
  index: number;
  name: string;
  kind: VocColumnKind;
}

/** A VOC mapping resolved against one file's header. Stateful: map rows once, in order. */
export interface VocImportPlan {
  header: string[];
  columns: PlannedVocColumn[];
  mapping: VocImportMapping;
  departments: Map<string, string>;
  departmentNames: Map<string, string>;
  /** Normalised name → touchpoint ids (several when a name repeats on different stages). */
  touchpoints: Map<string, ImportTouchpoint[]>;
  touchpointNames: Map<string, ImportTouchpoint>;
  keyColumn: PlannedVocColumn | null;
  sha256: Sha256;
  seen: RowKeyCounter;
}

export interface MappedVocRow {
  dedupeKey: string;
  type: VocType;
  channel: VocChannel;
  receivedOn: string;
  severity: VocSeverity;
  /** Masked for personal data: the raw text goes no further than this function. */
  text: string;
  departmentIds: string[];
  touchpointId: string | null;
  stageId: string | null;
  /** The reply contact: the plain value only for encryption, its masked form for display. */
  contact: { plain: string; masked: string } | null;
}

export type MappedVocRowResult = { ok: true; value: MappedVocRow } | { ok: false; errors: ImportRowError[] };

function findColumn(header: readonly string[], column: string): number {
  const exact = header.indexOf(column);
  if (exact >= 0) return exact;
  const wanted = normaliseLabel(column);
  return header.findIndex((h) => normaliseLabel(h) === wanted);
}

/** Fields every VOC needs: a column or (type, channel) a default for all rows. */
const REQUIRED: { kind: VocColumnKind; label: string; labelEn: string }[] = [
  { kind: "type", label: "유형", labelEn: "type" },
  { kind: "channel", label: "접수 경로", labelEn: "channel" },
  { kind: "received_on", label: "접수일", labelEn: "received date" },
  { kind: "text", label: "내용", labelEn: "text" },
];

/** Resolves a validated mapping against a file's header; a missing column or unmapped required field fails at row 1. */
export function planVocImport(
  header: readonly string[],
  mapping: VocImportMapping,
  departments: readonly ImportDepartment[],
  touchpoints: readonly ImportTouchpoint[],
  sha256: Sha256,
): { ok: true; plan: VocImportPlan } | { ok: false; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const columns: PlannedVocColumn[] = [];
  for (const { column, target } of mapping.columns) {
    if (target.kind === "ignore") continue;
    const index = findColumn(header, column);
    if (index < 0) errors.push(importError(1, column, "column_missing", null));
    else columns.push({ index, name: header[index] ?? column, kind: target.kind });
  }
  const mapped = new Set(mapping.columns.map((c) => c.target.kind));
  for (const f of REQUIRED) {
    const hasDefault = (f.kind === "type" || f.kind === "channel") && mapping.defaults[f.kind] !== undefined;
    if (!mapped.has(f.kind) && !hasDefault) {
      errors.push(importError(1, null, "field_unmapped", null, { field: f.label, fieldEn: f.labelEn }));
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const byName = new Map<string, string>();
  const names = new Map<string, string>();
  for (const d of departments) {
    for (const label of [d.code, d.nameEn, d.name]) if (label) byName.set(normaliseLabel(label), d.id);
    names.set(d.id, d.name);
  }
  const byTouchpoint = new Map<string, ImportTouchpoint[]>();
  const add = (label: string, t: ImportTouchpoint) => {
    const key = normaliseLabel(label);
    const list = byTouchpoint.get(key) ?? [];
    if (!list.some((x) => x.id === t.id)) list.push(t);
    byTouchpoint.set(key, list);
  };
  for (const t of touchpoints) {
    add(t.name, t);
    add(`${t.stageName}/${t.name}`, t);
  }
  return {
    ok: true,
    plan: {
      header: [...header],
      columns,
      mapping,
      departments: byName,
      departmentNames: names,
      touchpoints: byTouchpoint,
      touchpointNames: new Map(touchpoints.map((t) => [t.id, t])),
      keyColumn: columns.find((c) => c.kind === "dedupe_key") ?? null,
      sha256,
      seen: new RowKeyCounter(),
    },
  };
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

/** A contact cell: a phone number or e-mail, never an RRN or a card number typed into the wrong column. */
function checkContact(cell: string): { plain: string; masked: string } | null {
  const parsed = VocContact.safeParse(cell);
  if (!parsed.success) return null;
  const found = maskPersonalData(parsed.data).found.map((f) => f.kind);
  if (found.includes("rrn") || found.includes("card")) return null;
  if (!found.includes("phone") && !found.includes("email")) return null;
  return { plain: parsed.data, masked: maskVocContact(parsed.data) };
}

/**
 * One row of the file → a VOC item, or every problem of the row. Rows must be mapped once each, in file
 * order. Without a dedupe-key column the key is a SHA-256 of the mapped cells plus the row's occurrence
 * among identical rows (as the survey import does), so re-importing a file is recognised.
 */
export function mapVocRow(cells: readonly string[], row: number, plan: VocImportPlan): MappedVocRowResult {
  let errors: ImportRowError[] | null = null;
  const fail = (column: string | null, code: ImportErrorCode, value: string | null, params = {}) => {
    errors ??= [];
    errors.push(importError(row, column, code, value, params));
  };
  if (cells.length < plan.header.length && !(cells.length === 1 && plan.header.length === 1)) {
    fail(null, "column_count", null, { got: cells.length, expected: plan.header.length });
    return { ok: false, errors: errors ?? [] };
  }
  const d = plan.mapping.defaults;
  let type: VocType | undefined = d.type;
  let channel: VocChannel | undefined = d.channel;
  let severity: VocSeverity = d.severity ?? "medium";
  let receivedOn: string | null = null;
  let text: string | null = null;
  let key: string | null = null;
  let departmentIds: string[] = [];
  let touchpoint: ImportTouchpoint | null = null;
  let contact: { plain: string; masked: string } | null = null;
  for (const col of plan.columns) {
    const cell = (cells[col.index] ?? "").trim();
    if (cell === "") {
      const required =
        col.kind === "dedupe_key" ||
        col.kind === "received_on" ||
        col.kind === "text" ||
        (col.kind === "type" && type === undefined) ||
        (col.kind === "channel" && channel === undefined);
      if (required) fail(col.name, "required_missing", null);
      continue;
    }
    switch (col.kind) {
      case "dedupe_key":
        if (cell.length > MAX_KEY) fail(col.name, "too_long", cell, { max: MAX_KEY, length: cell.length });
        else key = cell;
        break;
      case "type": {
        const v = TYPES.get(normaliseLabel(cell));
        if (!v) fail(col.name, "unknown_choice", cell, { options: optionsOf(TYPE_LABELS) });
        else type = v;
        break;
      }
      case "channel": {
        const v = CHANNELS.get(normaliseLabel(cell));
        if (!v) fail(col.name, "unknown_choice", cell, { options: optionsOf(CHANNEL_LABELS) });
        else channel = v;
        break;
      }
      case "severity": {
        const v = SEVERITIES.get(normaliseLabel(cell));
        if (!v) fail(col.name, "unknown_choice", cell, { options: "상, 중, 하" });
        else severity = v;
        break;
      }
      case "received_on": {
        const parsed = parseDateCell(cell);
        if (!parsed) fail(col.name, "bad_date", cell);
        else receivedOn = parsed.date;
        break;
      }
      case "text":
        if (cell.length > MAX_VOC_TEXT) fail(col.name, "too_long", cell, { max: MAX_VOC_TEXT, length: cell.length });
        else text = maskVocText(cell).text;
        break;
      case "department": {
        const ids: string[] = [];
        for (const part of cell.split(plan.mapping.multipleSeparator)) {
          const p = part.trim();
          if (p === "") continue;
          const id = plan.departments.get(normaliseLabel(p));
          if (!id) fail(col.name, "unknown_department", p);
          else if (!ids.includes(id)) ids.push(id);
        }
        if (ids.length > MAX_DEPARTMENTS) fail(col.name, "too_many_choices", cell);
        departmentIds = ids;
        break;
      }
      case "touchpoint": {
        const found = plan.touchpoints.get(normaliseLabel(cell)) ?? [];
        if (found.length === 0) fail(col.name, "unknown_touchpoint", cell);
        else if (found.length > 1) fail(col.name, "ambiguous_touchpoint", cell);
        else touchpoint = found[0] ?? null;
        break;
      }
      case "contact": {
        const c = checkContact(cell);
        if (!c) fail(col.name, "bad_contact", cell);
        else contact = c;
        break;
      }
      case "ignore":
        break;
    }
  }

  // The in-file duplicate check runs even on bad rows, so occurrence numbers never depend on errors.
  let dedupeKey: string;
  if (plan.keyColumn) {
    if (key === null) return { ok: false, errors: errors ?? [] };
    const digest = plan.sha256(key);
    const seen = plan.seen.add(word(digest, 0), word(digest, 4), row);
    if (seen.occurrence > 1) fail(plan.keyColumn.name, "duplicate_in_file", key, { firstRow: seen.firstRow });
    dedupeKey = `key:${key}`;
  } else {
    let all = "";
    for (const col of plan.columns) all += `${(cells[col.index] ?? "").trim()}\u001f`;
    const digest = plan.sha256(all);
    const seen = plan.seen.add(word(digest, 0), word(digest, 4), row);
    dedupeKey = `sha256:${base64url(digest)}${seen.occurrence > 1 ? `.${seen.occurrence}` : ""}`;
  }
  if (errors !== null) return { ok: false, errors };
  // Unreachable with a plan from planVocImport (it requires these fields); kept for the types.
  if (!type || !channel || receivedOn === null || text === null) {
    return { ok: false, errors: [importError(row, null, "required_missing", null)] };
  }
  const t = touchpoint as ImportTouchpoint | null;
  return {
    ok: true,
    value: {
      dedupeKey,
      type,
      channel,
      receivedOn,
      severity,
      text,
      departmentIds,
      touchpointId: t?.id ?? null,
      stageId: t?.stageId ?? null,
      contact,
    },
  };
}

/** A mapped row as the preview shows it (the contact masked, departments and touchpoint by name). */
export function describeVocRow(value: MappedVocRow, plan: VocImportPlan): Record<string, string> {
  const out: Record<string, string> = {};
  for (const col of plan.columns) {
    switch (col.kind) {
      case "dedupe_key":
        out[col.name] = value.dedupeKey.replace(/^key:/u, "");
        break;
      case "type":
      case "channel":
      case "severity":
        out[col.name] = value[col.kind];
        break;
      case "received_on":
        out[col.name] = value.receivedOn;
        break;
      case "text":
        out[col.name] = value.text;
        break;
      case "department":
        out[col.name] = value.departmentIds.map((id) => plan.departmentNames.get(id) ?? "").join(", ");
        break;
      case "touchpoint": {
        const t = value.touchpointId ? plan.touchpointNames.get(value.touchpointId) : undefined;
        out[col.name] = t ? `${t.stageName} / ${t.name}` : "";
        break;
      }
      case "contact":
        out[col.name] = value.contact?.masked ?? "";
        break;
      case "ignore":
        break;
    }
  }
  return out;
}

/** Header names hospitals' VOC exports use, normalised. */
const VOC_HEADERS: [VocColumnKind, string[]][] = [
  ["dedupe_key", ["접수번호", "번호", "일련번호", "관리번호", "vocid", "vocno", "id", "no", "key", "dedupekey"]],
  ["type", ["유형", "구분", "voc유형", "의견유형", "type", "voctype", "category"]],
  ["channel", ["접수경로", "경로", "채널", "접수채널", "접수방법", "channel", "source"]],
  ["received_on", ["접수일", "접수일자", "접수일시", "일자", "날짜", "등록일", "receivedon", "received", "date"]],
  ["text", ["내용", "접수내용", "민원내용", "의견", "의견내용", "본문", "text", "content", "comment", "description"]],
  ["severity", ["중요도", "심각도", "등급", "긴급도", "severity", "priority"]],
  ["department", ["부서", "부서명", "관련부서", "진료과", "담당부서", "department", "departments", "dept"]],
  ["touchpoint", ["접점", "접점명", "mot", "touchpoint"]],
  ["contact", ["연락처", "전화번호", "휴대폰", "이메일", "회신연락처", "contact", "phone", "email"]],
];

/** A first guess at a VOC file's mapping from its column names; unmatched columns are ignored. */
export function suggestVocMapping(header: readonly string[]): VocImportMapping {
  const known = new Map<string, VocColumnKind>();
  for (const [kind, names] of VOC_HEADERS) for (const n of names) known.set(normaliseLabel(n), kind);
  const used = new Set<VocColumnKind>();
  const columns = header.map((column) => {
    const kind = known.get(normaliseLabel(column));
    if (!kind || used.has(kind)) return { column, target: { kind: "ignore" } as VocColumnTarget };
    used.add(kind);
    return { column, target: { kind } as VocColumnTarget };
  });
  return { sourceName: "", columns, journeyId: null, defaults: {}, multipleSeparator: ";" };
}
