import type { NpsSummary, ScoreChange, ScoreSummary, SliceGap } from "@motmap/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, hospitalPath } from "../../../api/client.ts";
import { type Grain, insightKeys, type RangeQuery } from "../queries.ts";

/** apps/server/src/routes/insight/department-insight.types.ts (the web app does not import the server). */
export interface DepartmentScores {
  satisfaction: ScoreSummary;
  nps: NpsSummary;
}

export interface DepartmentHeadline {
  satisfaction: ScoreSummary;
  previousSatisfaction: ScoreSummary;
  change: ScoreChange;
  nps: NpsSummary;
  previousNps: NpsSummary;
}

export interface DepartmentTrendPoint {
  period: string;
  department: DepartmentScores;
  hospital: DepartmentScores;
}

export interface DepartmentInsight {
  department: { id: string; name: string; nameEn: string; code: string; siteName: string | null };
  grain: Grain;
  periods: string[];
  latest: string;
  previous: string;
  headline: { department: DepartmentHeadline; hospital: DepartmentHeadline };
  trend: DepartmentTrendPoint[];
  journeys: { journeyId: string; title: string; trend: DepartmentTrendPoint[] }[];
  touchpoints: {
    journeyId: string;
    journeyTitle: string;
    touchpointId: string;
    name: string;
    stageId: string;
    stageName: string;
    department: ScoreSummary;
    journey: ScoreSummary;
    gap: SliceGap;
  }[];
  weakestTouchpointId: string | null;
  owned: {
    journeyId: string;
    journeyTitle: string;
    stageId: string;
    stageName: string;
    touchpointId: string;
    name: string;
    lead: boolean;
    satisfaction: ScoreSummary;
    previousSatisfaction: ScoreSummary;
    change: ScoreChange;
    complaints: number | null;
  }[];
  departments: { departmentId: string; name: string; nameEn: string; satisfaction: ScoreSummary }[];
}

export function useDepartmentInsight(hid: string, departmentId: string | null, q: RangeQuery) {
  return useQuery({
    queryKey: [...insightKeys.all(hid), "department", departmentId, q],
    queryFn: () =>
      api.get<DepartmentInsight>(
        hospitalPath(
          hid,
          `/insight/departments/${encodeURIComponent(departmentId ?? "")}?${new URLSearchParams({ ...q }).toString()}`,
        ),
      ),
    enabled: departmentId !== null,
    placeholderData: keepPreviousData,
  });
}

/** A department's name in the language shown (the English name when there is one). */
export const departmentLabel = (d: { name: string; nameEn: string }, en: boolean) =>
  en && d.nameEn ? d.nameEn : d.name;
