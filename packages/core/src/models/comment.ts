import { z } from "zod";
import { Id } from "./common.ts";

export const Comment = z.object({
  id: Id,
  hospitalId: Id,
  journeyId: Id,
  stageId: Id.nullable(),
  touchpointId: Id.nullable(),
  authorId: Id.nullable(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export type Comment = z.infer<typeof Comment>;

/** A comment is on a stage or on a touchpoint (the touchpoint's stage is recorded too). */
export const CreateCommentInput = z
  .object({
    stageId: Id.nullable().default(null),
    touchpointId: Id.nullable().default(null),
    body: z.string().trim().min(1, "must not be empty").max(4000),
  })
  .refine((c) => Boolean(c.stageId) || Boolean(c.touchpointId), {
    message: "set a stageId or a touchpointId",
    path: ["stageId"],
  });
export type CreateCommentInput = z.input<typeof CreateCommentInput>;
