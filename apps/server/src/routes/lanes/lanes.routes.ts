import { OpenAPIHono } from "@hono/zod-openapi";
import { createLane, deleteLane, putLaneCell, updateLane } from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { noContent, respond, validationHook } from "../../http/errors.ts";
import { body, hospitalRoute, json, NO_CONTENT } from "../../http/route.ts";
import {
  CellParams,
  CellResponse,
  CreateLaneBody,
  JourneyLanesParams,
  LaneParams,
  LaneResponse,
  PutCellBody,
  UpdateLaneBody,
} from "./lanes.types.ts";

const tags = ["Map lanes"];
export const laneRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

laneRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/journeys/{journeyId}/lanes",
    tags,
    summary: "Add a custom lane (text, or a −3..+3 score per stage) to the journey map",
    request: { params: JourneyLanesParams, body: body(CreateLaneBody) },
    responses: { 201: json(LaneResponse, "Created") },
  }),
  async (c) =>
    respond(c, await createLane(c.get("hospital"), c.req.valid("param").journeyId, c.req.valid("json")), 201),
);

laneRoutes.openapi(
  hospitalRoute("edit", {
    method: "patch",
    path: "/lanes/{id}",
    tags,
    summary: "Rename a custom lane (order and visibility are the journey's laneLayout)",
    request: { params: LaneParams, body: body(UpdateLaneBody) },
    responses: { 200: json(LaneResponse) },
  }),
  async (c) => respond(c, await updateLane(c.get("hospital"), c.req.valid("param").id, c.req.valid("json"))),
);

laneRoutes.openapi(
  hospitalRoute("edit", {
    method: "delete",
    path: "/lanes/{id}",
    tags,
    summary: "Delete a custom lane and its cells",
    request: { params: LaneParams },
    responses: NO_CONTENT,
  }),
  async (c) => noContent(c, await deleteLane(c.get("hospital"), c.req.valid("param").id)),
);

laneRoutes.openapi(
  hospitalRoute("edit", {
    method: "put",
    path: "/lanes/{laneId}/cells/{stageId}",
    tags,
    summary: "Write a custom lane's cell for one stage (send the version you read; none to create)",
    request: { params: CellParams, body: body(PutCellBody) },
    responses: { 200: json(CellResponse) },
  }),
  async (c) => {
    const { laneId, stageId } = c.req.valid("param");
    return respond(c, await putLaneCell(c.get("hospital"), laneId, stageId, c.req.valid("json")));
  },
);
