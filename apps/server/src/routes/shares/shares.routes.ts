import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { createShareLink, listShareLinks, openSharedJourney, revokeShareLink } from "@motmap/db";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { clientAddress } from "../../http/client-address.ts";
import type { AppEnv } from "../../http/env.ts";
import { errorResponse, errorResponses, noContent, respond, validationHook } from "../../http/errors.ts";
import { hospitalRoute, json, NO_CONTENT } from "../../http/route.ts";
import {
  CreatedShareResponse,
  JourneySharesParams,
  PublicShareParams,
  SharedJourneyResponse,
  ShareListResponse,
  ShareParams,
} from "./shares.types.ts";

const tags = ["Share links"];
export const shareRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

shareRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/journeys/{journeyId}/shares",
    tags,
    summary: "The journey's share links, active and revoked",
    request: { params: JourneySharesParams },
    responses: { 200: json(ShareListResponse) },
  }),
  async (c) => {
    const result = await listShareLinks(c.get("hospital"), c.req.valid("param").journeyId);
    return respond(c, result.ok ? { ok: true, value: { items: result.value } } : result);
  },
);

shareRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/journeys/{journeyId}/shares",
    tags,
    summary: "Create a read-only link to a published journey's map (the token is shown only now)",
    request: { params: JourneySharesParams },
    responses: { 201: json(CreatedShareResponse, "Created") },
  }),
  async (c) => respond(c, await createShareLink(c.get("hospital"), c.req.valid("param").journeyId), 201),
);

shareRoutes.openapi(
  hospitalRoute("edit", {
    method: "delete",
    path: "/shares/{id}",
    tags,
    summary: "Revoke a share link; it stops working at once",
    request: { params: ShareParams },
    responses: NO_CONTENT,
  }),
  async (c) => noContent(c, await revokeShareLink(c.get("hospital"), c.req.valid("param").id)),
);

/** The public side: no login, rate limited per address so tokens cannot be brute-forced. */
export function publicShareRoutes(requestsPerMinute: number) {
  const limiter = new RateLimiterMemory({ points: requestsPerMinute, duration: 60 });
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.openapi(
    createRoute({
      method: "get",
      path: "/api/public/shares/{token}",
      tags,
      summary: "Open a shared journey map without logging in",
      request: { params: PublicShareParams },
      responses: { 200: json(SharedJourneyResponse), ...errorResponses(404, 429) },
    }),
    async (c) => {
      try {
        await limiter.consume(clientAddress(c));
      } catch (rejection) {
        const ms = (rejection as { msBeforeNext?: number }).msBeforeNext ?? 60_000;
        c.header("Retry-After", String(Math.ceil(ms / 1000)));
        return errorResponse(c, { code: "rate_limited", message: "Too many requests; try again later" }) as never;
      }
      c.header("Cache-Control", "no-store");
      c.header("X-Robots-Tag", "noindex");
      return respond(c, await openSharedJourney(c.get("database").db, c.req.valid("param").token));
    },
  );
  return routes;
}
