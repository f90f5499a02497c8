import { z } from "@hono/zod-openapi";
import { AddMemberInput, Member, UpdateMemberInput } from "@motmap/core";
import { HospitalParams, ItemsOf } from "../../http/route.ts";

export const MemberParams = HospitalParams.extend({ userId: z.uuid() });
export const MemberResponse = Member;
export const MemberListResponse = ItemsOf(Member);
export const AddMemberBody = AddMemberInput;
export const UpdateMemberBody = UpdateMemberInput;
