import { OpenAPIHono } from "@hono/zod-openapi";
import { listAuditEntries } from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { validationHook } from "../../http/errors.ts";
import { hospitalRoute, json } from "../../http/route.ts";
import { AuditListResponse, AuditParams, AuditQuery } from "./audit.types.ts";

export const auditRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

auditRoutes.openapi(
  hospitalRoute("readAudit", {
    method: "get",
    path: "/audit-log",
    tags: ["Audit log"],
    summary: "Who changed what and when, newest first (next page: `before` and `beforeId` of the last entry)",
    request: { params: AuditParams, query: AuditQuery },
    responses: { 200: json(AuditListResponse) },
  }),
  async (c) => c.json({ items: await listAuditEntries(c.get("hospital"), c.req.valid("query")) }, 200),
);
