import { OpenAPIHono } from "@hono/zod-openapi";
import { createPainPoint, deletePainPoint, updatePainPoint } from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { noContent, respond, validationHook } from "../../http/errors.ts";
import { body, hospitalRoute, json, NO_CONTENT } from "../../http/route.ts";
import {
  CreatePainPointBody,
  JourneyPainPointsParams,
  PainPointParams,
  PainPointResponse,
  UpdatePainPointBody,
} from "./pain-points.types.ts";

const tags = ["Pain points"];
export const painPointRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

painPointRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/journeys/{journeyId}/pain-points",
    tags,
    summary: "Add a pain point to a stage or touchpoint of the journey",
    request: { params: JourneyPainPointsParams, body: body(CreatePainPointBody) },
    responses: { 201: json(PainPointResponse, "Created") },
  }),
  async (c) =>
    respond(c, await createPainPoint(c.get("hospital"), c.req.valid("param").journeyId, c.req.valid("json")), 201),
);

painPointRoutes.openapi(
  hospitalRoute("edit", {
    method: "patch",
    path: "/pain-points/{id}",
    tags,
    summary: "Update a pain point (send the version you read)",
    request: { params: PainPointParams, body: body(UpdatePainPointBody) },
    responses: { 200: json(PainPointResponse) },
  }),
  async (c) => respond(c, await updatePainPoint(c.get("hospital"), c.req.valid("param").id, c.req.valid("json"))),
);

painPointRoutes.openapi(
  hospitalRoute("edit", {
    method: "delete",
    path: "/pain-points/{id}",
    tags,
    summary: "Delete a pain point",
    request: { params: PainPointParams },
    responses: NO_CONTENT,
  }),
  async (c) => noContent(c, await deletePainPoint(c.get("hospital"), c.req.valid("param").id)),
);
