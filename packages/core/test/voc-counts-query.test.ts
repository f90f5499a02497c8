import { afterEach, describe, expect, it, vi } from "vitest";
import { JourneyVocCountsQuery } from "../src/alerts/voc-counts.ts";

describe("JourneyVocCountsQuery", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("defaults to the last 90 days up to today on the hospital's clock (Seoul), not UTC's", () => {
    // 16:05 UTC is already 01:05 the next day in Seoul: the web app asks for that day too.
    vi.useFakeTimers({ now: new Date("2026-11-23T16:05:00Z") });
    expect(JourneyVocCountsQuery.parse({})).toEqual({ from: "2026-08-27", to: "2026-11-24" });
    vi.setSystemTime(new Date("2026-11-23T14:59:00Z"));
    expect(JourneyVocCountsQuery.parse({})).toEqual({ from: "2026-08-26", to: "2026-11-23" });
  });

  it("keeps a given period and refuses one that ends before it starts", () => {
    expect(JourneyVocCountsQuery.parse({ from: "2026-01-01", to: "2026-01-31" })).toEqual({
      from: "2026-01-01",
      to: "2026-01-31",
    });
    expect(JourneyVocCountsQuery.safeParse({ from: "2026-02-01", to: "2026-01-31" }).success).toBe(false);
  });
});
