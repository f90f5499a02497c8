import type { SurveyDetail, SurveyResponse, SurveySummary } from "@motmap/core";
import { type QueryClient, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api, hospitalPath } from "../../api/client.ts";
import type { Items } from "../../api/types.ts";

export const surveyKeys = {
  list: (hid: string) => ["hospital", hid, "surveys"] as const,
  one: (hid: string, sid: string) => ["hospital", hid, "survey", sid] as const,
  responses: (hid: string, sid: string, filters: ResponseFilters) =>
    ["hospital", hid, "survey", sid, "responses", filters] as const,
};

export function useSurveys(hid: string) {
  return useQuery({
    queryKey: surveyKeys.list(hid),
    queryFn: () => api.get<Items<SurveySummary>>(hospitalPath(hid, "/surveys")),
    select: (d) => d.items,
  });
}

export function useSurvey(hid: string, sid: string) {
  return useQuery({
    queryKey: surveyKeys.one(hid, sid),
    queryFn: () => api.get<SurveyDetail>(hospitalPath(hid, `/surveys/${sid}`)),
  });
}

export interface ResponseFilters {
  from: string;
  to: string;
  touchpointId: string | null;
  departmentId: string | null;
}

export const RESPONSE_PAGE_SIZE = 50;

/** Responses newest first, keyset-paged by (submittedAt, id) like the audit log. */
export function useSurveyResponses(hid: string, sid: string, filters: ResponseFilters) {
  return useInfiniteQuery({
    queryKey: surveyKeys.responses(hid, sid, filters),
    initialPageParam: null as { before: string; beforeId: string } | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(RESPONSE_PAGE_SIZE) });
      if (filters.from) params.set("from", filters.from);
      if (filters.to) params.set("to", filters.to);
      if (filters.touchpointId) params.set("touchpointId", filters.touchpointId);
      if (filters.departmentId) params.set("departmentId", filters.departmentId);
      if (pageParam) {
        params.set("before", pageParam.before);
        params.set("beforeId", pageParam.beforeId);
      }
      return api.get<Items<SurveyResponse>>(hospitalPath(hid, `/surveys/${sid}/responses?${params}`));
    },
    getNextPageParam: (last) => {
      const tail = last.items[last.items.length - 1];
      return last.items.length < RESPONSE_PAGE_SIZE || !tail ? null : { before: tail.submittedAt, beforeId: tail.id };
    },
  });
}

/** After any change to a survey: its page, the list and the audit log are stale. */
export async function invalidateSurvey(qc: QueryClient, hid: string, sid: string): Promise<void> {
  await Promise.all([
    qc.invalidateQueries({ queryKey: surveyKeys.one(hid, sid) }),
    qc.invalidateQueries({ queryKey: surveyKeys.list(hid) }),
    qc.invalidateQueries({ queryKey: ["hospital", hid, "audit"] }),
  ]);
}
