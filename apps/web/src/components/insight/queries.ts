import type {
  ImportanceSource,
  IpaResult,
  JourneyExperience,
  NpsSummary,
  PriorityRank,
  PriorityWeights,
  ScoreBrief,
  ScoreSummary,
  StaffIpaComparison,
} from "@motmap/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, hospitalPath } from "../../api/client.ts";

// Shapes of apps/server/src/routes/insight/insight.types.ts (the web app does not import the server).
export type Grain = "month" | "week";
export type SliceBy = "all" | "department" | "site" | "segment" | "channel";

export interface TouchpointScores {
  journeyId: string;
  grain: Grain;
  by: SliceBy;
  periods: string[];
  touchpoints: {
    touchpointId: string;
    name: string;
    stageId: string;
    stageName: string;
    cells: {
      period: string;
      sliceValue: string;
      satisfaction: ScoreBrief;
      importance: ScoreBrief;
      complaints: number | null;
      compliments: number | null;
    }[];
  }[];
  overall: { period: string; sliceValue: string; satisfaction: ScoreSummary; nps: NpsSummary }[];
}

export interface ExperienceSeries {
  journeyId: string;
  grain: Grain;
  periods: { period: string; experience: JourneyExperience }[];
}

export interface JourneyIpa {
  journeyId: string;
  from: string;
  to: string;
  against: "overall" | "nps";
  ipa: IpaResult;
  touchpoints: { id: string; name: string; stageId: string; stageName: string }[];
  /** The team's hypothesis against the patients; null for derived importance. */
  staff: StaffIpaComparison | null;
}

export interface PriorityList {
  journeyId: string;
  period: string;
  weights: PriorityWeights;
  items: (PriorityRank & { label: string; touchpointName: string | null; stageName: string | null })[];
}

export interface NpsTrend {
  journeyId: string;
  grain: Grain;
  by: SliceBy;
  points: { period: string; sliceValue: string; nps: NpsSummary }[];
}

export interface StoredWeights {
  weights: PriorityWeights;
  version: number;
}

export interface RangeQuery {
  grain: Grain;
  from: string;
  to: string;
}

const base = (hid: string, jid: string) => hospitalPath(hid, `/insight/journeys/${encodeURIComponent(jid)}`);
const qs = (o: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(o).filter((e): e is [string, string] => !!e[1])).toString();

export const insightKeys = {
  all: (hid: string) => ["hospital", hid, "insight"] as const,
};

/** Every insight query refetches on this interval on the wall screen. */
const opts = (refetchInterval: number | false) => ({ placeholderData: keepPreviousData, refetchInterval });

export function useExperience(hid: string, jid: string, q: RangeQuery, refresh: number | false = false) {
  return useQuery({
    queryKey: [...insightKeys.all(hid), jid, "experience", q],
    queryFn: () => api.get<ExperienceSeries>(`${base(hid, jid)}/experience?${qs({ ...q })}`),
    ...opts(refresh),
  });
}

export function useTouchpointScores(
  hid: string,
  jid: string,
  q: RangeQuery & { by?: SliceBy; sliceValue?: string },
  refresh: number | false = false,
) {
  return useQuery({
    queryKey: [...insightKeys.all(hid), jid, "scores", q],
    queryFn: () => api.get<TouchpointScores>(`${base(hid, jid)}/touchpoint-scores?${qs({ ...q })}`),
    ...opts(refresh),
  });
}

export function useNpsTrend(
  hid: string,
  jid: string,
  q: RangeQuery & { by: SliceBy },
  refresh: number | false = false,
) {
  return useQuery({
    queryKey: [...insightKeys.all(hid), jid, "nps", q],
    queryFn: () => api.get<NpsTrend>(`${base(hid, jid)}/nps?${qs({ ...q })}`),
    ...opts(refresh),
  });
}

export function useIpa(
  hid: string,
  jid: string,
  q: { from: string; to: string; importance: ImportanceSource },
  refresh: number | false = false,
) {
  return useQuery({
    queryKey: [...insightKeys.all(hid), jid, "ipa", q],
    queryFn: () => api.get<JourneyIpa>(`${base(hid, jid)}/ipa?${qs({ ...q })}`),
    ...opts(refresh),
  });
}

export function usePriorities(hid: string, jid: string, period: string, refresh: number | false = false) {
  return useQuery({
    queryKey: [...insightKeys.all(hid), jid, "priorities", period],
    queryFn: () => api.get<PriorityList>(`${base(hid, jid)}/priorities?${qs({ period })}`),
    ...opts(refresh),
  });
}

export function usePriorityWeights(hid: string) {
  return useQuery({
    queryKey: [...insightKeys.all(hid), "weights"],
    queryFn: () => api.get<StoredWeights>(hospitalPath(hid, "/insight/priority-weights")),
  });
}

export function useSavePriorityWeights(hid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: StoredWeights) => api.put<StoredWeights>(hospitalPath(hid, "/insight/priority-weights"), body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: insightKeys.all(hid) }),
  });
}

/** The latest experience of a journey (this month), for the map overlay and the cycle page. */
export function useLatestExperience(hid: string, jid: string, enabled: boolean) {
  return useQuery({
    queryKey: [...insightKeys.all(hid), jid, "latest"],
    queryFn: () => api.get<ExperienceSeries>(`${base(hid, jid)}/experience?grain=month`),
    enabled,
  });
}

/** apps/server/src/routes/insight/touchpoint-detail.types.ts */
export interface TouchpointDetail {
  journeyId: string;
  journeyTitle: string;
  touchpoint: { id: string; name: string; stageId: string; stageName: string; channel: string; element: string };
  grain: Grain;
  periods: string[];
  trend: {
    period: string;
    satisfaction: ScoreSummary;
    importance: ScoreSummary;
    journeyAverage: number | null;
    complaints: number;
    compliments: number;
    followUp: { satisfaction: ScoreSummary; issues: number };
  }[];
  distribution: { scale: { min: number; max: number }; n: number; counts: number[] | null };
  comments: {
    responseId: string;
    submittedAt: string;
    visitDate: string | null;
    departmentName: string | null;
    text: string;
    link: "question" | "low_rating";
    rating: number | null;
    scaleMax: number | null;
  }[];
  voc: {
    counts: Record<"complaint" | "compliment" | "suggestion" | "inquiry", number>;
    items: {
      id: string;
      type: "complaint" | "compliment" | "suggestion" | "inquiry";
      channel: string;
      receivedOn: string;
      severity: string;
      status: string;
      text: string;
    }[];
  };
}

export function useTouchpointDetail(hid: string, jid: string, touchpointId: string, q: RangeQuery) {
  return useQuery({
    queryKey: [...insightKeys.all(hid), jid, "touchpoint", touchpointId, q],
    queryFn: () =>
      api.get<TouchpointDetail>(`${base(hid, jid)}/touchpoints/${encodeURIComponent(touchpointId)}?${qs({ ...q })}`),
    // A new range keeps the old figures on screen while loading; another touchpoint never shows this one's.
    placeholderData: (prev: TouchpointDetail | undefined) => (prev?.touchpoint.id === touchpointId ? prev : undefined),
  });
}
