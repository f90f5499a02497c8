import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logInAs, switchLanguage, VIEWER } from "./support/accounts.ts";
import { launchBrowser, logIn, screenshot } from "./support/browser.ts";
import { viewportShot } from "./support/shots.ts";
import { type RunningServer, startServer } from "./support/start-server.ts";

describe("hospital settings in the browser", () => {
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

  const siteRow = (name: string) => page.getByTestId("site-row").filter({ hasText: name });

  it("adds, renames and deletes a site, and renames the hospital", async () => {
    await logIn(page, server.baseUrl);
    await page.getByRole("link", { name: "병원 설정" }).click();
    await page.waitForURL(/\/h\/[^/]+\/settings$/);
    await page.getByTestId("hospital-name-card").waitFor();
    await page.getByRole("heading", { name: "캠퍼스·분원" }).waitFor();
    await screenshot(page, "hospital-settings-01-ko");

    // Add a site.
    const site = `e2e 분원 ${Date.now()}`;
    await page.getByRole("button", { name: "새 사업장" }).click();
    const modal = page.getByRole("dialog");
    await modal.getByLabel("사업장 이름").fill(site);
    await modal.getByLabel("주소").fill("서울특별시 강남구 테헤란로 1");
    await viewportShot(page, "hospital-settings-02-site-modal-ko");
    await modal.getByRole("button", { name: "만들기" }).click();
    await siteRow(site).waitFor();
    expect(await siteRow(site).textContent()).toContain("테헤란로");

    // Rename it.
    const renamed = `${site} (신관)`;
    await page.getByRole("button", { name: `편집: ${site}` }).click();
    await modal.getByLabel("사업장 이름").fill(renamed);
    await modal.getByRole("button", { name: "저장" }).click();
    await siteRow(renamed).waitFor();
    await expect.poll(() => page.getByTestId("site-row").filter({ hasText: site }).count()).toBe(1);

    // The department form offers it: a new department goes there.
    const dept = `e2e 부서 ${Date.now()}`;
    await page.getByRole("link", { name: "부서", exact: true }).click();
    await page.waitForURL(/\/departments$/);
    await page.getByRole("button", { name: "새 부서" }).click();
    await modal.getByLabel("부서명").fill(dept);
    await modal.getByPlaceholder("사업장 지정 안 함").click();
    await page.getByRole("option", { name: renamed }).click();
    await modal.getByRole("button", { name: "만들기" }).click();
    await modal.waitFor({ state: "hidden" });
    await page.getByRole("row").filter({ hasText: dept }).filter({ hasText: renamed }).waitFor();

    // Settings count it; deleting the site says the department stays, and it does.
    await page.getByRole("link", { name: "병원 설정" }).click();
    await expect.poll(() => siteRow(renamed).textContent()).toContain("1개");
    await page.getByRole("button", { name: `삭제: ${renamed}` }).click();
    await expect.poll(() => modal.textContent()).toContain("부서 1개는 삭제되지 않고 사업장 지정 없이 남습니다");
    await viewportShot(page, "hospital-settings-03-delete-ko");
    await modal.getByRole("button", { name: "삭제" }).click();
    await siteRow(renamed).waitFor({ state: "detached" });
    await page.getByRole("link", { name: "부서", exact: true }).click();
    const deptRow = page.getByRole("row").filter({ hasText: dept });
    await deptRow.waitFor();
    expect(await deptRow.textContent()).not.toContain(renamed);
    await page.getByRole("link", { name: "병원 설정" }).click();
    await page.getByTestId("hospital-name-card").waitFor();

    // Rename the hospital: the header's switcher follows.
    const nameInput = page.getByLabel("병원명");
    const original = await nameInput.inputValue();
    await nameInput.fill(`${original} e2e`);
    const nameEn = `Hanbit e2e ${Date.now()}`;
    await page.getByLabel("영문 이름").fill(nameEn);
    await page.getByTestId("save-hospital").click();
    await page.getByText("저장되었습니다").first().waitFor();
    const switcher = page.getByTestId("hospital-switcher");
    await expect.poll(() => switcher.inputValue()).toBe(`${original} e2e`);

    // Both names survive a reload.
    await page.reload();
    await page.getByTestId("hospital-name-card").waitFor();
    await expect.poll(() => page.getByLabel("영문 이름").inputValue()).toBe(nameEn);
    expect(await page.getByLabel("병원명").inputValue()).toBe(`${original} e2e`);
    await page.getByLabel("병원명").fill(original);
    await page.getByTestId("save-hospital").click();
    await expect.poll(() => switcher.inputValue()).toBe(original);

    // English.
    await switchLanguage(page, "en");
    await page.getByRole("heading", { name: "Hospital settings" }).waitFor();
    await page.getByRole("heading", { name: "Sites" }).waitFor();
    await screenshot(page, "hospital-settings-04-en");
    await page.getByRole("button", { name: "New site" }).click();
    await modal.getByLabel("Site name").waitFor();
    await viewportShot(page, "hospital-settings-05-site-modal-en");
    await modal.getByRole("button", { name: "Cancel" }).click();

    expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  it("is read-only for a viewer", async () => {
    const viewerContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "ko-KR" });
    const viewer = await viewerContext.newPage();
    try {
      await logInAs(viewer, server.baseUrl, VIEWER);
      await viewer.getByRole("link", { name: "병원 설정" }).click();
      await viewer.getByTestId("sites-table").waitFor();
      expect(await viewer.getByLabel("병원명").getAttribute("readonly")).not.toBeNull();
      expect(await viewer.getByTestId("save-hospital").count()).toBe(0);
      expect(await viewer.getByRole("button", { name: "새 사업장" }).count()).toBe(0);
      expect(await viewer.getByRole("button", { name: /^삭제: / }).count()).toBe(0);
      expect(await viewer.getByRole("link", { name: "구성원" }).count()).toBe(0);
      await screenshot(viewer, "hospital-settings-06-viewer-ko");
    } finally {
      await viewerContext.close();
    }
  });
});
