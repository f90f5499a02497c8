import { z } from "@hono/zod-openapi";
import {
  ALERT_RULE_KINDS,
  Alert,
  AlertRecipients,
  AlertRule,
  CreateAlertRuleInput,
  PutAlertRecipientsInput,
  PutSmtpSettingsInput,
  SmtpSettings,
  UpdateAlertRuleInput,
} from "@motmap/core";
import { HospitalParams, IdParams, ItemsOf } from "../../http/route.ts";

export const AlertsHospitalParams = HospitalParams;
export const AlertParams = IdParams;
export const RecipientsParams = HospitalParams.extend({ departmentId: z.uuid() });

/** The inbox filter as a query string; the use case parses it again with the core's ListAlertsQuery. */
export const AlertListQueryParams = z.object({
  unread: z.enum(["true", "false"]).optional(),
  kind: z.enum(ALERT_RULE_KINDS).optional(),
  departmentId: z.uuid().optional(),
  touchpointId: z.uuid().optional(),
  limit: z.string().regex(/^\d+$/, "a whole number").optional(),
});

export const AlertListResponse = z.object({ items: z.array(Alert), unread: z.number().int() });
export const UnreadCountResponse = z.object({ unread: z.number().int() });
export const MarkedResponse = z.object({ marked: z.number().int() });
export const AlertRuleResponse = AlertRule;
export const AlertRulesResponse = ItemsOf(AlertRule);
export const CreateAlertRuleBody = CreateAlertRuleInput;
export const UpdateAlertRuleBody = UpdateAlertRuleInput;
export const SmtpSettingsResponse = SmtpSettings;
export const PutSmtpSettingsBody = PutSmtpSettingsInput;
export const TestMailBody = z.object({ to: z.email() });
export const TestMailResponse = z.object({ delivered: z.boolean(), error: z.string().nullable() });
export const RecipientsResponse = ItemsOf(AlertRecipients);
export const RecipientResponse = AlertRecipients;
export const PutRecipientsBody = PutAlertRecipientsInput;
