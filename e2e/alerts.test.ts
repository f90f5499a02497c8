import type { AddressInfo } from "node:net";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, logIn, screenshot } from "./support/browser.ts";
import { closeToasts, viewportShot } from "./support/shots.ts";
import { type RunningServer, startServer } from "./support/start-server.ts";

interface Alert {
  id: string;
  kind: string;
  sourceType: string;
  sourceId: string;
  departmentIds: string[];
  read: boolean;
}
interface Touchpoint {
  id: string;
  name: string;
  departmentIds: string[];
}
interface Question {
  key: string;
  type: string;
  touchpointId?: string | null;
}

const SMTP_USER = "motmap";
const SMTP_PASSWORD = "smtp-비밀번호-2026";

/** A real SMTP server on a free local port (login required) that keeps the recipients of what it receives. */
async function startSmtp() {
  const received: { to: string[]; size: number }[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) return callback(null, { user: SMTP_USER });
      callback(new Error("535 bad credentials"));
    },
    onData(stream, session, callback) {
      let size = 0;
      stream.on("data", (c: Buffer) => {
        size += c.length;
      });
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), size });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

// Service-recovery alerts as a CS manager meets them: rules and the mail server are set up on the settings
// tab; a serious complaint and a low survey answer light the badge; the inbox opens each source; reading
// clears the badge; the owning department's recipient gets the e-mail.
describe("service-recovery alerts", () => {
  let server: RunningServer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    [server, smtp] = await Promise.all([startServer(), startSmtp()]);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "ko-KR" });
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(String(e)));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  /** A JSON call with the page's session (same origin, so the CSRF check passes). */
  const api = <T>(method: string, path: string, body?: unknown) =>
    page.evaluate(
      async ([m, u, b]) => {
        const r = await fetch(u as string, {
          method: m as string,
          credentials: "include",
          headers: b === undefined ? {} : { "Content-Type": "application/json" },
          body: b === undefined ? undefined : JSON.stringify(b),
        });
        const text = await r.text();
        if (!r.ok) throw new Error(`${m} ${u} → ${r.status}: ${text}`);
        return text ? JSON.parse(text) : undefined;
      },
      [method, path, body] as const,
    ) as Promise<T>;
  const badge = () => page.getByTestId("alerts-unread-badge");
  const clearToasts = () => closeToasts(page);

  it("sets up rules and mail, raises alerts, opens their sources and clears the badge", async () => {
    // A fake clock that runs normally, so the badge's one-minute poll can be fast-forwarded.
    await context.clock.install();
    await logIn(page, server.baseUrl);
    consoleErrors.length = 0; // the 401 of the session check before logging in
    const hid = /\/h\/([^/]+)\//.exec(page.url())?.[1] ?? "";
    const H = `/api/hospitals/${hid}`;

    // The demo's outpatient journey: two touchpoints with different owning departments.
    const journeys = await api<{ items: { id: string; title: string }[] }>("GET", `${H}/journeys`);
    const journey = journeys.items.find((j) => /첫 방문 외래/.test(j.title)) ?? journeys.items[0];
    const detail = await api<{ stages: { touchpoints: Touchpoint[] }[] }>("GET", `${H}/journeys/${journey?.id}`);
    const owned = detail.stages.flatMap((s) => s.touchpoints).filter((tp) => tp.departmentIds.length > 0);
    const vocTouchpoint = owned[0];
    if (!vocTouchpoint) throw new Error("no touchpoint with an owning department");
    const owner = vocTouchpoint.departmentIds[0] ?? "";
    const departments = await api<{ items: { id: string; name: string }[] }>("GET", `${H}/departments`);
    const ownerName = departments.items.find((d) => d.id === owner)?.name ?? "";
    expect(ownerName).not.toBe("");

    // No alerts yet: no badge, an empty inbox.
    await page.getByRole("link", { name: "서비스 회복 알림" }).click();
    await page.waitForURL(/\/alerts$/);
    await page.getByText("알림이 없습니다").waitFor();
    expect(await badge().count()).toBe(0);

    // Settings: a hospital-wide complaint rule (high severity) and a satisfaction rule (≤ 2).
    await page.getByTestId("alerts-settings-tab").click();
    await page.waitForURL(/tab=settings/);
    await page.getByTestId("alert-rules-empty").waitFor();
    const form = page.getByTestId("alert-rule-form");
    await form.getByTestId("rule-kind").click();
    await page.getByRole("option", { name: "불만 VOC" }).click();
    expect(await form.getByTestId("rule-severity").inputValue()).toBe("높음 이상");
    await form.getByTestId("rule-add").click();
    await page.getByText("규칙을 추가했습니다").waitFor();
    await form.getByTestId("rule-kind").click();
    await page.getByRole("option", { name: "낮은 만족도" }).click();
    expect(await form.getByTestId("rule-threshold").inputValue()).toBe("2점 이하");
    await form.getByTestId("rule-add").click();
    await expect.poll(() => page.getByTestId("alert-rule").count()).toBe(2);
    // A second hospital-wide complaint rule is refused with a message.
    await form.getByTestId("rule-kind").click();
    await page.getByRole("option", { name: "불만 VOC" }).click();
    await form.getByTestId("rule-add").click();
    await page.getByText("같은 종류의 규칙이 이미 있습니다").waitFor();
    // Changing a rule's threshold saves it.
    const satisfactionRow = page.getByTestId("alert-rule").filter({ hasText: "낮은 만족도" });
    await satisfactionRow.getByTestId("rule-threshold").click();
    await page.getByRole("option", { name: "1점 이하" }).click();
    await page.getByText("규칙을 저장했습니다").waitFor();
    await expect
      .poll(async () =>
        (
          await api<{ items: { kind: string; threshold: number | null; minSeverity: string | null }[] }>(
            "GET",
            `${H}/alerts/rules`,
          )
        ).items.map((r) => `${r.kind}:${r.threshold ?? r.minSeverity}`),
      )
      .toEqual(["low_satisfaction:1", "voc_complaint:high"]);

    // The owning department's recipient.
    await page.getByTestId("recipient-add-department").click();
    await page.getByRole("option", { name: ownerName, exact: true }).click();
    const recipientRow = page
      .getByTestId("alert-recipient-row")
      .filter({ has: page.getByText(ownerName, { exact: true }) });
    await recipientRow.locator("input").first().fill("cs-team@hanbit.kr");
    await recipientRow.locator("input").first().press("Enter");
    await recipientRow.getByRole("button", { name: "저장" }).click();
    await page.getByText(`${ownerName} 수신자를 저장했습니다`).waitFor();

    // The mail server, then a test message through it.
    const smtpForm = page.getByTestId("smtp-form");
    await smtpForm.getByTestId("smtp-host").fill("127.0.0.1");
    await smtpForm.getByTestId("smtp-port").fill(String(smtp.port));
    await smtpForm.getByLabel("사용자 이름").fill(SMTP_USER);
    await smtpForm.getByLabel("비밀번호", { exact: true }).fill(SMTP_PASSWORD);
    await smtpForm.getByTestId("smtp-from").fill("motmap@hanbit.kr");
    await smtpForm.getByTestId("smtp-save").click();
    await page.getByText("메일 서버 설정을 저장했습니다").waitFor();
    await page.getByText("저장된 비밀번호가 있습니다").waitFor();
    expect(await smtpForm.getByLabel("비밀번호", { exact: true }).inputValue()).toBe("");
    await page.getByTestId("smtp-test-to").fill("manager@hanbit.kr");
    await page.getByTestId("smtp-test").click();
    const result = page.getByTestId("smtp-test-result");
    await result.waitFor();
    expect(await result.getAttribute("data-delivered")).toBe("true");
    expect(await result.textContent()).toContain("manager@hanbit.kr");
    expect(smtp.received.map((m) => m.to)).toContainEqual(["manager@hanbit.kr"]);
    await clearToasts();
    await page.waitForTimeout(300);
    // A tall window instead of a full-page shot: the shell's header and navigation stay in place.
    await page.setViewportSize({ width: 1440, height: 1640 });
    await clearToasts();
    await viewportShot(page, "alerts-02-settings");
    await page.setViewportSize({ width: 1440, height: 900 });

    // A wrong password is reported, not hidden.
    await smtpForm.getByLabel("비밀번호", { exact: true }).fill("wrong");
    await smtpForm.getByTestId("smtp-save").click();
    await page.getByText("메일 서버 설정을 저장했습니다").first().waitFor();
    await page.getByTestId("smtp-test").click();
    await expect.poll(() => page.getByTestId("smtp-test-result").getAttribute("data-delivered")).toBe("false");
    expect(await page.getByTestId("smtp-test-result").textContent()).toContain("테스트 메일을 보내지 못했습니다");
    await smtpForm.getByLabel("비밀번호", { exact: true }).fill(SMTP_PASSWORD);
    await smtpForm.getByTestId("smtp-save").click();
    await expect.poll(async () => (await api<{ version: number }>("GET", `${H}/alerts/smtp`)).version).toBe(3);

    // Triggers: a serious complaint on the touchpoint (staff) and a low survey answer (a patient).
    const complaint = "검사실 앞에서 40분을 기다렸는데 아무도 안내해 주지 않았습니다. 너무 화가 납니다.";
    const voc = await api<{ id: string }>("POST", `${H}/voc`, {
      type: "complaint",
      channel: "homepage",
      receivedOn: new Date().toISOString().slice(0, 10),
      touchpointId: vocTouchpoint.id,
      severity: "high",
      text: complaint,
    });
    // A medium complaint fires nothing (the rule wants high).
    await api("POST", `${H}/voc`, {
      type: "complaint",
      channel: "homepage",
      receivedOn: new Date().toISOString().slice(0, 10),
      touchpointId: vocTouchpoint.id,
      severity: "medium",
      text: "주차장이 조금 복잡했어요.",
    });
    const surveys = await api<{ items: { id: string; status: string }[] }>("GET", `${H}/surveys`);
    const surveyId = surveys.items.find((s) => s.status === "published")?.id ?? "";
    const survey = await api<{ publicId: string; definition: { sections: { questions: Question[] }[] } }>(
      "GET",
      `${H}/surveys/${surveyId}`,
    );
    const questions = survey.definition.sections.flatMap((s) => s.questions);
    const low = questions.find(
      (q) => q.type === "satisfaction" && q.touchpointId && q.touchpointId !== vocTouchpoint.id,
    );
    if (!low) throw new Error("no touchpoint satisfaction question");
    const submitted = await api<{ id: string }>("POST", `/api/public/surveys/${survey.publicId}/responses`, {
      submissionKey: crypto.randomUUID(),
      answers: [
        { key: low.key, value: 1 },
        { key: "overall-satisfaction", value: 4 },
        { key: "nps", value: 8 },
      ],
    });

    // The badge polls once a minute: a minute later it shows both.
    await page.clock.fastForward("01:05");
    await expect.poll(() => badge().textContent(), { timeout: 15_000 }).toBe("2");

    // The inbox: both unread, each with what happened.
    await page.getByRole("tab", { name: "받은 알림" }).click();
    const items = page.getByTestId("alert-item");
    await expect.poll(() => items.count()).toBe(2);
    expect(await page.locator('[data-testid="alert-item"][data-unread="true"]').count()).toBe(2);
    const vocAlert = items.filter({ hasText: "불만 VOC" });
    const surveyAlert = items.filter({ hasText: "낮은 만족도" });
    expect(await vocAlert.textContent()).toContain(vocTouchpoint.name);
    expect(await vocAlert.textContent()).toContain("검사실 앞에서 40분을 기다렸는데");
    expect(await vocAlert.textContent()).toContain(ownerName);
    expect(await surveyAlert.textContent()).toContain("만족도 1 / 5점");
    expect(await page.getByTestId("alert-unread").textContent()).toBe("읽지 않은 알림 2건");
    await clearToasts();
    await screenshot(page, "alerts-01-inbox");

    // The owner's recipient got the complaint's e-mail.
    await expect
      .poll(() => smtp.received.some((m) => m.to.includes("cs-team@hanbit.kr")), { timeout: 20_000 })
      .toBe(true);

    // Filters: by department (the API agrees), by read state.
    const all = await api<{ items: Alert[] }>("GET", `${H}/alerts`);
    expect(all.items.map((a) => a.sourceId).sort()).toEqual([voc.id, submitted.id].sort());
    await page.getByTestId("alert-department-filter").click();
    await page.getByRole("option", { name: ownerName, exact: true }).click();
    await expect.poll(() => items.count()).toBe(all.items.filter((a) => a.departmentIds.includes(owner)).length);
    await page.getByTestId("alert-department-filter").click();
    await page.getByRole("option", { name: ownerName, exact: true }).click(); // deselect
    await expect.poll(() => items.count()).toBe(2);
    await page.getByTestId("alert-read-filter").getByText("읽음", { exact: true }).click();
    await page.getByText("조건에 맞는 알림이 없습니다").waitFor();
    await page.getByTestId("alert-read-filter").getByText("전체", { exact: true }).click();
    await expect.poll(() => items.count()).toBe(2);

    // Opening the complaint: the VOC drawer with that item; it is read now.
    await vocAlert.getByTestId("alert-open").click();
    await page.waitForURL(new RegExp(`/voc\\?item=${voc.id}$`));
    const drawer = page.getByTestId("voc-drawer");
    await drawer.waitFor();
    await drawer.getByText("검사실 앞에서 40분을 기다렸는데", { exact: false }).first().waitFor();
    await expect.poll(() => badge().textContent()).toBe("1");
    await viewportShot(page, "alerts-03-voc-source");
    await page.keyboard.press("Escape");
    await page.waitForURL(/\/voc$/);

    // Back in the inbox: "mark read" on the survey alert clears the badge.
    await page.goBack();
    await page.waitForURL(/\/alerts$/);
    await expect.poll(() => page.locator('[data-testid="alert-item"][data-unread="true"]').count()).toBe(1);
    await surveyAlert.getByTestId("alert-mark-read").click();
    await expect.poll(() => badge().count()).toBe(0);
    // The inbox's own count is a separate query: it may settle a moment after the badge.
    await expect.poll(() => page.getByTestId("alert-unread").textContent()).toBe("모든 알림을 읽었습니다");

    // Opening the survey alert shows that response's answers.
    await surveyAlert.getByTestId("alert-open").click();
    await page.waitForURL(new RegExp(`/surveys/${surveyId}/responses\\?response=${submitted.id}$`));
    const responseDrawer = page.getByTestId("response-drawer");
    // (The demo's responses run to the end of the month: the new one is not on the list's first page.)
    await responseDrawer.waitFor();
    await expect.poll(() => responseDrawer.getByTestId("answer-row").filter({ hasText: "1 / 5" }).count()).toBe(1);
    await viewportShot(page, "alerts-04-response-source");

    // A follow-up call that found an issue (rule added through the API this time) opens the call.
    await api("POST", `${H}/alerts/rules`, { kind: "follow_up_issue" });
    const entries = await api<{ items: { id: string; status: string }[] }>("GET", `${H}/follow-up/entries`);
    const entry = entries.items.find((e) => e.status === "pending" || e.status === "not_reached");
    if (!entry) throw new Error("no open follow-up call in the demo");
    await api("POST", `${H}/follow-up/entries/${entry.id}/attempts`, {
      outcome: "reached",
      issues: [{ text: "퇴원약 복용법 설명을 못 들었다고 하심", touchpointId: null }],
    });
    await page.goto(`${server.baseUrl}/h/${hid}/alerts`);
    await expect.poll(() => badge().textContent()).toBe("1");
    const callAlert = items.filter({ hasText: "해피콜 이슈" });
    expect(await callAlert.textContent()).toContain("퇴원약 복용법 설명을 못 들었다고 하심");
    await callAlert.getByTestId("alert-open").click();
    await page.waitForURL(new RegExp(`/follow-up\\?entry=${entry.id}$`));
    await page.getByTestId("call-panel").getByText("퇴원약 복용법 설명을 못 들었다고 하심").first().waitFor();
    await expect.poll(() => badge().count()).toBe(0);

    // Another serious complaint; "mark all read" clears it.
    await api("POST", `${H}/voc`, {
      type: "complaint",
      channel: "phone",
      receivedOn: new Date().toISOString().slice(0, 10),
      touchpointId: vocTouchpoint.id,
      severity: "high",
      text: "수납 직원이 반말을 했습니다.",
    });
    await page.goto(`${server.baseUrl}/h/${hid}/alerts`);
    await expect.poll(() => badge().textContent()).toBe("1");
    await page.getByTestId("alert-read-all").click();
    await page.getByText("1건을 읽음 처리했습니다").waitFor();
    await expect.poll(() => badge().count()).toBe(0);
    expect((await api<{ unread: number }>("GET", `${H}/alerts/unread-count`)).unread).toBe(0);

    // The refused duplicate rule answered 409; nothing else failed.
    expect(consoleErrors.filter((e) => !/409/.test(e))).toEqual([]);
  });
});
