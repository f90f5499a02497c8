import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { switchLanguage } from "./support/accounts.ts";
import { logIn, screenshot } from "./support/browser.ts";
import { type DemoDesktop, openDemoDesktop } from "./support/demo-desktop.ts";
import { viewportShot } from "./support/shots.ts";
import type { RunningServer } from "./support/start-server.ts";

/** The demo's payment kiosk, which degrades after a software update and recovers (packages/core/src/demo). */
const DEMO_DEGRADING_TOUCHPOINT = "무인 수납기";

interface Detail {
  trend: {
    period: string;
    satisfaction: { kind: string; n: number };
    followUp: { satisfaction: { kind: string; n: number }; issues: number };
  }[];
  comments: unknown[];
  voc: { counts: { complaint: number; compliment: number } };
}

// The touchpoint dashboard on the demo hospital: from the journey insight, the degraded payment kiosk opens its
// own page with the trend, the distribution of its answers, what patients wrote about it and its VOC.
describe("touchpoint insight", () => {
  let demo: DemoDesktop;
  let server: RunningServer;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    demo = await openDemoDesktop();
    ({ server, page, consoleErrors } = demo);
  });

  afterAll(() => demo?.close());

  it("opens the degraded touchpoint from the table: trend, distribution, comments, VOC; exports CSV", async () => {
    await logIn(page, server.baseUrl);
    consoleErrors.length = 0; // the 401 of the session check before logging in
    await page.getByText("첫 방문 외래 환자 여정").first().click();
    await page.waitForURL(/\/journeys\/[^/]+$/);
    await page.getByTestId("insight-link").click();
    await page.waitForURL(/\/insight$/);
    await page.getByTestId("touchpoint-table").waitFor();

    // The touchpoint table's link opens the touchpoint's own dashboard on the same range.
    const row = page.getByTestId("touchpoint-row").filter({ hasText: DEMO_DEGRADING_TOUCHPOINT });
    await row.getByRole("link", { name: DEMO_DEGRADING_TOUCHPOINT }).click();
    await page.waitForURL(/\/insight\/touchpoints\/[^/?]+\?grain=month/);
    const [, hid, jid, tid] = /\/h\/([^/]+)\/journeys\/([^/]+)\/insight\/touchpoints\/([^/?]+)/.exec(page.url()) ?? [];
    await page.getByTestId("touchpoint-insight-page").waitFor();
    expect(await page.getByTestId("tp-name").textContent()).toBe(DEMO_DEGRADING_TOUCHPOINT);

    // What the page shows, read from the API on the same range (the last 12 months).
    const to = new URL(page.url()).searchParams.get("to") as string;
    const detail = (await page.evaluate(
      (u) => fetch(u, { credentials: "include" }).then((r) => r.json()),
      `/api/hospitals/${hid}/insight/journeys/${jid}/touchpoints/${tid}?grain=month&to=${to}`,
    )) as Detail;
    expect(detail.trend).toHaveLength(12);
    expect(detail.comments.length).toBeGreaterThan(0);

    // Trend and distribution are drawn; the headline cards read the last period.
    await page.getByTestId("tp-trend-chart-canvas").locator("canvas").first().waitFor();
    await page.getByTestId("tp-dist-chart-canvas").locator("canvas").first().waitFor();
    expect(await page.getByTestId("tp-stat-score").textContent()).toContain(`만족도 점수 (${to})`);
    expect(await page.getByTestId("tp-stat-score").textContent()).toMatch(/\d+\.\d\/ 100/);
    // At least one comment about the kiosk, with its date.
    const comments = page.getByTestId("tp-comment");
    await comments.first().waitFor();
    expect(await comments.count()).toBe(detail.comments.length);
    expect(await comments.first().textContent()).toMatch(/방문 \d{4}\. \d{1,2}\. \d{1,2}\./);
    // VOC counts of the range, as the API counts them.
    expect(await page.getByTestId("tp-voc-complaints").textContent()).toBe(String(detail.voc.counts.complaint));
    expect(await page.getByTestId("tp-voc-compliments").textContent()).toBe(String(detail.voc.counts.compliment));
    expect(detail.voc.counts.complaint).toBeGreaterThan(0);
    await page.evaluate("document.fonts.ready.then(() => undefined)");
    await page.waitForTimeout(600); // chart animations
    await screenshot(page, "insight-touchpoint-01-page");
    await viewportShot(page, "insight-touchpoint-02-top");

    // The trend's data as CSV: one row per month, with its answers and score.
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("tp-trend-chart-csv").click()]);
    expect(csv.suggestedFilename()).toBe(`motmap-${DEMO_DEGRADING_TOUCHPOINT}-trend.csv`);
    const lines = readFileSync(await csv.path(), "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toBe(
      "기간,n,만족도 점수,신뢰구간 하한,신뢰구간 상한,평균,여정 접점 평균,해피콜 만족도,해피콜 만족도 n,해피콜 이슈",
    );
    expect(lines).toHaveLength(13);
    const last = detail.trend[11];
    expect(lines[12]?.startsWith(`${last?.period},${last?.satisfaction.n},`)).toBe(true);
    // The follow-up calls of each month that rated the touchpoint, and their issues, as the API counts them.
    for (const [i, p] of detail.trend.entries()) {
      const cells = lines[i + 1]?.split(",") ?? [];
      expect(cells.slice(-2)).toEqual([String(p.followUp.satisfaction.n), String(p.followUp.issues)]);
    }
    // The distribution exports too.
    const [dist] = await Promise.all([page.waitForEvent("download"), page.getByTestId("tp-dist-chart-csv").click()]);
    const distLines = readFileSync(await dist.path(), "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(distLines.map((l) => l.split(",")[0])).toEqual(["응답 값", "1", "2", "3", "4", "5"]);

    // Clicking a month's answer bar on the trend reads that month's distribution; "whole range" goes back.
    const box = await page.getByTestId("tp-trend-chart-canvas").boundingBox();
    if (!box) throw new Error("no trend chart");
    const month = 4;
    const plotWidth = box.width - 44 - 48; // the grid's left and right margins
    await page.mouse.click(box.x + 44 + (plotWidth * (month + 0.5)) / 12, box.y + box.height - 32 - 12);
    await expect
      .poll(() => page.getByTestId("tp-dist-chart").textContent())
      .toContain(`${detail.trend[month]?.period} 응답 ${detail.trend[month]?.satisfaction.n}건`);
    await expect
      .poll(() => page.getByTestId("tp-stat-score").textContent())
      .toContain(`(${detail.trend[month]?.period})`);
    await page.getByTestId("tp-dist-all").click();
    await expect.poll(() => page.getByTestId("tp-dist-chart").textContent()).toContain("전체 응답");

    // A VOC item opens in the VOC list's drawer.
    const vocItem = page.getByTestId("tp-voc-item").first();
    await vocItem.scrollIntoViewIfNeeded();
    await viewportShot(page, "insight-touchpoint-03-feedback");
    const href = await vocItem.getAttribute("href");
    expect(href).toMatch(new RegExp(`/h/${hid}/voc\\?touchpointId=${tid}&item=[0-9a-f-]{36}$`));

    // Weekly: the grain switch reads ISO weeks.
    await page.getByTestId("tp-grain").getByText("주별").click();
    await page.waitForURL(/grain=week/);
    await expect.poll(() => page.getByTestId("tp-stat-score").textContent()).toMatch(/만족도 점수 \(\d{4}-W\d{2}\)/);

    // English.
    await switchLanguage(page, "en");
    await page.getByText("Satisfaction over time").waitFor();
    await page.getByText("What patients wrote").waitFor();
    await page.evaluate("window.scrollTo(0, 0)");
    await page.waitForTimeout(1200); // the charts draw again in the new language
    await viewportShot(page, "insight-touchpoint-04-weekly-en");
    await switchLanguage(page, "ko");

    // The VOC item's link opens it in the VOC list's drawer.
    await page.goto(`${server.baseUrl}${href}`);
    await page.getByTestId("voc-drawer").waitFor();

    expect(consoleErrors.join("\n")).toBe("");
  });

  it("opens the touchpoint from the priority list and goes back to the journey insight", async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.waitForURL(/\/login|\/journeys$/);
    if (page.url().includes("/login")) await logIn(page, server.baseUrl);
    await page.getByText("첫 방문 외래 환자 여정").first().click();
    await page.waitForURL(/\/journeys\/[^/]+$/);
    await page.getByTestId("insight-link").click();
    await page.waitForURL(/\/insight$/);
    consoleErrors.length = 0;

    // The priority list: the icon beside a touchpoint's rank opens its dashboard.
    const link = page.getByTestId("priority-touchpoint-link").first();
    await link.waitFor();
    const label = (await link.getAttribute("aria-label")) ?? "";
    const name = label.replace(/^접점 상세: /, "");
    await link.click();
    await page.waitForURL(/\/insight\/touchpoints\//);
    await expect.poll(() => page.getByTestId("tp-name").textContent()).toBe(name);

    // Back to the journey insight through the breadcrumb, keeping the range.
    await page.getByRole("link", { name: "여정 인사이트" }).first().click();
    await page.waitForURL(/\/insight\?grain=month/);
    await page.getByTestId("insight-page").waitFor();
    expect(consoleErrors.join("\n")).toBe("");
  });
});
