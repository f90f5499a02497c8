import { periodKey } from "../insight/period.ts";
import type { FollowUpRates, FollowUpStats } from "./follow-up.ts";

export interface StatsEntry {
  id: string;
  visitDate: string;
  departmentId: string | null;
  status: string;
  attempts: number;
}

export interface StatsRating {
  entryId: string;
  touchpointId: string;
  score: number;
}

interface Tally {
  entries: number;
  attempted: number;
  reached: number;
  sum: number;
  n: number;
}

const empty = (): Tally => ({ entries: 0, attempted: 0, reached: 0, sum: 0, n: 0 });
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function rates(key: string, label: string, t: Tally): FollowUpRates {
  return {
    key,
    label,
    entries: t.entries,
    attempted: t.attempted,
    reached: t.reached,
    contactRate: ratio(t.attempted, t.entries),
    reachedRate: ratio(t.reached, t.attempted),
    meanSatisfaction: t.n === 0 ? null : t.sum / t.n,
  };
}

/**
 * Contact rate (entries called at least once / entries), reached rate (reached / called) and mean
 * satisfaction, overall, per department and per ISO week of the visit; mean score per touchpoint with
 * the count of low scores (1–2), because one failing moment matters more than the average.
 */
export function computeFollowUpStats(
  entries: readonly StatsEntry[],
  ratings: readonly StatsRating[],
  names: { departments: Map<string, string>; touchpoints: Map<string, string> },
): FollowUpStats {
  const overall = empty();
  const byDepartment = new Map<string, Tally>();
  const byWeek = new Map<string, Tally>();
  const entryKeys = new Map<string, { dept: string; week: string }>();
  for (const e of entries) {
    const dept = e.departmentId ?? "";
    const week = periodKey(e.visitDate, "week");
    entryKeys.set(e.id, { dept, week });
    for (const t of [overall, tally(byDepartment, dept), tally(byWeek, week)]) {
      t.entries++;
      if (e.attempts > 0) t.attempted++;
      if (e.status === "reached") t.reached++;
    }
  }
  const byTouchpoint = new Map<string, { n: number; sum: number; low: number }>();
  for (const r of ratings) {
    const keys = entryKeys.get(r.entryId);
    if (!keys) continue;
    for (const t of [overall, tally(byDepartment, keys.dept), tally(byWeek, keys.week)]) {
      t.sum += r.score;
      t.n++;
    }
    const tp = byTouchpoint.get(r.touchpointId) ?? { n: 0, sum: 0, low: 0 };
    tp.n++;
    tp.sum += r.score;
    if (r.score <= 2) tp.low++;
    byTouchpoint.set(r.touchpointId, tp);
  }
  return {
    overall: rates("all", "", overall),
    byDepartment: [...byDepartment]
      .map(([k, t]) => rates(k, k === "" ? "" : (names.departments.get(k) ?? ""), t))
      .sort((a, b) => b.entries - a.entries || a.label.localeCompare(b.label)),
    byWeek: [...byWeek].map(([k, t]) => rates(k, k, t)).sort((a, b) => a.key.localeCompare(b.key)),
    touchpoints: [...byTouchpoint]
      .map(([id, t]) => ({
        touchpointId: id,
        name: names.touchpoints.get(id) ?? "",
        n: t.n,
        mean: t.sum / t.n,
        low: t.low,
      }))
      .sort((a, b) => a.mean - b.mean || b.n - a.n),
  };
}

function tally(map: Map<string, Tally>, key: string): Tally {
  let t = map.get(key);
  if (!t) {
    t = empty();
    map.set(key, t);
  }
  return t;
}
