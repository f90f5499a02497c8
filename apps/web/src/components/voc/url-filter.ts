import { VocListFilter } from "@motmap/core";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

const FILTER_KEYS = Object.keys(VocListFilter.shape) as (keyof VocListFilter)[];

/** The filter in a query string: each known key that parses; unknown or invalid ones are ignored. */
export function filterFromParams(params: URLSearchParams): VocListFilter {
  const out: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const raw = params.get(key);
    if (raw === null || raw === "") continue;
    const parsed = VocListFilter.shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined && parsed.data !== false) out[key] = parsed.data;
  }
  return out as VocListFilter;
}

/** `params` with the filter's keys replaced by `filter`; other parameters (e.g. `item`) are kept. */
export function paramsWithFilter(params: URLSearchParams, filter: VocListFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of FILTER_KEYS) next.delete(key);
  for (const key of FILTER_KEYS) {
    const v = filter[key];
    if (v === undefined || v === null || v === "" || v === false) continue;
    next.set(key, String(v));
  }
  return next;
}

/**
 * The VOC list's filter, kept in the URL (`?touchpointId=…&type=complaint&from=…&to=…`), so a link from the
 * journey map opens the list already narrowed and a filtered list can be bookmarked or shared.
 */
export function useUrlVocFilter(): [VocListFilter, (update: (f: VocListFilter) => VocListFilter) => void] {
  const [params, setParams] = useSearchParams();
  const key = FILTER_KEYS.map((k) => params.get(k) ?? "").join("\u0000");
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-parsed only when a filter parameter changes
  const filter = useMemo(() => filterFromParams(params), [key]);
  const setFilter = useCallback(
    (update: (f: VocListFilter) => VocListFilter) =>
      setParams((prev) => paramsWithFilter(prev, update(filterFromParams(prev))), { replace: true }),
    [setParams],
  );
  return [filter, setFilter];
}
