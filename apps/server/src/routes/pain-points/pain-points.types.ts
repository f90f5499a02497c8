import { z } from "@hono/zod-openapi";
import { CreatePainPointInput, PainPoint, UpdatePainPointInput } from "@motmap/core";
import { HospitalParams, IdParams } from "../../http/route.ts";

export const JourneyPainPointsParams = HospitalParams.extend({ journeyId: z.uuid() });
export const PainPointParams = IdParams;
export const PainPointResponse = PainPoint;
export const CreatePainPointBody = CreatePainPointInput;
export const UpdatePainPointBody = UpdatePainPointInput;
