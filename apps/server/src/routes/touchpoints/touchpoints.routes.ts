import { OpenAPIHono } from "@hono/zod-openapi";
import { createTouchpoint, deleteTouchpoint, getTouchpoint, reorderTouchpoints, updateTouchpoint } from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { noContent, respond, validationHook } from "../../http/errors.ts";
import { body, hospitalRoute, json, NO_CONTENT } from "../../http/route.ts";
import {
  CreateTouchpointBody,
  ReorderTouchpointsBody,
  StageTouchpointsParams,
  TouchpointListResponse,
  TouchpointParams,
  TouchpointResponse,
  UpdateTouchpointBody,
} from "./touchpoints.types.ts";

const tags = ["Touchpoints"];
export const touchpointRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

touchpointRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/stages/{stageId}/touchpoints",
    tags,
    summary: "Add a touchpoint (MOT) to a stage",
    request: { params: StageTouchpointsParams, body: body(CreateTouchpointBody) },
    responses: { 201: json(TouchpointResponse, "Created") },
  }),
  async (c) =>
    respond(c, await createTouchpoint(c.get("hospital"), c.req.valid("param").stageId, c.req.valid("json")), 201),
);

touchpointRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/stages/{stageId}/touchpoints/reorder",
    tags,
    summary: "Reorder the touchpoints of a stage (send every touchpoint id in the new order)",
    request: { params: StageTouchpointsParams, body: body(ReorderTouchpointsBody) },
    responses: { 200: json(TouchpointListResponse) },
  }),
  async (c) => {
    const result = await reorderTouchpoints(c.get("hospital"), c.req.valid("param").stageId, c.req.valid("json"));
    return respond(c, result.ok ? { ok: true, value: { items: result.value } } : result);
  },
);

touchpointRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/touchpoints/{id}",
    tags,
    summary: "Get a touchpoint with every field",
    request: { params: TouchpointParams },
    responses: { 200: json(TouchpointResponse) },
  }),
  async (c) => respond(c, await getTouchpoint(c.get("hospital"), c.req.valid("param").id)),
);

touchpointRoutes.openapi(
  hospitalRoute("edit", {
    method: "patch",
    path: "/touchpoints/{id}",
    tags,
    summary: "Update a touchpoint; `stageId` moves it to another stage of the journey",
    request: { params: TouchpointParams, body: body(UpdateTouchpointBody) },
    responses: { 200: json(TouchpointResponse) },
  }),
  async (c) => respond(c, await updateTouchpoint(c.get("hospital"), c.req.valid("param").id, c.req.valid("json"))),
);

touchpointRoutes.openapi(
  hospitalRoute("edit", {
    method: "delete",
    path: "/touchpoints/{id}",
    tags,
    summary: "Delete a touchpoint with its pain points",
    request: { params: TouchpointParams },
    responses: NO_CONTENT,
  }),
  async (c) => noContent(c, await deleteTouchpoint(c.get("hospital"), c.req.valid("param").id)),
);
