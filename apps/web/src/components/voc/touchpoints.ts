import type { JourneyDetail } from "@motmap/core";
import { useQueries } from "@tanstack/react-query";
import { api, hospitalPath } from "../../api/client.ts";
import { keys, useJourneys } from "../../api/queries.ts";

export interface TouchpointOption {
  id: string;
  name: string;
  stageId: string;
  stageName: string;
  journeyId: string;
  journeyTitle: string;
}

/** Every touchpoint of the hospital's journeys, for pickers and for naming touchpoints in lists. */
export function useAllTouchpoints(hid: string): { options: TouchpointOption[]; byId: Map<string, TouchpointOption> } {
  const journeys = useJourneys(hid).data ?? [];
  const details = useQueries({
    queries: journeys.map((j) => ({
      queryKey: keys.journey(hid, j.id),
      queryFn: () => api.get<JourneyDetail>(hospitalPath(hid, `/journeys/${j.id}`)),
      staleTime: 60_000,
    })),
  });
  const options: TouchpointOption[] = [];
  for (const d of details) {
    const journey = d.data;
    if (!journey) continue;
    for (const stage of journey.stages) {
      for (const tp of stage.touchpoints) {
        options.push({
          id: tp.id,
          name: tp.name,
          stageId: stage.id,
          stageName: stage.name,
          journeyId: journey.id,
          journeyTitle: journey.title,
        });
      }
    }
  }
  return { options, byId: new Map(options.map((o) => [o.id, o])) };
}
