import { useState } from "react";

/**
 * Local edit state for a versioned record.
 *
 * While the user has not touched the form, it follows the server copy (a newer `version`
 * replaces the draft). Once edited, the draft stays put and keeps the version it was based on,
 * so saving sends that version and a concurrent change comes back as a 409 instead of being
 * silently overwritten.
 */
export function useDraft<T>(source: T, version: number) {
  const [state, setState] = useState({ draft: source, version, dirty: false });
  if (!state.dirty && state.version !== version) {
    setState({ draft: source, version, dirty: false });
  }
  return {
    draft: state.draft,
    baseVersion: state.version,
    dirty: state.dirty,
    set: (patch: Partial<T>) => setState((s) => ({ ...s, draft: { ...s.draft, ...patch }, dirty: true })),
    /** Start over from a record (after a save, or to throw local changes away). */
    reset: (next: T, nextVersion: number) => setState({ draft: next, version: nextVersion, dirty: false }),
  };
}
