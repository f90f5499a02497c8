import { OpenAPIHono } from "@hono/zod-openapi";
import type { FollowUpImportInput } from "@motmap/core";
import {
  assignFollowUpEntries,
  createVocFromFollowUpIssue,
  getFollowUpEntry,
  getFollowUpSettings,
  getFollowUpStats,
  type HospitalContext,
  importFollowUpList,
  listFollowUpCallers,
  listFollowUpEntries,
  listFollowUpLists,
  recordFollowUpAttempt,
  revealFollowUpPhone,
  updateFollowUpScript,
  updateFollowUpSettings,
} from "@motmap/db";
import { readTable, TableReadError } from "@motmap/tabular";
import type { Context } from "hono";
import { clientAddress } from "../../http/client-address.ts";
import type { AppEnv } from "../../http/env.ts";
import { respond, validationHook } from "../../http/errors.ts";
import { body, hospitalRoute, json } from "../../http/route.ts";
import {
  AssignBody,
  AssignResponse,
  AttemptBody,
  CallersResponse,
  EntryDetailResponse,
  EntryPageResponse,
  EntryQueryParams,
  FollowUpHospitalParams,
  FollowUpIdParams,
  ImportBody,
  ImportResponse,
  IssueToVocBody,
  IssueToVocResponse,
  ListsResponse,
  RevealBody,
  RevealResponse,
  ScriptBody,
  ScriptParams,
  ScriptResponse,
  SettingsResponse,
  StatsQueryParams,
  StatsResponse,
  UpdateSettingsBody,
} from "./follow-up.types.ts";

const tags = ["Follow-up calls (해피콜)"];
export const followUpRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

followUpRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/follow-up/settings",
    tags,
    summary: "Retention period, maximum attempts and the call script of every journey",
    request: { params: FollowUpHospitalParams },
    responses: { 200: json(SettingsResponse) },
  }),
  async (c) => respond(c, await getFollowUpSettings(c.get("hospital"))),
);

followUpRoutes.openapi(
  hospitalRoute("manageHospital", {
    method: "put",
    path: "/follow-up/settings",
    tags,
    summary: "Set the retention period (days after import when names and phones are deleted) and maximum attempts",
    request: { params: FollowUpHospitalParams, body: body(UpdateSettingsBody) },
    responses: { 200: json(SettingsResponse) },
  }),
  async (c) => {
    const ctx = c.get("hospital");
    const updated = await updateFollowUpSettings(ctx, c.req.valid("json"));
    if (!updated.ok) return respond(c, updated);
    return respond(c, await getFollowUpSettings(ctx));
  },
);

followUpRoutes.openapi(
  hospitalRoute("edit", {
    method: "put",
    path: "/follow-up/scripts/{journeyId}",
    tags,
    summary: "The call script of a journey (empty text restores the default)",
    request: { params: ScriptParams, body: body(ScriptBody) },
    responses: { 200: json(ScriptResponse) },
  }),
  async (c) =>
    respond(c, await updateFollowUpScript(c.get("hospital"), c.req.valid("param").journeyId, c.req.valid("json"))),
);

followUpRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/follow-up/lists",
    tags,
    summary: "Imported call lists, newest first (no personal data)",
    request: { params: FollowUpHospitalParams },
    responses: { 200: json(ListsResponse) },
  }),
  async (c) => c.json({ items: await listFollowUpLists(c.get("hospital")) }, 200),
);

/** Reads the base64 file and runs the import; a file the reader refuses is a 400 with its ko/en sentences. */
async function runImport(c: Context, ctx: HospitalContext, input: FollowUpImportInput, mode: "preview" | "commit") {
  const bytes = Buffer.from(input.content, "base64");
  let table: Awaited<ReturnType<typeof readTable>>;
  try {
    table = await readTable({ bytes, fileName: input.fileName });
  } catch (e) {
    if (!(e instanceof TableReadError)) throw e;
    const { message, messageEn } = e.error;
    return c.json({ error: { code: "validation_failed", message: messageEn, details: { message, messageEn } } }, 400);
  }
  return respond(
    c,
    await importFollowUpList(ctx, {
      header: table.header,
      rows: table.rows,
      ...(input.mapping ? { mapping: input.mapping } : {}),
      mode,
      fileName: input.fileName,
      name: input.name ?? "",
    }),
  );
}

followUpRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/follow-up/imports/preview",
    tags,
    summary:
      "Check a call list (CSV / XLSX as base64): header, suggested mapping, bad rows in Korean and English, masked sample; writes nothing",
    request: { params: FollowUpHospitalParams, body: body(ImportBody) },
    responses: { 200: json(ImportResponse) },
  }),
  async (c) => runImport(c, c.get("hospital"), c.req.valid("json"), "preview") as never,
);

followUpRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/follow-up/imports/commit",
    tags,
    summary:
      "Import a call list: all rows or none; rows already imported are skipped; names and phones are stored encrypted",
    request: { params: FollowUpHospitalParams, body: body(ImportBody) },
    responses: { 200: json(ImportResponse) },
  }),
  async (c) => runImport(c, c.get("hospital"), c.req.valid("json"), "commit") as never,
);

followUpRoutes.openapi(
  hospitalRoute("edit", {
    method: "get",
    path: "/follow-up/entries",
    tags,
    summary: "The worklist (masked); every page load is written to the personal-data access log",
    request: { params: FollowUpHospitalParams, query: EntryQueryParams },
    responses: { 200: json(EntryPageResponse) },
  }),
  async (c) => respond(c, await listFollowUpEntries(c.get("hospital"), c.req.valid("query"), clientAddress(c))),
);

followUpRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/follow-up/entries/assign",
    tags,
    summary: "Give entries to a caller (a member), or take them back with null",
    request: { params: FollowUpHospitalParams, body: body(AssignBody) },
    responses: { 200: json(AssignResponse) },
  }),
  async (c) => respond(c, await assignFollowUpEntries(c.get("hospital"), c.req.valid("json"))),
);

followUpRoutes.openapi(
  hospitalRoute("edit", {
    method: "get",
    path: "/follow-up/callers",
    tags,
    summary:
      "The members calls can be given to (editors and above), with their open calls, and the open calls without a caller",
    request: { params: FollowUpHospitalParams },
    responses: { 200: json(CallersResponse) },
  }),
  async (c) => respond(c, await listFollowUpCallers(c.get("hospital"))),
);

followUpRoutes.openapi(
  hospitalRoute("edit", {
    method: "get",
    path: "/follow-up/entries/{id}",
    tags,
    summary: "An entry (masked) with its attempts, ratings, issues and the journey's script; the view is logged",
    request: { params: FollowUpIdParams },
    responses: { 200: json(EntryDetailResponse) },
  }),
  async (c) => respond(c, await getFollowUpEntry(c.get("hospital"), c.req.valid("param").id, clientAddress(c))),
);

followUpRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/follow-up/entries/{id}/attempts",
    tags,
    summary:
      "Log a call: not reached / reached / refused; a reached call carries scores per touchpoint and issues raised (409 when the call is closed)",
    request: { params: FollowUpIdParams, body: body(AttemptBody) },
    responses: { 201: json(EntryDetailResponse, "Created") },
  }),
  async (c) =>
    respond(c, await recordFollowUpAttempt(c.get("hospital"), c.req.valid("param").id, c.req.valid("json")), 201),
);

followUpRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/follow-up/entries/{id}/phone/reveal",
    tags,
    summary: "Show the phone number in full to dial it; written to the personal-data access log",
    request: { params: FollowUpIdParams, body: body(RevealBody) },
    responses: { 200: json(RevealResponse) },
  }),
  async (c) =>
    respond(
      c,
      await revealFollowUpPhone(c.get("hospital"), c.req.valid("param").id, c.req.valid("json"), clientAddress(c)),
    ),
);

followUpRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/follow-up/issues/{id}/voc",
    tags,
    summary:
      "Register an issue raised on a call as a VOC item (channel follow_up_call) and link it; 409 if already done",
    request: { params: FollowUpIdParams, body: body(IssueToVocBody) },
    responses: { 201: json(IssueToVocResponse, "Created") },
  }),
  async (c) =>
    respond(c, await createVocFromFollowUpIssue(c.get("hospital"), c.req.valid("param").id, c.req.valid("json")), 201),
);

followUpRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/follow-up/stats",
    tags,
    summary: "Contact rate, reached rate and mean satisfaction per department, ISO week and touchpoint",
    request: { params: FollowUpHospitalParams, query: StatsQueryParams },
    responses: { 200: json(StatsResponse) },
  }),
  async (c) => respond(c, await getFollowUpStats(c.get("hospital"), c.req.valid("query"))),
);
