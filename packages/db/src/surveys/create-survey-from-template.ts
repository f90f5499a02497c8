import { type Result, SURVEY_TEMPLATES, type Survey, SurveyFromTemplateInput, validate } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { createSurvey } from "./create-survey.ts";

export async function createSurveyFromTemplate(ctx: HospitalContext, input: unknown): Promise<Result<Survey>> {
  const parsed = validate(SurveyFromTemplateInput, input);
  if (!parsed.ok) return parsed;
  const template = SURVEY_TEMPLATES[parsed.value.templateId];
  if (!template) {
    const issues = [{ path: "templateId", message: "no such template" }];
    return { ok: false, error: { code: "validation_failed", message: "templateId: no such template", issues } };
  }
  return createSurvey(ctx, {
    title: parsed.value.title ?? template.title,
    titleEn: template.titleEn,
    description: template.description,
    descriptionEn: template.descriptionEn,
    definition: template.definition,
  });
}
