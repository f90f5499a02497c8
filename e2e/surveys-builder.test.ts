import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { switchLanguage } from "./support/accounts.ts";
import { launchBrowser, logIn, screenshot } from "./support/browser.ts";
import { viewportShot } from "./support/shots.ts";
import { type RunningServer, startServer } from "./support/start-server.ts";

interface PublicQuestion {
  key: string;
  type: string;
  scale?: number;
  options?: { value: string }[];
}

describe("survey builder and response browser", () => {
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

  it("builds an MOT survey from a journey, publishes it and shows a submitted response", async () => {
    await logIn(page, server.baseUrl);
    const hid = /\/h\/([^/]+)\//.exec(page.url())?.[1] ?? "";
    expect(hid).not.toBe("");

    // The navbar leads to the (empty) survey list.
    await page.getByRole("link", { name: "설문" }).first().click();
    await page.waitForURL(/\/surveys$/);
    await page.getByTestId("new-survey").first().click();

    // MOT survey from the outpatient journey, in Korean.
    await page.getByTestId("survey-source-journey").click();
    await page.getByTestId("survey-journey-select").click();
    await page
      .getByRole("option", { name: /첫 방문 외래/ })
      .first()
      .click();
    await screenshot(page, "surveys-01-create-ko");
    await page.getByTestId("create-survey-submit").click();
    await page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
    const surveyId = /\/surveys\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? "";
    await page.getByTestId("question-card").first().waitFor();
    expect(await page.getByTestId("survey-status").textContent()).toBe("초안");
    expect(await page.getByTestId("question-card").count()).toBeGreaterThan(2);

    // An empty question text is refused next to the field, before anything is sent.
    const firstText = page.getByTestId("question-text").first();
    await firstText.fill("");
    await page.getByTestId("save-survey").first().click();
    await page.getByTestId("question-card").first().getByText("필수 입력 항목입니다").waitFor();

    // Edit the first question's text.
    const edited = `e2e 안내 만족도 ${Date.now()}`;
    await firstText.fill(edited);

    // Add a yes/no question to the last section.
    const before = await page.getByTestId("question-card").count();
    await page.getByTestId("add-question").last().click();
    await page.getByTestId("add-question-yes_no").click();
    expect(await page.getByTestId("question-card").count()).toBe(before + 1);
    await page.getByTestId("question-text").last().fill("다시 방문하실 의향이 있으신가요?");

    // Saving without text would be refused next to the field; here everything is filled.
    await page.getByTestId("save-survey").first().click();
    await expect.poll(() => page.getByTestId("save-survey").first().isDisabled()).toBe(true);
    await viewportShot(page, "surveys-02-builder-ko");

    // Publish: the confirmation names version 1.
    await page.getByTestId("publish-survey").click();
    await page.getByText("새 버전 1이 만들어지고").waitFor();
    await viewportShot(page, "surveys-03-publish-confirm-ko");
    await page.getByTestId("confirm-publish").click();
    await expect.poll(() => page.getByTestId("survey-status").textContent()).toBe("게시됨");
    await page.getByTestId("survey-versions").getByText("버전 1").waitFor();
    // Once published, the builder links to the public page's QR poster.
    const qrHref = await page.getByTestId("survey-qr").getAttribute("href");
    expect(qrHref).toMatch(/^\/s\/[A-Za-z0-9_-]+\?qr=1$/);

    // Preview in Korean and English.
    await page.getByTestId("tab-preview").click();
    await page.getByTestId("survey-preview").getByText(edited).waitFor();
    expect(await page.getByTestId("preview-question").count()).toBe(before + 1);
    await viewportShot(page, "surveys-04-preview-ko");
    await page.getByTestId("preview-language").getByText("English").click();
    await page.getByTestId("survey-preview").getByText("Very satisfied").first().waitFor();
    await viewportShot(page, "surveys-05-preview-en");

    // One response through the public API, with a phone number in free text.
    const detail = (await page.evaluate(
      async (path) => (await fetch(path, { credentials: "include" })).json(),
      `/api/hospitals/${hid}/surveys/${surveyId}`,
    )) as { publicId: string };
    const pub = (await (await fetch(`${server.baseUrl}/api/public/surveys/${detail.publicId}`)).json()) as {
      version: number;
      definition: { sections: { questions: PublicQuestion[] }[] };
    };
    expect(pub.version).toBe(1);
    const answers = pub.definition.sections
      .flatMap((s) => s.questions)
      .map((q) => {
        switch (q.type) {
          case "satisfaction":
          case "importance":
            return { key: q.key, value: 4 };
          case "nps":
            return { key: q.key, value: 9 };
          case "yes_no":
            return { key: q.key, value: 1 };
          case "single_choice":
          case "multiple_choice":
            return { key: q.key, choices: [q.options?.[0]?.value ?? ""] };
          default:
            return { key: q.key, text: "수납 창구가 친절했어요. 연락처 010-1234-5678" };
        }
      });
    const submitted = await fetch(`${server.baseUrl}/api/public/surveys/${detail.publicId}/responses`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ submissionKey: randomUUID(), answers }),
    });
    expect(submitted.status).toBe(201);

    // The response browser shows it; the drawer has every answer.
    await page.getByRole("link", { name: "응답 보기" }).first().click();
    await page.waitForURL(/\/responses$/);
    await page.getByTestId("response-row").first().waitFor();
    expect(await page.getByTestId("response-row").count()).toBe(1);
    await screenshot(page, "surveys-06-responses-ko");
    await page.getByTestId("response-row").first().click();
    await page.getByTestId("response-drawer").waitFor();
    expect(await page.getByTestId("answer-row").count()).toBe(answers.length);
    await page.getByTestId("response-drawer").getByText(edited).waitFor();
    expect(await page.getByTestId("response-drawer").textContent()).not.toContain("010-1234-5678");
    await viewportShot(page, "surveys-07-response-drawer-ko");
    await page.keyboard.press("Escape");

    // A date filter in the future hides it.
    await page.getByTestId("filter-from").fill("2099-01-01");
    await page.getByText("조건에 맞는 응답이 없습니다").waitFor();
    await page.getByTestId("filter-from").fill("");
    await page.getByTestId("response-row").first().waitFor();

    // English.
    await switchLanguage(page, "en");
    await page.getByText("Responses", { exact: true }).first().waitFor();
    await screenshot(page, "surveys-08-responses-en");
    await page.goto(`${server.baseUrl}/h/${hid}/surveys/${surveyId}`);
    await page.getByTestId("survey-versions").getByText("Version 1").waitFor();
    await viewportShot(page, "surveys-09-builder-en");
    await page.goto(`${server.baseUrl}/h/${hid}/surveys`);
    await page.getByTestId("surveys-table").waitFor();
    await screenshot(page, "surveys-10-list-en");

    // A survey with responses cannot be deleted: the list explains why.
    await page.getByTestId("surveys-table").getByRole("button", { name: "Actions" }).first().click();
    await page.getByRole("menuitem", { name: "Delete" }).click();
    await page.getByRole("dialog").getByRole("button").last().click();
    await page.getByText("A survey with responses cannot be deleted").waitFor();
    await switchLanguage(page, "ko");

    expect(consoleErrors.filter((e) => !/favicon|401|409|Conflict/i.test(e))).toEqual([]);
  });
});
