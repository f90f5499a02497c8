import { z } from "@hono/zod-openapi";
import { ListSurveyResponsesQuery, Survey } from "@motmap/core";
import { HospitalParams } from "../../http/route.ts";

export const FHIR_JSON = "application/fhir+json";

export const FhirSurveyParams = HospitalParams.extend({ surveyId: z.uuid() });
export const FhirResponsesQuery = ListSurveyResponsesQuery;

/** Only the outline is declared: the FHIR R4 specification defines the rest. */
export const QuestionnaireJson = z
  .looseObject({ resourceType: z.literal("Questionnaire"), status: z.string(), item: z.array(z.unknown()).optional() })
  .openapi("FhirQuestionnaire", {
    description: "A FHIR R4 Questionnaire (https://hl7.org/fhir/R4/questionnaire.html)",
  });

export const QuestionnaireResponseBundleJson = z
  .looseObject({
    resourceType: z.literal("Bundle"),
    type: z.literal("collection"),
    entry: z.array(z.looseObject({ resource: z.looseObject({ resourceType: z.literal("QuestionnaireResponse") }) })),
  })
  .openapi("FhirQuestionnaireResponseBundle", {
    description: "A FHIR R4 Bundle (type collection) of QuestionnaireResponses; `link` next points to the next page",
  });

export const ImportQuestionnaireBody = z
  .looseObject({ resourceType: z.string().max(100) })
  .openapi({ description: "A FHIR R4 Questionnaire (JSON)" });

export const ImportedSurveyBody = Survey.extend({
  warnings: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .describe("Items imported differently from the source, by linkId"),
});

export const ImportResponsesBody = z
  .looseObject({ resourceType: z.enum(["Bundle", "QuestionnaireResponse"]) })
  .openapi({ description: "A FHIR R4 QuestionnaireResponse, or a Bundle of them (JSON)" });

export const ImportedResponsesBody = z.object({
  rows: z.number().int().describe("QuestionnaireResponses read"),
  created: z.number().int(),
  duplicates: z.number().int().describe("Already imported (same identifier or id): skipped"),
  importId: z.uuid(),
});
