import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, logIn, screenshot } from "./support/browser.ts";
import {
  apiCall,
  type DetailLite,
  getDetail,
  hospitalIdOf,
  importJourney,
  smallJourney,
} from "./support/map-fixtures.ts";
import { type RunningServer, startServer } from "./support/start-server.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Drags with the mouse in small steps, as a person would (dnd-kit needs the moves). */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y + 8, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 20 });
  await sleep(150);
  await page.mouse.up();
}

async function centre(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error("element has no box");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

describe("visual journey map", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let hid = "";
  let jid = "";
  let detail: DetailLite;
  const consoleErrors: string[] = [];

  const stage = (name: string) => {
    const s = detail.stages.find((x) => x.name === name);
    if (!s) throw new Error(`no stage ${name}`);
    return s;
  };
  const saved = () => expect.poll(() => page.getByTestId("save-status").getAttribute("data-status")).toBe("saved");
  const fresh = async () => {
    detail = await getDetail(page, server.baseUrl, hid, jid);
    return detail;
  };
  const openMap = async () => {
    await page.goto(`${server.baseUrl}/h/${hid}/journeys/${jid}/map`);
    await page.getByTestId("journey-map").waitFor();
    await page.getByTestId("touchpoint-card").first().waitFor();
  };
  const cardNames = (stageId: string) =>
    page
      .locator(`[data-testid=touchpoint-column][data-stage-id="${stageId}"] [data-testid=touchpoint-card-name]`)
      .allTextContents();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: "ko-KR" });
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(String(e)));
    await logIn(page, server.baseUrl);
    hid = hospitalIdOf(page);
    jid = await importJourney(page, server.baseUrl, hid, smallJourney(`e2e 지도 ${Date.now()}`));
    await fresh();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it("opens from the structured editor and draws stages, phases and lanes", async () => {
    await page.goto(`${server.baseUrl}/h/${hid}/journeys/${jid}`);
    await page.getByTestId("map-view-link").click();
    await page.waitForURL(/\/map$/);
    await page.getByTestId("journey-map").waitFor();
    expect(await page.getByTestId("stage-header").count()).toBe(3);
    expect(await page.getByTestId("phase-band").allTextContents()).toEqual([
      "사전 · 내원 전",
      "진료 · 내원 중",
      "사후 · 내원 후",
    ]);
    expect(await page.getByTestId("touchpoint-card").count()).toBe(5);
    // The lowest emotion (전화 예약, −1) stands out.
    const low = page.locator("[data-testid=emotion-point][data-lowest=true]");
    expect(await low.count()).toBe(1);
    expect(await low.getAttribute("data-stage-id")).toBe(stage("전화 예약").id);
    expect(await page.getByText("가장 낮은 순간").count()).toBeGreaterThan(0);
  });

  it("edits a thought in place and keeps it after reload", async () => {
    const s = stage("접수");
    await page.locator(`[data-testid=cell-thoughts][data-stage-id="${s.id}"] [data-testid=edit-thoughts]`).click();
    const input = page.getByTestId("edit-thoughts-input");
    await input.fill("어디로 가야 하지?\n안내 화면이 잘 안 보인다");
    await input.press("Enter");
    await saved();
    await page.reload();
    await page.getByTestId("journey-map").waitFor();
    const cell = page.locator(`[data-testid=cell-thoughts][data-stage-id="${s.id}"]`);
    await expect.poll(() => cell.textContent()).toContain("안내 화면이 잘 안 보인다");
    expect((await fresh()).stages.find((x) => x.id === s.id)?.thoughts).toEqual([
      "어디로 가야 하지?",
      "안내 화면이 잘 안 보인다",
    ]);
  });

  it("drags an emotion point and saves the score", async () => {
    const s = stage("접수");
    const point = page.locator(`[data-testid=emotion-point][data-stage-id="${s.id}"]`);
    expect(await point.getAttribute("data-score")).toBe("0");
    const c = await centre(point.locator("circle.mm-point-ring"));
    // Two steps up (a step is ~17.7 px): 0 → +2.
    await page.mouse.move(c.x, c.y);
    await page.mouse.down();
    await page.mouse.move(c.x, c.y - 18, { steps: 4 });
    await page.mouse.move(c.x, c.y - 36, { steps: 4 });
    await page.mouse.up();
    await saved();
    await page.reload();
    await page.getByTestId("journey-map").waitFor();
    await expect
      .poll(() => page.locator(`[data-testid=emotion-point][data-stage-id="${s.id}"]`).getAttribute("data-score"))
      .toBe("2");
    expect((await fresh()).stages.find((x) => x.id === s.id)?.emotion).toBe(2);

    // Keyboard: focus the point and press ↓.
    await page.locator(`[data-testid=emotion-point][data-stage-id="${s.id}"]`).focus();
    await page.keyboard.press("ArrowDown");
    await saved();
    expect((await fresh()).stages.find((x) => x.id === s.id)?.emotion).toBe(1);
  });

  it("reorders a touchpoint by mouse drag, within a stage and to another stage", async () => {
    const s = stage("접수");
    expect(await cardNames(s.id)).toEqual(["번호표 발급기", "접수 창구 직원 응대", "모바일 접수 안내"]);
    const column = `[data-testid=touchpoint-column][data-stage-id="${s.id}"]`;
    const last = await centre(page.locator(`${column} [data-testid=touchpoint-card]`).nth(2));
    const first = await centre(page.locator(`${column} [data-testid=touchpoint-card]`).nth(0));
    await drag(page, last, { x: first.x, y: first.box.y + 4 });
    await saved();
    await expect.poll(() => cardNames(s.id)).toEqual(["모바일 접수 안내", "번호표 발급기", "접수 창구 직원 응대"]);

    // Across stages: the phone booking card goes to 해피콜.
    const from = stage("전화 예약");
    const to = stage("해피콜");
    const card = await centre(
      page.locator(`[data-testid=touchpoint-column][data-stage-id="${from.id}"] [data-testid=touchpoint-card]`).first(),
    );
    const target = await centre(
      page.locator(`[data-testid=touchpoint-column][data-stage-id="${to.id}"] [data-testid=touchpoint-card]`).first(),
    );
    await drag(page, card, { x: target.x, y: target.box.y + target.box.height + 12 });
    await saved();

    await page.reload();
    await page.getByTestId("journey-map").waitFor();
    await expect.poll(() => cardNames(s.id)).toEqual(["모바일 접수 안내", "번호표 발급기", "접수 창구 직원 응대"]);
    expect(await cardNames(to.id)).toEqual(["해피콜 전화", "예약센터 전화 응대"]);
    expect(await cardNames(from.id)).toEqual([]);
    const d = await fresh();
    expect(d.stages.find((x) => x.id === s.id)?.touchpoints.map((t) => t.name)).toEqual([
      "모바일 접수 안내",
      "번호표 발급기",
      "접수 창구 직원 응대",
    ]);
    expect(d.stages.find((x) => x.id === to.id)?.touchpoints.map((t) => t.name)).toEqual([
      "해피콜 전화",
      "예약센터 전화 응대",
    ]);
  });

  it("reorders a touchpoint with the keyboard (Space, arrow, Space)", async () => {
    const s = stage("접수");
    const card = page.locator(`[data-testid=touchpoint-card][aria-label*="번호표 발급기"]`);
    await card.focus();
    await page.keyboard.press("Space");
    await sleep(150);
    await page.keyboard.press("ArrowDown");
    await sleep(150);
    await page.keyboard.press("Space");
    await saved();
    await expect.poll(() => cardNames(s.id)).toEqual(["모바일 접수 안내", "접수 창구 직원 응대", "번호표 발급기"]);
    await page.reload();
    await page.getByTestId("journey-map").waitFor();
    await expect.poll(() => cardNames(s.id)).toEqual(["모바일 접수 안내", "접수 창구 직원 응대", "번호표 발급기"]);
  });

  it("filters by channel (others dimmed) and opens the touchpoint drawer", async () => {
    await page.getByTestId("filter-channel").click();
    await page.getByRole("option", { name: "전화" }).click();
    const cards = page.getByTestId("touchpoint-card");
    await expect.poll(() => page.locator("[data-testid=touchpoint-card][data-dimmed=true]").count()).toBe(3);
    for (const c of await cards.all()) {
      const phone = (await c.getAttribute("data-channel")) === "phone";
      expect(await c.getAttribute("data-dimmed")).toBe(phone ? null : "true");
    }
    await screenshot(page, "map-10-filter-phone-ko");
    await page.getByTestId("filter-channel").click();
    await page.getByRole("option", { name: "전화" }).click(); // choosing it again clears it
    await expect.poll(() => page.locator("[data-testid=touchpoint-card][data-dimmed=true]").count()).toBe(0);

    await page.locator(`[data-testid=touchpoint-card][aria-label*="접수 창구 직원 응대"]`).click();
    const drawer = page.getByTestId("touchpoint-drawer-body");
    await drawer.waitFor();
    expect(await page.getByTestId("drawer-title").textContent()).toBe("접수 창구 직원 응대");
    expect(await drawer.textContent()).toContain("원무팀");
    await screenshot(page, "map-11-drawer-ko");
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "detached" });
  });

  it("undoes an edit", async () => {
    const s = stage("해피콜");
    await page
      .locator(`[data-testid=cell-opportunities][data-stage-id="${s.id}"] [data-testid=edit-opportunities]`)
      .click();
    const input = page.getByTestId("edit-opportunities-input");
    await input.fill("결과 안내 문자");
    await input.press("Enter");
    await saved();
    expect((await fresh()).stages.find((x) => x.id === s.id)?.opportunities).toEqual(["결과 안내 문자"]);

    await page.getByTestId("undo").click();
    await saved();
    await expect.poll(async () => (await fresh()).stages.find((x) => x.id === s.id)?.opportunities).toEqual([]);
    // Redo by keyboard (Ctrl+Shift+Z), then undo again (Ctrl+Z).
    await page.locator("body").click({ position: { x: 5, y: 300 } });
    await page.keyboard.press("Control+Shift+Z");
    await saved();
    await expect
      .poll(async () => (await fresh()).stages.find((x) => x.id === s.id)?.opportunities)
      .toEqual(["결과 안내 문자"]);
    await page.keyboard.press("Control+Z");
    await saved();
    await expect.poll(async () => (await fresh()).stages.find((x) => x.id === s.id)?.opportunities).toEqual([]);
  });

  it("shows a conflict when someone else changed the stage, and 'Apply mine' wins", async () => {
    await openMap();
    const s = (await fresh()).stages.find((x) => x.name === "해피콜");
    if (!s) throw new Error("no stage");
    // Someone else edits the same stage while the page is open.
    await apiCall(page.request, server.baseUrl, "PATCH", `/api/hospitals/${hid}/stages/${s.id}`, {
      version: s.version,
      thoughts: ["다른 사람이 쓴 생각"],
    });
    await page.locator(`[data-testid=cell-thoughts][data-stage-id="${s.id}"] [data-testid=edit-thoughts]`).click();
    const input = page.getByTestId("edit-thoughts-input");
    await input.fill("내가 쓴 생각");
    await input.press("Enter");
    const modal = page.getByTestId("conflict-theirs");
    await modal.waitFor();
    expect(await page.getByTestId("save-status").getAttribute("data-status")).toBe("conflict");
    expect(await page.getByTestId("conflict-theirs").textContent()).toContain("다른 사람이 쓴 생각");
    expect(await page.getByTestId("conflict-yours").textContent()).toContain("내가 쓴 생각");
    await screenshot(page, "map-12-conflict-ko");
    await page.getByTestId("conflict-apply-mine").click();
    await saved();
    await expect
      .poll(async () => (await fresh()).stages.find((x) => x.id === s.id)?.thoughts)
      .toEqual(["내가 쓴 생각"]);
  });

  it("adds a custom text lane, writes in it, hides and shows it; stage grips are keyboard drag handles", async () => {
    await openMap();
    await page.getByTestId("add-lane").click();
    await page.getByTestId("new-lane-name").fill("보호자의 생각");
    await page.getByTestId("new-lane-save").click();
    const label = page.locator("[data-testid=lane-label]", { hasText: "보호자의 생각" });
    await label.waitFor();
    await saved();
    const laneKey = await label.getAttribute("data-lane");
    const s = stage("접수");
    await page
      .locator(`[data-testid="cell-${laneKey}"][data-stage-id="${s.id}"] [data-testid="edit-${laneKey}"]`)
      .click();
    const input = page.getByTestId(`edit-${laneKey}-input`);
    await input.fill("아이가 지루해한다");
    await input.press("Enter");
    await saved();
    await page.reload();
    await page.getByTestId("journey-map").waitFor();
    await expect
      .poll(() => page.locator(`[data-testid="cell-${laneKey}"][data-stage-id="${s.id}"]`).textContent())
      .toContain("아이가 지루해한다");

    // Hide it from its menu, show it again from the toolbar.
    await page.locator("[data-testid=lane-label]", { hasText: "보호자의 생각" }).getByTestId("lane-menu").click();
    await page.getByRole("menuitem", { name: "레인 숨기기" }).click();
    await saved();
    await expect.poll(() => page.locator("[data-testid=lane-label]", { hasText: "보호자의 생각" }).count()).toBe(0);
    await page.getByTestId("lanes-menu").click();
    await page.getByRole("menuitem", { name: /보호자의 생각/ }).click();
    await saved();
    await expect.poll(() => page.locator("[data-testid=lane-label]", { hasText: "보호자의 생각" }).count()).toBe(1);

    // Stages move within their phase (one stage per phase here): the grip is a keyboard drag
    // handle with the instructions in Korean.
    const grip = page.locator(`[data-testid=stage-header][data-stage-id="${s.id}"] [data-testid=stage-grip]`);
    expect(await grip.getAttribute("aria-roledescription")).toBeTruthy();
    const describedBy = await grip.getAttribute("aria-describedby");
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain("스페이스바");
  });

  it("draws the demo outpatient map beautifully in Korean and in English", async () => {
    await page.setViewportSize({ width: 2200, height: 1700 });
    await page.goto(`${server.baseUrl}/h/${hid}/journeys`);
    const link = page.getByRole("link", { name: /첫 방문 외래/ }).first();
    await link.waitFor();
    const href = await link.getAttribute("href");
    await page.goto(`${server.baseUrl}${href}/map`);
    await page.getByTestId("journey-map").waitFor();
    await page.getByTestId("touchpoint-card").first().waitFor();
    await screenshot(page, "map-01-outpatient-ko");

    const weakest = page.locator("label", { hasText: "가장 약한 순간" });
    await weakest.click();
    await expect.poll(() => page.locator("[data-testid=stage-header][data-weak=true]").count()).toBeGreaterThan(0);
    await sleep(300);
    await screenshot(page, "map-02-outpatient-weakest-ko");
    await weakest.click();

    await page.getByTestId("language-switch").getByText("English").click();
    await expect.poll(() => page.getByTestId("phase-band").first().textContent()).toBe("Before the visit");
    await sleep(200);
    await screenshot(page, "map-03-outpatient-en");
    await page.getByTestId("language-switch").getByText("한국어").click();
    await page.setViewportSize({ width: 1600, height: 1000 });

    expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
