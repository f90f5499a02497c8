import { motSurveyDefinition, type Result, type Survey, SurveyFromJourneyInput, validate } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { getJourneyDetail } from "../journeys/get-journey-detail.ts";
import { createSurvey } from "./create-survey.ts";

/** The MOT survey of a journey: a satisfaction and importance pair per touchpoint, then overall and NPS. */
export async function createSurveyFromJourney(ctx: HospitalContext, input: unknown): Promise<Result<Survey>> {
  const parsed = validate(SurveyFromJourneyInput, input);
  if (!parsed.ok) return parsed;
  const { journeyId, locale, title } = parsed.value;
  const journey = await getJourneyDetail(ctx, journeyId);
  if (!journey.ok) {
    const error = journey.error;
    return {
      ok: false,
      error:
        error.code === "not_found"
          ? { ...error, code: "validation_failed", issues: [{ path: "journeyId", message: "no such journey" }] }
          : error,
    };
  }
  const j = journey.value;
  const ko = `${j.title} 경험 설문`;
  const en = `${j.title} experience survey`;
  return createSurvey(ctx, {
    journeyId,
    title: title ?? (locale === "en" ? en : ko),
    titleEn: en,
    description: "각 접점에서의 경험을 알려 주세요. 응답은 익명으로 처리됩니다.",
    descriptionEn: "Tell us about each step of your visit. Your answers are anonymous.",
    definition: motSurveyDefinition(j),
  });
}
