import type { DomainError, Result } from "./result.ts";
import { err, ok } from "./result.ts";

/**
 * A reorder must name every sibling exactly once: a partial list would leave
 * positions ambiguous, and an unknown id would move a record across parents.
 */
export function checkReorder(currentIds: readonly string[], requested: readonly string[]): Result<string[]> {
  const current = new Set(currentIds);
  const seen = new Set<string>();
  for (const id of requested) {
    if (!current.has(id)) return err(invalid(`id ${id} is not one of the items being reordered`));
    if (seen.has(id)) return err(invalid(`id ${id} appears twice`));
    seen.add(id);
  }
  if (seen.size !== current.size) {
    return err(invalid(`expected all ${current.size} ids, got ${seen.size}`));
  }
  return ok([...requested]);
}

const invalid = (message: string): DomainError => ({
  code: "invalid_reorder",
  message,
  issues: [{ path: "ids", message }],
});

/** Where a new item lands: at `requested` (clamped) or appended. */
export function insertionIndex(count: number, requested?: number): number {
  if (requested === undefined) return count;
  return Math.max(0, Math.min(count, requested));
}
