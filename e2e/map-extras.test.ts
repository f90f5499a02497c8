import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logInAs, switchLanguage, VIEWER } from "./support/accounts.ts";
import { DEMO, launchBrowser, screenshot } from "./support/browser.ts";
import { inspectPdf, inspectPng, svgSize } from "./support/files.ts";
import { viewportShot } from "./support/shots.ts";
import { type RunningServer, startServer } from "./support/start-server.ts";

/** Templates, MOT cycle, export, share links, comments and the as-is / to-be comparison, in a browser. */
describe("journey map extras in the browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const title = `e2e 첫 방문 여정 ${Date.now() % 100000}`;
  let hospitalId = "";
  let journeyId = "";
  let journeyUrl = "";

  const collectErrors = (p: Page) => {
    p.on("console", (m) => {
      // Expected failures the browser logs as resource errors: the login page asking for a session
      // (401) and a revoked share link (404).
      if (m.type() === "error" && !/status of (401|404)/.test(m.text())) consoleErrors.push(m.text());
    });
    p.on("pageerror", (e) => consoleErrors.push(String(e)));
  };

  const newContext = (locale = "ko-KR") =>
    browser.newContext({ viewport: { width: 1440, height: 900 }, locale, acceptDownloads: true });

  const download = async (testId: string): Promise<{ file: Download; bytes: Uint8Array }> => {
    await page.getByTestId("export-menu").first().click();
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
    const path = await file.path();
    return { file, bytes: new Uint8Array(await readFile(path)) };
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await newContext();
    page = await context.newPage();
    collectErrors(page);
    await logInAs(page, server.baseUrl, DEMO);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it("creates a journey from a template and publishes it", async () => {
    await page.getByRole("button", { name: "새 여정 지도" }).first().click();
    const picker = page.getByTestId("template-picker");
    await picker.waitFor();
    const card = page.getByTestId("template-first-visit-outpatient");
    await card.waitFor();
    expect(await card.textContent()).toMatch(/단계 \d+개 · 접점 \d+개/);
    await card.click();
    await page.getByLabel("제목").first().fill(title);
    await screenshot(page, "extras-01-template-picker-ko");
    await page.getByTestId("create-journey-submit").click();

    await page.waitForURL(/\/h\/[0-9a-f-]{36}\/journeys\/[0-9a-f-]{36}$/);
    const m = /\/h\/([0-9a-f-]{36})\/journeys\/([0-9a-f-]{36})$/.exec(page.url());
    hospitalId = m?.[1] ?? "";
    journeyId = m?.[2] ?? "";
    journeyUrl = page.url();
    await expect.poll(() => page.getByTestId("journey-title").textContent()).toBe(title);
    // The template brought its stages with it.
    expect(await page.getByTestId("stage-item").count()).toBeGreaterThan(5);

    // Publish it (share links need a published journey).
    const header = page.getByTestId("journey-header");
    await header.getByText("게시됨", { exact: true }).click();
    await header.getByRole("button", { name: "여정 정보 저장" }).click();
    await expect.poll(() => page.getByText("게시됨", { exact: true }).count()).toBeGreaterThan(1);

    // The template picker in English.
    await page.goto(`${server.baseUrl}/h/${hospitalId}/journeys`);
    await switchLanguage(page, "en");
    await page.getByRole("button", { name: "New journey map" }).first().click();
    await page.getByTestId("template-first-visit-outpatient").waitFor();
    await expect
      .poll(() => page.getByTestId("template-picker").textContent())
      .toMatch(/Stages: \d+ · Touchpoints: \d+/);
    await screenshot(page, "extras-02-template-picker-en");
    await page.keyboard.press("Escape");
    await switchLanguage(page, "ko");
  });

  it("opens the MOT cycle, shows a touchpoint in the drawer when a segment is clicked", async () => {
    await page.goto(journeyUrl);
    await page.getByTestId("cycle-link").waitFor();
    await viewportShot(page, "extras-00-journey-header-ko");
    await page.getByTestId("cycle-link").click();
    await page.waitForURL(/\/cycle$/);
    const segments = page.locator("[data-testid=cycle-chart] [data-touchpoint-id]");
    await segments.first().waitFor();
    const count = await segments.count();
    expect(count).toBeGreaterThan(5);
    // The table lists the same touchpoints in cycle order.
    expect(await page.getByTestId("cycle-table").locator("tbody tr").count()).toBe(count);

    const target = segments.nth(2);
    const tpId = (await target.getAttribute("data-touchpoint-id")) ?? "";
    const tp = (await (
      await page.request.get(`${server.baseUrl}/api/hospitals/${hospitalId}/touchpoints/${tpId}`)
    ).json()) as {
      name: string;
    };
    await target.hover();
    await expect.poll(() => page.getByText(`3. ${tp.name} — 눌러서 자세히 보기`).count()).toBe(1);
    await target.click({ force: true });
    await expect.poll(() => page.getByTestId("cycle-drawer-title").textContent()).toBe(tp.name);
    expect(page.url()).toContain(`tp=${tpId}`);
    await screenshot(page, "extras-03-cycle-ko");
    await viewportShot(page, "extras-03b-cycle-drawer-ko");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByTestId("cycle-drawer-title").count()).toBe(0);

    // Colour by phase, then the page in English.
    await page.getByTestId("cycle-colour-by").getByText("구간", { exact: true }).click();
    await screenshot(page, "extras-04-cycle-phase-ko");
    await switchLanguage(page, "en");
    await page.getByTestId("cycle-title").getByText("MOT cycle").waitFor();
    await segments.first().waitFor();
    await screenshot(page, "extras-05-cycle-en");
    await switchLanguage(page, "ko");
  });

  it("exports the map as PNG (2×) and PDF, and the cycle as PNG", async () => {
    await page.goto(journeyUrl);
    await page.getByTestId("journey-title").waitFor();
    const svgRes = await page.request.get(
      `${server.baseUrl}/api/hospitals/${hospitalId}/journeys/${journeyId}/export/map.svg?locale=ko`,
    );
    expect(svgRes.status()).toBe(200);
    const size = svgSize(await svgRes.text());

    await page.getByTestId("export-menu").first().click();
    await page.getByTestId("export-map-png").waitFor();
    await viewportShot(page, "extras-12-export-menu-ko");
    await page.keyboard.press("Escape");
    const png = await download("export-map-png");
    expect(png.file.suggestedFilename()).toMatch(/\.png$/);
    const facts = inspectPng(png.bytes);
    expect(facts.width).toBe(Math.round(size.width * 2));
    expect(facts.height).toBe(Math.round(size.height * 2));
    expect(facts.inkRatio).toBeGreaterThan(0.02);
    expect(facts.colours).toBeGreaterThan(8);

    const pdf = await download("export-map-pdf-a4");
    expect(pdf.file.suggestedFilename()).toMatch(/\.pdf$/);
    const doc = await inspectPdf(pdf.bytes);
    expect(doc.pages).toBeGreaterThanOrEqual(1);
    expect(doc.fontNames.some((f) => /NotoSansKR/i.test(f))).toBe(true);
    expect(doc.text.replace(/\s+/g, "")).toContain(title.replace(/\s+/g, ""));

    const cycleSvg = await page.request.get(
      `${server.baseUrl}/api/hospitals/${hospitalId}/journeys/${journeyId}/export/cycle.svg?locale=ko`,
    );
    expect(await cycleSvg.text()).toContain("data-touchpoint-id");
    const cyclePng = await download("export-cycle-png");
    const cycleFacts = inspectPng(cyclePng.bytes);
    expect(cycleFacts.width).toBe(Math.round(svgSize(await cycleSvg.text()).width * 2));
    expect(cycleFacts.inkRatio).toBeGreaterThan(0.02);
  });

  it("shares the journey with a link that works without login, then revokes it", async () => {
    await page.goto(journeyUrl);
    await page.getByTestId("share-button").click();
    await page.getByTestId("share-create").click();
    const urlInput = page.getByTestId("share-url");
    await urlInput.waitFor();
    const shareUrl = await urlInput.inputValue();
    expect(shareUrl).toMatch(/\/share\/[A-Za-z0-9_-]{20,}$/);
    await expect.poll(() => page.getByTestId("share-row").count()).toBe(1);
    await viewportShot(page, "extras-13-share-modal-ko");
    await page.keyboard.press("Escape");

    // A stranger: fresh context, no cookies.
    const stranger = await newContext();
    const sp = await stranger.newPage();
    collectErrors(sp);
    await sp.goto(shareUrl);
    await expect.poll(() => sp.getByTestId("shared-title").textContent()).toBe(title);
    await sp.getByTestId("shared-journey-map").waitFor();
    expect(await sp.getByTestId("shared-hospital").textContent()).toBe("한빛대학교병원");
    // No app shell: no navigation, no hospital switcher.
    expect(await sp.getByRole("navigation").count()).toBe(0);
    await screenshot(sp, "extras-06-share-ko");
    await switchLanguage(sp, "en");
    await sp.getByText("Read-only shared view").waitFor();
    await screenshot(sp, "extras-07-share-en");

    // Revoke, and the link stops working.
    await page.getByTestId("share-button").click();
    await page.getByTestId("share-revoke").click();
    await page.getByTestId("share-revoke-confirm").click();
    await expect.poll(() => page.locator("[data-testid=share-row][data-revoked=true]").count()).toBe(1);
    await page.keyboard.press("Escape");

    await sp.reload();
    await sp.getByTestId("share-expired").waitFor();
    expect(await sp.getByTestId("share-expired").textContent()).toContain("This link has expired or was revoked");
    await switchLanguage(sp, "ko");
    await expect
      .poll(() => sp.getByTestId("share-expired").textContent())
      .toContain("링크가 만료되었거나 취소되었습니다");
    await screenshot(sp, "extras-08-share-expired-ko");
    await stranger.close();
  });

  it("lets a viewer comment on a touchpoint", async () => {
    const viewerContext = await newContext();
    const vp = await viewerContext.newPage();
    collectErrors(vp);
    await logInAs(vp, server.baseUrl, VIEWER);
    await vp.goto(`${journeyUrl}/cycle`);
    const segment = vp.locator("[data-testid=cycle-chart] [data-touchpoint-id]").first();
    await segment.waitFor();
    await segment.click({ force: true });
    await vp.getByTestId("cycle-drawer-title").waitFor();
    const body = `열람자 의견 ${Date.now() % 10000}: 안내 표지판이 잘 안 보입니다.`;
    await vp.getByTestId("comment-input").fill(body);
    await vp.getByRole("button", { name: "의견 남기기" }).click();
    await expect.poll(() => vp.getByTestId("comment").filter({ hasText: body }).count()).toBe(1);
    expect(await vp.getByTestId("comment").filter({ hasText: body }).textContent()).toContain("이서준");
    await viewportShot(vp, "extras-09-viewer-comment-ko");
    await viewerContext.close();
  });

  it("creates a to-be journey and compares it with the as-is", async () => {
    await page.goto(journeyUrl);
    await page.getByTestId("create-to-be").click();
    await page.getByTestId("create-to-be-confirm").click();
    await page.waitForURL((u) => /\/journeys\/[0-9a-f-]{36}$/.test(u.pathname) && !u.href.startsWith(journeyUrl));
    await page.getByTestId("to-be-badge").first().waitFor();
    // Design a better experience: raise the emotion of the stages that hurt most.
    const toBeId = /\/journeys\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? "";
    const api = `${server.baseUrl}/api/hospitals/${hospitalId}`;
    const detail = (await (await page.request.get(`${api}/journeys/${toBeId}`)).json()) as {
      stages: { id: string; version: number; emotion: number }[];
    };
    for (const s of detail.stages.filter((x) => x.emotion < 0).slice(0, 4)) {
      const res = await page.request.patch(`${api}/stages/${s.id}`, {
        data: { version: s.version, emotion: Math.min(3, s.emotion + 2) },
      });
      expect(res.status()).toBe(200);
    }
    await page.reload();
    await page.getByTestId("compare-button").click();
    await page.waitForURL(/\/compare$/);
    await page.getByTestId("emotion-compare-chart").waitFor();
    await page.getByTestId("compare-as-is").waitFor();
    await page.getByTestId("compare-to-be").waitFor();
    expect(await page.getByTestId("emotion-delta-row").count()).toBeGreaterThan(5);
    expect(await page.getByTestId("emotion-delta-table").getByText("+2 개선").count()).toBe(4);
    // The two maps scroll sideways together.
    await page.getByTestId("compare-to-be-map").waitFor();
    await page.getByTestId("compare-as-is-map").evaluate((el) => {
      el.scrollLeft = 400;
      el.dispatchEvent(new Event("scroll"));
    });
    await expect.poll(() => page.getByTestId("compare-to-be-map").evaluate((el) => el.scrollLeft)).toBe(400);
    await page.getByTestId("compare-as-is-map").evaluate((el) => {
      el.scrollLeft = 0;
      el.dispatchEvent(new Event("scroll"));
    });
    await expect.poll(() => page.getByTestId("compare-to-be-map").evaluate((el) => el.scrollLeft)).toBe(0);
    await screenshot(page, "extras-10-compare-ko");
    await switchLanguage(page, "en");
    await page.getByTestId("compare-title").getByText("As-is · to-be comparison").waitFor();
    await screenshot(page, "extras-11-compare-en");
    await switchLanguage(page, "ko");

    // The journey list marks the to-be journey.
    await page.goto(`${server.baseUrl}/h/${hospitalId}/journeys`);
    await page.getByTestId("journeys-table").waitFor();
    expect(await page.getByTestId("journeys-table").getByTestId("to-be-badge").count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });
});
