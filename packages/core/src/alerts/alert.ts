import { z } from "zod";
import { Entity, Id, Timestamp, Version } from "../models/common.ts";
import { VocSeverity } from "../voc/voc-item.ts";

/**
 * Service-recovery alerts (서비스 회복 알림): a rule says which event on a touchpoint needs the owning
 * department's attention at once — a low satisfaction answer, a serious complaint, a follow-up call
 * that found an issue.
 */
export const ALERT_RULE_KINDS = ["low_satisfaction", "voc_complaint", "follow_up_issue"] as const;
export const AlertRuleKind = z.enum(ALERT_RULE_KINDS);
export type AlertRuleKind = z.infer<typeof AlertRuleKind>;

export const ALERT_SOURCE_TYPES = ["survey_response", "voc_item", "follow_up_call"] as const;
export const AlertSourceType = z.enum(ALERT_SOURCE_TYPES);
export type AlertSourceType = z.infer<typeof AlertSourceType>;

export const SOURCE_OF_KIND: Record<AlertRuleKind, AlertSourceType> = {
  low_satisfaction: "survey_response",
  voc_complaint: "voc_item",
  follow_up_issue: "follow_up_call",
};

/**
 * A satisfaction rule fires at or below its threshold, which is at most the middle of a 5-point scale:
 * a submission whose answers are all above it costs no rule lookup (most patients are satisfied).
 */
export const MAX_SATISFACTION_THRESHOLD = 3;

export const AlertRule = Entity.extend({
  kind: AlertRuleKind,
  /** null: the hospital-wide default for touchpoints without a rule of their own of this kind. */
  touchpointId: Id.nullable(),
  /** low_satisfaction: answers ≤ this fire. */
  threshold: z.number().int().nullable(),
  /** voc_complaint: complaints of this severity or worse fire. */
  minSeverity: VocSeverity.nullable(),
  enabled: z.boolean(),
  /** Notified besides the touchpoint's owning departments (e.g. the CS team). */
  departmentIds: z.array(Id),
});
export type AlertRule = z.infer<typeof AlertRule>;

const RuleFields = {
  touchpointId: Id.nullable().optional(),
  threshold: z.number().int().min(1).max(MAX_SATISFACTION_THRESHOLD).nullable().optional(),
  minSeverity: VocSeverity.nullable().optional(),
  enabled: z.boolean().optional(),
  departmentIds: z.array(Id).max(20).optional(),
};

export const CreateAlertRuleInput = z.object({ kind: AlertRuleKind, ...RuleFields }).superRefine((r, ctx) => {
  if (r.kind === "low_satisfaction" && (r.threshold === undefined || r.threshold === null)) {
    ctx.addIssue({ code: "custom", path: ["threshold"], message: "a satisfaction rule needs a threshold" });
  }
  if (r.kind !== "low_satisfaction" && r.threshold != null) {
    ctx.addIssue({ code: "custom", path: ["threshold"], message: "only a satisfaction rule has a threshold" });
  }
  if (r.kind !== "voc_complaint" && r.minSeverity != null) {
    ctx.addIssue({ code: "custom", path: ["minSeverity"], message: "only a complaint rule has a severity" });
  }
});
export type CreateAlertRuleInput = z.input<typeof CreateAlertRuleInput>;

export const UpdateAlertRuleInput = z.object({
  version: Version,
  threshold: RuleFields.threshold,
  minSeverity: RuleFields.minSeverity,
  enabled: RuleFields.enabled,
  departmentIds: RuleFields.departmentIds,
});
export type UpdateAlertRuleInput = z.input<typeof UpdateAlertRuleInput>;

/** What the source said, kept with the alert so the inbox and the e-mail need no second lookup. */
export const AlertDetail = z.object({
  /** Satisfaction: the lowest answer that fired, its scale and question. */
  score: z.number().nullable().optional(),
  scale: z.number().nullable().optional(),
  questionKey: z.string().nullable().optional(),
  questionText: z.string().nullable().optional(),
  /** Further low answers of the same response (question keys). */
  otherLowAnswers: z.number().int().optional(),
  /** VOC / follow-up: severity and a short excerpt of the (already masked) text. */
  severity: z.string().nullable().optional(),
  excerpt: z.string().nullable().optional(),
});
export type AlertDetail = z.infer<typeof AlertDetail>;

export const Alert = z.object({
  id: Id,
  hospitalId: Id,
  ruleId: Id.nullable(),
  kind: AlertRuleKind,
  sourceType: AlertSourceType,
  sourceId: z.string(),
  /** The survey of a response (for its link); null otherwise. */
  sourceParentId: z.string().nullable(),
  touchpointId: Id.nullable(),
  touchpointName: z.string().nullable(),
  journeyId: Id.nullable(),
  /** The lead owning department; all notified departments are in departmentIds. */
  departmentId: Id.nullable(),
  departmentIds: z.array(Id),
  detail: AlertDetail,
  createdAt: Timestamp,
  read: z.boolean(),
});
export type Alert = z.infer<typeof Alert>;

export const ListAlertsQuery = z.object({
  unread: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  kind: AlertRuleKind.optional(),
  departmentId: Id.optional(),
  touchpointId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListAlertsQuery = z.input<typeof ListAlertsQuery>;

export const SmtpSettings = z.object({
  host: z.string(),
  port: z.number().int(),
  secure: z.boolean(),
  username: z.string(),
  /** Never returned: only whether one is stored. */
  hasPassword: z.boolean(),
  fromAddress: z.string(),
  /** The address staff open motmap at, for the link in the e-mail (https://motmap.hospital.kr). */
  appUrl: z.string(),
  enabled: z.boolean(),
  version: z.number().int().min(0),
});
export type SmtpSettings = z.infer<typeof SmtpSettings>;

export const PutSmtpSettingsInput = z.object({
  /** 0 when none are stored yet. */
  version: z.number().int().min(0),
  host: z.string().trim().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  secure: z.boolean(),
  username: z.string().trim().max(255).default(""),
  /** Omitted: keep the stored one; "" removes it. */
  password: z.string().max(1000).optional(),
  fromAddress: z.email(),
  appUrl: z.url().max(500),
  enabled: z.boolean().default(true),
});
export type PutSmtpSettingsInput = z.input<typeof PutSmtpSettingsInput>;

export const AlertRecipients = z.object({ departmentId: Id, emails: z.array(z.email()) });
export type AlertRecipients = z.infer<typeof AlertRecipients>;
export const PutAlertRecipientsInput = z.object({ emails: z.array(z.email().max(320)).max(50) });
