import { z } from "@hono/zod-openapi";
import { CreateStageInput, ReorderInput, Stage, UpdateStageInput } from "@motmap/core";
import { HospitalParams, IdParams, ItemsOf } from "../../http/route.ts";

export const JourneyStagesParams = HospitalParams.extend({ journeyId: z.uuid() });
export const StageParams = IdParams;
export const StageResponse = Stage;
export const StageListResponse = ItemsOf(Stage);
export const CreateStageBody = CreateStageInput;
export const UpdateStageBody = UpdateStageInput;
export const ReorderStagesBody = ReorderInput;
