import { SegmentedControl, Select } from "@mantine/core";
import { shiftPeriod } from "@motmap/core";
import { useTranslation } from "react-i18next";
import { useUrlParams } from "../../lib/useUrlParam.ts";
import { currentPeriod, recentPeriods } from "./format.ts";
import type { Grain } from "./queries.ts";

const LENGTHS: Record<Grain, number[]> = { month: [6, 12, 18], week: [8, 12, 26] };

export interface PeriodWindow {
  grain: Grain;
  /** The last period shown (default: the current one). */
  to: string;
  /** How many periods up to `to`. */
  length: number;
  from: string;
  search: URLSearchParams;
  /** Sets or (null) removes query parameters, keeping the others. */
  set: (patch: Record<string, string | null>) => void;
}

/** The dashboards' period window, kept in the URL (`?grain=week&to=2026-W05&n=12`) so a link reopens it. */
export function usePeriodWindow(): PeriodWindow {
  const [search, set] = useUrlParams();
  const grain: Grain = search.get("grain") === "week" ? "week" : "month";
  const to = search.get("to") ?? currentPeriod(grain);
  const length = Number(search.get("n")) || 12;
  return { grain, to, length, from: shiftPeriod(to, -(length - 1)), search, set };
}

/** Month / week, the last period and the number of periods; `onChange` runs before the URL changes. */
export function PeriodWindowControls({
  window: w,
  testIdPrefix,
  onChange,
}: {
  window: PeriodWindow;
  testIdPrefix: string;
  onChange?: () => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Record<string, string | null>) => {
    onChange?.();
    w.set(patch);
  };
  const periodOptions = recentPeriods(w.grain, w.grain === "month" ? 24 : 52).map((p) => ({ value: p, label: p }));
  return (
    <>
      <SegmentedControl
        size="xs"
        value={w.grain}
        onChange={(v) => set({ grain: v, to: null, n: null })}
        data={[
          { value: "month", label: t("insight.grain.month") },
          { value: "week", label: t("insight.grain.week") },
        ]}
        data-testid={`${testIdPrefix}-grain`}
      />
      <Select
        size="xs"
        w={120}
        label={t("insight.range.to")}
        data={periodOptions}
        value={w.to}
        allowDeselect={false}
        onChange={(v) => v && set({ to: v })}
        data-testid={`${testIdPrefix}-to`}
      />
      <Select
        size="xs"
        w={110}
        label={t("insight.range.length")}
        data={LENGTHS[w.grain].map((n) => ({ value: String(n), label: t(`insight.range.${w.grain}s`, { count: n }) }))}
        value={String(w.length)}
        allowDeselect={false}
        onChange={(v) => v && set({ n: v })}
        data-testid={`${testIdPrefix}-length`}
      />
    </>
  );
}
