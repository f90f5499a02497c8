import { OpenAPIHono } from "@hono/zod-openapi";
import { getSiteComparison } from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { respond, validationHook } from "../../http/errors.ts";
import { hospitalRoute, json } from "../../http/route.ts";
import { SiteComparisonParams, SiteComparisonQuery, SiteComparisonResponse } from "./site-comparison.types.ts";

export const siteComparisonRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

siteComparisonRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/insight/journeys/{id}/sites",
    tags: ["Insight"],
    summary: "The journey compared across the hospital's sites",
    description:
      "Per site over the window: overall satisfaction (95 % CI), NPS, the weakest touchpoint and the answers; per " +
      "touchpoint each site's score, the gap to the best site and Welch's test of the best against the worst; per " +
      "period each site's satisfaction and NPS. A response's site is its department's; answers without one form " +
      "the 'no site' column (siteId null) when there are any. From the rollups only.",
    request: { params: SiteComparisonParams, query: SiteComparisonQuery },
    responses: { 200: json(SiteComparisonResponse) },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    return respond(c, await getSiteComparison(c.get("hospital"), id, c.req.valid("query")));
  },
);
