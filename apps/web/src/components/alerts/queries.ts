import type { Alert, AlertRecipients, AlertRule, AlertRuleKind, SmtpSettings } from "@motmap/core";
import { useQuery } from "@tanstack/react-query";
import { api, hospitalPath } from "../../api/client.ts";
import type { Items } from "../../api/types.ts";

export const alertKeys = {
  all: (hid: string) => ["hospital", hid, "alerts"] as const,
  unread: (hid: string) => ["hospital", hid, "alerts", "unread"] as const,
  list: (hid: string, filter: AlertFilter) => ["hospital", hid, "alerts", "list", filter] as const,
  rules: (hid: string) => ["hospital", hid, "alert-settings", "rules"] as const,
  recipients: (hid: string) => ["hospital", hid, "alert-settings", "recipients"] as const,
  smtp: (hid: string) => ["hospital", hid, "alert-settings", "smtp"] as const,
};

export interface AlertFilter {
  read?: "unread" | "read";
  kind?: AlertRuleKind;
  departmentId?: string;
}

export const ALERT_LIST_LIMIT = 100;
/** How often the navigation badge asks for the unread count. */
export const UNREAD_POLL_MS = 60_000;

export function useUnreadAlerts(hid: string, enabled = true) {
  return useQuery({
    queryKey: alertKeys.unread(hid),
    queryFn: () => api.get<{ unread: number }>(hospitalPath(hid, "/alerts/unread-count")),
    select: (d) => d.unread,
    refetchInterval: UNREAD_POLL_MS,
    enabled: enabled && hid !== "",
  });
}

export function useAlerts(hid: string, filter: AlertFilter) {
  return useQuery({
    queryKey: alertKeys.list(hid, filter),
    queryFn: () => {
      const params = new URLSearchParams({ limit: String(ALERT_LIST_LIMIT) });
      if (filter.read) params.set("unread", filter.read === "unread" ? "true" : "false");
      if (filter.kind) params.set("kind", filter.kind);
      if (filter.departmentId) params.set("departmentId", filter.departmentId);
      return api.get<{ items: Alert[]; unread: number }>(hospitalPath(hid, `/alerts?${params}`));
    },
    refetchInterval: UNREAD_POLL_MS,
  });
}

export function useAlertRules(hid: string) {
  return useQuery({
    queryKey: alertKeys.rules(hid),
    queryFn: () => api.get<Items<AlertRule>>(hospitalPath(hid, "/alerts/rules")),
    select: (d) => d.items,
  });
}

export function useAlertRecipients(hid: string) {
  return useQuery({
    queryKey: alertKeys.recipients(hid),
    queryFn: () => api.get<Items<AlertRecipients>>(hospitalPath(hid, "/alerts/recipients")),
    select: (d) => d.items,
  });
}

export function useSmtpSettings(hid: string) {
  return useQuery({
    queryKey: alertKeys.smtp(hid),
    queryFn: () => api.get<SmtpSettings>(hospitalPath(hid, "/alerts/smtp")),
  });
}

export const markAlertRead = (hid: string, id: string) => api.post<void>(hospitalPath(hid, `/alerts/${id}/read`));
export const markAllAlertsRead = (hid: string) => api.post<{ marked: number }>(hospitalPath(hid, "/alerts/read-all"));
export const createAlertRule = (hid: string, body: unknown) =>
  api.post<AlertRule>(hospitalPath(hid, "/alerts/rules"), body);
export const updateAlertRule = (hid: string, id: string, body: unknown) =>
  api.patch<AlertRule>(hospitalPath(hid, `/alerts/rules/${id}`), body);
export const deleteAlertRule = (hid: string, id: string) => api.delete(hospitalPath(hid, `/alerts/rules/${id}`));
export const putAlertRecipients = (hid: string, departmentId: string, emails: string[]) =>
  api.put<AlertRecipients>(hospitalPath(hid, `/alerts/recipients/${departmentId}`), { emails });
export const putSmtpSettings = (hid: string, body: unknown) =>
  api.put<SmtpSettings>(hospitalPath(hid, "/alerts/smtp"), body);
export const sendTestMail = (hid: string, to: string) =>
  api.post<{ delivered: boolean; error: string | null }>(hospitalPath(hid, "/alerts/smtp/test"), { to });

/** Where an alert's source opens: the VOC drawer, the response drawer, the follow-up call drawer. */
export function alertSourcePath(hid: string, alert: Alert): string | null {
  switch (alert.sourceType) {
    case "voc_item":
      return `/h/${hid}/voc?item=${alert.sourceId}`;
    case "survey_response":
      return alert.sourceParentId
        ? `/h/${hid}/surveys/${alert.sourceParentId}/responses?response=${alert.sourceId}`
        : null;
    case "follow_up_call":
      return `/h/${hid}/follow-up?entry=${alert.sourceId}`;
  }
}
