import type { NpsSummary, ScoreBrief, ScoreSummary } from "@motmap/core";
import { parsePeriodKey, periodKey, shiftPeriod } from "@motmap/core";
import type { Grain } from "./queries.ts";

export const fmt1 = (x: number) => x.toFixed(1);
export const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "3.94 ± 0.06" on the answer scale; null when too few answers. */
export function meanWithCi(s: ScoreSummary | ScoreBrief): string | null {
  if (s.kind !== "score") return null;
  return `${s.mean.toFixed(2)} ± ${((s.ci.upper - s.ci.lower) / 2).toFixed(2)}`;
}

export function npsText(n: NpsSummary): string | null {
  if (n.kind !== "nps") return null;
  return `${n.score >= 0 ? "+" : ""}${n.score.toFixed(0)}`;
}

/** The current period on this browser's clock (the server defaults to the hospital's). */
export function currentPeriod(grain: Grain): string {
  return periodKey(new Date().toISOString().slice(0, 10), grain);
}

export function recentPeriods(grain: Grain, count: number): string[] {
  const now = currentPeriod(grain);
  return Array.from({ length: count }, (_, i) => shiftPeriod(now, -i));
}

/** The month a period key starts in (IPA and priorities are monthly). */
export function monthOf(key: string): string {
  return periodKey(parsePeriodKey(key).start, "month");
}
