import type {
  FollowUpCallers,
  FollowUpEntryDetail,
  FollowUpEntryPage,
  FollowUpImportReport,
  FollowUpList,
  FollowUpScript,
  FollowUpSettings,
  FollowUpStats,
} from "@motmap/core";
import { useQuery } from "@tanstack/react-query";
import { api, hospitalPath } from "../../api/client.ts";
import type { Items } from "../../api/types.ts";

export const followUpKeys = {
  all: (hid: string) => ["hospital", hid, "follow-up"] as const,
  entries: (hid: string, filter: EntryFilter) => ["hospital", hid, "follow-up", "entries", filter] as const,
  entry: (hid: string, id: string) => ["hospital", hid, "follow-up", "entry", id] as const,
  lists: (hid: string) => ["hospital", hid, "follow-up", "lists"] as const,
  stats: (hid: string) => ["hospital", hid, "follow-up", "stats"] as const,
  settings: (hid: string) => ["hospital", hid, "follow-up", "settings"] as const,
  callers: (hid: string) => ["hospital", hid, "follow-up", "callers"] as const,
};

export interface EntryFilter {
  status?: string;
  departmentId?: string;
  from?: string;
  to?: string;
  /** Only the entries given to me. */
  mine?: boolean;
  /** Only the entries no caller has yet. */
  unassigned?: boolean;
}

export function useFollowUpEntries(hid: string, filter: EntryFilter, enabled: boolean) {
  return useQuery({
    queryKey: followUpKeys.entries(hid, filter),
    queryFn: () => {
      const params = new URLSearchParams({ limit: "500" });
      for (const [k, v] of Object.entries(filter)) if (v) params.set(k, String(v));
      return api.get<FollowUpEntryPage>(hospitalPath(hid, `/follow-up/entries?${params}`));
    },
    enabled,
    // A page load is logged: no silent refetch on focus.
    refetchOnWindowFocus: false,
  });
}

/** Members calls can be given to, with their open calls; no personal data, so not logged. */
export function useFollowUpCallers(hid: string, enabled: boolean) {
  return useQuery({
    queryKey: followUpKeys.callers(hid),
    queryFn: () => api.get<FollowUpCallers>(hospitalPath(hid, "/follow-up/callers")),
    enabled,
  });
}

export function useFollowUpEntry(hid: string, id: string | null) {
  return useQuery({
    queryKey: followUpKeys.entry(hid, id ?? ""),
    queryFn: () => api.get<FollowUpEntryDetail>(hospitalPath(hid, `/follow-up/entries/${id}`)),
    enabled: id !== null,
    refetchOnWindowFocus: false,
  });
}

export function useFollowUpLists(hid: string) {
  return useQuery({
    queryKey: followUpKeys.lists(hid),
    queryFn: () => api.get<Items<FollowUpList>>(hospitalPath(hid, "/follow-up/lists")),
    select: (d) => d.items,
  });
}

export function useFollowUpStats(hid: string) {
  return useQuery({
    queryKey: followUpKeys.stats(hid),
    queryFn: () => api.get<FollowUpStats>(hospitalPath(hid, "/follow-up/stats")),
  });
}

export function useFollowUpSettings(hid: string) {
  return useQuery({
    queryKey: followUpKeys.settings(hid),
    queryFn: () => api.get<FollowUpSettings & { scripts: FollowUpScript[] }>(hospitalPath(hid, "/follow-up/settings")),
  });
}

export type { FollowUpImportReport };
