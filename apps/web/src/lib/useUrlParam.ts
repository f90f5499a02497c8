import { useCallback } from "react";
import { useSearchParams } from "react-router";

/**
 * The query string as state: a patch sets or (with null) removes parameters, keeps every other one and
 * replaces the history entry — so a link or a bookmark reopens the same view.
 */
export function useUrlParams(): [URLSearchParams, (patch: Record<string, string | null>) => void] {
  const [params, setParams] = useSearchParams();
  const patch = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (prev) => {
          const out = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(changes)) {
            if (v === null) out.delete(k);
            else out.set(k, v);
          }
          return out;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params, patch];
}

/**
 * One query-string parameter as state (`?item=<id>`), so a link (an alert, a bookmark) can open a
 * drawer on arrival. Setting it replaces the history entry and keeps every other parameter.
 */
export function useUrlParam(name: string): [string | null, (value: string | null) => void] {
  const [params, patch] = useUrlParams();
  const value = params.get(name) || null;
  const set = useCallback((next: string | null) => patch({ [name]: next || null }), [name, patch]);
  return [value, set];
}
