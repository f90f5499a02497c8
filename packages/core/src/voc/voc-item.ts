import { z } from "zod";
import { Entity, Id, Text, Timestamp, Version } from "../models/common.ts";
import { type MaskedText, maskEmail, maskPersonalData, maskPhone } from "../privacy/index.ts";

/** 고객의 소리 유형: 불만 · 칭찬 · 제안 · 문의. */
export const VOC_TYPES = ["complaint", "compliment", "suggestion", "inquiry"] as const;
export const VocType = z.enum(VOC_TYPES);
export type VocType = z.infer<typeof VocType>;

/** 접수 경로: 방문 · 전화 · 홈페이지 · 고객의 소리 카드 · SNS/리뷰 · 설문 의견 · 해피콜. */
export const VOC_CHANNELS = [
  "in_person",
  "phone",
  "homepage",
  "voc_card",
  "social_review",
  "survey_comment",
  "follow_up_call",
] as const;
export const VocChannel = z.enum(VOC_CHANNELS);
export type VocChannel = z.infer<typeof VocChannel>;

/** Three levels, not the pain point's four: a VOC is triaged on receipt, in seconds. */
export const VOC_SEVERITIES = ["low", "medium", "high"] as const;
export const VocSeverity = z.enum(VOC_SEVERITIES);
export type VocSeverity = z.infer<typeof VocSeverity>;

/** 접수 → 배정 → 답변 → 종결. */
export const VOC_STATUSES = ["received", "assigned", "answered", "closed"] as const;
export const VocStatus = z.enum(VOC_STATUSES);
export type VocStatus = z.infer<typeof VocStatus>;

export const VOC_ACTIONS = ["assign", "answer", "close", "reopen"] as const;
export const VocAction = z.enum(VOC_ACTIONS);
export type VocAction = z.infer<typeof VocAction>;

export const MAX_VOC_TEXT = 5000;
export const MAX_VOC_REPLY = 5000;
export const MAX_VOC_NOTE = 2000;

/** A calendar day (YYYY-MM-DD): when the patient spoke, not when staff typed it in. */
export const VocDate = z.iso.date({ message: "use a date like 2024-06-13" });

const VocText = z
  .string()
  .trim()
  .min(1, "write what the patient said")
  .max(MAX_VOC_TEXT, `at most ${MAX_VOC_TEXT} characters`);

/** A phone number or an e-mail for the reply; kept encrypted by the db layer, shown only masked. */
export const VocContact = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(254, "at most 254 characters")
  .refine((c) => c.includes("@") || (c.match(/\d/g)?.length ?? 0) >= 8, "enter a phone number or an e-mail address");

const VocFields = z.object({
  type: VocType,
  channel: VocChannel,
  receivedOn: VocDate,
  touchpointId: Id.nullable().default(null),
  stageId: Id.nullable().default(null),
  departmentIds: z.array(Id).max(20, "at most 20 departments").default([]),
  severity: VocSeverity.default("medium"),
  text: VocText,
});

/** Who handles it and until when; set by `assign`, kept through answer and close. */
export const VocAssignment = z.object({
  departmentId: Id,
  assigneeUserId: Id.nullable(),
  dueOn: VocDate,
});
export type VocAssignment = z.infer<typeof VocAssignment>;

/** The fields the workflow owns: only `transitionVoc` changes them. */
export const VocWorkflowFields = z.object({
  status: VocStatus,
  assignment: VocAssignment.nullable(),
  reply: z.string().nullable(),
  answeredAt: Timestamp.nullable(),
  answeredBy: Id.nullable(),
  closedAt: Timestamp.nullable(),
  closedBy: Id.nullable(),
});
export type VocWorkflowFields = z.infer<typeof VocWorkflowFields>;

export const VocItem = Entity.extend(VocFields.shape)
  .extend({
    /** Masked with `maskPersonalData` before storage: the raw text is never written. */
    text: z.string(),
    /** "010-****-5678"; the plain contact exists only encrypted in the db layer. */
    contactMasked: z.string().nullable(),
  })
  .extend(VocWorkflowFields.shape);
export type VocItem = z.infer<typeof VocItem>;

/** One line of an item's history: every workflow change writes one. */
export const VocHistoryEntry = z.object({
  action: z.union([VocAction, z.literal("create")]),
  fromStatus: VocStatus.nullable(),
  toStatus: VocStatus,
  actorId: Id,
  at: Timestamp,
  note: z.string(),
  /** The workflow fields the change set, with their new values (a reply, an assignment...). */
  changes: z.record(z.string(), z.unknown()),
});
export type VocHistoryEntry = z.infer<typeof VocHistoryEntry>;

export const CreateVocInput = VocFields.extend({ contact: VocContact.optional() });
export type CreateVocInput = z.input<typeof CreateVocInput>;

/** Descriptive fields only; the status moves through `TransitionVocInput`. */
export const UpdateVocInput = z
  .object({
    type: VocType,
    channel: VocChannel,
    receivedOn: VocDate,
    touchpointId: Id.nullable(),
    stageId: Id.nullable(),
    departmentIds: z.array(Id).max(20, "at most 20 departments"),
    severity: VocSeverity,
    text: VocText,
    /** null removes the contact. */
    contact: VocContact.nullable(),
  })
  .partial()
  .extend({ version: Version });
export type UpdateVocInput = z.infer<typeof UpdateVocInput>;

const Note = Text(MAX_VOC_NOTE).transform((s) => s.trim());

export const VocAssignAction = z.object({
  action: z.literal("assign"),
  departmentId: Id,
  assigneeUserId: Id.nullable().default(null),
  dueOn: VocDate,
  note: Note.default(""),
});
export const VocAnswerAction = z.object({
  action: z.literal("answer"),
  reply: z
    .string()
    .trim()
    .min(1, "write the reply given to the patient")
    .max(MAX_VOC_REPLY, `at most ${MAX_VOC_REPLY} characters`),
  note: Note.default(""),
});
export const VocCloseAction = z.object({ action: z.literal("close"), note: Note.default("") });
/** Reopening needs a reason; the assignment may change, otherwise the previous one stays. */
export const VocReopenAction = z.object({
  action: z.literal("reopen"),
  note: z.string().trim().min(1, "say why the item is reopened").max(MAX_VOC_NOTE),
  departmentId: Id.optional(),
  assigneeUserId: Id.nullable().optional(),
  dueOn: VocDate.optional(),
});

export const VocTransition = z.discriminatedUnion("action", [
  VocAssignAction,
  VocAnswerAction,
  VocCloseAction,
  VocReopenAction,
]);
export type VocTransition = z.infer<typeof VocTransition>;
export type VocTransitionInput = z.input<typeof VocTransition>;

/** The request body of a transition: the action plus the version it was made against. */
export const TransitionVocInput = z.intersection(VocTransition, z.object({ version: Version }));
export type TransitionVocInput = z.infer<typeof TransitionVocInput>;

/** The state of a freshly received item. */
export const INITIAL_VOC_WORKFLOW: VocWorkflowFields = {
  status: "received",
  assignment: null,
  reply: null,
  answeredAt: null,
  answeredBy: null,
  closedAt: null,
  closedBy: null,
};

/** The VOC text as it may be stored: personal data replaced by tokens (same masking as survey answers). */
export function maskVocText(text: string): MaskedText {
  return maskPersonalData(text);
}

/** The display form of a reply contact: an e-mail keeps its domain, a phone its area code and last 4 digits. */
export function maskVocContact(contact: string): string {
  const trimmed = contact.trim();
  return trimmed.includes("@") ? maskEmail(trimmed) : maskPhone(trimmed);
}
