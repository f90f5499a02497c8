import { z } from "zod";
import { Journey, Stage } from "./journey.ts";
import { Lane, LaneCell } from "./lane.ts";
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
  /** Custom lanes and their cells; the lane order is `laneLayout` (see resolveLaneLayout). */
  lanes: z.array(Lane),
  cells: z.array(LaneCell),
});
export type JourneyDetail = z.infer<typeof JourneyDetail>;
