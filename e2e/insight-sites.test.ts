import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { switchLanguage } from "./support/accounts.ts";
import { logIn, screenshot } from "./support/browser.ts";
import { type DemoDesktop, openDemoDesktop } from "./support/demo-desktop.ts";
import { viewportShot } from "./support/shots.ts";
import type { RunningServer } from "./support/start-server.ts";

/** The demo's two sites (packages/core/src/demo/departments.ts). */
const MAIN = "본원";
const TOWER = "한빛메디컬타워 (건강증진센터)";

type Summary = {
  kind: string;
  n: number;
  mean?: number;
  percent?: number;
  percentCi?: { lower: number; upper: number };
};
interface Comparison {
  columns: { siteId: string | null; name: string | null; answers: number; satisfaction: Summary }[];
  sitesWithData: number;
  touchpoints: {
    name: string;
    stageName: string;
    cells: { siteId: string | null; satisfaction: Summary; gapToBest: number | null }[];
    comparison: { kind: string; significant?: boolean; test?: { kind: string; p: number } };
  }[];
}

const csvCell = (x: number | null | undefined) =>
  x === null || x === undefined ? "" : String(Math.round(x * 1000) / 1000);

// The site comparison on the demo hospital: 내시경센터 works at the tower and explains best, 외과 at the main
// hospital waits longer — from the journey insight, a card per site, the touchpoint × site heatmap, the trends.
describe("site comparison", () => {
  let demo: DemoDesktop;
  let server: RunningServer;
  let page: Page;
  let consoleErrors: string[];
  let sitesPath = "";

  beforeAll(async () => {
    demo = await openDemoDesktop();
    ({ server, page, consoleErrors } = demo);
  });

  afterAll(() => demo?.close());

  it("opens from the journey insight: a card per site, the heatmap, the trends; CSV equals the API", async () => {
    await logIn(page, server.baseUrl);
    consoleErrors.length = 0; // the 401 of the session check before logging in
    await page.getByText("첫 방문 외래 환자 여정").first().click();
    await page.waitForURL(/\/journeys\/[^/]+$/);
    await page.getByTestId("insight-link").click();
    await page.waitForURL(/\/insight$/);
    await page.getByTestId("insight-sites").click();
    await page.waitForURL(/\/insight\/sites\?grain=month/);
    await page.getByTestId("site-comparison-page").waitFor();
    const [, hid, jid] = /\/h\/([^/]+)\/journeys\/([^/]+)\/insight\/sites/.exec(page.url()) ?? [];
    const to = new URL(page.url()).searchParams.get("to") as string;
    sitesPath = new URL(page.url()).pathname;
    const data = (await page.evaluate(
      (u) => fetch(u, { credentials: "include" }).then((r) => r.json()),
      `/api/hospitals/${hid}/insight/journeys/${jid}/sites?grain=month&to=${to}`,
    )) as Comparison;
    expect(data.sitesWithData).toBe(2);
    expect(data.columns.map((c) => c.name)).toEqual([MAIN, TOWER]);

    // One card per site, with its score and its answers as the API gives them.
    const cards = page.getByTestId("site-card");
    await expect.poll(() => cards.count()).toBe(2);
    for (const [i, column] of data.columns.entries()) {
      const card = cards.nth(i);
      expect(await card.getByTestId("site-card-name").textContent()).toBe(column.name);
      expect(await card.getByTestId("site-answers").textContent()).toBe(column.answers.toLocaleString("ko-KR"));
      expect(column.satisfaction.kind).toBe("score");
      expect(await card.getByTestId("site-score").textContent()).toBe(
        (column.satisfaction.percent as number).toFixed(1),
      );
      await card.getByTestId("site-nps").waitFor();
      await card.getByTestId("site-weakest").waitFor();
    }
    // The demo's story: the tower's patients get better explanations, significantly.
    const explanation = data.touchpoints.find((tp) => tp.name === "의사 진료·설명");
    expect(explanation?.comparison).toMatchObject({ kind: "compared", significant: true });

    // The heatmap and both trends are drawn.
    await page.getByTestId("site-heatmap-canvas").locator("canvas").first().waitFor();
    await page.getByTestId("site-trend-satisfaction-canvas").locator("canvas").first().waitFor();
    await page.getByTestId("site-trend-nps-canvas").locator("canvas").first().waitFor();
    await page.waitForTimeout(800); // chart animations
    await screenshot(page, "insight-sites-01-page");
    await viewportShot(page, "insight-sites-02-top");

    // The heatmap's CSV: one line per touchpoint and site, the API's numbers.
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("site-heatmap-csv").click()]);
    const lines = readFileSync(await csv.path(), "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toBe(
      "단계,접점,사업장,응답 수,평균,척도,점수 (0–100),신뢰구간 하한 (0–100),신뢰구간 상한 (0–100),최고 사업장과의 차이,사업장 간 유의한 차이,p 값 (최고 vs 최저)",
    );
    expect(lines).toHaveLength(1 + data.touchpoints.length * 2);
    const expected = data.touchpoints.flatMap((tp) =>
      tp.cells.map((cell, i) => {
        const s = cell.satisfaction;
        const scoredCell = s.kind === "score";
        const c = tp.comparison;
        return [
          tp.stageName.includes(",") ? `"${tp.stageName}"` : tp.stageName,
          tp.name.includes(",") ? `"${tp.name}"` : tp.name,
          data.columns[i]?.name,
          String(s.n),
          scoredCell ? csvCell(s.mean) : "응답 부족",
          scoredCell ? "5" : "",
          scoredCell ? csvCell(s.percent) : "",
          scoredCell ? csvCell(s.percentCi?.lower) : "",
          scoredCell ? csvCell(s.percentCi?.upper) : "",
          csvCell(cell.gapToBest),
          c.kind === "compared" ? (c.significant ? "예" : "아니오") : "",
          c.kind === "compared" && c.test?.kind === "welch" ? csvCell(c.test.p) : "",
        ].join(",");
      }),
    );
    expect(lines.slice(1)).toEqual(expected);

    // Only the significant differences.
    await page.getByTestId("site-heatmap-filter").getByText("유의한 차이만", { exact: false }).click();
    const [significantCsv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("site-heatmap-csv").click(),
    ]);
    const significantLines = readFileSync(await significantCsv.path(), "utf8").split("\r\n");
    const significant = data.touchpoints.filter((tp) => tp.comparison.significant);
    expect(significant.length).toBeGreaterThan(0);
    expect(significantLines).toHaveLength(1 + significant.length * 2);
    await page.getByTestId("site-heatmap").scrollIntoViewIfNeeded();
    await page.waitForTimeout(600);
    await viewportShot(page, "insight-sites-03-significant");

    // The trends export a line per month and site.
    const [trend] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("site-trend-satisfaction-csv").click(),
    ]);
    expect(readFileSync(await trend.path(), "utf8").split("\r\n")).toHaveLength(1 + 12 * 2);

    // English.
    await switchLanguage(page, "en");
    await page.getByText("Touchpoint × site satisfaction").waitFor();
    await page.getByTestId("site-heatmap-filter").getByText("All touchpoints").click();
    await page.evaluate("window.scrollTo(0, 0)");
    await page.waitForTimeout(1200); // the charts draw again in the new language
    await screenshot(page, "insight-sites-04-page-en");
    await switchLanguage(page, "ko");

    // A click on a cell opens that touchpoint's dashboard on the same range.
    await page.getByTestId("site-heatmap-filter").getByText("유의한 차이만", { exact: false }).click();
    // The last row sits just above the grid's bottom margin (56 px) whatever the axis labels above take; the chart
    // animates the filtered rows in (longer on a loaded machine), so click until the page opens, never again after.
    const opened = /\/insight\/touchpoints\/[^/?]+\?grain=month/;
    for (let attempt = 0; attempt < 10 && !opened.test(page.url()); attempt++) {
      await page.getByTestId("site-heatmap").scrollIntoViewIfNeeded();
      await page.waitForTimeout(600);
      const box = await page.getByTestId("site-heatmap-canvas").boundingBox();
      if (!box) throw new Error("no heatmap");
      await page.mouse.click(box.x + box.width * 0.8, box.y + box.height - 56 - 12);
      await page.waitForURL(opened, { timeout: 2_000 }).catch(() => undefined);
    }
    await page.waitForURL(opened);
    await expect.poll(() => page.getByTestId("tp-name").textContent()).toBe(significant[significant.length - 1]?.name);
    expect(consoleErrors.join("\n")).toBe("");
  });

  it("explains instead of charting when fewer than two sites have answers", async () => {
    // A window before the demo's 18 months of answers: no site has any.
    const before = new Date();
    before.setUTCMonth(before.getUTCMonth() - 19, 1);
    const to = before.toISOString().slice(0, 7);
    await page.goto(`${server.baseUrl}${sitesPath}?grain=month&to=${to}&n=6`);
    await page.getByTestId("sites-empty").waitFor();
    expect(await page.getByTestId("site-heatmap").count()).toBe(0);
    expect(await page.getByTestId("sites-empty").textContent()).toContain("부서 화면에서");
    await viewportShot(page, "insight-sites-05-empty");
    await page.getByTestId("sites-empty-departments").click();
    await page.waitForURL(/\/departments$/);
    expect(consoleErrors.join("\n")).toBe("");
  });
});
