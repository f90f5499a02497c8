import { z } from "@hono/zod-openapi";
import type { DomainError, ErrorCode, Result } from "@motmap/core";
import { toFieldIssues } from "@motmap/core";
import type { Context } from "hono";
import type { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Every error response has this body; `code` is stable, `message` is for people. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .openapi("Error");

const STATUS: Record<ErrorCode | "internal" | "payload_too_large", ContentfulStatusCode> = {
  validation_failed: 400,
  invalid_reorder: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  version_conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
};

/** The HTTP status of an error code. */
export const statusOf = (code: keyof typeof STATUS): ContentfulStatusCode => STATUS[code];

export function errorResponse(
  c: Context,
  error: DomainError | { code: "internal" | "payload_too_large"; message: string },
) {
  return c.json({ error }, STATUS[error.code]);
}

/** Turns a use case's Result into a response. */
export function respond<T>(c: Context, result: Result<T>, status: 200 | 201 = 200) {
  if (!result.ok) return errorResponse(c, result.error) as never;
  return c.json(result.value as object, status) as never;
}

export const noContent = <T>(c: Context, result: Result<T>) =>
  (result.ok ? c.body(null, 204) : errorResponse(c, result.error)) as never;

/** zod-openapi request validation failures use the same shape as the core's `validate`. */
export function validationHook(result: { success: boolean; error?: z.ZodError }, c: Context) {
  if (result.success || !result.error) return;
  const issues = toFieldIssues(result.error);
  const first = issues[0];
  return errorResponse(c, {
    code: "validation_failed",
    message: first ? `${first.path || "input"}: ${first.message}` : "Invalid input",
    issues,
  });
}

/** The error responses a route may declare. */
export const errorResponses = (...statuses: (400 | 401 | 403 | 404 | 409 | 429)[]) =>
  Object.fromEntries(
    statuses.map((s) => [s, { description: DESCRIPTIONS[s], content: { "application/json": { schema: ErrorBody } } }]),
  );

const DESCRIPTIONS = {
  400: "Invalid input (see error.issues[].path)",
  401: "Not logged in",
  403: "The role does not allow this",
  404: "Not found in this hospital",
  409: "Version conflict: someone else changed it first",
  429: "Too many requests",
} as const;

/** Client errors raised by Hono's middleware, in our error shape with a stable code. */
export function httpExceptionResponse(c: Context, e: HTTPException) {
  const status = e.status as ContentfulStatusCode;
  const code =
    status === 400
      ? "validation_failed"
      : status === 401
        ? "unauthenticated"
        : status === 403
          ? "forbidden"
          : status === 404
            ? "not_found"
            : status === 413
              ? "payload_too_large"
              : status === 415
                ? "unsupported_media_type"
                : "bad_request";
  // The CSRF guard throws a bare 403: say what a legitimate client should send instead.
  const message =
    e.message ||
    (status === 403
      ? "Cross-site request blocked: send Content-Type: application/json (browsers: from the motmap origin)"
      : "Bad request");
  return c.json({ error: { code, message } }, status);
}
