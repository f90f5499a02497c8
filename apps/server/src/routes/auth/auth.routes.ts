import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { listMemberships, logIn, revokeSession, updateMe } from "@motmap/db";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { clearSessionCookie, requireUser, setSessionCookie } from "../../http/auth.ts";
import { clientAddress } from "../../http/client-address.ts";
import type { AppEnv } from "../../http/env.ts";
import { errorResponse, errorResponses, respond, validationHook } from "../../http/errors.ts";
import { body, json } from "../../http/route.ts";
import { LoginBody, MeResponse, UpdateMeBody } from "./auth.types.ts";

const tags = ["Auth"];

export function authRoutes(loginAttempts: number) {
  // Guessing passwords: at most `loginAttempts` tries per address and e-mail per 15 minutes.
  const limiter = new RateLimiterMemory({ points: loginAttempts, duration: 15 * 60 });
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  routes.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/login",
      tags,
      summary: "Log in with e-mail and password; sets the session cookie",
      request: { body: body(LoginBody) },
      responses: { 200: json(MeResponse), ...errorResponses(400, 401, 429) },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const key = `${clientAddress(c)}|${input.email}`;
      try {
        await limiter.consume(key);
      } catch (rejection) {
        const ms = (rejection as { msBeforeNext?: number }).msBeforeNext ?? 60_000;
        c.header("Retry-After", String(Math.ceil(ms / 1000)));
        return errorResponse(c, { code: "rate_limited", message: "Too many login attempts; try again later" }) as never;
      }
      const result = await logIn(c.get("database").db, input);
      if (!result.ok) return respond(c, result);
      await limiter.delete(key);
      const { token, expiresAt, ...me } = result.value;
      setSessionCookie(c, token, expiresAt);
      return c.json(me, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/logout",
      tags,
      summary: "Log out: the session is revoked on the server",
      responses: { 204: { description: "Logged out" } },
    }),
    async (c) => {
      const session = c.get("session");
      if (session) await revokeSession(c.get("database").db, session.token);
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );

  routes.openapi(
    createRoute({
      method: "get",
      path: "/api/auth/me",
      tags,
      summary: "The logged-in user and the hospitals they belong to",
      middleware: [requireUser] as const,
      responses: { 200: json(MeResponse), ...errorResponses(401) },
    }),
    async (c) => {
      const s = c.get("session");
      if (!s) return errorResponse(c, { code: "unauthenticated", message: "Log in first" }) as never;
      return c.json({ user: s.user, memberships: s.memberships }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: "patch",
      path: "/api/auth/me",
      tags,
      summary: "Update the logged-in user's name or language",
      middleware: [requireUser] as const,
      request: { body: body(UpdateMeBody) },
      responses: { 200: json(MeResponse), ...errorResponses(400, 401) },
    }),
    async (c) => {
      const s = c.get("session");
      if (!s) return errorResponse(c, { code: "unauthenticated", message: "Log in first" }) as never;
      const db = c.get("database").db;
      const updated = await updateMe(db, s.user.id, c.req.valid("json"));
      if (!updated.ok) return respond(c, updated);
      return c.json({ user: updated.value, memberships: await listMemberships(db, s.user.id) }, 200);
    },
  );

  return routes;
}
