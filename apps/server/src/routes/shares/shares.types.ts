import { z } from "@hono/zod-openapi";
import { CreatedShareLink, JourneyDetail, ShareLink } from "@motmap/core";
import { HospitalParams, IdParams, ItemsOf } from "../../http/route.ts";

export const JourneySharesParams = HospitalParams.extend({ journeyId: z.uuid() });
export const ShareParams = IdParams;
export const ShareListResponse = ItemsOf(ShareLink);
export const CreatedShareResponse = CreatedShareLink;
export const PublicShareParams = z.object({ token: z.string().min(1).max(200) });
export const SharedJourneyResponse = z
  .object({
    hospitalName: z.string(),
    hospitalNameEn: z.string(),
    journey: JourneyDetail,
    departments: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string() })),
  })
  .openapi("SharedJourney");
