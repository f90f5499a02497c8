import { OpenAPIHono } from "@hono/zod-openapi";
import { getDepartmentInsight } from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { respond, validationHook } from "../../http/errors.ts";
import { hospitalRoute, json } from "../../http/route.ts";
import {
  DepartmentInsightParams,
  DepartmentInsightQuery,
  DepartmentInsightResponse,
} from "./department-insight.types.ts";

export const departmentInsightRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

departmentInsightRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/insight/departments/{id}",
    tags: ["Insight"],
    summary: "One department across journeys: its patients against the hospital's, its touchpoints, all departments",
    description:
      "From the rollups (department slice and whole journey) and VOC counts: overall satisfaction and NPS of the " +
      "department's patients against every patient (latest period, the one before, the trend per journey), touchpoint " +
      "satisfaction of its patients against the journey's over the window, the touchpoints it owns on the maps, and " +
      "every department's overall satisfaction in the latest period.",
    request: { params: DepartmentInsightParams, query: DepartmentInsightQuery },
    responses: { 200: json(DepartmentInsightResponse) },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    return respond(c, await getDepartmentInsight(c.get("hospital"), id, c.req.valid("query")));
  },
);
