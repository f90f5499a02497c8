import { CreateFromTemplateInput, type Journey, type Result, validate } from "@motmap/core";
import { getTemplate } from "@motmap/core/templates";
import type { HospitalContext } from "../context.ts";
import { importJourney } from "./import-journey.ts";

/** A template is a journey document; starting from one is an import with the team's own title. */
export async function createJourneyFromTemplate(ctx: HospitalContext, input: unknown): Promise<Result<Journey>> {
  const parsed = validate(CreateFromTemplateInput, input);
  if (!parsed.ok) return parsed;
  const { templateId, locale, title } = parsed.value;
  const doc = getTemplate(templateId, locale);
  if (!doc) {
    return {
      ok: false,
      error: {
        code: "validation_failed",
        message: `templateId: no template "${templateId}"`,
        issues: [{ path: "templateId", message: "no such template" }],
      },
    };
  }
  return importJourney(ctx, { ...doc, status: "draft" }, title ? { title } : {});
}
