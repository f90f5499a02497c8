import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { templateSummaries } from "@motmap/core/templates";
import { createJourneyFromTemplate } from "@motmap/db";
import { requireUser } from "../../http/auth.ts";
import type { AppEnv } from "../../http/env.ts";
import { errorResponses, respond, validationHook } from "../../http/errors.ts";
import { body, HospitalParams, hospitalRoute, json } from "../../http/route.ts";
import { CreateFromTemplateBody, JourneyResponse, TemplateListResponse, TemplatesQuery } from "./templates.types.ts";

const tags = ["Templates"];
export const templateRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

templateRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/templates",
    tags,
    summary: "Journey templates (first-visit outpatient, inpatient stay, health check-up, emergency room)",
    middleware: [requireUser] as const,
    request: { query: TemplatesQuery },
    responses: { 200: json(TemplateListResponse), ...errorResponses(401) },
  }),
  async (c) => c.json({ items: templateSummaries(c.req.valid("query").locale) }, 200),
);

templateRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/journeys/from-template",
    tags,
    summary: "Create a draft journey from a template, in Korean or English",
    request: { params: HospitalParams, body: body(CreateFromTemplateBody) },
    responses: { 201: json(JourneyResponse, "Created") },
  }),
  async (c) => respond(c, await createJourneyFromTemplate(c.get("hospital"), c.req.valid("json")), 201),
);
