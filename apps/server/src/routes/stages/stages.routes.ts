import { OpenAPIHono } from "@hono/zod-openapi";
import { createStage, deleteStage, reorderStages, updateStage } from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { noContent, respond, validationHook } from "../../http/errors.ts";
import { body, hospitalRoute, json, NO_CONTENT } from "../../http/route.ts";
import {
  CreateStageBody,
  JourneyStagesParams,
  ReorderStagesBody,
  StageListResponse,
  StageParams,
  StageResponse,
  UpdateStageBody,
} from "./stages.types.ts";

const tags = ["Stages"];
export const stageRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

stageRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/journeys/{journeyId}/stages",
    tags,
    summary: "Add a stage to a journey (appended, or inserted at `position`)",
    request: { params: JourneyStagesParams, body: body(CreateStageBody) },
    responses: { 201: json(StageResponse, "Created") },
  }),
  async (c) =>
    respond(c, await createStage(c.get("hospital"), c.req.valid("param").journeyId, c.req.valid("json")), 201),
);

stageRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/journeys/{journeyId}/stages/reorder",
    tags,
    summary: "Reorder the stages of a journey (send every stage id in the new order)",
    request: { params: JourneyStagesParams, body: body(ReorderStagesBody) },
    responses: { 200: json(StageListResponse) },
  }),
  async (c) => {
    const result = await reorderStages(c.get("hospital"), c.req.valid("param").journeyId, c.req.valid("json"));
    return respond(c, result.ok ? { ok: true, value: { items: result.value } } : result);
  },
);

stageRoutes.openapi(
  hospitalRoute("edit", {
    method: "patch",
    path: "/stages/{id}",
    tags,
    summary: "Update a stage (send the version you read)",
    request: { params: StageParams, body: body(UpdateStageBody) },
    responses: { 200: json(StageResponse) },
  }),
  async (c) => respond(c, await updateStage(c.get("hospital"), c.req.valid("param").id, c.req.valid("json"))),
);

stageRoutes.openapi(
  hospitalRoute("edit", {
    method: "delete",
    path: "/stages/{id}",
    tags,
    summary: "Delete a stage with its touchpoints and pain points",
    request: { params: StageParams },
    responses: NO_CONTENT,
  }),
  async (c) => noContent(c, await deleteStage(c.get("hospital"), c.req.valid("param").id)),
);
