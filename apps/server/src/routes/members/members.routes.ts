import { OpenAPIHono } from "@hono/zod-openapi";
import { addMember, listMembers, removeMember, updateMemberRole } from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { noContent, respond, validationHook } from "../../http/errors.ts";
import { body, HospitalParams, hospitalRoute, json, NO_CONTENT } from "../../http/route.ts";
import { AddMemberBody, MemberListResponse, MemberParams, MemberResponse, UpdateMemberBody } from "./members.types.ts";

const tags = ["Members"];
export const memberRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

memberRoutes.openapi(
  hospitalRoute("manageMembers", {
    method: "get",
    path: "/members",
    tags,
    summary: "List the hospital's members and their roles",
    request: { params: HospitalParams },
    responses: { 200: json(MemberListResponse) },
  }),
  async (c) => c.json({ items: await listMembers(c.get("hospital")) }, 200),
);

memberRoutes.openapi(
  hospitalRoute("manageMembers", {
    method: "post",
    path: "/members",
    tags,
    summary: "Add a member (creates the account when the e-mail is new; then a password is required)",
    request: { params: HospitalParams, body: body(AddMemberBody) },
    responses: { 201: json(MemberResponse, "Created") },
  }),
  async (c) => respond(c, await addMember(c.get("hospital"), c.get("role"), c.req.valid("json")), 201),
);

memberRoutes.openapi(
  hospitalRoute("manageMembers", {
    method: "patch",
    path: "/members/{userId}",
    tags,
    summary: "Change a member's role (only an owner grants or changes the owner role)",
    request: { params: MemberParams, body: body(UpdateMemberBody) },
    responses: { 200: json(MemberResponse) },
  }),
  async (c) =>
    respond(
      c,
      await updateMemberRole(c.get("hospital"), c.get("role"), c.req.valid("param").userId, c.req.valid("json")),
    ),
);

memberRoutes.openapi(
  hospitalRoute("manageMembers", {
    method: "delete",
    path: "/members/{userId}",
    tags,
    summary: "Remove a member from the hospital (the last owner cannot be removed)",
    request: { params: MemberParams },
    responses: NO_CONTENT,
  }),
  async (c) => noContent(c, await removeMember(c.get("hospital"), c.get("role"), c.req.valid("param").userId)),
);
