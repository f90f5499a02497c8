import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, logIn } from "./support/browser.ts";
import { closeToasts } from "./support/shots.ts";
import { type RunningServer, startServer } from "./support/start-server.ts";

// The VOC register as a CS manager uses it: register a card with the suggested touchpoint, assign,
// answer and close it; the contact shown once appears in the personal-data access log.
describe("VOC register", () => {
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

  const shot = async (name: string) => {
    // Toasts would cover the drawer in the picture.
    await closeToasts(page);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `/tmp/${name}.png` });
  };
  const drawer = () => page.getByTestId("voc-drawer");

  it("registers, assigns, answers and closes a VOC; the contact reveal is logged", async () => {
    await logIn(page, server.baseUrl);
    await page.getByRole("link", { name: "고객의 소리(VOC)" }).first().click();
    await page.waitForURL(/\/voc$/);
    await page.getByTestId("voc-row").first().waitFor();
    expect(Number(await page.getByTestId("voc-count-closed").locator("p").last().textContent())).toBeGreaterThan(0);
    await shot("voc-01-list");

    // Register: the suggestion appears while typing and is accepted.
    await page.getByRole("button", { name: "VOC 등록" }).click();
    await page
      .getByTestId("voc-text")
      .fill("수납창구에서 진료비가 왜 이렇게 나왔는지 물었더니 설명이 전혀 없었습니다. 010-3141-5926 으로 연락 주세요");
    const suggestion = page.getByTestId("voc-suggestion");
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toMatch(/제안: .*수납.*\(\d+%\)/);
    await shot("voc-02-suggestion");
    await suggestion.getByRole("button", { name: "적용" }).click();
    await suggestion.getByText("제안된 접점을 적용했습니다").waitFor();
    await page.getByTestId("voc-contact").fill("010-2718-2818");
    await page.getByRole("button", { name: "등록", exact: true }).click();
    await page.getByText("VOC를 등록했습니다.").waitFor();

    // The new item is first in the list (received today), its text masked.
    const row = page.getByTestId("voc-row").filter({ hasText: "진료비가 왜 이렇게 나왔는지 물었더니 설명이" }).first();
    await row.waitFor();
    expect(await row.textContent()).not.toContain("3141-5926");
    expect(await row.textContent()).toContain("수납");
    await row.click();
    await drawer().waitFor();
    expect(await page.getByTestId("voc-contact-value").textContent()).toMatch(/^010-\*+-2818$/);

    // Assign → answer → close, each from the workflow buttons.
    await drawer().getByRole("button", { name: "배정", exact: true }).click();
    await page.getByTestId("voc-confirm").click();
    await drawer().getByTestId("voc-status").filter({ hasText: "배정" }).waitFor();
    await drawer().getByRole("button", { name: "답변", exact: true }).click();
    await page.getByTestId("voc-reply").fill("불편을 드려 죄송합니다. 결제 단말기를 교체했습니다.");
    await page.getByTestId("voc-confirm").click();
    await drawer().getByTestId("voc-status").filter({ hasText: "답변" }).waitFor();
    await drawer().getByRole("button", { name: "종결", exact: true }).click();
    await page.getByTestId("voc-confirm").click();
    await drawer().getByTestId("voc-status").filter({ hasText: "종결" }).waitFor();

    // Show the contact (logged).
    await drawer().getByRole("button", { name: "연락처 보기" }).click();
    await page.getByTestId("voc-contact-value").filter({ hasText: "010-2718-2818" }).waitFor();
    await shot("voc-03-detail-closed");
    for (const step of ["등록", "배정", "답변", "종결"]) {
      expect(await drawer().locator(".mantine-Timeline-itemTitle").allTextContents()).toContain(step);
    }
    await page.keyboard.press("Escape");

    // The access log shows the reveal by the demo owner.
    await page.getByRole("link", { name: "개인정보 접근 기록" }).first().click();
    await page.waitForURL(/\/access-log$/);
    const entry = page.getByTestId("access-log-row").first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain("김하늘");
    expect(await entry.textContent()).toContain("VOC 회신 연락처");
    expect(await entry.textContent()).toContain("복호화");
    await shot("voc-04-access-log");

    // The session probe before logging in answers 401.
    expect(consoleErrors.filter((e) => !/favicon|401/i.test(e))).toEqual([]);
  });
});
