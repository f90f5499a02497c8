import { z } from "zod";
import { Id, Name, Timestamp } from "../models/common.ts";
import {
  VOC_STATUSES,
  VocChannel,
  VocDate,
  VocHistoryEntry,
  VocItem,
  VocSeverity,
  VocStatus,
  VocType,
} from "./voc-item.ts";

/** "true" / "false" from a query string, or a boolean from JSON (saved views). */
const Flag = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);

/** What the VOC list can be narrowed by; also what a saved view stores. */
export const VocListFilter = z.object({
  type: VocType.optional(),
  status: VocStatus.optional(),
  channel: VocChannel.optional(),
  severity: VocSeverity.optional(),
  touchpointId: Id.optional(),
  stageId: Id.optional(),
  /** A department the item concerns or is assigned to. */
  departmentId: Id.optional(),
  /** Received on or after / on or before (calendar days). */
  from: VocDate.optional(),
  to: VocDate.optional(),
  /** Words in the (masked) text or reply. */
  q: z.string().trim().max(200).optional(),
  assignedToMe: Flag.optional(),
  /** Assigned, and the due date has passed. */
  overdue: Flag.optional(),
});
export type VocListFilter = z.infer<typeof VocListFilter>;

export const MAX_VOC_PAGE = 200;

export const VocListQuery = VocListFilter.extend({
  limit: z.coerce.number().int().min(1).max(MAX_VOC_PAGE).default(50),
  /** `nextCursor` of the previous page. */
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, "use the nextCursor of the previous page")
    .optional(),
  /** Today on the hospital's clock, for `overdue` (default: today in Asia/Seoul). */
  today: VocDate.optional(),
});
export type VocListQuery = z.input<typeof VocListQuery>;

export const VocStatusCounts = z.object(
  Object.fromEntries(VOC_STATUSES.map((s) => [s, z.number().int().min(0)])) as Record<
    (typeof VOC_STATUSES)[number],
    z.ZodNumber
  >,
);
export type VocStatusCounts = z.infer<typeof VocStatusCounts>;

export const VocListPage = z.object({
  items: z.array(VocItem),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** Items per status under the same filter (without the status filter itself). */
  statusCounts: VocStatusCounts,
  /** Overdue items under the same filter. */
  overdue: z.number().int().min(0),
});
export type VocListPage = z.infer<typeof VocListPage>;

/** One ranked touchpoint of a suggestion, with the names the UI shows. */
export const VocTouchpointGuess = z.object({
  touchpointId: Id,
  name: z.string(),
  stageId: Id,
  stageName: z.string(),
  journeyId: Id,
  journeyTitle: z.string(),
  probability: z.number().min(0).max(1),
});
export const VocTypeGuess = z.object({ type: VocType, probability: z.number().min(0).max(1) });

export const VocSuggestionResult = z.object({
  touchpoints: z.array(VocTouchpointGuess),
  types: z.array(VocTypeGuess),
  /** Tagged examples the model has learned; 0 means no suggestion is possible yet. */
  trainedOn: z.number().int().min(0),
});
export type VocSuggestionResult = z.infer<typeof VocSuggestionResult>;

export const SuggestVocInput = z.object({ text: z.string().max(5000) });

export const VocDetail = VocItem.extend({
  history: z.array(VocHistoryEntry.extend({ actorName: z.string().nullable(), actorId: Id.nullable() })),
  /** What the model proposed when the item was registered. */
  suggestion: VocSuggestionResult.nullable(),
  assigneeName: z.string().nullable(),
});
export type VocDetail = z.infer<typeof VocDetail>;

export const VocSavedView = z.object({
  id: Id,
  name: z.string(),
  filter: VocListFilter,
  createdAt: Timestamp,
});
export type VocSavedView = z.infer<typeof VocSavedView>;

export const CreateVocSavedViewInput = z.object({ name: Name(80), filter: VocListFilter });
export type CreateVocSavedViewInput = z.input<typeof CreateVocSavedViewInput>;

/** Why staff open a contact: written to the access log with the reveal. */
export const RevealVocContactInput = z.object({ purpose: z.string().trim().max(200).default("") });

export const RevealedVocContact = z.object({ contact: z.string(), contactMasked: z.string() });
