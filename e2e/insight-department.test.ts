import { readFileSync } from "node:fs";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { switchLanguage } from "./support/accounts.ts";
import { logIn, screenshot } from "./support/browser.ts";
import { type DemoDesktop, openDemoDesktop } from "./support/demo-desktop.ts";
import { viewportShot } from "./support/shots.ts";
import type { RunningServer } from "./support/start-server.ts";

/** The demo's surgery department: its patients wait longer (packages/core/src/demo/demo-responses.ts). */
const DEMO_DEPARTMENT = "외과";

interface Score {
  kind: string;
  n: number;
  percent?: number;
}
interface Insight {
  department: { id: string; name: string };
  latest: string;
  headline: { department: { satisfaction: Score } };
  trend: { period: string; department: { satisfaction: Score }; hospital: { satisfaction: Score } }[];
  journeys: { journeyId: string }[];
  touchpoints: { name: string; gap: { kind: string; direction?: string } }[];
  weakestTouchpointId: string | null;
  owned: unknown[];
  departments: { name: string; satisfaction: Score }[];
}

const csvLines = async (download: Download) =>
  readFileSync((await download.path()) as string, "utf8")
    .replace(/^\uFEFF/, "")
    .split("\r\n");

// The department view on the demo hospital: from the navigation, pick a department and read how its patients fare
// against the hospital, where they fare worse, the touchpoints it owns and every department side by side.
describe("department insight", () => {
  let demo: DemoDesktop;
  let server: RunningServer;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    demo = await openDemoDesktop();
    ({ server, page, consoleErrors } = demo);
  });

  afterAll(() => demo?.close());

  it("opens from the navigation, picks a department, draws the charts and exports what the API answers", async () => {
    await logIn(page, server.baseUrl);
    consoleErrors.length = 0; // the 401 of the session check before logging in
    await page.getByTestId("main-nav").getByText("부서별 현황").click();
    await page.waitForURL(/\/insight\/departments/);
    await page.getByTestId("department-insight-page").waitFor();

    // The department picker switches the department and keeps it in the URL.
    await page.getByTestId("dept-picker").click();
    await page.getByRole("option", { name: DEMO_DEPARTMENT, exact: true }).click();
    await page.waitForURL(/department=[0-9a-f-]{36}/);
    await expect.poll(() => page.getByTestId("dept-name").textContent()).toBe(DEMO_DEPARTMENT);
    const hid = /\/h\/([^/]+)\//.exec(page.url())?.[1];
    const url = new URL(page.url());
    const departmentId = url.searchParams.get("department");
    const to = await page.getByTestId("dept-to").inputValue();

    // What the page shows, read from the API on the same window (the last 12 months).
    const api = (await page.evaluate(
      (u) => fetch(u, { credentials: "include" }).then((r) => r.json()),
      `/api/hospitals/${hid}/insight/departments/${departmentId}?grain=month&to=${to}`,
    )) as Insight;
    expect(api.department.name).toBe(DEMO_DEPARTMENT);
    expect(api.trend).toHaveLength(12);
    expect(api.journeys.length).toBeGreaterThan(0);
    expect(api.touchpoints.length).toBeGreaterThan(0);

    // Every chart is drawn.
    for (const id of ["dept-trend-chart", "dept-compare-chart", "dept-gap-chart"]) {
      await page.getByTestId(`${id}-canvas`).locator("canvas").first().waitFor();
    }
    // The headline reads the latest month: a score, or "too few answers" — never a number under 10 answers.
    const headline = api.headline.department.satisfaction;
    const stat = (await page.getByTestId("dept-stat-satisfaction").textContent()) ?? "";
    expect(stat).toContain(`(${api.latest})`);
    if (headline.kind === "score") expect(stat).toContain((headline.percent as number).toFixed(1));
    else expect(stat).toContain("응답 부족");
    // One table row per touchpoint compared, the weakest marked.
    expect(await page.getByTestId("dept-gap-row").count()).toBe(Math.min(10, api.touchpoints.length));
    if (api.touchpoints.length > 10) {
      await page.getByTestId("dept-gap-table-all").click();
      await expect.poll(() => page.getByTestId("dept-gap-row").count()).toBe(api.touchpoints.length);
      await page.getByTestId("dept-gap-table-all").click();
    }
    // The worst touchpoint comes first, as the API sorts them.
    expect(await page.getByTestId("dept-gap-row").first().getByRole("link").textContent()).toBe(
      api.touchpoints[0]?.name,
    );
    if (api.weakestTouchpointId) expect(await page.locator("[data-testid=dept-gap-row][data-weakest]").count()).toBe(1);
    expect(await page.getByTestId("dept-owned-row").count()).toBe(api.owned.length);
    await page.evaluate("document.fonts.ready.then(() => undefined)");
    await page.evaluate("window.scrollTo(0, 0)");
    await page.waitForTimeout(800); // chart animations
    await screenshot(page, "insight-department-01-page");
    await viewportShot(page, "insight-department-02-top");

    // The trend as CSV: one row per month, the department's and the hospital's answers as the API counts them.
    const [trendCsv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("dept-trend-chart-csv").click(),
    ]);
    expect(trendCsv.suggestedFilename()).toBe(`motmap-${DEMO_DEPARTMENT}-trend.csv`);
    const lines = await csvLines(trendCsv);
    expect(lines[0]).toBe(
      "기간,우리 부서 n,우리 부서 점수,우리 부서 신뢰구간 하한,우리 부서 신뢰구간 상한,병원 전체 n,병원 전체 점수," +
        "우리 부서 NPS n,우리 부서 NPS,병원 전체 NPS n,병원 전체 NPS",
    );
    expect(lines).toHaveLength(13);
    for (const [i, p] of api.trend.entries()) {
      const cells = lines[i + 1]?.split(",") ?? [];
      expect([cells[0], cells[1], cells[5]]).toEqual([
        p.period,
        String(p.department.satisfaction.n),
        String(p.hospital.satisfaction.n),
      ]);
      const d = p.department.satisfaction;
      expect(cells[2]).toBe(d.kind === "score" ? String(Math.round((d.percent as number) * 1000) / 1000) : "응답 부족");
    }
    // Departments under 10 answers are named, not drawn.
    const tooFew = api.departments.filter((d) => d.satisfaction.kind === "too_few");
    if (tooFew[0]) expect(await page.getByTestId("dept-compare-too-few").textContent()).toContain(tooFew[0].name);
    // Every department in the latest month, as CSV: the API's departments, in its order.
    const [compareCsv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("dept-compare-chart-csv").click(),
    ]);
    const compare = await csvLines(compareCsv);
    expect(compare.slice(1).map((l) => l.split(",").slice(0, 2))).toEqual(
      api.departments.map((d) => [d.name, String(d.satisfaction.n)]),
    );
    // The gaps, worst first, as CSV.
    const [gapCsv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("dept-gap-chart-csv").click()]);
    expect((await csvLines(gapCsv)).slice(1).map((l) => l.split(",")[0])).toEqual(api.touchpoints.map((t) => t.name));

    // NPS on the trend.
    await page.getByTestId("dept-trend-metric").getByText("NPS").click();
    await expect.poll(() => page.getByTestId("dept-trend-chart").textContent()).toContain("추천(9–10점)");

    // A touchpoint of the table opens its own dashboard.
    const first = page.getByTestId("dept-gap-row").first().getByRole("link");
    const name = await first.textContent();
    await first.click();
    await page.waitForURL(/\/insight\/touchpoints\/[^/?]+\?grain=month/);
    await expect.poll(() => page.getByTestId("tp-name").textContent()).toBe(name);
    await page.goBack();
    await page.getByTestId("department-insight-page").waitFor();
    await expect.poll(() => page.getByTestId("dept-name").textContent()).toBe(DEMO_DEPARTMENT);

    // English.
    await switchLanguage(page, "en");
    await page.getByText("Where our patients fare worse").waitFor();
    await page.getByText("Touchpoints we own").waitFor();
    await page.evaluate("window.scrollTo(0, 0)");
    await page.waitForTimeout(1200); // the charts draw again in the new language
    await screenshot(page, "insight-department-03-page-en");
    await switchLanguage(page, "ko");

    expect(consoleErrors.join("\n")).toBe("");
  });
});
