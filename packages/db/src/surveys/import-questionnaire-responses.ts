import {
  checkAnswers,
  type FieldIssue,
  notFound,
  questionnaireResponsesToAnswers,
  type Result,
  type SurveyDefinition,
} from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, inTransaction, newSortableId, now } from "../context.ts";
import { RollupBatch } from "../insight/apply-response-rollups.ts";
import { type CheckedResponse, insertImportedResponses } from "./insert-imported-responses.ts";

export interface QuestionnaireResponseImport {
  /** QuestionnaireResponses read from the Bundle. */
  rows: number;
  created: number;
  /** Already imported (same identifier or id): skipped, not written twice. */
  duplicates: number;
  importId: string;
}

/** FHIR responses carry their own identity; the prefix keeps it apart from CSV rows and the public page. */
const fhirSubmissionKey = (key: string) => `fhir:${key}`;

/**
 * Imports a FHIR R4 QuestionnaireResponse, or a Bundle of them, as responses to the survey's published
 * version — all or nothing: any entry that cannot be read (named by its Bundle index and linkId) and
 * nothing is written. Free text is masked before the insert; re-importing the same Bundle creates nothing.
 */
export async function importQuestionnaireResponses(
  ctx: HospitalContext,
  surveyId: string,
  input: unknown,
): Promise<Result<QuestionnaireResponseImport>> {
  const survey = await ctx.db
    .selectFrom("surveys")
    .innerJoin("survey_versions", (j) =>
      j
        .onRef("survey_versions.survey_id", "=", "surveys.id")
        .onRef("survey_versions.number", "=", "surveys.published_version"),
    )
    .select(["survey_versions.number", "survey_versions.definition"])
    .where("surveys.id", "=", surveyId)
    .where("surveys.hospital_id", "=", ctx.hospitalId)
    .executeTakeFirst();
  if (!survey) {
    const exists = await ctx.db
      .selectFrom("surveys")
      .select("id")
      .where("id", "=", surveyId)
      .where("hospital_id", "=", ctx.hospitalId)
      .executeTakeFirst();
    if (!exists) return { ok: false, error: notFound("survey", surveyId) };
    return invalid([{ path: "surveyId", message: "the survey has no published version: publish it before importing" }]);
  }
  const definition = JSON.parse(survey.definition) as SurveyDefinition;
  const read = questionnaireResponsesToAnswers(input, definition);
  const issues: FieldIssue[] = read.errors.map((e) => ({
    path: `entry.${e.index}${e.linkId ? ` (${e.linkId})` : ""}${e.path ? `.${e.path}` : ""}`,
    message: e.message,
  }));
  const departmentIds = [...new Set(read.responses.flatMap((r) => (r.departmentId ? [r.departmentId] : [])))];
  if (departmentIds.length > 0) {
    const known = new Set(
      (
        await ctx.db
          .selectFrom("departments")
          .select("id")
          .where("hospital_id", "=", ctx.hospitalId)
          .where("id", "in", departmentIds)
          .execute()
      ).map((d) => d.id),
    );
    for (const r of read.responses) {
      if (r.departmentId && !known.has(r.departmentId)) {
        issues.push({ path: `entry.${r.index}.departmentId`, message: "no such department in this hospital" });
      }
    }
  }
  if (read.responses.length === 0 && issues.length === 0) {
    issues.push({ path: "entry", message: "the Bundle holds no QuestionnaireResponse" });
  }
  if (issues.length > 0) return invalid(issues);

  const responses: CheckedResponse[] = read.responses.map((r) => ({
    submissionKey: fhirSubmissionKey(r.submissionKey),
    submittedAt: r.submittedAt,
    visitDate: r.visitDate ?? null,
    departmentId: r.departmentId ?? null,
    segment: r.segment ?? null,
    // The core already applied the survey's rules to every entry it returned.
    answers: checkAnswers(definition, r.answers).answers,
  }));
  const importId = newSortableId();
  const version = Number(survey.number);
  const written = await inTransaction(ctx, async (trx) => {
    const rollups = new RollupBatch(surveyId, new Map([[version, definition]]));
    const counts = await insertImportedResponses(
      ctx,
      trx,
      { surveyId, surveyVersion: version, importId, rollups },
      responses,
    );
    await rollups.apply(trx, ctx);
    await trx
      .insertInto("survey_imports")
      .values({
        id: importId,
        hospital_id: ctx.hospitalId,
        survey_id: surveyId,
        file_name: "FHIR QuestionnaireResponse",
        source_name: "FHIR R4",
        rows: responses.length,
        created: counts.created,
        duplicates: counts.duplicates,
        created_by: ctx.actorId,
        created_at: now(),
      })
      .execute();
    await recordAudit(trx, ctx, "create", "survey_import", importId, null, {
      surveyId,
      surveyVersion: version,
      source: "fhir",
      rows: responses.length,
      created: counts.created,
      duplicates: counts.duplicates,
    });
    return counts;
  });
  return { ok: true, value: { rows: responses.length, ...written, importId } };
}

function invalid(issues: FieldIssue[]): Result<never> {
  const first = issues[0];
  return {
    ok: false,
    error: { code: "validation_failed", message: `${first?.path}: ${first?.message}`, issues: issues.slice(0, 200) },
  };
}
