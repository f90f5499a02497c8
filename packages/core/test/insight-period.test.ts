import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  comparePeriodKeys,
  comparisonPeriods,
  isoWeek,
  isoWeeksInYear,
  localDate,
  nextPeriod,
  PERIOD_GRANULARITIES,
  PeriodKey,
  parsePeriodKey,
  periodChange,
  periodKey,
  periodRange,
  previousPeriod,
  shiftPeriod,
  yearEarlier,
} from "../src/index.ts";

const isoDay = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("period keys", () => {
  it("day, ISO week and month keys of a date", () => {
    expect(periodKey("2026-01-29", "day")).toBe("2026-01-29");
    expect(periodKey("2026-01-29", "week")).toBe("2026-W05");
    expect(periodKey("2026-01-29", "month")).toBe("2026-01");
  });

  it("ISO weeks across year ends (week 1 holds the first Thursday)", () => {
    expect(periodKey("2026-01-01", "week")).toBe("2026-W01"); // a Thursday
    expect(periodKey("2025-12-29", "week")).toBe("2026-W01"); // its Monday
    expect(periodKey("2025-12-28", "week")).toBe("2025-W52");
    expect(periodKey("2027-01-01", "week")).toBe("2026-W53"); // 2026 starts on a Thursday: 53 weeks
    expect(periodKey("2021-01-03", "week")).toBe("2020-W53");
    expect(periodKey("2024-12-30", "week")).toBe("2025-W01");
    expect(isoWeek("2008-12-29")).toEqual({ year: 2009, week: 1 });
    expect([2015, 2020, 2025, 2026, 2027].map(isoWeeksInYear)).toEqual([53, 53, 52, 53, 52]);
  });

  it("a timestamp falls on the day of the hospital's clock", () => {
    // 08:30 on 1 March in Seoul is still 28 February in UTC.
    expect(periodKey("2026-02-28T23:30:00Z", "month", "Asia/Seoul")).toBe("2026-03");
    expect(periodKey("2026-02-28T23:30:00Z", "month")).toBe("2026-02");
    expect(localDate("2026-03-01T08:30:00+09:00", "Asia/Seoul")).toBe("2026-03-01");
    expect(periodKey("2026-01-04T20:00:00Z", "week", "Asia/Seoul")).toBe("2026-W02");
    // A plain date has no zone and is taken as is.
    expect(localDate("2026-03-01", "America/New_York")).toBe("2026-03-01");
  });

  it("rejects what is not a date", () => {
    expect(() => periodKey("2026-02-29", "day")).toThrow(RangeError);
    expect(() => periodKey("yesterday", "day")).toThrow(RangeError);
    expect(() => parsePeriodKey("2025-W53")).toThrow(RangeError);
    expect(PeriodKey.safeParse("2026-13").success).toBe(false);
    expect(PeriodKey.safeParse("2026-W00").success).toBe(false);
    expect(PeriodKey.safeParse("2026-W53").success).toBe(true);
    expect(PeriodKey.safeParse("2024-02-29").success).toBe(true);
  });
});

describe("periods as date ranges", () => {
  it("start inclusive, end exclusive", () => {
    expect(parsePeriodKey("2026-W01")).toEqual({
      key: "2026-W01",
      granularity: "week",
      start: "2025-12-29",
      end: "2026-01-05",
    });
    expect(parsePeriodKey("2026-W53")).toMatchObject({ start: "2026-12-28", end: "2027-01-04" });
    expect(parsePeriodKey("2024-02")).toMatchObject({ granularity: "month", start: "2024-02-01", end: "2024-03-01" });
    expect(parsePeriodKey("2026-12")).toMatchObject({ end: "2027-01-01" });
    expect(parsePeriodKey("2024-02-29")).toMatchObject({ granularity: "day", end: "2024-03-01" });
  });

  it("every date lies in the period of its key, and consecutive periods tile the calendar", () => {
    fc.assert(
      fc.property(isoDay, fc.constantFrom(...PERIOD_GRANULARITIES), (day, g) => {
        const p = parsePeriodKey(periodKey(day, g));
        expect(p.granularity).toBe(g);
        expect(p.start <= day && day < p.end).toBe(true);
        expect(parsePeriodKey(nextPeriod(p.key)).start).toBe(p.end);
        expect(previousPeriod(nextPeriod(p.key))).toBe(p.key);
      }),
    );
  });

  it("keys sort as text in time order within a granularity", () => {
    fc.assert(
      fc.property(isoDay, isoDay, fc.constantFrom(...PERIOD_GRANULARITIES), (a, b, g) => {
        const ka = periodKey(a, g);
        const kb = periodKey(b, g);
        expect(Math.sign(comparePeriodKeys(ka, kb))).toBe(ka < kb ? -1 : ka > kb ? 1 : 0);
        if (a <= b) expect(comparePeriodKeys(ka, kb)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe("period comparison helpers", () => {
  it("shifts across month, year and week-53 boundaries", () => {
    expect(previousPeriod("2026-01")).toBe("2025-12");
    expect(shiftPeriod("2026-01", 14)).toBe("2027-03");
    expect(previousPeriod("2026-W01")).toBe("2025-W52");
    expect(nextPeriod("2026-W52")).toBe("2026-W53");
    expect(nextPeriod("2026-W53")).toBe("2027-W01");
    expect(previousPeriod("2024-03-01")).toBe("2024-02-29");
    expect(shiftPeriod("2026-W05", 0)).toBe("2026-W05");
  });

  it("the same period a year earlier", () => {
    expect(yearEarlier("2026-03")).toBe("2025-03");
    expect(yearEarlier("2026-W05")).toBe("2025-W05");
    expect(yearEarlier("2026-W53")).toBe("2025-W52");
    expect(yearEarlier("2024-02-29")).toBe("2023-02-28");
    expect(comparisonPeriods("2026-01")).toEqual({ current: "2026-01", previous: "2025-12", yearEarlier: "2025-01" });
  });

  it("ranges of keys, inclusive", () => {
    expect(periodRange("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(periodRange("2026-W52", "2027-W01")).toEqual(["2026-W52", "2026-W53", "2027-W01"]);
    expect(periodRange("2026-01-02", "2026-01-01")).toEqual([]);
    expect(periodRange("2026-01", "2026-01")).toEqual(["2026-01"]);
    expect(periodRange("2024-01", "2025-12")).toHaveLength(24);
    expect(() => comparePeriodKeys("2026-01", "2026-W01")).toThrow(RangeError);
  });

  it("a change needs both values", () => {
    expect(periodChange(72.5, 80)).toBe(-7.5);
    expect(periodChange(null, 80)).toBeNull();
    expect(periodChange(80, null)).toBeNull();
  });
});
