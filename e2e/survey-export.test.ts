import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { type APIRequestContext, type Browser, type Download, type Page, request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, launchBrowser, logIn, screenshot } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/start-server.ts";

// The response browser's export menu downloads exactly the responses the filters show, as CSV and XLSX.
describe("survey response export from the response browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let staff: APIRequestContext;
  let page: Page;
  let hid: string;
  let surveyId: string;
  let department: { id: string; name: string };
  const ids: string[] = [];

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

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    staff = await request.newContext();
    expect((await staff.post(`${server.baseUrl}/api/auth/login`, { data: DEMO })).ok()).toBe(true);
    const me = await staffCall<{ memberships: { hospitalId: string; role: string }[] }>("GET", "/api/auth/me");
    hid = me.memberships.find((m) => m.role === "owner")?.hospitalId ?? "";
    const departments = await staffCall<{ items: { id: string; name: string }[] }>(
      "GET",
      `/api/hospitals/${hid}/departments`,
    );
    department = departments.items[0] as { id: string; name: string };
    const survey = await staffCall<{ id: string; publicId: string; version: number }>(
      "POST",
      `/api/hospitals/${hid}/surveys`,
      {
        title: "내보내기 점검 설문",
        titleEn: "Export check",
        definition: {
          sections: [
            {
              key: "main",
              questions: [
                { key: "sat", type: "satisfaction", text: "만족하셨나요?", textEn: "Were you satisfied?" },
                { key: "again", type: "yes_no", text: "다시 오시겠어요?", textEn: "Would you come again?" },
                { key: "comment", type: "free_text", text: "하고 싶은 말씀", textEn: "Comments" },
              ],
            },
          ],
        },
      },
    );
    surveyId = survey.id;
    await staffCall("POST", `/api/hospitals/${hid}/surveys/${surveyId}/publish`, { version: survey.version });
    const submit = async (body: Record<string, unknown>) => {
      const res = await fetch(`${server.baseUrl}/api/public/surveys/${survey.publicId}/responses`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ submissionKey: crypto.randomUUID(), ...body }),
      });
      expect(res.status).toBe(201);
      ids.push(((await res.json()) as { id: string }).id);
    };
    await submit({
      departmentId: department.id,
      answers: [
        { key: "sat", value: 4 },
        { key: "again", value: 1 },
        { key: "comment", text: '=HYPERLINK("http://x") 제 번호 010-2345-6789' },
      ],
    });
    await submit({
      answers: [
        { key: "sat", value: 2 },
        { key: "comment", text: "다른 부서 응답" },
      ],
    });

    page = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    ).newPage();
    await logIn(page, server.baseUrl);
  }, 120_000);

  afterAll(async () => {
    await staff?.dispose();
    await browser?.close();
    await server?.stop();
  });

  const download = async (format: "csv" | "xlsx"): Promise<{ file: Download; bytes: Buffer }> => {
    await page.getByTestId("responses-export").click();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId(`responses-export-${format}`).click(),
    ]);
    const path = await file.path();
    return { file, bytes: await readFile(path) };
  };

  it("downloads CSV and XLSX of the filtered responses", async () => {
    await page.goto(`${server.baseUrl}/h/${hid}/surveys/${surveyId}/responses`);
    await expect.poll(() => page.getByTestId("response-row").count()).toBe(2);

    // Only the responses of one department.
    await page.getByRole("combobox", { name: "진료과" }).click();
    await page.getByRole("option", { name: department.name, exact: true }).click();
    await expect.poll(() => page.getByTestId("response-row").count()).toBe(1);
    await page.getByTestId("responses-export").click();
    await page.getByText("현재 필터의 응답").waitFor();
    await screenshot(page, "survey-export-01-menu-ko");
    await page.keyboard.press("Escape");

    const csv = await download("csv");
    expect(csv.file.suggestedFilename()).toMatch(/^내보내기 점검 설문-responses-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(csv.bytes.toString("utf8").slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]?.slice(0, 8)).toEqual([
      "응답 ID",
      "제출 시각",
      "버전",
      "채널",
      "방문일",
      "부서",
      "구분",
      "sat: 만족하셨나요?",
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[0]).toBe(ids[0]);
    expect(rows[1]?.[5]).toBe(department.name);
    expect(rows[1]?.slice(7)).toEqual(["4", "예", expect.stringMatching(/^'=HYPERLINK\("http:\/\/x"\) 제 번호 /)]);
    expect(csv.bytes.toString("utf8")).not.toContain("2345-6789");

    const xlsx = await download("xlsx");
    expect(xlsx.file.suggestedFilename()).toMatch(/^내보내기 점검 설문-responses-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(2).getCell(1).value).toBe(ids[0]);
    expect(sheet?.getRow(2).getCell(8).value).toBe(4);
    expect(String(sheet?.getRow(2).getCell(10).value)).toMatch(/^'=HYPERLINK/);
  }, 120_000);

  it("the downloaded CSV imports into another survey in the wizard: every column guessed, the answers as they were", async () => {
    // A copy of the survey (a new season, another motmap): the same questions.
    const source = await staffCall<{ definition: unknown }>("GET", `/api/hospitals/${hid}/surveys/${surveyId}`);
    const copy = await staffCall<{ id: string; version: number }>("POST", `/api/hospitals/${hid}/surveys`, {
      title: "내보내기 점검 설문 (사본)",
      definition: source.definition,
    });
    await staffCall("POST", `/api/hospitals/${hid}/surveys/${copy.id}/publish`, { version: copy.version });

    // Every response of the original, as the response browser downloads them.
    await page.goto(`${server.baseUrl}/h/${hid}/surveys/${surveyId}/responses`);
    await expect.poll(() => page.getByTestId("response-row").count()).toBe(2);
    const csv = await download("csv");

    await page.goto(`${server.baseUrl}/h/${hid}/surveys/${copy.id}/import`);
    await page.getByTestId("import-dropzone").waitFor();
    await page
      .getByTestId("import-file-input")
      .setInputFiles({ name: csv.file.suggestedFilename(), mimeType: "text/csv", buffer: csv.bytes });
    await page.getByTestId("mapping-table").waitFor();
    const selects = page.getByTestId("mapping-select");
    expect(await selects.count()).toBe(10);
    expect(await selects.nth(0).inputValue()).toBe("중복 확인 키 (응답번호)");
    expect(await selects.nth(7).inputValue()).toBe("1. 만족하셨나요?");
    expect(await selects.nth(8).inputValue()).toBe("2. 다시 오시겠어요?");
    expect(await selects.nth(9).inputValue()).toBe("3. 하고 싶은 말씀");
    await screenshot(page, "survey-export-02-reimport-mapping");
    await page.getByTestId("import-check").click();
    await page.getByTestId("preview-ok").waitFor();
    expect(await page.getByTestId("stat-errors-value").textContent()).toBe("0");
    await page.getByTestId("import-commit").click();
    await page.getByTestId("import-succeeded").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("import-succeeded").textContent()).toContain("응답 2건을 저장했습니다");

    // The same answers; the apostrophe the export put before "=" is gone again.
    type Listed = { items: { answers: { questionKey: string; value: number | null; text: string | null }[] }[] };
    const answers = async (id: string) =>
      (await staffCall<Listed>("GET", `/api/hospitals/${hid}/surveys/${id}/responses?limit=10`)).items
        .map((r) => JSON.stringify(r.answers.map((a) => [a.questionKey, a.value, a.text])))
        .sort();
    expect(await answers(copy.id)).toEqual(await answers(surveyId));
    expect((await answers(copy.id)).join()).toContain('"=HYPERLINK(\\"http://x\\") 제 번호');
  }, 120_000);
});
