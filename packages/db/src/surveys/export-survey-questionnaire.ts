import { type Result, surveyToQuestionnaire } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { getSurvey } from "./get-survey.ts";

/** A survey's working definition as a FHIR R4 Questionnaire (JSON). */
export async function exportSurveyQuestionnaire(
  ctx: HospitalContext,
  surveyId: string,
): Promise<Result<ReturnType<typeof surveyToQuestionnaire>>> {
  const survey = await getSurvey(ctx, surveyId);
  if (!survey.ok) return survey;
  return { ok: true, value: surveyToQuestionnaire(survey.value) };
}
