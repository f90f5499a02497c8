import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, logIn, screenshot } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/start-server.ts";

interface VocCounts {
  from: string;
  to: string;
  items: { touchpointId: string; complaints: number; compliments: number }[];
}

// The journey map's VOC counts: each touchpoint card of the demo outpatient map shows its complaints and
// compliments of the chosen period; a count opens the VOC list filtered to that touchpoint, type and period.
describe("VOC counts on the journey map", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "ko-KR" });
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(String(e)));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const api = <T>(path: string) =>
    page.evaluate((u) => fetch(u, { credentials: "include" }).then((r) => r.json()), path) as Promise<T>;
  const rowTexts = () => page.getByTestId("voc-row").allTextContents();

  it("shows counts on the cards; a count opens the VOC list of that touchpoint, type and period", async () => {
    await logIn(page, server.baseUrl);
    consoleErrors.length = 0; // the 401 of the session check before logging in
    await page.getByText("첫 방문 외래 환자 여정").first().click();
    await page.waitForURL(/\/journeys\/[^/]+$/);
    const [, hid, jid] = /\/h\/([^/]+)\/journeys\/([^/]+)$/.exec(page.url()) ?? [];
    await page.goto(`${server.baseUrl}/h/${hid}/journeys/${jid}/map`);
    await page.getByTestId("touchpoint-voc").first().waitFor();

    // The default period is the last 90 days; the cards agree with the API.
    expect(await page.getByTestId("voc-period").inputValue()).toBe("VOC 최근 90일");
    const counts = await api<VocCounts>(`/api/hospitals/${hid}/journeys/${jid}/voc-counts`);
    const withVoc = counts.items.filter((c) => c.complaints + c.compliments > 0);
    expect(withVoc.length).toBeGreaterThan(5);
    // (The columns out of view are drawn right after the first paint.)
    await expect.poll(() => page.getByTestId("touchpoint-voc").count()).toBe(withVoc.length);
    // The touchpoint with the most complaints.
    const top = withVoc.reduce((a, b) => (b.complaints > a.complaints ? b : a));
    expect(top.complaints).toBeGreaterThan(0);
    const card = page.locator(`[data-testid="touchpoint-card"][data-touchpoint-id="${top.touchpointId}"]`);
    const complaints = card.getByTestId("voc-complaints");
    expect(await complaints.textContent()).toBe(`불만 ${top.complaints}`);
    expect(await card.getByTestId("voc-compliments").textContent()).toBe(`칭찬 ${top.compliments}`);
    const name = (await card.getByTestId("touchpoint-card-name").textContent()) ?? "";
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, "map-voc-01-counts");

    // Clicking the count opens the filtered list (not the card's drawer).
    await complaints.click();
    await page.waitForURL(/\/voc\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      touchpointId: top.touchpointId,
      type: "complaint",
      from: counts.from,
      to: counts.to,
    });
    await page.getByTestId("voc-row").first().waitFor();
    const rows = await rowTexts();
    expect(rows.length).toBe(Math.min(top.complaints, 50));
    for (const row of rows) {
      expect(row).toContain(name);
      expect(row).toContain("불만");
    }
    // The filters show what the URL says.
    expect(await page.getByPlaceholder("접점").inputValue()).toContain(name);
    expect(await page.getByPlaceholder("유형").inputValue()).toBe("불만");
    expect(await page.getByLabel("시작일").inputValue()).toBe(counts.from);
    await screenshot(page, "map-voc-02-filtered-list");

    // Changing a filter keeps the others in the URL.
    await page.getByPlaceholder("유형").click();
    await page.getByRole("option", { name: "칭찬", exact: true }).click();
    await page.waitForURL(/type=compliment/);
    expect(new URL(page.url()).searchParams.get("touchpointId")).toBe(top.touchpointId);
    await expect.poll(async () => (await rowTexts()).length).toBe(Math.min(top.compliments, 50));
    for (const row of await rowTexts()) expect(row).toContain(name);
    // A reload keeps the list as it was.
    await page.reload();
    await page.getByTestId("voc-row").first().waitFor();
    expect(await page.getByPlaceholder("유형").inputValue()).toBe("칭찬");

    // Back on the map, "all time" counts at least as many; its links carry no dates.
    await page.goto(`${server.baseUrl}/h/${hid}/journeys/${jid}/map`);
    await page.getByTestId("touchpoint-voc").first().waitFor();
    await page.getByTestId("voc-period").click();
    await page.getByRole("option", { name: "VOC 전체 기간" }).click();
    await page.waitForURL(/vocPeriod=all/);
    await expect
      .poll(() => complaints.getAttribute("href"))
      .toBe(`/h/${hid}/voc?touchpointId=${top.touchpointId}&type=complaint`);
    const all = await api<VocCounts>(`/api/hospitals/${hid}/journeys/${jid}/voc-counts?from=1900-01-01&to=9999-12-31`);
    const topAll = all.items.find((c) => c.touchpointId === top.touchpointId);
    expect(topAll?.complaints).toBeGreaterThan(top.complaints);
    expect(await complaints.textContent()).toBe(`불만 ${topAll?.complaints}`);

    // The printed map stays clean: the counts are screen-only.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByTestId("touchpoint-voc").first().isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });

    // So does the shared (read-only) map: no counts for a stranger.
    await page.getByTestId("share-button").click();
    await page.getByTestId("share-create").click();
    const shareUrl = await page.getByTestId("share-url").inputValue();
    await page.keyboard.press("Escape");
    const stranger = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "ko-KR" });
    const sp = await stranger.newPage();
    await sp.goto(shareUrl);
    await sp.getByTestId("touchpoint-card").first().waitFor();
    await expect.poll(() => sp.getByTestId("touchpoint-card").count()).toBeGreaterThan(20);
    expect(await sp.getByTestId("touchpoint-voc").count()).toBe(0);
    await stranger.close();

    expect(consoleErrors.join("\n")).toBe("");
  });
});
