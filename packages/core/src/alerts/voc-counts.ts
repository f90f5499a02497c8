import { z } from "zod";
import { Id } from "../models/common.ts";

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The map's VOC counts per touchpoint: a period of days received, both ends included; without one,
 * the last 90 days up to today.
 */
export const JourneyVocCountsQuery = z
  .object({ from: z.iso.date().optional(), to: z.iso.date().optional() })
  .transform((q) => {
    const to = q.to ?? day(new Date());
    return { to, from: q.from ?? day(new Date(Date.parse(to) - 89 * 86_400_000)) };
  })
  .refine((q) => q.from <= q.to, { path: ["to"], message: "must not be before from" });

export const TouchpointVocCounts = z.object({
  touchpointId: Id,
  complaints: z.number().int(),
  compliments: z.number().int(),
});
export type TouchpointVocCounts = z.infer<typeof TouchpointVocCounts>;

export const JourneyVocCounts = z.object({ from: z.string(), to: z.string(), items: z.array(TouchpointVocCounts) });
export type JourneyVocCounts = z.infer<typeof JourneyVocCounts>;
