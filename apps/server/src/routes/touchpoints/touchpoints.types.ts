import { z } from "@hono/zod-openapi";
import { CreateTouchpointInput, ReorderInput, Touchpoint, UpdateTouchpointInput } from "@motmap/core";
import { HospitalParams, IdParams, ItemsOf } from "../../http/route.ts";

export const StageTouchpointsParams = HospitalParams.extend({ stageId: z.uuid() });
export const TouchpointParams = IdParams;
export const TouchpointResponse = Touchpoint;
export const TouchpointListResponse = ItemsOf(Touchpoint);
export const CreateTouchpointBody = CreateTouchpointInput;
export const UpdateTouchpointBody = UpdateTouchpointInput;
export const ReorderTouchpointsBody = ReorderInput;
