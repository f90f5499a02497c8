import { z } from "@hono/zod-openapi";
import { LoginInput, Membership, UpdateMeInput, User } from "@motmap/core";

export const LoginBody = LoginInput;
export const UpdateMeBody = UpdateMeInput;
export const MeResponse = z.object({ user: User, memberships: z.array(Membership) }).openapi("Me");
