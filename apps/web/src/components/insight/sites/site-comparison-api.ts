import type { AverageScore, GroupComparison, NpsSummary, ScoreSummary, WeakestLink } from "@motmap/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, hospitalPath } from "../../../api/client.ts";
import { insightKeys, type RangeQuery } from "../queries.ts";

/** apps/server/src/routes/insight/site-comparison.types.ts (the web app does not import the server). */
export interface SiteComparison {
  journeyId: string;
  journeyTitle: string;
  grain: "month" | "week";
  periods: string[];
  sites: { id: string; name: string; answers: number }[];
  columns: {
    /** null: answers whose department has no site. */
    siteId: string | null;
    name: string | null;
    answers: number;
    satisfaction: ScoreSummary;
    nps: NpsSummary;
    weakestLink: WeakestLink;
    average: AverageScore;
    hiddenGap: number | null;
  }[];
  sitesWithData: number;
  touchpoints: {
    touchpointId: string;
    name: string;
    stageId: string;
    stageName: string;
    cells: { siteId: string | null; satisfaction: ScoreSummary; gapToBest: number | null }[];
    /** Ids are site ids, "" for no site. */
    comparison: GroupComparison;
  }[];
  trend: { period: string; siteId: string | null; satisfaction: ScoreSummary; nps: NpsSummary }[];
}

export type SiteColumn = SiteComparison["columns"][number];

export function useSiteComparison(hid: string, jid: string, q: RangeQuery) {
  return useQuery({
    queryKey: [...insightKeys.all(hid), jid, "sites", q],
    queryFn: () =>
      api.get<SiteComparison>(
        `${hospitalPath(hid, `/insight/journeys/${encodeURIComponent(jid)}/sites`)}?${new URLSearchParams({ ...q })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

/** Distinct colours per site, in column order; "no site" is grey. */
const SITE_COLORS = ["#1c7ed6", "#e8590c", "#2f9e44", "#9c36b5", "#0c8599", "#c2255c"];
export const siteColor = (index: number, siteId: string | null) =>
  siteId === null ? "#868e96" : (SITE_COLORS[index % SITE_COLORS.length] as string);
