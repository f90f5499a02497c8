import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { switchLanguage } from "./support/accounts.ts";
import { launchBrowser, logIn } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/start-server.ts";

// The response import wizard on the demo hospital: a CSV with Korean headers and one bad row is
// refused in the preview with the row's error; the fixed file is committed with a progress bar and
// its responses appear in the response browser; the same file again is all duplicates.

const SURVEY = {
  title: "e2e 외래 만족도 (가져오기)",
  definition: {
    sections: [
      {
        key: "main",
        title: "외래",
        questions: [
          { key: "reception", type: "satisfaction", scale: 5, text: "접수 만족도", required: true },
          { key: "nps", type: "nps", text: "추천 의향" },
          { key: "comment", type: "free_text", text: "하고 싶은 말씀" },
        ],
      },
    ],
  },
};
const HEADER = ["응답번호", "방문일", "진료과", "접수 만족도", "추천 의향", "하고 싶은 말씀"];
const ROWS = 6000;
const COMMENTS = ["친절했어요", "대기 시간이 길었습니다", "", "주차가 불편해요", ""];

/** The file a CS team exports from its EMR: row 3 (the second response) has a satisfaction of 9 when `bad`. */
function emrCsv(department: string, bad: boolean): Buffer {
  const lines = [HEADER.join(",")];
  for (let i = 1; i <= ROWS; i++) {
    const satisfaction = bad && i === 2 ? 9 : (i % 5) + 1;
    const day = String((i % 28) + 1).padStart(2, "0");
    lines.push([`EMR-${i}`, `2025-03-${day}`, department, satisfaction, i % 11, COMMENTS[i % 5]].join(","));
  }
  return Buffer.from(`\ufeff${lines.join("\r\n")}\r\n`, "utf8");
}

/** What is on screen (the app shell's header is fixed, so full-page shots would misplace it). */
const shot = async (page: Page, name: string) => {
  await page.evaluate("document.fonts.ready.then(() => undefined)");
  await page.screenshot({ path: `/tmp/survey-import-${name}.png` });
};

