import { OpenAPIHono } from "@hono/zod-openapi";
import { createComment, deleteComment, listComments } from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { noContent, respond, validationHook } from "../../http/errors.ts";
import { body, hospitalRoute, json, NO_CONTENT } from "../../http/route.ts";
import {
  CommentListResponse,
  CommentParams,
  CommentResponse,
  CreateCommentBody,
  JourneyCommentsParams,
} from "./comments.types.ts";

const tags = ["Comments"];
export const commentRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

commentRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/journeys/{journeyId}/comments",
    tags,
    summary: "Staff comments on the journey's stages and touchpoints, oldest first",
    request: { params: JourneyCommentsParams },
    responses: { 200: json(CommentListResponse) },
  }),
  async (c) => {
    const result = await listComments(c.get("hospital"), c.req.valid("param").journeyId);
    return respond(c, result.ok ? { ok: true, value: { items: result.value } } : result);
  },
);

commentRoutes.openapi(
  hospitalRoute("comment", {
    method: "post",
    path: "/journeys/{journeyId}/comments",
    tags,
    summary: "Comment on a stage or a touchpoint (every member may comment)",
    request: { params: JourneyCommentsParams, body: body(CreateCommentBody) },
    responses: { 201: json(CommentResponse, "Created") },
  }),
  async (c) =>
    respond(c, await createComment(c.get("hospital"), c.req.valid("param").journeyId, c.req.valid("json")), 201),
);

commentRoutes.openapi(
  hospitalRoute("comment", {
    method: "delete",
    path: "/comments/{id}",
    tags,
    summary: "Delete a comment (its author, or an admin)",
    request: { params: CommentParams },
    responses: NO_CONTENT,
  }),
  async (c) => noContent(c, await deleteComment(c.get("hospital"), c.get("role"), c.req.valid("param").id)),
);
