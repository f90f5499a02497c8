import { createRoute, type RouteConfig, z } from "@hono/zod-openapi";
import type { Permission } from "@motmap/core";
import { requirePermission } from "./auth.ts";
import { errorResponses } from "./errors.ts";

export const HospitalParams = z.object({ hospitalId: z.uuid() });
export const IdParams = HospitalParams.extend({ id: z.uuid() });
export const ItemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const json = <T extends z.ZodType>(schema: T, description = "OK") => ({
  description,
  content: { "application/json": { schema } },
});
export const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});
export const NO_CONTENT = { 204: { description: "Done" } } as const;

/**
 * A route under /api/hospitals/{hospitalId}: declares the permission it needs, which is enforced
 * by middleware and listed in the OpenAPI document, plus the error responses every such route has.
 */
export function hospitalRoute<const R extends RouteConfig>(permission: Permission, config: R): R {
  // Typed as the caller's config: the handler's types come from `request`, and the full path
  // and guard are runtime concerns that TypeScript inference would otherwise collapse to never.
  return createRoute({
    ...config,
    path: `/api/hospitals/{hospitalId}${config.path}`,
    middleware: [requirePermission(permission)],
    security: [{ sessionCookie: [] }],
    description: `${config.description ?? ""} Requires the \`${permission}\` permission.`.trim(),
    responses: { ...config.responses, ...errorResponses(400, 401, 403, 404, 409) },
  }) as unknown as R;
}
