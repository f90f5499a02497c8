import type {
  PersonalDataAccessEntry,
  VocDetail,
  VocItem,
  VocListFilter,
  VocListPage,
  VocSavedView,
  VocSuggestionResult,
} from "@motmap/core";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api, hospitalPath } from "../../api/client.ts";
import type { Items } from "../../api/types.ts";

export const vocKeys = {
  all: (hid: string) => ["hospital", hid, "voc"] as const,
  list: (hid: string, filter: VocListFilter) => ["hospital", hid, "voc", "list", filter] as const,
  item: (hid: string, id: string) => ["hospital", hid, "voc", "item", id] as const,
  views: (hid: string) => ["hospital", hid, "voc", "views"] as const,
  accessLog: (hid: string) => ["hospital", hid, "access-log"] as const,
};

const PAGE = 50;

function queryString(filter: VocListFilter, cursor?: string | null): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) {
    if (v === undefined || v === "" || v === false) continue;
    params.set(k, String(v));
  }
  params.set("limit", String(PAGE));
  if (cursor) params.set("cursor", cursor);
  return params.toString();
}

export function useVocList(hid: string, filter: VocListFilter) {
  return useInfiniteQuery({
    queryKey: vocKeys.list(hid, filter),
    queryFn: ({ pageParam }) => api.get<VocListPage>(hospitalPath(hid, `/voc?${queryString(filter, pageParam)}`)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useVocItem(hid: string, id: string | null) {
  return useQuery({
    queryKey: vocKeys.item(hid, id ?? ""),
    queryFn: () => api.get<VocDetail>(hospitalPath(hid, `/voc/${id}`)),
    enabled: id !== null,
  });
}

export function useVocViews(hid: string) {
  return useQuery({
    queryKey: vocKeys.views(hid),
    queryFn: () => api.get<Items<VocSavedView>>(hospitalPath(hid, "/voc/views")),
    select: (d) => d.items,
  });
}

export function useAccessLog(hid: string, enabled: boolean, recordType?: string) {
  return useQuery({
    queryKey: [...vocKeys.accessLog(hid), recordType ?? ""],
    queryFn: () =>
      api.get<Items<PersonalDataAccessEntry>>(
        hospitalPath(
          hid,
          `/personal-data-access-log?limit=200${recordType ? `&recordType=${encodeURIComponent(recordType)}` : ""}`,
        ),
      ),
    select: (d) => d.items,
    enabled,
  });
}

export const suggestVoc = (hid: string, text: string) =>
  api.post<VocSuggestionResult>(hospitalPath(hid, "/voc/suggest"), { text });
export const createVoc = (hid: string, body: unknown) => api.post<VocItem>(hospitalPath(hid, "/voc"), body);
export const updateVoc = (hid: string, id: string, body: unknown) =>
  api.patch<VocItem>(hospitalPath(hid, `/voc/${id}`), body);
export const transitionVoc = (hid: string, id: string, body: unknown) =>
  api.post<VocItem>(hospitalPath(hid, `/voc/${id}/transition`), body);
export const revealContact = (hid: string, id: string, purpose: string) =>
  api.post<{ contact: string; contactMasked: string }>(hospitalPath(hid, `/voc/${id}/contact/reveal`), { purpose });
export const saveView = (hid: string, name: string, filter: VocListFilter) =>
  api.post<VocSavedView>(hospitalPath(hid, "/voc/views"), { name, filter });
export const deleteView = (hid: string, id: string) => api.delete(hospitalPath(hid, `/voc/views/${id}`));
