import { z } from "zod";
import { Id } from "./common.ts";

/** A read-only link to a published journey's map. Only a hash of its token is stored. */
export const ShareLink = z.object({
  id: Id,
  journeyId: Id,
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ShareLink = z.infer<typeof ShareLink>;

/** Returned once, at creation: the token cannot be recovered later. */
export const CreatedShareLink = ShareLink.extend({ token: z.string(), path: z.string() });
export type CreatedShareLink = z.infer<typeof CreatedShareLink>;
