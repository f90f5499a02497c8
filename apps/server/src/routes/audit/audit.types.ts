import { z } from "@hono/zod-openapi";
import { AuditEntry } from "@motmap/core";
import { HospitalParams, ItemsOf } from "../../http/route.ts";

export const AuditParams = HospitalParams;
export const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  before: z.iso.datetime({ offset: true }).optional(),
  beforeId: z.uuid().optional(),
  entityId: z.string().max(100).optional(),
});
export const AuditListResponse = ItemsOf(AuditEntry);
