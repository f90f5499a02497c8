import type { Journey, Membership, PainPoint, Persona, Stage, Touchpoint, User } from "@motmap/core";

export interface Session {
  user: User;
  memberships: Membership[];
}

export interface Items<T> {
  items: T[];
}

export type StageWithTouchpoints = Stage & { touchpoints: Touchpoint[] };

/** `GET /journeys/:id`: the journey with its persona, ordered stages and touchpoints, and pain points. */
export type JourneyDetail = Journey & {
  persona: Persona | null;
  stages: StageWithTouchpoints[];
  painPoints: PainPoint[];
};
