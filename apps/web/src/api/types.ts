import type { Membership, User } from "@motmap/core";

/** `GET /journeys/:id` and its stages: the shapes live in the core. */
export type { JourneyDetail, StageWithTouchpoints } from "@motmap/core";

export interface Session {
  user: User;
  memberships: Membership[];
}

export interface Items<T> {
  items: T[];
}