describe("survey response import wizard", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1440, height: 1200 }, locale: "ko-KR" });
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

  /** A JSON call from the page, with its session (same origin, so the CSRF check passes). */
  // biome-ignore lint/suspicious/noExplicitAny: API bodies are checked field by field
  const api = (method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> =>
    page.evaluate(
      async ([m, p, b]) => {
        const res = await fetch(p as string, {
          method: m as string,
          headers: b === undefined ? {} : { "content-type": "application/json" },
          body: b === undefined ? undefined : JSON.stringify(b),
        });
        const text = await res.text();
        return { status: res.status, json: text ? JSON.parse(text) : null };
      },
      [method, path, body] as const,
    );

  const upload = (name: string, buffer: Buffer) =>
    page.getByTestId("import-file-input").setInputFiles({ name, mimeType: "text/csv", buffer });

  it("refuses a file with a bad row, imports the fixed file with progress, and finds only duplicates the second time", async () => {
    await logIn(page, server.baseUrl);
    const hid = /\/h\/([^/]+)\//.exec(page.url())?.[1] ?? "";
    const created = await api("POST", `/api/hospitals/${hid}/surveys`, SURVEY);
    expect(created.status).toBe(201);
    const sid = created.json.id as string;
    expect((await api("POST", `/api/hospitals/${hid}/surveys/${sid}/publish`)).status).toBe(200);
    const departments = await api("GET", `/api/hospitals/${hid}/departments`);
    const department = departments.json.items[0].name as string;

    // From the (empty) response browser to the wizard.
    await page.goto(`${server.baseUrl}/h/${hid}/surveys/${sid}/responses`);
    await page.getByTestId("responses-import-link").click();
    await page.waitForURL(/\/import$/);
    await page.getByTestId("import-dropzone").waitFor();
    await shot(page, "1-file");

    // 1 → 2: the bad file; the columns are matched to the questions by their Korean names.
    await upload("EMR 만족도 3월.csv", emrCsv(department, true));
    await page.getByTestId("mapping-table").waitFor();
    const selects = page.getByTestId("mapping-select");
    expect(await selects.count()).toBe(HEADER.length);
    expect(await selects.nth(0).inputValue()).toBe("중복 확인 키 (응답번호)");
    expect(await selects.nth(3).inputValue()).toBe("1. 접수 만족도");
    expect(await selects.nth(5).inputValue()).toBe("3. 하고 싶은 말씀");
    await page.getByTestId("source-name").fill("EMR 만족도 추출");
    await shot(page, "2-mapping");

    // 3: the preview names the bad row; nothing can be committed.
    await page.getByTestId("import-check").click();
    await page.getByTestId("row-errors").waitFor();
    expect(await page.getByTestId("stat-errors-value").textContent()).toBe("1");
    const error = page.getByTestId("row-error").first();
    expect(await error.textContent()).toContain("3");
    expect(await error.textContent()).toContain("접수 만족도");
    expect(await error.textContent()).toContain("1에서 5 사이의 숫자");
    expect(await page.getByTestId("import-commit").count()).toBe(0);
    await shot(page, "3-preview-error");

    // Fix the file and go again: the preview is clean, the commit runs with a progress bar.
    await page.getByTestId("import-restart").click();
    await upload("EMR 만족도 3월 (수정).csv", emrCsv(department, false));
    await page.getByTestId("mapping-table").waitFor();
    await page.getByTestId("source-name").fill("EMR 만족도 추출");
    await page.getByTestId("import-check").click();
    await page.getByTestId("preview-ok").waitFor();
    expect(await page.getByTestId("stat-rows-value").textContent()).toBe(ROWS.toLocaleString("ko-KR"));
    expect(await page.getByTestId("stat-errors-value").textContent()).toBe("0");
    await shot(page, "4-preview-ok");
    await page.getByTestId("import-commit").click();
    await page
      .getByTestId("import-running")
      .waitFor({ timeout: 3000 })
      .then(() => shot(page, "5-progress"))
      .catch(() => {}); // a fast machine may finish before the first poll
    await page.getByTestId("import-succeeded").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("import-succeeded").textContent()).toContain(
      `응답 ${ROWS.toLocaleString("ko-KR")}건을 저장했습니다`,
    );
    await page.getByTestId("import-history").getByText("EMR 만족도 추출").waitFor();
    await shot(page, "6-done");

    // The responses are in the response browser.
    await page.getByTestId("import-succeeded").getByRole("link", { name: "응답 보기" }).click();
    await page.waitForURL(/\/responses$/);
    await page.getByTestId("response-row").first().waitFor();
    expect(await page.getByTestId("response-row").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("responses-table").textContent()).toContain("가져오기");
    await shot(page, "7-responses");

    // The same file again: the remembered mapping is applied and every row is already there.
    await page.getByTestId("responses-import-link").click();
    await upload("EMR 만족도 3월 (수정).csv", emrCsv(department, false));
    await page.getByTestId("remembered-mapping").waitFor();
    expect(await page.getByTestId("remembered-mapping").textContent()).toContain("EMR 만족도 추출");
    await page.getByTestId("import-check").click();
    await page.getByTestId("preview-nothing").waitFor();
    expect(await page.getByTestId("stat-duplicates-value").textContent()).toBe(ROWS.toLocaleString("ko-KR"));
    expect(await page.getByTestId("stat-valid-value").textContent()).toBe("0");
    expect(await page.getByTestId("import-commit").count()).toBe(0);
    await page.getByTestId("import-history").waitFor();
    await shot(page, "8-duplicates");

    // In English, the same preview.
    await switchLanguage(page, "en");
    await page.getByTestId("stat-duplicates").getByText("Already imported").waitFor();
    await shot(page, "9-duplicates-en");

    const stored = await api("GET", `/api/hospitals/${hid}/surveys/${sid}`);
    expect(stored.json.responseCount).toBe(ROWS);
    // The 401 is the session check before logging in.
    expect(consoleErrors.filter((e) => !/favicon|401/i.test(e))).toEqual([]);
  });
  it("a commit that finds bad rows after a clean preview writes nothing and says so", async () => {
    const hid = /\/h\/([^/]+)\//.exec(page.url())?.[1] ?? "";
    const created = await api("POST", `/api/hospitals/${hid}/surveys`, { ...SURVEY, title: "e2e 가져오기 실패" });
    const sid = created.json.id as string;
    await api("POST", `/api/hospitals/${hid}/surveys/${sid}/publish`);
    // A department that is deleted between the preview and the commit.
    const dept = await api("POST", `/api/hospitals/${hid}/departments`, { name: "e2e 임시진료과", code: "E2ETMP" });
    expect(dept.status).toBe(201);

    await page.goto(`${server.baseUrl}/h/${hid}/surveys/${sid}/import`);
    await switchLanguage(page, "ko");
    const lines = [HEADER.join(","), "T-1,2025-04-01,e2e 임시진료과,5,9,좋아요", "T-2,2025-04-02,e2e 임시진료과,4,8,"];
    await upload("임시.csv", Buffer.from(lines.join("\n"), "utf8"));
    await page.getByTestId("import-check").click();
    await page.getByTestId("preview-ok").waitFor();
    expect((await api("DELETE", `/api/hospitals/${hid}/departments/${dept.json.id}`)).status).toBe(204);
    await page.getByTestId("import-commit").click();
    await page.getByTestId("import-failed").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("nothing-written").textContent()).toBe("아무것도 저장되지 않았습니다.");
    expect(await page.getByTestId("row-error").count()).toBe(2);
    await shot(page, "10-failed");
    expect((await api("GET", `/api/hospitals/${hid}/surveys/${sid}`)).json.responseCount).toBe(0);
  });
});
