import { OpenAPIHono } from "@hono/zod-openapi";
import {
  getJourneyExperience,
  getJourneyIpa,
  getNpsTrend,
  getPriorities,
  getPriorityWeights,
  getTouchpointScores,
  updatePriorityWeights,
} from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { respond, validationHook } from "../../http/errors.ts";
import { body, HospitalParams, hospitalRoute, json } from "../../http/route.ts";
import {
  InsightJourneyParams,
  IpaQuery,
  JourneyExperienceResponse,
  JourneyIpaResponse,
  NpsTrendResponse,
  PeriodSeriesQuery,
  PrioritiesQuery,
  PriorityListResponse,
  PriorityWeightsResponse,
  SlicedSeriesQuery,
  TouchpointScoresResponse,
  UpdatePriorityWeightsBody,
} from "./insight.types.ts";

const tags = ["Insight"];
const ROLLUPS = "Read from rollups kept in step with every response (never a scan of the responses).";
export const insightRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

insightRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/insight/journeys/{id}/touchpoint-scores",
    tags,
    summary: "Touchpoint scores per period: answers, mean with 95 % CI, top/bottom-two-box, stated importance",
    description: `Per touchpoint of the journey (journey order), optionally by department, site, segment or channel; with overall satisfaction and NPS. ${ROLLUPS}`,
    request: { params: InsightJourneyParams, query: SlicedSeriesQuery },
    responses: { 200: json(TouchpointScoresResponse) },
  }),
  async (c) => respond(c, await getTouchpointScores(c.get("hospital"), c.req.valid("param").id, c.req.valid("query"))),
);

insightRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/insight/journeys/{id}/experience",
    tags,
    summary: "Journey experience over time: the weakest link beside the average (100 − 1 = 0)",
    description: `Per period: the weakest touchpoint with enough answers, the plain average, the gap between them, and how each touchpoint moved since the period before. ${ROLLUPS}`,
    request: { params: InsightJourneyParams, query: PeriodSeriesQuery },
    responses: { 200: json(JourneyExperienceResponse) },
  }),
  async (c) => respond(c, await getJourneyExperience(c.get("hospital"), c.req.valid("param").id, c.req.valid("query"))),
);

insightRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/insight/journeys/{id}/ipa",
    tags,
    summary: "Importance–performance matrix of the journey (stated or derived importance)",
    description: `Quadrants concentrate_here / keep_up / low_priority / possible_overkill, cut lines at the means. ${ROLLUPS}`,
    request: { params: InsightJourneyParams, query: IpaQuery },
    responses: { 200: json(JourneyIpaResponse) },
  }),
  async (c) => respond(c, await getJourneyIpa(c.get("hospital"), c.req.valid("param").id, c.req.valid("query"))),
);

insightRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/insight/journeys/{id}/priorities",
    tags,
    summary: "What to fix first: pain points and weak touchpoints ranked, each with its factors and weights",
    description: `Factors: IPA quadrant, severity, complaints (rated frequency until VOC counts are linked), trend since the previous month, reach. ${ROLLUPS}`,
    request: { params: InsightJourneyParams, query: PrioritiesQuery },
    responses: { 200: json(PriorityListResponse) },
  }),
  async (c) => respond(c, await getPriorities(c.get("hospital"), c.req.valid("param").id, c.req.valid("query"))),
);

insightRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/insight/journeys/{id}/nps",
    tags,
    summary: "NPS of the journey per period (optionally by department, site, segment or channel)",
    request: { params: InsightJourneyParams, query: SlicedSeriesQuery },
    responses: { 200: json(NpsTrendResponse) },
  }),
  async (c) => respond(c, await getNpsTrend(c.get("hospital"), c.req.valid("param").id, c.req.valid("query"))),
);

insightRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/insight/priority-weights",
    tags,
    summary: "The hospital's priority weights (the defaults until saved)",
    request: { params: HospitalParams },
    responses: { 200: json(PriorityWeightsResponse) },
  }),
  async (c) => c.json(await getPriorityWeights(c.get("hospital")), 200),
);

insightRoutes.openapi(
  hospitalRoute("edit", {
    method: "put",
    path: "/insight/priority-weights",
    tags,
    summary: "Save the hospital's priority weights (relative; at least one above 0)",
    request: { params: HospitalParams, body: body(UpdatePriorityWeightsBody) },
    responses: { 200: json(PriorityWeightsResponse) },
  }),
  async (c) => respond(c, await updatePriorityWeights(c.get("hospital"), c.req.valid("json"))),
);
