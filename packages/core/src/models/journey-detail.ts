import { z } from "zod";
import { Journey, Stage } from "./journey.ts";
import { PainPoint } from "./pain-point.ts";
import { Persona } from "./persona.ts";
import { Touchpoint } from "./touchpoint.ts";

/** A journey with everything the editor and the map need, ordered by position. */
export const StageWithTouchpoints = Stage.extend({ touchpoints: z.array(Touchpoint) });
export type StageWithTouchpoints = z.infer<typeof StageWithTouchpoints>;

export const JourneyDetail = Journey.extend({
  persona: Persona.nullable(),
  stages: z.array(StageWithTouchpoints),
  painPoints: z.array(PainPoint),
});
export type JourneyDetail = z.infer<typeof JourneyDetail>;
