import type { SurveyResponse } from "@motmap/core";
import { useQuery } from "@tanstack/react-query";
import { api, hospitalPath } from "../../api/client.ts";
import type { Items } from "../../api/types.ts";

const PAGE = 500;
/** How far back the walk goes for a response whose id says nothing about when it was submitted. */
const MAX_PAGES = 20;

/** The creation time in a UUID v7 (its first 48 bits, Unix milliseconds); null for other ids. */
export function uuidV7Time(id: string): number | null {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(id)) return null;
  return Number.parseInt(id.replace(/-/g, "").slice(0, 12), 16);
}

/**
 * One response by id, for a link (`?response=<id>`, e.g. from an alert) to a response that is not on the
 * list's first page. Response ids are UUID v7: a response submitted online was created when it was
 * submitted, so the page just before that moment holds it. An imported one (older submission time than
 * its id) is found by walking back through the list, newest first, up to 10,000 responses.
 */
export function useLinkedResponse(hid: string, surveyId: string, id: string | null) {
  return useQuery({
    queryKey: ["hospital", hid, "survey", surveyId, "response", id],
    enabled: id !== null,
    staleTime: 60_000,
    queryFn: async (): Promise<SurveyResponse | null> => {
      const path = (params: URLSearchParams) => hospitalPath(hid, `/surveys/${surveyId}/responses?${params}`);
      const created = id ? uuidV7Time(id) : null;
      if (created !== null) {
        const before = new Date(created + 60_000).toISOString();
        const near = await api.get<Items<SurveyResponse>>(path(new URLSearchParams({ limit: String(PAGE), before })));
        const hit = near.items.find((r) => r.id === id);
        if (hit) return hit;
      }
      let cursor: SurveyResponse | undefined;
      for (let i = 0; i < MAX_PAGES; i++) {
        const params = new URLSearchParams({ limit: String(PAGE) });
        if (cursor) {
          params.set("before", cursor.submittedAt);
          params.set("beforeId", cursor.id);
        }
        const page = await api.get<Items<SurveyResponse>>(path(params));
        const hit = page.items.find((r) => r.id === id);
        if (hit) return hit;
        cursor = page.items[page.items.length - 1];
        if (page.items.length < PAGE || !cursor) return null;
      }
      return null;
    },
  });
}
