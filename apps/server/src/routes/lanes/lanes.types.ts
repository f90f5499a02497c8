import { z } from "@hono/zod-openapi";
import { CreateLaneInput, Lane, LaneCell, PutLaneCellInput, UpdateLaneInput } from "@motmap/core";
import { HospitalParams, IdParams } from "../../http/route.ts";

export const JourneyLanesParams = HospitalParams.extend({ journeyId: z.uuid() });
export const LaneParams = IdParams;
export const CellParams = HospitalParams.extend({ laneId: z.uuid(), stageId: z.uuid() });
export const LaneResponse = Lane;
export const CellResponse = LaneCell;
export const CreateLaneBody = CreateLaneInput;
export const UpdateLaneBody = UpdateLaneInput;
export const PutCellBody = PutLaneCellInput;
