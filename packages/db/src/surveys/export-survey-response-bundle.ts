import {
  ListSurveyResponsesQuery,
  type Result,
  responsesToBundle,
  type SurveyDefinition,
  validate,
} from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { getSurvey } from "./get-survey.ts";
import { listSurveyResponses } from "./list-survey-responses.ts";

export interface SurveyResponseBundle {
  bundle: ReturnType<typeof responsesToBundle>;
  /** Where the next page starts, or null on the last page. */
  next: { before: string; beforeId: string } | null;
}

/**
 * One page of a survey's responses (the filters and keyset paging of the response list, at most
 * 500) as a FHIR Bundle of QuestionnaireResponses. Each answers the version it was given, so its
 * items are grouped by that version's sections.
 */
export async function exportSurveyResponseBundle(
  ctx: HospitalContext,
  surveyId: string,
  query: unknown = {},
): Promise<Result<SurveyResponseBundle>> {
  const parsed = validate(ListSurveyResponsesQuery, query);
  if (!parsed.ok) return parsed;
  const survey = await getSurvey(ctx, surveyId);
  if (!survey.ok) return survey;
  const page = await listSurveyResponses(ctx, surveyId, parsed.value);
  if (!page.ok) return page;
  const numbers = [...new Set(page.value.map((r) => r.surveyVersion))];
  const versions =
    numbers.length === 0
      ? []
      : await ctx.db
          .selectFrom("survey_versions")
          .select(["number", "definition"])
          .where("hospital_id", "=", ctx.hospitalId)
          .where("survey_id", "=", surveyId)
          .where("number", "in", numbers)
          .execute();
  const definitions = new Map(versions.map((v) => [Number(v.number), JSON.parse(v.definition) as SurveyDefinition]));
  const entries = page.value.flatMap((r) => {
    const definition = definitions.get(r.surveyVersion) ?? survey.value.definition;
    return responsesToBundle([r], definition).entry ?? [];
  });
  const bundle = responsesToBundle([], survey.value.definition, new Date().toISOString());
  bundle.entry = entries;
  const last = page.value.at(-1);
  const next =
    last && page.value.length === parsed.value.limit ? { before: last.submittedAt, beforeId: last.id } : null;
  return { ok: true, value: { bundle, next } };
}
