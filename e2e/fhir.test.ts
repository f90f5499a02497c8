import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, logIn, screenshot } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/start-server.ts";

const PHQ9_PATH = new URL(
  "../packages/core/test/fixtures/fhir/questionnaire-sdc-profile-example-PHQ9.json",
  import.meta.url,
).pathname;

// FHIR: an independent Questionnaire (HL7's PHQ-9) imported through the survey list shows all its
// items in the builder, and the builder downloads the survey as a Questionnaire again.
describe("FHIR Questionnaire import and export", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: "ko-KR",
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on("pageerror", (e) => consoleErrors.push(String(e)));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const upload = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByTestId("fhir-import-button").click(),
    ]);
    await chooser.setFiles(file);
  };

  it("a file that is not a Questionnaire is explained, the PHQ-9 becomes a draft with all its items", async () => {
    await logIn(page, server.baseUrl);
    const hid = /\/h\/([^/]+)\//.exec(page.url())?.[1] ?? "";
    await page.goto(`${server.baseUrl}/h/${hid}/surveys`);
    await page.getByTestId("fhir-import-button").waitFor();

    await upload({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
    await page.getByTestId("fhir-import-error").getByText("JSON 파일이 아닙니다.").waitFor();
    await upload({
      name: "patient.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ resourceType: "Patient" })),
    });
    await page
      .getByTestId("fhir-import-error")
      .getByText(/not a FHIR Questionnaire/)
      .waitFor();
    await screenshot(page, "fhir-01-import-error");

    const json = await readFile(PHQ9_PATH);
    const source = JSON.parse(json.toString("utf8"));
    // Counted from the file itself: every item that is neither a group nor display text.
    // biome-ignore lint/suspicious/noExplicitAny: raw FHIR JSON
    const answerable = (items: any[] = []): any[] =>
      items.flatMap((i) => [...(i.type === "group" || i.type === "display" ? [] : [i]), ...answerable(i.item)]);
    const expected = answerable(source.item);
    expect(expected).toHaveLength(10);

    await upload({ name: "phq9.json", mimeType: "application/fhir+json", buffer: json });
    await page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
    await page.getByTestId("question-card").first().waitFor();
    expect(await page.getByTestId("survey-title").textContent()).toBe("Patient Health Questionnaire - 9 Item");
    expect(await page.getByTestId("question-card").count()).toBe(expected.length);
    const texts = await page
      .getByTestId("question-text")
      .evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));
    expect(texts).toEqual(expected.map((i) => i.text));
    await screenshot(page, "fhir-02-imported-phq9");

    // Back out as a Questionnaire: the same ten questions.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("fhir-export").click()]);
    const exported = JSON.parse(await readFile(await download.path(), "utf8"));
    expect(exported.resourceType).toBe("Questionnaire");
    expect(answerable(exported.item).map((i) => i.text)).toEqual(expected.map((i) => i.text));
    expect(consoleErrors).toEqual([]);
  });

  it("a Bundle of QuestionnaireResponses is refused whole when one entry is bad, then imported once", async () => {
    // The PHQ-9 draft from the test above: publish it, then bring answers in on its responses page.
    await page.getByTestId("publish-survey").click();
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/publish") && r.status() === 200),
      page.getByTestId("confirm-publish").click(),
    ]);
    await page.goto(`${page.url()}/responses`);
    const importButton = page.getByTestId("fhir-responses-import");
    await importButton.waitFor();

    const qr = (id: string, code: string) => ({
      resource: {
        resourceType: "QuestionnaireResponse",
        id,
        status: "completed",
        authored: "2026-03-02T10:00:00+09:00",
        item: [{ linkId: "H1/T1/Q1", answer: [{ valueCoding: { code } }] }],
      },
    });
    const sendBundle = async (entries: unknown[]) => {
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), importButton.click()]);
      await chooser.setFiles({
        name: "responses.json",
        mimeType: "application/fhir+json",
        buffer: Buffer.from(JSON.stringify({ resourceType: "Bundle", type: "collection", entry: entries })),
      });
    };
    await sendBundle([qr("r1", "Not-at-all"), qr("r2", "no-such-code")]);
    const problem = page.getByTestId("fhir-responses-error");
    await problem.getByText("아무것도 저장되지 않았습니다", { exact: false }).waitFor();
    expect(await problem.textContent()).toContain("entry.1");
    await screenshot(page, "fhir-03-responses-refused");
    await page.keyboard.press("Escape");

    await sendBundle([qr("r1", "Not-at-all"), qr("r2", "Several-days")]);
    await page.getByText("FHIR 응답 2건을 저장했습니다", { exact: false }).waitFor();
    await page.getByTestId("response-row").nth(1).waitFor();
    expect(await page.getByTestId("response-row").count()).toBe(2);
    await sendBundle([qr("r1", "Not-at-all"), qr("r2", "Several-days")]);
    await page.getByText("FHIR 응답 0건을 저장했습니다", { exact: false }).waitFor();
    expect(await page.getByTestId("response-row").count()).toBe(2);
    expect(consoleErrors).toEqual([]);
  });
});
