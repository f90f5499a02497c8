import { type APIRequestContext, type Browser, type BrowserContext, type Page, request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, launchBrowser, screenshot } from "./support/browser.ts";
import { viewportShot } from "./support/shots.ts";
import { type RunningServer, startServer } from "./support/start-server.ts";

interface Survey {
  id: string;
  publicId: string;
  version: number;
  definition: {
    sections: {
      key: string;
      questions: { key: string; type: string; required: boolean; touchpointId?: string | null }[];
    }[];
  };
}

const MOBILE = { width: 390, height: 844 };

describe("public survey page, kiosk mode and QR codes", () => {
  let server: RunningServer;
  let browser: Browser;
  let staff: APIRequestContext;
  let hid: string;
  let survey: Survey;
  const consoleErrors: string[] = [];

  const staffCall = async <T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> => {
    const res = await staff.fetch(`${server.baseUrl}${path}`, {
      method,
      data: body,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
    });
    const text = await res.text();
    if (!res.ok()) throw new Error(`${method} ${path} → ${res.status()}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };

  const responses = () =>
    staffCall<{
      items: {
        id: string;
        channel: string;
        answers: { questionKey: string; value: number | null; text: string | null }[];
      }[];
    }>("GET", `/api/hospitals/${hid}/surveys/${survey.id}/responses`).then((r) => r.items);

  /** A fresh browser context without any session: the patient's phone. */
  const patient = async (viewport = MOBILE): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({
      viewport,
      locale: "ko-KR",
      hasTouch: viewport.width < 600,
      isMobile: viewport.width < 600,
    });
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" && !/429|404/.test(m.text())) consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(String(e)));
    return { context, page };
  };

  /** Answers every question on the current screen with its first-but-one scale point or option. */
  const answerScreen = async (page: Page) => {
    const questions = page.getByTestId("survey-question");
    const n = await questions.count();
    for (let i = 0; i < n; i++) {
      const q = questions.nth(i);
      const radios = q.getByRole("radio");
      if ((await radios.count()) > 0) {
        await radios.nth(Math.min(3, (await radios.count()) - 1)).click();
        continue;
      }
      const box = q.locator("textarea");
      if ((await box.count()) > 0) await box.fill("접수 직원이 친절했어요. 제 번호는 010-1234-5678 입니다.");
    }
  };

  /** Goes through every screen to the last one, answering everything. */
  const fillToEnd = async (page: Page) => {
    for (let guard = 0; guard < 30; guard++) {
      await answerScreen(page);
      const next = page.getByTestId("survey-next");
      if ((await next.count()) === 0) return;
      const before = await page.getByTestId("survey-progress").textContent();
      await next.click();
      await expect.poll(() => page.getByTestId("survey-progress").textContent()).not.toBe(before);
    }
    throw new Error("never reached the last screen");
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    staff = await request.newContext();
    const login = await staff.post(`${server.baseUrl}/api/auth/login`, { data: DEMO });
    expect(login.ok()).toBe(true);
    const me = await staffCall<{ memberships: { hospitalId: string; role: string }[] }>("GET", "/api/auth/me");
    hid = (me.memberships.find((m) => m.role !== "viewer") ?? me.memberships[0])?.hospitalId ?? "";
    const journeys = await staffCall<{ items: { id: string; title: string }[] }>(
      "GET",
      `/api/hospitals/${hid}/journeys`,
    );
    const journey = journeys.items.find((j) => /첫 방문 외래/.test(j.title)) ?? journeys.items[0];
    if (!journey) throw new Error("no demo journey");
    const created = await staffCall<Survey>("POST", `/api/hospitals/${hid}/surveys/from-journey`, {
      journeyId: journey.id,
      locale: "ko",
    });
    const detail = await staffCall<{ version: number }>("GET", `/api/hospitals/${hid}/surveys/${created.id}`);
    await staffCall("POST", `/api/hospitals/${hid}/surveys/${created.id}/publish`, { version: detail.version });
    survey = await staffCall<Survey>("GET", `/api/hospitals/${hid}/surveys/${created.id}`);
    expect(survey.publicId).toBeTruthy();
  }, 120_000);

  afterAll(async () => {
    await staff?.dispose();
    await browser?.close();
    await server?.stop();
  });

  it("is answered on a phone in Korean, blocks on a required question and stores one response for a double tap", async () => {
    const { context, page } = await patient();
    await page.goto(`${server.baseUrl}/s/${survey.publicId}`);
    await page.getByTestId("survey-progress").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("ko");
    // No app shell and no login.
    expect(page.url()).not.toMatch(/login/);
    expect(await page.getByTestId("survey-title").textContent()).toMatch(/첫 방문 외래|설문/);
    const total = survey.definition.sections.filter((s) => s.questions.length > 0).length;
    expect(await page.getByTestId("survey-progress").textContent()).toBe(`1 / ${total}`);
    await expect.poll(() => page.getByRole("radio", { name: /매우 불만족/ }).count()).toBeGreaterThan(0);
    // Nothing scrolls sideways on a 390 px screen.
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(MOBILE.width);
    await screenshot(page, "public-survey-01-mobile-ko");

    // Go to the last screen; it has the required overall questions.
    for (let i = 1; i < total; i++) {
      await page.getByTestId("survey-next").click();
      await expect.poll(() => page.getByTestId("survey-progress").textContent()).toBe(`${i + 1} / ${total}`);
    }
    await expect.poll(() => page.getByRole("radio", { name: "10", exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByTestId("privacy-note").textContent()).toMatch(/개인정보/);

    // Submitting without the required answers shows the message and sends nothing.
    await page.getByTestId("survey-submit").click();
    await expect
      .poll(() => page.getByTestId("form-banner").textContent())
      .toMatch(/필수 질문 2개에 답해야 제출할 수 있습니다/);
    expect(await page.getByTestId("question-error").count()).toBeGreaterThanOrEqual(2);
    expect(await responses()).toHaveLength(0);
    await screenshot(page, "public-survey-02-mobile-required");

    await answerScreen(page);
    expect(await page.getByTestId("question-error").count()).toBe(0);
    await page.getByTestId("visit-info-toggle").click();
    await page.getByLabel("방문일").fill("2026-11-20");
    await page.getByLabel("방문 유형").selectOption("first_visit_outpatient");

    // A double tap on submit: the same submission key, so one response.
    await page.getByTestId("survey-submit").dblclick();
    await page.getByTestId("survey-thanks").waitFor();
    expect(await page.getByTestId("survey-thanks").textContent()).toMatch(/감사합니다/);
    await screenshot(page, "public-survey-03-mobile-thanks");
    const stored = await responses();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.channel).toBe("web");
    const comment = stored[0]?.answers.find((a) => a.questionKey === "comment");
    expect(comment?.text).toBeTruthy();
    expect(comment?.text).not.toContain("1234-5678");
    // The key is forgotten after a stored response.
    const keysLeft = await page.evaluate<string[]>(
      'Object.keys(sessionStorage).filter((k) => k.includes("submissionKey"))',
    );
    expect(keysLeft).toEqual([]);
    await context.close();
  }, 120_000);

  it("switches to English and opens at a touchpoint's section from its QR address", async () => {
    const { context, page } = await patient();
    const tpSection = survey.definition.sections.findIndex((s, i) => i > 0 && s.questions.some((q) => q.touchpointId));
    const tp = survey.definition.sections[tpSection]?.questions.find((q) => q.touchpointId)?.touchpointId;
    await page.goto(`${server.baseUrl}/s/${survey.publicId}${tp ? `?tp=${tp}` : ""}`);
    await page.getByTestId("survey-progress").waitFor();
    const total = survey.definition.sections.filter((s) => s.questions.length > 0).length;
    if (tp) expect(await page.getByTestId("survey-progress").textContent()).toBe(`${tpSection + 1} / ${total}`);
    await page.getByTestId("language-switch").getByText("English", { exact: true }).click();
    await page.waitForFunction(`document.documentElement.lang === "en"`);
    await expect.poll(() => page.getByRole("radio", { name: /Very dissatisfied/ }).count()).toBeGreaterThan(0);
    expect(await page.getByTestId("survey-next").textContent()).toMatch(/Next/);
    // Required message in English too, on the last screen.
    await page.goto(`${server.baseUrl}/s/${survey.publicId}`);
    await page.getByTestId("survey-progress").waitFor();
    await screenshot(page, "public-survey-04-mobile-en");
    await context.close();
  }, 60_000);

  it("says the survey is not taking responses for an unknown address", async () => {
    const { context, page } = await patient();
    await page.goto(`${server.baseUrl}/s/no-such-survey`);
    await page.getByTestId("survey-closed").waitFor();
    expect(await page.getByTestId("survey-closed").textContent()).toMatch(/이 설문은 지금 응답을 받지 않습니다/);
    await context.close();
  }, 30_000);

  it("kiosk mode stores a kiosk response, thanks for 5 s and starts over with a clean form", async () => {
    const before = (await responses()).length;
    const { context, page } = await patient({ width: 1024, height: 1366 });
    await page.goto(`${server.baseUrl}/s/${survey.publicId}?kiosk=1`);
    await page.getByTestId("kiosk").waitFor();
    await page.getByTestId("survey-progress").waitFor();
    const total = survey.definition.sections.filter((s) => s.questions.length > 0).length;
    await answerScreen(page);
    await viewportShot(page, "public-survey-05-kiosk");
    await fillToEnd(page);
    await page.getByTestId("survey-submit").click();
    await page.getByTestId("kiosk-countdown").waitFor();
    await screenshot(page, "public-survey-06-kiosk-thanks");
    const after = await responses();
    expect(after).toHaveLength(before + 1);
    expect(after.some((r) => r.channel === "kiosk")).toBe(true);
    // After 5 s the first screen again, nothing selected.
    await page.getByTestId("survey-progress").waitFor({ timeout: 9000 });
    expect(await page.getByTestId("survey-progress").textContent()).toBe(`1 / ${total}`);
    expect(await page.locator('[role="radio"][aria-checked="true"]').count()).toBe(0);
    // The next patient's response is a new one (a new submission key).
    await fillToEnd(page);
    await page.getByTestId("survey-submit").click();
    await page.getByTestId("kiosk-countdown").waitFor();
    expect(await responses()).toHaveLength(before + 2);
    await context.close();
  }, 120_000);

  it("kiosk mode starts over after a minute without input", async () => {
    const { context, page } = await patient({ width: 1024, height: 1366 });
    await page.clock.install();
    await page.goto(`${server.baseUrl}/s/${survey.publicId}?kiosk=1`);
    await page.getByTestId("survey-progress").waitFor();
    await answerScreen(page);
    await page.getByTestId("survey-next").click();
    await expect.poll(() => page.getByTestId("survey-progress").textContent()).toMatch(/^2 \//);
    await page.clock.runFor(61_000);
    await expect.poll(() => page.getByTestId("survey-progress").textContent()).toMatch(/^1 \//);
    expect(await page.locator('[role="radio"][aria-checked="true"]').count()).toBe(0);
    await context.close();
  }, 60_000);

  it("prints QR cards that encode the survey address", async () => {
    const { context, page } = await patient({ width: 1280, height: 900 });
    await page.goto(`${server.baseUrl}/s/${survey.publicId}`);
    await page.getByTestId("survey-progress").waitFor();
    expect(await page.getByTestId("share-qr").count()).toBe(0);
    await page.goto(`${server.baseUrl}/s/${survey.publicId}?qr=1`);
    await page.getByTestId("share-qr").click();
    await page.getByTestId("qr-poster").waitFor();
    const first = page.getByTestId("qr-card").first();
    await first.getByTestId("qr-image").waitFor();
    expect(await first.getByTestId("qr-url").textContent()).toBe(`${server.baseUrl}/s/${survey.publicId}`);
    // Per touchpoint cards point at ?tp=.
    const cards = page.getByTestId("qr-card");
    expect(await cards.count()).toBeGreaterThan(1);
    expect(await cards.nth(1).getByTestId("qr-url").textContent()).toMatch(/\?tp=[0-9a-f-]{36}$/);
    // The image has both dark and light pixels (a code, not a blank square).
    const pixels = await page.evaluate<{ dark: number; light: number; width: number }>(`(async () => {
      const img = document.querySelector('[data-testid="qr-image"]');
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext("2d");
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      let light = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] < 80) dark++;
        else if (data[i] > 200) light++;
      }
      return { dark, light, width: canvas.width };
    })()`);
    expect(pixels.width).toBe(1024);
    expect(pixels.dark).toBeGreaterThan(pixels.width * 10);
    expect(pixels.light).toBeGreaterThan(pixels.width * 10);
    // The PNG download link carries the image.
    expect(await first.getByRole("link", { name: /PNG/ }).getAttribute("href")).toMatch(/^data:image\/png;base64,/);
    await viewportShot(page, "public-survey-07-qr-poster");
    await page.emulateMedia({ media: "print" });
    await viewportShot(page, "public-survey-08-qr-print");
    await context.close();
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
