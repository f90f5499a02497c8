import { type SurveyDefinition, surveyQuestions } from "../models/survey.ts";
import type { ColumnTarget, ImportMapping } from "./import-contract.ts";
import { type ImportDepartment, normaliseLabel } from "./map-response-row.ts";

/** Header names hospitals' exports use for the standard fields, normalised (see normaliseLabel). */
const STANDARD_HEADERS: [ColumnTarget["kind"], string[]][] = [
  [
    "dedupe_key",
    [
      "id",
      "응답번호",
      "응답id",
      "응답아이디",
      "일련번호",
      "고유번호",
      "응답키",
      "responseid",
      "recordid",
      "submissionid",
      "dedupekey",
      "key",
    ],
  ],
  [
    "submitted_at",
    [
      "응답일",
      "응답일시",
      "응답일자",
      "응답시각",
      "제출일",
      "제출시각",
      "제출일시",
      "제출일자",
      "작성일",
      "작성일시",
      "작성일자",
      "submittedat",
      "submitted",
      "submissiondate",
      "responsedate",
      "timestamp",
      "타임스탬프",
    ],
  ],
  [
    "visit_date",
    [
      "방문일",
      "방문일자",
      "내원일",
      "내원일자",
      "진료일",
      "진료일자",
      "visitdate",
      "dateofvisit",
      "visit",
      "visitedon",
    ],
  ],
  [
    "department",
    ["진료과", "진료과목", "진료과명", "부서", "부서명", "과", "department", "dept", "clinic", "departmentname"],
  ],
  [
    "segment",
    ["구분", "세그먼트", "환자구분", "고객구분", "유형", "환자유형", "segment", "group", "patienttype", "type"],
  ],
];

/** motmap's own export heads a question's column "<key>: <text>" (export-survey-responses.ts). */
const EXPORT_QUESTION_HEADER = /^([A-Za-z0-9_-]{1,60}):\s/u;

/** "Q3. 만족도" and "3) 만족도" match "만족도": leading numbering is not part of the question. */
const stripNumbering = (s: string) => s.replace(/^\s*(?:q|문항|문)?\s*\d{1,3}\s*[.)\]:-]?\s*/iu, "");

/**
 * A first guess at the mapping of a file's columns: questions by key, Korean or English text, or the
 * "<key>: <text>" header of motmap's own export, standard
 * fields by common Korean and English header names, and — when sample rows are given — an unnamed
 * column whose values are mostly department names or codes. Unmatched columns are ignored; the user
 * confirms or corrects the guess.
 */
export function suggestMapping(
  header: readonly string[],
  definition: SurveyDefinition,
  departments: readonly ImportDepartment[] = [],
  sampleRows: readonly (readonly string[])[] = [],
): ImportMapping {
  const byLabel = new Map<string, string>();
  const keys = new Set(surveyQuestions(definition).map((q) => q.key));
  for (const q of surveyQuestions(definition)) {
    for (const label of [q.textEn, q.text, q.key]) {
      if (label) byLabel.set(normaliseLabel(label), q.key);
      if (label) byLabel.set(normaliseLabel(stripNumbering(label)), q.key);
    }
  }
  const standard = new Map<string, ColumnTarget["kind"]>();
  for (const [kind, names] of STANDARD_HEADERS) for (const n of names) standard.set(n, kind);
  const deptLabels = new Set(
    departments.flatMap((d) => [d.name, d.nameEn, d.code].filter(Boolean).map(normaliseLabel)),
  );

  const used = new Set<string>();
  const columns = header.map((column, i): { column: string; target: ColumnTarget } => {
    const n = normaliseLabel(column);
    const candidates: ColumnTarget[] = [];
    // An exported column names its question by key, whatever the text now says or its language.
    const exported = EXPORT_QUESTION_HEADER.exec(column)?.[1];
    const key =
      (exported !== undefined && keys.has(exported) ? exported : undefined) ??
      byLabel.get(n) ??
      byLabel.get(normaliseLabel(stripNumbering(column)));
    if (key) candidates.push({ kind: "answer", questionKey: key });
    const kind = standard.get(n);
    if (kind && kind !== "answer" && kind !== "ignore") candidates.push({ kind } as ColumnTarget);
    if (deptLabels.size > 0 && sampleRows.length > 0) {
      const values = sampleRows.map((r) => normaliseLabel(r[i] ?? "")).filter((v) => v !== "");
      const hits = values.filter((v) => deptLabels.has(v)).length;
      if (values.length > 0 && hits / values.length >= 0.8) candidates.push({ kind: "department" });
    }
    for (const target of candidates) {
      const id = target.kind === "answer" ? `answer:${target.questionKey}` : target.kind;
      if (used.has(id)) continue;
      used.add(id);
      return { column, target };
    }
    return { column, target: { kind: "ignore" } };
  });
  return { sourceName: "", columns, multipleSeparator: ";" };
}
