import { Select } from "@mantine/core";
import type { JourneyVocCounts } from "@motmap/core";
import { IconMessageReport } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { api, hospitalPath } from "../../api/client.ts";
import type { TouchpointVoc } from "../../map/TouchpointCard.tsx";

/** The periods the map's VOC counts can cover; 90 days is the default (as the API's). */
export const VOC_PERIODS = ["30d", "90d", "12m", "all"] as const;
export type VocPeriod = (typeof VOC_PERIODS)[number];
export const DEFAULT_VOC_PERIOD: VocPeriod = "90d";

export const isVocPeriod = (v: string | null): v is VocPeriod => VOC_PERIODS.includes(v as VocPeriod);

const DAY = 86_400_000;
/** Today on the hospitals' clock (VOC dates are calendar days in Asia/Seoul). */
const todaySeoul = (now = Date.now()) => new Date(now + 9 * 3_600_000).toISOString().slice(0, 10);
const daysBefore = (day: string, n: number) => new Date(Date.parse(day) - n * DAY).toISOString().slice(0, 10);

/** Calendar days received, both ends included; `all` has none (the VOC list then is not narrowed by date). */
export function vocPeriodRange(period: VocPeriod, now = Date.now()): { from: string; to: string } | null {
  const to = todaySeoul(now);
  switch (period) {
    case "30d":
      return { from: daysBefore(to, 29), to };
    case "90d":
      return { from: daysBefore(to, 89), to };
    case "12m":
      return { from: daysBefore(to, 364), to };
    case "all":
      return null;
  }
}

/** The VOC list narrowed to one touchpoint, one type and the period: what a count on a card links to. */
export function vocListHref(
  hid: string,
  touchpointId: string,
  type: "complaint" | "compliment",
  range: { from: string; to: string } | null,
): string {
  const params = new URLSearchParams({ touchpointId, type });
  if (range) {
    params.set("from", range.from);
    params.set("to", range.to);
  }
  return `/h/${hid}/voc?${params.toString()}`;
}

/**
 * Complaints and compliments per touchpoint of a journey in the period, with the links to the VOC list,
 * keyed by touchpoint id; touchpoints without either are left out (their cards show nothing).
 */
export function useJourneyVocCounts(
  hid: string,
  journeyId: string,
  period: VocPeriod,
): Record<string, TouchpointVoc> | undefined {
  const range = vocPeriodRange(period);
  // "All": every day a VOC can have been received on.
  const from = range?.from ?? "1900-01-01";
  const to = range?.to ?? "9999-12-31";
  const q = useQuery({
    queryKey: ["hospital", hid, "voc", "journey-counts", journeyId, from, to] as const,
    queryFn: () =>
      api.get<JourneyVocCounts>(hospitalPath(hid, `/journeys/${journeyId}/voc-counts?from=${from}&to=${to}`)),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const data = q.data;
  return useMemo(() => {
    if (!data) return undefined;
    const link = data.from === "1900-01-01" ? null : { from: data.from, to: data.to };
    const out: Record<string, TouchpointVoc> = {};
    for (const c of data.items) {
      if (c.complaints === 0 && c.compliments === 0) continue;
      out[c.touchpointId] = {
        complaints: c.complaints,
        compliments: c.compliments,
        complaintsHref: vocListHref(hid, c.touchpointId, "complaint", link),
        complimentsHref: vocListHref(hid, c.touchpointId, "compliment", link),
      };
    }
    return out;
  }, [data, hid]);
}

/** The map's period of the VOC counts on the cards (beside the measured-score switch, above the map). */
export function VocPeriodSelect({ value, onChange }: { value: VocPeriod; onChange: (v: VocPeriod) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      size="sm"
      // Wide enough for the longest period in English ("VOC last 12 months").
      w={200}
      aria-label={t("map.voc.period")}
      title={t("map.voc.hint")}
      leftSection={<IconMessageReport size={14} />}
      value={value}
      onChange={(v) => isVocPeriod(v) && onChange(v)}
      allowDeselect={false}
      data={VOC_PERIODS.map((p) => ({ value: p, label: t(`map.voc.periods.${p}`) }))}
      data-testid="voc-period"
      comboboxProps={{ keepMounted: false }}
    />
  );
}
