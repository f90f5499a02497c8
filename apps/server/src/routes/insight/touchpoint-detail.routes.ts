import { OpenAPIHono } from "@hono/zod-openapi";
import { getTouchpointDetail } from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { respond, validationHook } from "../../http/errors.ts";
import { hospitalRoute, json } from "../../http/route.ts";
import { TouchpointDetailParams, TouchpointDetailQuery, TouchpointDetailResponse } from "./touchpoint-detail.types.ts";

export const touchpointDetailRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

// Its own route rather than touchpoint-scores filtered in the browser: that answer carries every touchpoint of
// the journey (40-odd × the periods), and the comments and VOC items must be read on the server anyway.
touchpointDetailRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/insight/journeys/{id}/touchpoints/{touchpointId}",
    tags: ["Insight"],
    summary: "One touchpoint over time: trend, answer distribution, newest comments and VOC",
    description:
      "Trend per period (answers, mean with 95 % CI, top/bottom-two-box, stated importance, the journey average, VOC) " +
      "and the distribution come from the rollups; comments (masked) are the newest 20 of the window, VOC the counts " +
      "per type and the newest 10 items received in the window.",
    request: { params: TouchpointDetailParams, query: TouchpointDetailQuery },
    responses: { 200: json(TouchpointDetailResponse) },
  }),
  async (c) => {
    const { id, touchpointId } = c.req.valid("param");
    return respond(c, await getTouchpointDetail(c.get("hospital"), id, touchpointId, c.req.valid("query")));
  },
);
