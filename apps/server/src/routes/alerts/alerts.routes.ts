import { OpenAPIHono } from "@hono/zod-openapi";
import {
  countUnreadAlerts,
  createAlertRule,
  deleteAlertRule,
  getSmtpSettings,
  listAlertRecipients,
  listAlertRules,
  listAlerts,
  loadSmtpConnection,
  markAlertRead,
  markAllAlertsRead,
  putAlertRecipients,
  putSmtpSettings,
  updateAlertRule,
} from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { noContent, respond, validationHook } from "../../http/errors.ts";
import { body, hospitalRoute, json, NO_CONTENT } from "../../http/route.ts";
import { sendTestMail } from "../../mail/alert-mail-sender.ts";
import {
  AlertListQueryParams,
  AlertListResponse,
  AlertParams,
  AlertRuleResponse,
  AlertRulesResponse,
  AlertsHospitalParams,
  CreateAlertRuleBody,
  MarkedResponse,
  PutRecipientsBody,
  PutSmtpSettingsBody,
  RecipientResponse,
  RecipientsParams,
  RecipientsResponse,
  SmtpSettingsResponse,
  TestMailBody,
  TestMailResponse,
  UnreadCountResponse,
  UpdateAlertRuleBody,
} from "./alerts.types.ts";

const tags = ["Alerts (서비스 회복 알림)"];
export const alertRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

// Fixed paths before /alerts/{id}.
alertRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/alerts",
    tags,
    summary: "The member's alert inbox: unread first, then newest, with the number unread",
    request: { params: AlertsHospitalParams, query: AlertListQueryParams },
    responses: { 200: json(AlertListResponse) },
  }),
  async (c) => respond(c, await listAlerts(c.get("hospital"), c.req.valid("query"))),
);

alertRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/alerts/unread-count",
    tags,
    summary: "How many alerts the member has not read (the navigation badge)",
    request: { params: AlertsHospitalParams },
    responses: { 200: json(UnreadCountResponse) },
  }),
  async (c) => respond(c, await countUnreadAlerts(c.get("hospital"))),
);

alertRoutes.openapi(
  hospitalRoute("read", {
    method: "post",
    path: "/alerts/read-all",
    tags,
    summary: "Mark every alert read for the member",
    request: { params: AlertsHospitalParams },
    responses: { 200: json(MarkedResponse) },
  }),
  async (c) => respond(c, await markAllAlertsRead(c.get("hospital"))),
);

alertRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/alerts/rules",
    tags,
    summary: "Alert rules: per touchpoint and hospital-wide defaults",
    request: { params: AlertsHospitalParams },
    responses: { 200: json(AlertRulesResponse) },
  }),
  async (c) => {
    const r = await listAlertRules(c.get("hospital"));
    return respond(c, r.ok ? { ok: true, value: { items: r.value } } : r);
  },
);

alertRoutes.openapi(
  hospitalRoute("manageHospital", {
    method: "post",
    path: "/alerts/rules",
    tags,
    summary: "Add a rule (one per kind and touchpoint; no touchpoint: the hospital-wide default)",
    request: { params: AlertsHospitalParams, body: body(CreateAlertRuleBody) },
    responses: { 201: json(AlertRuleResponse, "Created") },
  }),
  async (c) => respond(c, await createAlertRule(c.get("hospital"), c.req.valid("json")), 201),
);

alertRoutes.openapi(
  hospitalRoute("manageHospital", {
    method: "patch",
    path: "/alerts/rules/{id}",
    tags,
    summary: "Change a rule's threshold, severity, extra departments or switch it off",
    request: { params: AlertParams, body: body(UpdateAlertRuleBody) },
    responses: { 200: json(AlertRuleResponse) },
  }),
  async (c) => respond(c, await updateAlertRule(c.get("hospital"), c.req.valid("param").id, c.req.valid("json"))),
);

alertRoutes.openapi(
  hospitalRoute("manageHospital", {
    method: "delete",
    path: "/alerts/rules/{id}",
    tags,
    summary: "Delete a rule (its alerts stay)",
    request: { params: AlertParams },
    responses: NO_CONTENT,
  }),
  async (c) => noContent(c, await deleteAlertRule(c.get("hospital"), c.req.valid("param").id)),
);

alertRoutes.openapi(
  hospitalRoute("manageHospital", {
    method: "get",
    path: "/alerts/smtp",
    tags,
    summary: "The hospital's SMTP server for alert e-mail (the password is never returned)",
    request: { params: AlertsHospitalParams },
    responses: { 200: json(SmtpSettingsResponse) },
  }),
  async (c) => respond(c, await getSmtpSettings(c.get("hospital"))),
);

alertRoutes.openapi(
  hospitalRoute("manageHospital", {
    method: "put",
    path: "/alerts/smtp",
    tags,
    summary: "Save the SMTP settings (version 0 the first time; an omitted password keeps the stored one)",
    request: { params: AlertsHospitalParams, body: body(PutSmtpSettingsBody) },
    responses: { 200: json(SmtpSettingsResponse) },
  }),
  async (c) => respond(c, await putSmtpSettings(c.get("hospital"), c.req.valid("json"))),
);

alertRoutes.openapi(
  hospitalRoute("manageHospital", {
    method: "post",
    path: "/alerts/smtp/test",
    tags,
    summary: "Send a test message through the saved SMTP settings now",
    request: { params: AlertsHospitalParams, body: body(TestMailBody) },
    responses: { 200: json(TestMailResponse) },
  }),
  async (c) => {
    const smtp = await loadSmtpConnection(c.get("hospital"));
    const to = c.req.valid("json").to;
    return respond(c, { ok: true, value: await sendTestMail(smtp, to, smtp?.hospitalName ?? "") });
  },
);

alertRoutes.openapi(
  hospitalRoute("manageHospital", {
    method: "get",
    path: "/alerts/recipients",
    tags,
    summary: "Alert e-mail recipients of every department",
    request: { params: AlertsHospitalParams },
    responses: { 200: json(RecipientsResponse) },
  }),
  async (c) => {
    const r = await listAlertRecipients(c.get("hospital"));
    return respond(c, r.ok ? { ok: true, value: { items: r.value } } : r);
  },
);

alertRoutes.openapi(
  hospitalRoute("manageHospital", {
    method: "put",
    path: "/alerts/recipients/{departmentId}",
    tags,
    summary: "Replace a department's alert e-mail recipients",
    request: { params: RecipientsParams, body: body(PutRecipientsBody) },
    responses: { 200: json(RecipientResponse) },
  }),
  async (c) =>
    respond(c, await putAlertRecipients(c.get("hospital"), c.req.valid("param").departmentId, c.req.valid("json"))),
);

alertRoutes.openapi(
  hospitalRoute("read", {
    method: "post",
    path: "/alerts/{id}/read",
    tags,
    summary: "Mark one alert read for the member",
    request: { params: AlertParams },
    responses: NO_CONTENT,
  }),
  async (c) => noContent(c, await markAlertRead(c.get("hospital"), c.req.valid("param").id)),
);
