import { z } from "zod";
import { localDate } from "../insight/period.ts";
import { Id } from "../models/common.ts";

/** VOC dates are calendar days on the hospitals' clock: "today" must be Seoul's, as the web app's. */
const today = () => localDate(new Date().toISOString(), "Asia/Seoul");
const daysBefore = (day: string, n: number) => new Date(Date.parse(day) - n * 86_400_000).toISOString().slice(0, 10);

/**
 * The map's VOC counts per touchpoint: a period of days received, both ends included; without one,
 * the last 90 days up to today.
 */
export const JourneyVocCountsQuery = z
  .object({ from: z.iso.date().optional(), to: z.iso.date().optional() })
  .transform((q) => {
    const to = q.to ?? today();
    return { to, from: q.from ?? daysBefore(to, 89) };
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
