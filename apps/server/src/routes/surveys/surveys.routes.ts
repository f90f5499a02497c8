import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import {
  closeSurvey,
  createSurvey,
  createSurveyFromJourney,
  createSurveyFromTemplate,
  deleteSurvey,
  getPublicSurvey,
  getSurvey,
  listSurveyResponses,
  listSurveys,
  publishSurvey,
  updateSurvey,
} from "@motmap/db";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { clientAddress } from "../../http/client-address.ts";
import type { AppEnv } from "../../http/env.ts";
import { errorResponse, errorResponses, noContent, respond, validationHook } from "../../http/errors.ts";
import { body, HospitalParams, hospitalRoute, json, NO_CONTENT } from "../../http/route.ts";
import {
  PUBLIC_SUBMISSION_MAX_BYTES,
  type PublicAnswer,
  type PublicSurveyLimiter,
  rateLimited,
  submitPublicResponse,
} from "./public-submission.ts";
import {
  CreateSurveyBody,
  PublicSurveyParams,
  PublicSurveyResponse,
  SubmitResponseBody,
  SubmittedResponseBody,
  SurveyBody,
  SurveyDetailResponse,
  SurveyFromJourneyBody,
  SurveyFromTemplateBody,
  SurveyListResponse,
  SurveyParams,
  SurveyResponseListResponse,
  SurveyResponsesQuery,
  UpdateSurveyBody,
} from "./surveys.types.ts";

const tags = ["Surveys"];
export const surveyRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

surveyRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/surveys",
    tags,
    summary: "List surveys with their question and response counts",
    request: { params: HospitalParams },
    responses: { 200: json(SurveyListResponse) },
  }),
  async (c) => c.json({ items: await listSurveys(c.get("hospital")) }, 200),
);

surveyRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/surveys",
    tags,
    summary: "Create a survey (a draft)",
    request: { params: HospitalParams, body: body(CreateSurveyBody) },
    responses: { 201: json(SurveyBody, "Created") },
  }),
  async (c) => respond(c, await createSurvey(c.get("hospital"), c.req.valid("json")), 201),
);

surveyRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/surveys/from-journey",
    tags,
    summary: "Create the MOT survey of a journey: satisfaction and importance per touchpoint, overall, NPS",
    request: { params: HospitalParams, body: body(SurveyFromJourneyBody) },
    responses: { 201: json(SurveyBody, "Created") },
  }),
  async (c) => respond(c, await createSurveyFromJourney(c.get("hospital"), c.req.valid("json")), 201),
);

surveyRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/surveys/from-template",
    tags,
    summary: "Create a survey from a template (outpatient-nps, hira-patient-experience, hcahps-inpatient)",
    request: { params: HospitalParams, body: body(SurveyFromTemplateBody) },
    responses: { 201: json(SurveyBody, "Created") },
  }),
  async (c) => respond(c, await createSurveyFromTemplate(c.get("hospital"), c.req.valid("json")), 201),
);

surveyRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/surveys/{id}",
    tags,
    summary: "Get a survey with its working definition and published versions",
    request: { params: SurveyParams },
    responses: { 200: json(SurveyDetailResponse) },
  }),
  async (c) => respond(c, await getSurvey(c.get("hospital"), c.req.valid("param").id)),
);

surveyRoutes.openapi(
  hospitalRoute("edit", {
    method: "patch",
    path: "/surveys/{id}",
    tags,
    summary: "Update a survey's working copy (send the version you read); publish to make it live",
    request: { params: SurveyParams, body: body(UpdateSurveyBody) },
    responses: { 200: json(SurveyBody) },
  }),
  async (c) => respond(c, await updateSurvey(c.get("hospital"), c.req.valid("param").id, c.req.valid("json"))),
);

surveyRoutes.openapi(
  hospitalRoute("edit", {
    method: "delete",
    path: "/surveys/{id}",
    tags,
    summary: "Delete a survey that has no responses (409 otherwise: close it instead)",
    request: { params: SurveyParams },
    responses: NO_CONTENT,
  }),
  async (c) => noContent(c, await deleteSurvey(c.get("hospital"), c.req.valid("param").id)),
);

surveyRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/surveys/{id}/publish",
    tags,
    summary: "Publish the working definition as the next version and open the public page",
    request: { params: SurveyParams },
    responses: { 200: json(SurveyBody) },
  }),
  async (c) => respond(c, await publishSurvey(c.get("hospital"), c.req.valid("param").id)),
);

surveyRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/surveys/{id}/close",
    tags,
    summary: "Stop collecting responses; the public page answers 404",
    request: { params: SurveyParams },
    responses: { 200: json(SurveyBody) },
  }),
  async (c) => respond(c, await closeSurvey(c.get("hospital"), c.req.valid("param").id)),
);

surveyRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/surveys/{id}/responses",
    tags,
    summary: "Responses with their answers, newest first (filter by date, touchpoint, department)",
    request: { params: SurveyParams, query: SurveyResponsesQuery },
    responses: { 200: json(SurveyResponseListResponse) },
  }),
  async (c) => {
    const result = await listSurveyResponses(c.get("hospital"), c.req.valid("param").id, c.req.valid("query"));
    return respond(c, result.ok ? { ok: true, value: { items: result.value } } : result);
  },
);

/** A framework-free answer as a Hono response. */
function answer(c: Context, a: PublicAnswer) {
  if (a.retryAfter !== undefined) c.header("Retry-After", String(a.retryAfter));
  return c.json(a.body, a.status as ContentfulStatusCode) as never;
}

/** The patient side: no login; rate limited per address and per survey, small bodies only. */
export function publicSurveyRoutes(limiter: PublicSurveyLimiter) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const publicTags = ["Public surveys"];

  routes.openapi(
    createRoute({
      method: "get",
      path: "/api/public/surveys/{publicId}",
      tags: publicTags,
      summary: "The published version of a survey, for its public page (no login)",
      request: { params: PublicSurveyParams },
      responses: { 200: json(PublicSurveyResponse), ...errorResponses(404, 429) },
    }),
    async (c) => {
      const wait = await limiter.addressWait(clientAddress(c));
      if (wait > 0) return answer(c, rateLimited(wait));
      c.header("Cache-Control", "no-store");
      c.header("X-Robots-Tag", "noindex");
      return respond(c, await getPublicSurvey(c.get("database").db, c.req.valid("param").publicId));
    },
  );

  routes.use(
    "/api/public/surveys/:publicId/responses",
    bodyLimit({
      maxSize: PUBLIC_SUBMISSION_MAX_BYTES,
      onError: (c) => errorResponse(c, { code: "payload_too_large", message: "Request body over 64 KB" }),
    }),
  );
  routes.openapi(
    createRoute({
      method: "post",
      path: "/api/public/surveys/{publicId}/responses",
      tags: publicTags,
      summary: "Submit a response (no login); the same submissionKey twice returns the first response",
      request: { params: PublicSurveyParams, body: body(SubmitResponseBody) },
      responses: {
        201: json(SubmittedResponseBody, "Stored"),
        200: json(SubmittedResponseBody, "Already stored (same submissionKey)"),
        ...errorResponses(400, 404, 429),
      },
    }),
    async (c) => {
      // The node:http submit lane (http/submit-lane.ts) serves this path in `motmap serve`; this route
      // serves in-process requests (tests, app.request) and documents the endpoint.
      const submission = c.req.valid("json");
      const address = clientAddress(c);
      return answer(
        c,
        await submitPublicResponse(c.get("database").db, limiter, { ...c.req.valid("param"), address, submission }),
      );
    },
  );
  return routes;
}
