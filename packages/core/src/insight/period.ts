import { z } from "zod";

/**
 * PeriodRange buckets of rollups and charts. Keys sort as text in time order within one granularity:
 * day "2026-01-29", ISO week "2026-W05" (weeks start on Monday; week 1 holds the year's first Thursday,
 * so 2027-01-01 is in "2026-W53"), month "2026-01".
 *
 * A timestamp belongs to the day of the hospital's clock, not UTC's: a response at 08:00 KST on 1 March
 * is 23:00 UTC on 28 February. Pass the hospital's IANA time zone; a plain date ("2026-03-01") is taken as is.
 */

export const PERIOD_GRANULARITIES = ["day", "week", "month"] as const;
export const PeriodGranularity = z.enum(PERIOD_GRANULARITIES);
export type PeriodGranularity = z.infer<typeof PeriodGranularity>;

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;
const DAY_MS = 86_400_000;

export const PeriodKey = z.string().refine((k) => tryParsePeriodKey(k) !== null, { message: "not a period key" });
export type PeriodKey = z.infer<typeof PeriodKey>;

export const PeriodRange = z.object({
  key: z.string(),
  granularity: PeriodGranularity,
  /** First day, inclusive (YYYY-MM-DD). */
  start: z.string(),
  /** Day after the last, exclusive (YYYY-MM-DD), so `start <= date < end` selects the period. */
  end: z.string(),
});
export type PeriodRange = z.infer<typeof PeriodRange>;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const dayString = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY_MS);

function validDay(y: number, m: number, d: number): Date | null {
  const date = utc(y, m, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date (YYYY-MM-DD) of a plain date or of an ISO timestamp on the clock of `timeZone`. */
export function localDate(isoDateOrTimestamp: string, timeZone = "UTC"): string {
  const m = DAY_KEY.exec(isoDateOrTimestamp);
  if (m) {
    if (!validDay(Number(m[1]), Number(m[2]), Number(m[3])))
      throw new RangeError(`no such date: ${isoDateOrTimestamp}`);
    return isoDateOrTimestamp;
  }
  const t = Date.parse(isoDateOrTimestamp);
  if (Number.isNaN(t)) throw new RangeError(`not an ISO date or timestamp: ${isoDateOrTimestamp}`);
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(t))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** ISO-8601 week-numbering year and week of a date. */
export function isoWeek(date: string): { year: number; week: number } {
  const d = parseDay(date);
  const monday0 = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = addDays(d, 3 - monday0);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - utc(year, 1, 1).getTime()) / DAY_MS / 7) + 1;
  return { year, week };
}

function parseDay(date: string): Date {
  const m = DAY_KEY.exec(date);
  const d = m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (!d) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  return d;
}

/** Monday of ISO week 1 of `year`: the week holding 4 January. */
function week1Monday(year: number): Date {
  const jan4 = utc(year, 1, 4);
  return addDays(jan4, -((jan4.getUTCDay() + 6) % 7));
}

/** 52 or 53. */
export const isoWeeksInYear = (year: number): number => isoWeek(`${pad(year, 4)}-12-28`).week;

/** The bucket key of a date or timestamp. */
export function periodKey(isoDateOrTimestamp: string, granularity: PeriodGranularity, timeZone = "UTC"): string {
  const day = localDate(isoDateOrTimestamp, timeZone);
  if (granularity === "day") return day;
  if (granularity === "month") return day.slice(0, 7);
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}

function tryParsePeriodKey(key: string): PeriodRange | null {
  let m = DAY_KEY.exec(key);
  if (m) {
    const d = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
    return d ? { key, granularity: "day", start: key, end: dayString(addDays(d, 1)) } : null;
  }
  m = WEEK_KEY.exec(key);
  if (m) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    if (week < 1 || week > isoWeeksInYear(year)) return null;
    const start = addDays(week1Monday(year), 7 * (week - 1));
    return { key, granularity: "week", start: dayString(start), end: dayString(addDays(start, 7)) };
  }
  m = MONTH_KEY.exec(key);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { key, granularity: "month", start: `${m[1]}-${m[2]}-01`, end: dayString(utc(year, month + 1, 1)) };
  }
  return null;
}

/** The period a key names, with its date range. Throws on a malformed key (validate inputs with `PeriodKey`). */
export function parsePeriodKey(key: string): PeriodRange {
  const p = tryParsePeriodKey(key);
  if (!p) throw new RangeError(`not a period key: ${key}`);
  return p;
}

export const granularityOf = (key: string): PeriodGranularity => parsePeriodKey(key).granularity;

/** The key `steps` periods later (negative: earlier), same granularity. */
export function shiftPeriod(key: string, steps: number): string {
  const p = parsePeriodKey(key);
  const start = parseDay(p.start);
  switch (p.granularity) {
    case "day":
      return dayString(addDays(start, steps));
    case "week":
      return periodKey(dayString(addDays(start, 7 * steps)), "week");
    case "month":
      return dayString(utc(start.getUTCFullYear(), start.getUTCMonth() + 1 + steps, 1)).slice(0, 7);
  }
}

export const previousPeriod = (key: string): string => shiftPeriod(key, -1);
export const nextPeriod = (key: string): string => shiftPeriod(key, 1);

/** The same period one year earlier: 29 Feb → 28 Feb, week 53 → week 52 when the year before has none. */
export function yearEarlier(key: string): string {
  const p = parsePeriodKey(key);
  const year = Number(key.slice(0, 4)) - 1;
  switch (p.granularity) {
    case "month":
      return `${pad(year, 4)}${key.slice(4)}`;
    case "week":
      return `${pad(year, 4)}-W${pad(Math.min(Number(key.slice(6)), isoWeeksInYear(year)))}`;
    case "day": {
      const month = Number(key.slice(5, 7));
      const day = Number(key.slice(8, 10));
      return validDay(year, month, day) ? `${pad(year, 4)}${key.slice(4)}` : `${pad(year, 4)}-${pad(month)}-28`;
    }
  }
}

/** Orders two keys of the same granularity (negative if `a` is earlier). */
export function comparePeriodKeys(a: string, b: string): number {
  const pa = parsePeriodKey(a);
  const pb = parsePeriodKey(b);
  if (pa.granularity !== pb.granularity) {
    throw new RangeError(`cannot compare a ${pa.granularity} with a ${pb.granularity}`);
  }
  return pa.start < pb.start ? -1 : pa.start > pb.start ? 1 : 0;
}

/** Every key from `from` to `to`, both included, in order; empty when `to` is before `from`. */
export function periodRange(from: string, to: string): string[] {
  const out: string[] = [];
  if (comparePeriodKeys(from, to) > 0) return out;
  for (let k = from; ; k = nextPeriod(k)) {
    out.push(k);
    if (k === to) return out;
  }
}

/** The periods a dashboard compares a period with. */
export function comparisonPeriods(key: string): { current: string; previous: string; yearEarlier: string } {
  return { current: key, previous: previousPeriod(key), yearEarlier: yearEarlier(key) };
}

/** Change of a value between two periods; null when either side has no value (e.g. too few answers). */
export function periodChange(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : current - previous;
}
