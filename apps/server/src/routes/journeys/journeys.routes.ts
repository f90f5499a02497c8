import { OpenAPIHono } from "@hono/zod-openapi";
import {
  createJourney,
  createToBeJourney,
  deleteJourney,
  duplicateJourney,
  exportJourney,
  getJourneyDetail,
  importJourney,
  listJourneys,
  updateJourney,
} from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { noContent, respond, validationHook } from "../../http/errors.ts";
import { body, HospitalParams, hospitalRoute, json, NO_CONTENT } from "../../http/route.ts";
import {
  CreateJourneyBody,
  CreateToBeBody,
  DuplicateJourneyBody,
  JourneyDetailResponse,
  JourneyDocumentBody,
  JourneyDocumentResponse,
  JourneyListResponse,
  JourneyParams,
  JourneyResponse,
  UpdateJourneyBody,
} from "./journeys.types.ts";

const tags = ["Journeys"];
export const journeyRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

journeyRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/journeys",
    tags,
    summary: "List journeys",
    request: { params: HospitalParams },
    responses: { 200: json(JourneyListResponse) },
  }),
  async (c) => c.json({ items: await listJourneys(c.get("hospital")) }, 200),
);

journeyRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/journeys",
    tags,
    summary: "Create a journey",
    request: { params: HospitalParams, body: body(CreateJourneyBody) },
    responses: { 201: json(JourneyResponse, "Created") },
  }),
  async (c) => respond(c, await createJourney(c.get("hospital"), c.req.valid("json")), 201),
);

journeyRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/journeys/import",
    tags,
    summary: "Import a journey document",
    request: { params: HospitalParams, body: body(JourneyDocumentBody) },
    responses: { 201: json(JourneyResponse, "Created") },
  }),
  async (c) => respond(c, await importJourney(c.get("hospital"), c.req.valid("json")), 201),
);

journeyRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/journeys/{id}",
    tags,
    summary: "Get a journey with its stages, touchpoints and pain points",
    request: { params: JourneyParams },
    responses: { 200: json(JourneyDetailResponse) },
  }),
  async (c) => respond(c, await getJourneyDetail(c.get("hospital"), c.req.valid("param").id)),
);

journeyRoutes.openapi(
  hospitalRoute("edit", {
    method: "patch",
    path: "/journeys/{id}",
    tags,
    summary: "Update a journey (optimistic concurrency: send the version you read)",
    request: { params: JourneyParams, body: body(UpdateJourneyBody) },
    responses: { 200: json(JourneyResponse) },
  }),
  async (c) => respond(c, await updateJourney(c.get("hospital"), c.req.valid("param").id, c.req.valid("json"))),
);

journeyRoutes.openapi(
  hospitalRoute("edit", {
    method: "delete",
    path: "/journeys/{id}",
    tags,
    summary: "Delete a journey with its stages, touchpoints and pain points",
    request: { params: JourneyParams },
    responses: NO_CONTENT,
  }),
  async (c) => noContent(c, await deleteJourney(c.get("hospital"), c.req.valid("param").id)),
);

journeyRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/journeys/{id}/duplicate",
    tags,
    summary: "Duplicate a journey as a draft",
    request: { params: JourneyParams, body: { ...body(DuplicateJourneyBody), required: false } },
    responses: { 201: json(JourneyResponse, "Created") },
  }),
  async (c) =>
    respond(c, await duplicateJourney(c.get("hospital"), c.req.valid("param").id, c.req.valid("json") ?? {}), 201),
);

journeyRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/journeys/{id}/export",
    tags,
    summary: "Export a journey as a portable document",
    request: { params: JourneyParams },
    responses: { 200: json(JourneyDocumentResponse) },
  }),
  async (c) => respond(c, await exportJourney(c.get("hospital"), c.req.valid("param").id)),
);

journeyRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/journeys/{id}/to-be",
    tags,
    summary: "Copy an as-is journey as its to-be design (a draft that links back to it)",
    request: { params: JourneyParams, body: { ...body(CreateToBeBody), required: false } },
    responses: { 201: json(JourneyResponse, "Created") },
  }),
  async (c) =>
    respond(c, await createToBeJourney(c.get("hospital"), c.req.valid("param").id, c.req.valid("json") ?? {}), 201),
);
