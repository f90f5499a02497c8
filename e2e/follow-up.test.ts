import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, logIn, screenshot } from "./support/browser.ts";
import { closeToasts, viewportShot } from "./support/shots.ts";
import { type RunningServer, startServer } from "./support/start-server.ts";

// 해피콜 as a CS team works it: import this week's call list through the wizard, hand calls out, call a
// patient (the masked number, a logged reveal), record a reached call with scores per touchpoint, turn the
// issue the patient raised into a VOC item in one click, and read the contact and reach statistics.
describe("follow-up calls (해피콜)", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  const today = new Date();
  const day = (offset: number) => new Date(today.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
  const CSV = [
    "등록번호,환자명,연락처,퇴원일,진료과,여정",
    `E2E-001,도하람,010-7314-2286,${day(3)},소화기내과,첫 방문 외래 환자 여정`,
    `E2E-002,도은솔,010-6620-4471,${day(3)},외과,입원부터 퇴원까지`,
    `E2E-003,도가온,010-5152-9038,${day(2)},건강증진센터,건강검진`,
  ].join("\n");

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
    await closeToasts(page);
    return viewportShot(page, name);
  };
  const tab = (name: string) => page.getByRole("tab", { name });
  const callRow = (name: string) => page.getByTestId("call-row").filter({ hasText: name });

  it("imports a call list, hands calls out, works one to a VOC item, and shows the read in the access log", async () => {
    await logIn(page, server.baseUrl);
    consoleErrors.length = 0; // the 401 of the session check before logging in
    const hospitalPath = new URL(page.url()).pathname.replace(/\/journeys$/, "");
    await page.getByRole("link", { name: "해피콜" }).first().click();
    await page.waitForURL(/\/follow-up/);

    // The worklist opens on my own calls (the demo's lists, worked for weeks).
    await page.getByTestId("call-row").first().waitFor();
    const view = page.getByTestId("worklist-view");
    expect(await view.textContent()).toMatch(/내 통화 \(진행 중 \d+\)/);
    const rows = await page.getByTestId("call-row").allTextContents();
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) expect(r).toMatch(/010-\*\*\*\*-\d{4}/);
    // Calls still to make come first.
    expect(rows[0]).toMatch(/대기|부재/);
    await shot("follow-up-01-my-calls");

    // Import: file → column mapping (suggested from the Korean headers) → preview → commit.
    await tab("명단 가져오기").click();
    await page.locator('input[type="file"]').setInputFiles({
      name: "이번주_해피콜.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(CSV),
    });
    await page.getByLabel("명단 이름").fill("E2E 이번 주 해피콜");
    await page.getByRole("button", { name: "다음" }).click();
    const mapping = page.getByTestId("call-list-mapping");
    await mapping.waitFor();
    await shot("follow-up-02-import-mapping");
    await page.getByRole("button", { name: "다음" }).click();
    const sample = page.getByTestId("call-list-sample");
    await sample.waitFor();
    expect(await sample.textContent()).toContain("도*람");
    expect(await sample.textContent()).not.toContain("7314");
    await shot("follow-up-03-import-preview");
    await page.getByTestId("call-list-commit").click();
    await page.getByTestId("call-list-done").waitFor();
    expect(await page.getByTestId("call-list-done").textContent()).toContain("3명을 가져왔습니다");

    // The new calls wait unassigned: one goes to the second caller, one to me.
    await tab("작업 목록").click();
    await view.getByText(/미배정/).click();
    await callRow("도*솔").waitFor();
    await callRow("도*솔").getByRole("checkbox").check();
    await page.getByTestId("assign-caller").click();
    await page.getByRole("option", { name: /박지은/ }).click();
    await page.getByTestId("assign-selected").click();
    await page.getByText(/1건을 박지은 \(해피콜 상담원\)님에게 배정했습니다/).waitFor();
    await callRow("도*람").getByRole("checkbox").check();
    await shot("follow-up-04-assign");
    await page.getByTestId("assign-to-me").click();
    await callRow("도*람").waitFor({ state: "detached" });
    await view.getByText(/전체/).click();
    await callRow("도*솔").waitFor();
    expect(await callRow("도*솔").textContent()).toContain("박지은");
    await view.getByText(/내 통화/).click();
    const mine = callRow("도*람");
    await mine.waitFor();

    // Call: the number is masked until revealed.
    await mine.click();
    const panel = page.getByTestId("call-panel");
    await panel.waitFor();
    expect(await page.getByTestId("masked-phone").textContent()).toBe("010-****-2286");
    await shot("follow-up-05-call-masked");
    await panel.getByRole("button", { name: "번호 보기" }).click();
    await page.getByTestId("revealed-phone").waitFor();
    expect(await page.getByTestId("revealed-phone").textContent()).toBe("010-7314-2286");

    // Reached: scores for the touchpoints asked, and the issue the patient raised.
    const rate = async (touchpoint: string, score: string) => {
      const row = page.getByTestId("rating-row").filter({ hasText: touchpoint }).first();
      await row.getByText(score, { exact: true }).click();
    };
    await rate("예약 상담원 응대", "5");
    await rate("진료 지연 안내", "2");
    await rate("의사 진료·설명", "4");
    await panel.getByRole("button", { name: "이슈 추가" }).click();
    await page
      .getByTestId("issue-text")
      .fill("진료가 40분 늦어졌는데 지연 안내가 전혀 없어서 접수가 누락된 줄 알았어요. 010-7314-2286로 답 주세요");
    await page.getByTestId("issue-touchpoint").click();
    await page.getByRole("option", { name: "진료 지연 안내" }).click();
    await shot("follow-up-06-call-form");
    await page.getByTestId("save-call").click();
    await page.getByText("통화를 기록했습니다").waitFor();
    const issue = page.getByTestId("issue-card");
    await issue.waitFor();
    // The phone number the patient said is masked in the stored issue.
    expect(await issue.textContent()).not.toContain("7314-2286");

    // One click: the issue is a VOC item on the follow-up channel, linked back.
    await page.getByTestId("issue-to-voc").click();
    await page.getByText("VOC로 등록했습니다").waitFor();
    await page.getByTestId("issue-voc-link").waitFor();
    await shot("follow-up-07-call-done");
    await page.getByTestId("issue-voc-link").click();
    await page.waitForURL(/\/voc\?item=/);
    const vocRow = page.getByTestId("voc-row").filter({ hasText: "지연 안내가 전혀 없어서" }).first();
    await vocRow.waitFor();
    expect(await vocRow.textContent()).toContain("진료 지연 안내");
    await page.getByTestId("voc-drawer").waitFor();
    await shot("follow-up-08-voc-item");

    // The reveal is in the personal-data access log, labelled.
    await page.goto(`${server.baseUrl}${hospitalPath}/access-log`);
    const logRow = page.getByTestId("access-log-row").filter({ hasText: "복호화" }).first();
    await logRow.waitFor();
    expect(await logRow.textContent()).toContain("해피콜 대상자");
    expect(await logRow.textContent()).toContain("해피콜 발신");
    expect(await page.getByTestId("access-log-table").textContent()).toContain("해피콜 작업 목록");
    await shot("follow-up-09-access-log");

    // Stats: contact and reach per department and week, the weakest touchpoint first.
    await page.goto(`${server.baseUrl}${hospitalPath}/follow-up?tab=stats`);
    await page.getByText("진료과별").first().waitFor();
    const body = (await page.locator("main").textContent()) ?? "";
    for (const label of ["접촉률", "통화 성공률", "건강증진센터", "외과", "야간 병동 환경"])
      expect(body).toContain(label);
    await closeToasts(page);
    await screenshot(page, "follow-up-10-stats");
    expect(consoleErrors).toEqual([]);
  }, 180_000);
});
