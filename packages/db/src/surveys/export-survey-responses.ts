import {
  ListSurveyResponsesQuery,
  notFound,
  type Result,
  type SurveyDefinition,
  type SurveyQuestion,
  surveyQuestions,
  validate,
} from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { findScoped } from "../shared/scoped-crud.ts";
import type { StoredAnswer } from "./stored-answers.ts";

/** The filters of the response list (without its paging). */
export const ExportSurveyResponsesQuery = ListSurveyResponsesQuery.pick({
  from: true,
  to: true,
  touchpointId: true,
  departmentId: true,
});

export type ExportCell = string | number | null;

export interface SurveyResponsesExport {
  survey: { id: string; title: string; titleEn: string };
  /** Column headers in the export's language, in row order. */
  columns: string[];
  /** One row per response, newest first, read from the database a page at a time as it is consumed. */
  rows: AsyncIterable<ExportCell[]>;
}

export interface ExportSurveyResponsesOptions {
  locale: "ko" | "en";
  /** What the file will be (csv, xlsx …): recorded in the audit log. */
  format: string;
  pageSize?: number;
}

const FIXED_COLUMNS = {
  ko: ["응답 ID", "제출 시각", "버전", "채널", "방문일", "부서", "구분"],
  en: ["Response ID", "Submitted at", "Version", "Channel", "Visit date", "Department", "Segment"],
} as const;
const YES_NO = { ko: ["아니오", "예"], en: ["No", "Yes"] } as const;

/**
 * A survey's responses as table rows, with the same filters as the response list: fixed columns,
 * then one column per question of the latest published definition (the working copy when never
 * published), then questions only older versions asked. Answers of any version land under their
 * key. Pages by (submitted_at, id), never OFFSET, so a million responses never sit in memory.
 * The export is written to the audit log before any row is read: patients' answers leave the system.
 */
export async function exportSurveyResponses(
  ctx: HospitalContext,
  surveyId: string,
  query: unknown,
  options: ExportSurveyResponsesOptions,
): Promise<Result<SurveyResponsesExport>> {
  const parsed = validate(ExportSurveyResponsesQuery, query);
  if (!parsed.ok) return parsed;
  const filters = parsed.value;
  const { locale } = options;
  const pageSize = options.pageSize ?? 1000;

  const survey = await findScoped(ctx.db, ctx, "surveys", surveyId);
  if (!survey) return { ok: false, error: notFound("survey", surveyId) };
  const versionRows = await ctx.db
    .selectFrom("survey_versions")
    .select(["number", "definition"])
    .where("hospital_id", "=", ctx.hospitalId)
    .where("survey_id", "=", surveyId)
    .orderBy("number", "desc")
    .execute();
  const versions = new Map(versionRows.map((v) => [Number(v.number), JSON.parse(v.definition) as SurveyDefinition]));
  const current = versionRows[0]
    ? (versions.get(Number(versionRows[0].number)) as SurveyDefinition)
    : (JSON.parse(survey.definition) as SurveyDefinition);

  // Newest definition first, so a key keeps the wording patients see now.
  const questions: SurveyQuestion[] = [];
  const seen = new Set<string>();
  for (const def of [current, ...versions.values()]) {
    for (const q of surveyQuestions(def)) {
      if (seen.has(q.key)) continue;
      seen.add(q.key);
      questions.push(q);
    }
  }
  const column = new Map(questions.map((q, i) => [q.key, i]));
  const text = (q: SurveyQuestion) => (locale === "en" && q.textEn ? q.textEn : q.text);
  const columns = [...FIXED_COLUMNS[locale], ...questions.map((q) => `${q.key}: ${text(q)}`)];

  const departments = new Map(
    (
      await ctx.db.selectFrom("departments").select(["id", "name"]).where("hospital_id", "=", ctx.hospitalId).execute()
    ).map((d) => [d.id, d.name]),
  );

  /** An answer as a cell: numbers stay numbers, choices by their labels in the version answered. */
  const cellOf = (s: StoredAnswer, answered: Map<string, SurveyQuestion> | undefined): ExportCell => {
    const q = answered?.get(s.k) ?? questions[column.get(s.k) ?? -1];
    if (s.t !== undefined) return s.t;
    if (s.c !== undefined) {
      const options = q?.options ?? [];
      return s.c
        .map((value) => {
          const o = options.find((x) => x.value === value);
          return o ? (locale === "en" && o.labelEn ? o.labelEn : o.label) : value;
        })
        .join("; ");
    }
    if (s.v !== undefined) return q?.type === "yes_no" ? (YES_NO[locale][s.v] ?? s.v) : s.v;
    return null;
  };

  const byVersion = new Map<number, Map<string, SurveyQuestion>>();
  for (const [number, def] of versions) byVersion.set(number, new Map(surveyQuestions(def).map((q) => [q.key, q])));

  const audited = await transact(ctx, (trx) =>
    recordAudit(trx, ctx, "export", "survey", surveyId, null, {
      what: "responses",
      format: options.format,
      locale,
      filters,
    }),
  );
  if (!audited.ok) return audited;

  const db = ctx.db;
  const hospitalId = ctx.hospitalId;
  async function* rows(): AsyncIterable<ExportCell[]> {
    let after: { at: string; id: string } | null = null;
    for (;;) {
      let select = db
        .selectFrom("survey_responses")
        .select([
          "id",
          "survey_version",
          "submitted_at",
          "channel",
          "visit_date",
          "department_id",
          "segment",
          "answers",
        ])
        .where("hospital_id", "=", hospitalId)
        .where("survey_id", "=", surveyId);
      if (filters.from) select = select.where("submitted_at", ">=", filters.from);
      // ISO timestamps sort as text: everything on the `to` day is below the day's end marker.
      if (filters.to) select = select.where("submitted_at", "<", `${filters.to}T99`);
      if (filters.departmentId) select = select.where("department_id", "=", filters.departmentId);
      if (filters.touchpointId) select = select.where("touchpoint_ids", "like", `%,${filters.touchpointId},%`);
      if (after) {
        const { at, id } = after;
        select = select.where((eb) =>
          eb.or([eb("submitted_at", "<", at), eb.and([eb("submitted_at", "=", at), eb("id", "<", id)])]),
        );
      }
      const page = await select.orderBy("submitted_at", "desc").orderBy("id", "desc").limit(pageSize).execute();
      for (const r of page) {
        const version = Number(r.survey_version);
        const row: ExportCell[] = [
          r.id,
          r.submitted_at,
          version,
          r.channel,
          r.visit_date,
          r.department_id ? (departments.get(r.department_id) ?? null) : null,
          r.segment,
          ...questions.map(() => null),
        ];
        for (const s of JSON.parse(r.answers) as StoredAnswer[]) {
          const i = column.get(s.k);
          if (i !== undefined) row[FIXED_COLUMNS[locale].length + i] = cellOf(s, byVersion.get(version));
        }
        yield row;
      }
      const last = page[page.length - 1];
      if (!last || page.length < pageSize) return;
      after = { at: last.submitted_at, id: last.id };
    }
  }

  return {
    ok: true,
    value: { survey: { id: survey.id, title: survey.title, titleEn: survey.title_en }, columns, rows: rows() },
  };
}
