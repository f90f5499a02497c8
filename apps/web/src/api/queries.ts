import type { AuditEntry, Department, Hospital, JourneySummary, Member, Persona, Site, Touchpoint } from "@motmap/core";
import { type QueryClient, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { ApiError, api, hospitalPath } from "./client.ts";
import type { Items, JourneyDetail, Session } from "./types.ts";

/** Query keys in one place so mutations invalidate the right things. */
export const keys = {
  me: ["me"] as const,
  hospital: (hid: string) => ["hospital", hid] as const,
  departments: (hid: string) => ["hospital", hid, "departments"] as const,
  sites: (hid: string) => ["hospital", hid, "sites"] as const,
  personas: (hid: string) => ["hospital", hid, "personas"] as const,
  journeys: (hid: string) => ["hospital", hid, "journeys"] as const,
  journey: (hid: string, jid: string) => ["hospital", hid, "journey", jid] as const,
  touchpoint: (hid: string, tid: string) => ["hospital", hid, "touchpoint", tid] as const,
  members: (hid: string) => ["hospital", hid, "members"] as const,
  audit: (hid: string) => ["hospital", hid, "audit"] as const,
};

/** The signed-in session, or null when nobody is signed in. */
export function useSession() {
  return useQuery({
    queryKey: keys.me,
    queryFn: async (): Promise<Session | null> => {
      try {
        return await api.get<Session>("/api/auth/me");
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 5 * 60_000,
  });
}

export function useHospital(hid: string) {
  return useQuery({ queryKey: keys.hospital(hid), queryFn: () => api.get<Hospital>(hospitalPath(hid)) });
}

export function useDepartments(hid: string) {
  return useQuery({
    queryKey: keys.departments(hid),
    queryFn: () => api.get<Items<Department>>(hospitalPath(hid, "/departments")),
    select: (d) => d.items,
  });
}

export function useSites(hid: string) {
  return useQuery({
    queryKey: keys.sites(hid),
    queryFn: () => api.get<Items<Site>>(hospitalPath(hid, "/sites")),
    select: (d) => d.items,
  });
}

export function usePersonas(hid: string) {
  return useQuery({
    queryKey: keys.personas(hid),
    queryFn: () => api.get<Items<Persona>>(hospitalPath(hid, "/personas")),
    select: (d) => d.items,
  });
}

export function useJourneys(hid: string) {
  return useQuery({
    queryKey: keys.journeys(hid),
    queryFn: () => api.get<Items<JourneySummary>>(hospitalPath(hid, "/journeys")),
    select: (d) => d.items,
  });
}

export function useJourney(hid: string, jid: string) {
  return useQuery({
    queryKey: keys.journey(hid, jid),
    queryFn: () => api.get<JourneyDetail>(hospitalPath(hid, `/journeys/${jid}`)),
  });
}

export function useTouchpoint(hid: string, tid: string) {
  return useQuery({
    queryKey: keys.touchpoint(hid, tid),
    queryFn: () => api.get<Touchpoint>(hospitalPath(hid, `/touchpoints/${tid}`)),
  });
}

export function useMembers(hid: string, enabled = true) {
  return useQuery({
    queryKey: keys.members(hid),
    queryFn: () => api.get<Items<Member>>(hospitalPath(hid, "/members")),
    select: (d) => d.items,
    enabled,
  });
}

export const AUDIT_PAGE_SIZE = 50;

export function useAuditLog(hid: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: keys.audit(hid),
    initialPageParam: null as { before: string; beforeId: string } | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
      // `beforeId` breaks ties between entries written in the same millisecond.
      if (pageParam) {
        params.set("before", pageParam.before);
        params.set("beforeId", pageParam.beforeId);
      }
      return api.get<Items<AuditEntry>>(hospitalPath(hid, `/audit-log?${params}`));
    },
    getNextPageParam: (last) => {
      const tail = last.items[last.items.length - 1];
      return last.items.length < AUDIT_PAGE_SIZE || !tail ? null : { before: tail.at, beforeId: tail.id };
    },
    enabled,
  });
}

/** After any change to a journey's parts: the journey, its list row and the audit log are stale. */
export async function invalidateJourney(qc: QueryClient, hid: string, jid: string): Promise<void> {
  await Promise.all([
    qc.invalidateQueries({ queryKey: keys.journey(hid, jid) }),
    qc.invalidateQueries({ queryKey: keys.journeys(hid) }),
    qc.invalidateQueries({ queryKey: keys.audit(hid) }),
  ]);
}
