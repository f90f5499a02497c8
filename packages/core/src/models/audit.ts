import { z } from "zod";
import { Id } from "./common.ts";

export const AUDIT_ACTIONS = [
  "create",
  "update",
  "delete",
  "reorder",
  "duplicate",
  "import",
  /** Data leaving the system (a download of patients' answers), recorded although nothing changed. */
  "export",
  "login",
  "logout",
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditEntry = z.object({
  id: Id,
  hospitalId: Id,
  userId: Id.nullable(),
  userName: z.string().nullable(),
  at: z.string(),
  action: AuditAction,
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
