import { OpenAPIHono, z } from "@hono/zod-openapi";
import { JourneyVocCounts } from "@motmap/core";
import { countJourneyVoc } from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { respond, validationHook } from "../../http/errors.ts";
import { hospitalRoute, IdParams, json } from "../../http/route.ts";

export const vocCountRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

vocCountRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/journeys/{id}/voc-counts",
    tags: ["VOC (고객의 소리)"],
    summary:
      "Complaints and compliments per touchpoint of a journey, received in [from, to] (default: the last 90 days), for the map's cards",
    request: { params: IdParams, query: z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() }) },
    responses: { 200: json(JourneyVocCounts) },
  }),
  async (c) => respond(c, await countJourneyVoc(c.get("hospital"), c.req.valid("param").id, c.req.valid("query"))),
);
