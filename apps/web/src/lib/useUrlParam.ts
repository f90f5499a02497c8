import { useCallback } from "react";
import { useSearchParams } from "react-router";

/**
 * One query-string parameter as state (`?item=<id>`), so a link (an alert, a bookmark) can open a
 * drawer on arrival. Setting it replaces the history entry and keeps every other parameter.
 */
export function useUrlParam(name: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(name) || null;
  const set = useCallback(
    (next: string | null) =>
      setParams(
        (prev) => {
          const out = new URLSearchParams(prev);
          if (next) out.set(name, next);
          else out.delete(name);
          return out;
        },
        { replace: true },
      ),
    [name, setParams],
  );
  return [value, set];
}
