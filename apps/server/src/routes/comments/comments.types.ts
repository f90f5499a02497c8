import { z } from "@hono/zod-openapi";
import { Comment, CreateCommentInput } from "@motmap/core";
import { HospitalParams, IdParams, ItemsOf } from "../../http/route.ts";

export const JourneyCommentsParams = HospitalParams.extend({ journeyId: z.uuid() });
export const CommentParams = IdParams;
export const CommentResponse = Comment;
export const CommentListResponse = ItemsOf(Comment);
export const CreateCommentBody = CreateCommentInput;
