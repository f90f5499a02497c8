import { z } from "zod";
import { Id, Timestamp } from "../models/common.ts";

/**
 * Every read of personal data kept for a purpose (a VOC reply contact, a follow-up call list entry)
 * leaves a row: who, when, from which address, which record, what they did, why.
 */
export const PERSONAL_DATA_ACTIONS = ["view", "export", "decrypt"] as const;
export const PersonalDataAction = z.enum(PERSONAL_DATA_ACTIONS);
export type PersonalDataAction = z.infer<typeof PersonalDataAction>;

export const PersonalDataAccessEntry = z.object({
  id: Id,
  hospitalId: Id,
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  at: Timestamp,
  address: z.string(),
  recordType: z.string(),
  recordId: z.string(),
  action: PersonalDataAction,
  purpose: z.string(),
});
export type PersonalDataAccessEntry = z.infer<typeof PersonalDataAccessEntry>;

export const ListPersonalDataAccessQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: Timestamp.optional(),
  beforeId: Id.optional(),
  recordType: z.string().max(50).optional(),
  recordId: z.string().max(100).optional(),
  actorId: Id.optional(),
});
export type ListPersonalDataAccessQuery = z.input<typeof ListPersonalDataAccessQuery>;
