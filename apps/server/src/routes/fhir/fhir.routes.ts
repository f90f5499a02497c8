import { OpenAPIHono } from "@hono/zod-openapi";
import {
  createSurveyFromQuestionnaire,
  exportSurveyQuestionnaire,
  exportSurveyResponseBundle,
  importQuestionnaireResponses,
} from "@motmap/db";
import type { Context } from "hono";
import type { AppEnv } from "../../http/env.ts";
import { errorResponse, respond, validationHook } from "../../http/errors.ts";
import { body, HospitalParams, hospitalRoute, json } from "../../http/route.ts";
import {
  FHIR_JSON,
  FhirResponsesQuery,
  FhirSurveyParams,
  ImportedResponsesBody,
  ImportedSurveyBody,
  ImportQuestionnaireBody,
  ImportResponsesBody,
  QuestionnaireJson,
  QuestionnaireResponseBundleJson,
} from "./fhir.types.ts";

const tags = ["FHIR"];
export const fhirRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const fhir = <T extends Parameters<typeof json>[0]>(schema: T) => ({
  description: "OK",
  content: { [FHIR_JSON]: { schema } },
});

function sendFhir(c: Context, resource: object) {
  return c.body(JSON.stringify(resource), 200, {
    "Content-Type": `${FHIR_JSON}; charset=utf-8`,
    "Cache-Control": "private, no-store",
  }) as never;
}

fhirRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/surveys/{surveyId}/fhir/questionnaire",
    tags,
    summary: "The survey as a FHIR R4 Questionnaire (sections as groups; scales and NPS as coded choices)",
    request: { params: FhirSurveyParams },
    responses: { 200: fhir(QuestionnaireJson) },
  }),
  async (c) => {
    const result = await exportSurveyQuestionnaire(c.get("hospital"), c.req.valid("param").surveyId);
    return result.ok ? sendFhir(c, result.value) : (errorResponse(c, result.error) as never);
  },
);

fhirRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/surveys/{surveyId}/fhir/responses",
    tags,
    summary: "Responses as a FHIR R4 Bundle of QuestionnaireResponses, newest first",
    description:
      "Takes the filters of the response list; at most `limit` (≤ 500) per page, and `link` next gives the next page.",
    request: { params: FhirSurveyParams, query: FhirResponsesQuery },
    responses: { 200: fhir(QuestionnaireResponseBundleJson) },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const result = await exportSurveyResponseBundle(c.get("hospital"), c.req.valid("param").surveyId, query);
    if (!result.ok) return errorResponse(c, result.error) as never;
    const { bundle, next } = result.value;
    if (next) {
      const url = new URL(c.req.url);
      url.searchParams.set("before", next.before);
      url.searchParams.set("beforeId", next.beforeId);
      bundle.link = [{ relation: "next", url: `${url.pathname}${url.search}` }];
    }
    return sendFhir(c, bundle);
  },
);

fhirRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/surveys/fhir/questionnaire",
    tags,
    summary: "Create a draft survey from a FHIR R4 Questionnaire (JSON); warnings say what was imported differently",
    request: { params: HospitalParams, body: body(ImportQuestionnaireBody) },
    responses: { 201: json(ImportedSurveyBody, "Created") },
  }),
  async (c) => respond(c, await createSurveyFromQuestionnaire(c.get("hospital"), c.req.valid("json")), 201),
);

fhirRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/surveys/{surveyId}/fhir/responses",
    tags,
    summary:
      "Import a FHIR R4 QuestionnaireResponse or a Bundle of them as responses to the published version — all or nothing; the same Bundle twice creates nothing",
    request: { params: FhirSurveyParams, body: body(ImportResponsesBody) },
    responses: { 201: json(ImportedResponsesBody, "Imported") },
  }),
  async (c) =>
    respond(
      c,
      await importQuestionnaireResponses(c.get("hospital"), c.req.valid("param").surveyId, c.req.valid("json")),
      201,
    ),
);
