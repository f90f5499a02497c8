import { z } from "zod";

export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/** ISO-8601 timestamp; stored as text so SQLite and PostgreSQL agree byte for byte. */
export const Timestamp = z.iso.datetime({ offset: true });

/** A trimmed, non-empty single-line label. */
export const Name = (max = 200) => z.string().trim().min(1, "must not be empty").max(max);
/** Free text; empty is allowed. */
export const Text = (max = 5000) => z.string().max(max);
/** A list of short lines (actions, thoughts, do's, don'ts...). Blank lines are dropped. */
export const Lines = (maxItems = 50, maxLen = 500) =>
  z
    .array(z.string().trim().max(maxLen))
    .max(maxItems)
    .transform((lines) => lines.filter((l) => l.length > 0));

/** Optimistic-concurrency version carried by every mutable record. */
export const Version = z.number().int().min(1);

export const Entity = z.object({
  id: Id,
  hospitalId: Id,
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

/** Reorder request: the complete list of sibling ids in their new order. */
export const ReorderInput = z.object({ ids: z.array(Id).min(1).max(2000) });
export type ReorderInput = z.infer<typeof ReorderInput>;
