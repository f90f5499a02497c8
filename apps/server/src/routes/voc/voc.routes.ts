import { OpenAPIHono } from "@hono/zod-openapi";
import {
  createVocItem,
  createVocSavedView,
  deleteVocSavedView,
  getVocItem,
  listPersonalDataAccess,
  listVocItems,
  listVocSavedViews,
  retrainVocModel,
  revealVocContact,
  suggestVocTouchpoint,
  transitionVocItem,
  updateVocItem,
} from "@motmap/db";
import { clientAddress } from "../../http/client-address.ts";
import type { AppEnv } from "../../http/env.ts";
import { noContent, respond, validationHook } from "../../http/errors.ts";
import { body, hospitalRoute, json, NO_CONTENT } from "../../http/route.ts";
import {
  AccessLogQuery,
  AccessLogResponse,
  CreateVocBody,
  RetrainResponse,
  RevealContactBody,
  RevealContactResponse,
  SavedViewBody,
  SavedViewResponse,
  SavedViewsResponse,
  SuggestVocBody,
  TransitionVocBody,
  UpdateVocBody,
  VocDetailResponse,
  VocHospitalParams,
  VocListQueryParams,
  VocListResponse,
  VocParams,
  VocResponse,
  VocSuggestionResponse,
} from "./voc.types.ts";

const tags = ["VOC (고객의 소리)"];
export const vocRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

// Fixed paths before /voc/{id}.
vocRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/voc",
    tags,
    summary: "VOC items, newest first, with filters, counts per status and a cursor for the next page",
    request: { params: VocHospitalParams, query: VocListQueryParams },
    responses: { 200: json(VocListResponse) },
  }),
  async (c) => respond(c, await listVocItems(c.get("hospital"), c.req.valid("query"))),
);

vocRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/voc",
    tags,
    summary: "Register a VOC item (text masked; contact encrypted, shown masked; the touchpoint suggestion is kept)",
    request: { params: VocHospitalParams, body: body(CreateVocBody) },
    responses: { 201: json(VocResponse, "Created") },
  }),
  async (c) => respond(c, await createVocItem(c.get("hospital"), c.req.valid("json")), 201),
);

vocRoutes.openapi(
  hospitalRoute("read", {
    method: "post",
    path: "/voc/suggest",
    tags,
    summary: "Suggest the touchpoint and type of a VOC text, learned from the hospital's tagged items",
    request: { params: VocHospitalParams, body: body(SuggestVocBody) },
    responses: { 200: json(VocSuggestionResponse) },
  }),
  async (c) => respond(c, await suggestVocTouchpoint(c.get("hospital"), c.req.valid("json"))),
);

vocRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/voc/model/retrain",
    tags,
    summary:
      "Retrain the suggestion model from the items as they are tagged now (corrections are learned at once anyway)",
    request: { params: VocHospitalParams },
    responses: { 200: json(RetrainResponse) },
  }),
  async (c) => respond(c, await retrainVocModel(c.get("hospital"))),
);

vocRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/voc/views",
    tags,
    summary: "Your saved views of the VOC list",
    request: { params: VocHospitalParams },
    responses: { 200: json(SavedViewsResponse) },
  }),
  async (c) => c.json({ items: await listVocSavedViews(c.get("hospital")) }, 200),
);

vocRoutes.openapi(
  hospitalRoute("read", {
    method: "post",
    path: "/voc/views",
    tags,
    summary: "Save a filter of the VOC list under a name (yours only)",
    request: { params: VocHospitalParams, body: body(SavedViewBody) },
    responses: { 201: json(SavedViewResponse, "Created") },
  }),
  async (c) => respond(c, await createVocSavedView(c.get("hospital"), c.req.valid("json")), 201),
);

vocRoutes.openapi(
  hospitalRoute("read", {
    method: "delete",
    path: "/voc/views/{id}",
    tags,
    summary: "Delete one of your saved views",
    request: { params: VocParams },
    responses: NO_CONTENT,
  }),
  async (c) => noContent(c, await deleteVocSavedView(c.get("hospital"), c.req.valid("param").id)),
);

vocRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/voc/{id}",
    tags,
    summary: "A VOC item with its history and the suggestion made when it was registered",
    request: { params: VocParams },
    responses: { 200: json(VocDetailResponse) },
  }),
  async (c) => respond(c, await getVocItem(c.get("hospital"), c.req.valid("param").id)),
);

vocRoutes.openapi(
  hospitalRoute("edit", {
    method: "patch",
    path: "/voc/{id}",
    tags,
    summary: "Change a VOC item's type, channel, date, touchpoint, departments, severity, text or contact",
    request: { params: VocParams, body: body(UpdateVocBody) },
    responses: { 200: json(VocResponse) },
  }),
  async (c) => respond(c, await updateVocItem(c.get("hospital"), c.req.valid("param").id, c.req.valid("json"))),
);

vocRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/voc/{id}/transition",
    tags,
    summary: "Assign, answer, close or reopen (managers only) a VOC item; 409 when its state does not allow it",
    request: { params: VocParams, body: body(TransitionVocBody) },
    responses: { 200: json(VocResponse) },
  }),
  async (c) =>
    respond(c, await transitionVocItem(c.get("hospital"), c.req.valid("param").id, c.req.valid("json"), c.get("role"))),
);

vocRoutes.openapi(
  hospitalRoute("edit", {
    method: "post",
    path: "/voc/{id}/contact/reveal",
    tags,
    summary: "Show the reply contact in full; written to the personal-data access log",
    request: { params: VocParams, body: body(RevealContactBody) },
    responses: { 200: json(RevealContactResponse) },
  }),
  async (c) =>
    respond(
      c,
      await revealVocContact(c.get("hospital"), c.req.valid("param").id, c.req.valid("json"), clientAddress(c)),
    ),
);

vocRoutes.openapi(
  hospitalRoute("readAudit", {
    method: "get",
    path: "/personal-data-access-log",
    tags: ["Audit log"],
    summary: "Who viewed, exported or decrypted personal data, when, from where and why; newest first",
    request: { params: VocHospitalParams, query: AccessLogQuery },
    responses: { 200: json(AccessLogResponse) },
  }),
  async (c) => {
    const result = await listPersonalDataAccess(c.get("hospital"), c.req.valid("query"));
    return respond(c, result.ok ? { ok: true, value: { items: result.value } } : result);
  },
);
