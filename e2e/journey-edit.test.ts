import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, logIn, screenshot } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/start-server.ts";

describe("journey editing in the browser", () => {
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

  it("edits a touchpoint's service standard, keeps it after reload, and switches to English", async () => {
    // Korean is the default language.
    await page.goto(`${server.baseUrl}/login`);
    expect(await page.locator("html").getAttribute("lang")).toBe("ko");
    await screenshot(page, "01-login-ko");

    // A wrong password shows an error message.
    await page.getByLabel("이메일").fill("demo@motmap.kr");
    await page.getByLabel("비밀번호").fill("wrong-password-123");
    await page.getByRole("button", { name: "로그인" }).click();
    await expect.poll(() => page.getByTestId("login-error").isVisible()).toBe(true);

    await logIn(page, server.baseUrl);
    const journeyLink = page.getByRole("link", { name: /첫 방문 외래/ }).first();
    await journeyLink.waitFor();
    await screenshot(page, "02-journeys-ko");

    // Open the first-visit outpatient journey.
    await journeyLink.click();
    await page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
    await page.getByTestId("journey-title").waitFor();
    expect(await page.getByTestId("journey-title").textContent()).toMatch(/첫 방문 외래/);

    // Expand the first stage that has touchpoints and open its first touchpoint.
    const stages = page.getByTestId("stage-item");
    await stages.first().waitFor();
    const count = await stages.count();
    let opened = false;
    for (let i = 0; i < count && !opened; i++) {
      const stage = stages.nth(i);
      const summary = (await stage.textContent()) ?? "";
      if (/접점 0개/.test(summary)) continue;
      await stage.locator("button[aria-expanded]").first().click();
      const row = stage.getByTestId("touchpoint-row").first();
      await row.waitFor();
      opened = true;
    }
    expect(opened).toBe(true);
    await screenshot(page, "03-journey-ko");

    const tpLink = page.getByTestId("touchpoint-row").first().getByRole("link");
    const tpName = (await tpLink.textContent())?.trim() ?? "";
    await tpLink.click();
    await page.waitForURL(/\/touchpoints\/[0-9a-f-]{36}$/);
    await page.getByTestId("touchpoint-title").waitFor();
    expect(await page.getByTestId("touchpoint-title").textContent()).toBe(tpName);
    await screenshot(page, "04-touchpoint-ko");

    // Edit the service standard and save.
    const standard = `e2e 응대 표준 ${Date.now()}: 환자와 눈을 맞추고 먼저 인사한다.`;
    const textarea = page.getByTestId("service-standard");
    await textarea.fill(standard);
    await page.getByTestId("save-touchpoint").first().click();
    await page.getByText("접점을 저장했습니다").first().waitFor();

    // Reload: the change is persisted on the server.
    await page.reload();
    await page.getByTestId("touchpoint-title").waitFor();
    await expect.poll(() => page.getByTestId("service-standard").inputValue()).toBe(standard);
    await screenshot(page, "05-touchpoint-saved-ko");

    // Switch to English: navigation is in English and the choice survives a reload.
    await page.getByTestId("language-switch").getByText("English").click();
    const nav = page.getByTestId("main-nav");
    await expect.poll(() => nav.textContent()).toContain("Journeys");
    expect(await nav.textContent()).toContain("Personas");
    expect(await nav.textContent()).toContain("Departments");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await screenshot(page, "06-touchpoint-en");

    await page.reload();
    await page.getByTestId("touchpoint-title").waitFor();
    expect(await page.getByTestId("main-nav").textContent()).toContain("Journeys");
    await page.getByRole("link", { name: "Journeys" }).first().click();
    await page.waitForURL(/\/journeys$/);
    await page.getByTestId("journeys-table").waitFor();
    await screenshot(page, "07-journeys-en");

    expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
