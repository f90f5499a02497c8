import { can, type Permission } from "@motmap/core";
import { findSessionUser, getMemberRole } from "@motmap/db";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "./env.ts";
import { errorResponse } from "./errors.ts";

export const SESSION_COOKIE = "motmap_session";

export function setSessionCookie(c: Context, token: string, expiresAt: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: new URL(c.req.url).protocol === "https:",
    path: "/",
    expires: new Date(expiresAt),
  });
}

export const clearSessionCookie = (c: Context) => deleteCookie(c, SESSION_COOKIE, { path: "/" });

/** Resolves the session cookie (if any) once per request. */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  const found = token ? await findSessionUser(c.get("database").db, token) : null;
  c.set("session", found && token ? { token, ...found } : null);
  await next();
};

export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get("session")) return errorResponse(c, { code: "unauthenticated", message: "Log in first" });
  await next();
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Binds the request to one hospital: the user must be a member. A hospital the user does not
 * belong to answers 404, exactly like one that does not exist, so ids cannot be probed.
 */
export const bindHospital: MiddlewareHandler<AppEnv> = async (c, next) => {
  const session = c.get("session");
  if (!session) return errorResponse(c, { code: "unauthenticated", message: "Log in first" });
  const hospitalId = c.req.param("hospitalId") ?? "";
  const database = c.get("database");
  const role = UUID.test(hospitalId) ? await getMemberRole(database.db, hospitalId, session.user.id) : null;
  if (!role) return errorResponse(c, { code: "not_found", message: `hospital ${hospitalId} was not found` });
  c.set("role", role);
  c.set("hospital", { db: database.db, hospitalId, actorId: session.user.id });
  await next();
};

/** Route-level guard; the role matrix test walks every route through it. */
export const requirePermission =
  (permission: Permission): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const role = c.get("role");
    if (!can(role, permission)) {
      return errorResponse(c, { code: "forbidden", message: `the ${role} role cannot ${permission} in this hospital` });
    }
    await next();
  };
