import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { switchLanguage } from "./support/accounts.ts";
import { logIn, SCREENSHOTS } from "./support/browser.ts";
import { type DemoDesktop, openDemoDesktop } from "./support/demo-desktop.ts";
import { viewportShot } from "./support/shots.ts";
import type { RunningServer } from "./support/start-server.ts";

interface StaffPoint {
  touchpointId: string;
  status: string;
  team: { quadrant: string } | null;
  patient: { quadrant: string } | null;
  blindSpot: string | null;
}
interface IpaBody {
  touchpoints: { id: string; name: string }[];
  staff: { points: StaffPoint[]; counts: { blindSpots: number; otherDifferences: number; notRated: number } } | null;
}

const QUADRANT_KO: Record<string, string> = {
  concentrate_here: "집중 개선",
  keep_up: "현상 유지",
  low_priority: "저순위",
  possible_overkill: "과잉 가능",
};

// The staff-vs-patient view of the IPA on the demo hospital: the team's hypothesis on the first-visit outpatient
// map (touchpoint importance, stage emotion) beside the patients' answers; the blind spots listed under the
// chart are the API's, the comparison exports as CSV, a blind spot opens its touchpoint.
describe("IPA: team hypothesis vs patients", () => {
  let demo: DemoDesktop;
  let server: RunningServer;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    demo = await openDemoDesktop();
    ({ server, page, consoleErrors } = demo);
  });

  afterAll(() => demo?.close());

  /** The IPA card's header just under the app's top bar. */
  const showCardTop = async () => {
    const box = await page.getByTestId("ipa-chart").boundingBox();
    await page.evaluate(`window.scrollBy(0, ${Math.round((box?.y ?? 80) - 80)})`);
  };

  it("draws both points, lists the API's blind spots, exports CSV, opens a blind spot's touchpoint", async () => {
    await logIn(page, server.baseUrl);
    consoleErrors.length = 0; // the 401 of the session check before logging in
    await page.getByText("첫 방문 외래 환자 여정").first().click();
    await page.waitForURL(/\/journeys\/[^/]+$/);
    // The IPA the page itself asks for (its default window, stated importance).
    const ipaResponse = page.waitForResponse(
      (r: Response) => /\/insight\/journeys\/[^/]+\/ipa\?/.test(r.url()) && !r.url().includes("importance=derived"),
    );
    await page.getByTestId("insight-link").click();
    await page.waitForURL(/\/insight$/);
    const body = (await (await ipaResponse).json()) as IpaBody;
    const [, hid, jid] = /\/h\/([^/]+)\/journeys\/([^/]+)\/insight/.exec(page.url()) ?? [];
    expect(body.staff, "the demo map carries the team's ratings").not.toBeNull();
    const names = new Map(body.touchpoints.map((tp) => [tp.id, tp.name]));
    const blind = (body.staff?.points ?? []).filter((p) => p.blindSpot !== null && p.blindSpot !== "other");
    expect(blind.length, "the demo has at least one blind spot").toBeGreaterThan(0);
    expect(blind.length).toBe(body.staff?.counts.blindSpots);

    await page.getByTestId("ipa-chart").scrollIntoViewIfNeeded();
    await page.getByTestId("ipa-view").getByText("팀 가설 비교").click();
    await page.getByTestId("ipa-blind-spots").waitFor();
    // The importance switch goes away: the comparison is on stated importance only.
    expect(await page.getByTestId("ipa-importance").count()).toBe(0);

    // Every blind spot of the API is listed, with both quadrants and the touchpoint's name.
    const rows = page.getByTestId("ipa-blind-spot");
    expect(await rows.count()).toBe(blind.length);
    const first = blind.find((p) => p.blindSpot === "patients_concentrate") ?? (blind[0] as StaffPoint);
    const row = page.locator(`[data-testid="ipa-blind-spot"][data-touchpoint-id="${first.touchpointId}"]`);
    const text = (await row.textContent()) ?? "";
    expect(text).toContain(names.get(first.touchpointId));
    expect(text).toContain(`팀은 '${QUADRANT_KO[first.team?.quadrant ?? ""]}'`);
    expect(text).toContain(`환자는 '${QUADRANT_KO[first.patient?.quadrant ?? ""]}'`);
    if (body.staff?.counts.notRated) await page.getByTestId("ipa-not-rated").waitFor();
    if (body.staff?.counts.otherDifferences) await page.getByTestId("ipa-other-differences").waitFor();

    // CSV of the comparison: both points per touchpoint and the verdict.
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("ipa-chart-csv").click()]);
    expect(csv.suggestedFilename()).toMatch(/team-vs-patients\.csv$/);
    const lines = readFileSync(await csv.path(), "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter(Boolean);
    expect(lines[0]).toContain("팀 사분면");
    expect(lines[0]).toContain("환자 사분면");
    expect(lines.length - 1).toBe(body.touchpoints.length);
    const csvRow = lines.find((l) => l.startsWith(`${names.get(first.touchpointId)},`)) ?? "";
    expect(csvRow).toContain(
      first.blindSpot === "patients_concentrate" ? "사각지대: 팀이 놓친 문제" : "사각지대: 팀만 본 문제",
    );
    expect(csvRow).toContain(QUADRANT_KO[first.patient?.quadrant ?? ""]);

    await showCardTop();
    await viewportShot(page, "insight-ipa-staff-ko");
    await page.getByTestId("ipa-card").screenshot({ path: join(SCREENSHOTS, "insight-ipa-staff-card-ko.png") });

    // English.
    await switchLanguage(page, "en");
    await page.getByText("Team vs patients").first().waitFor();
    await page.getByText("Blind spots — where the team and patients disagree").waitFor();
    await showCardTop();
    await viewportShot(page, "insight-ipa-staff-en");
    await page.getByTestId("ipa-card").screenshot({ path: join(SCREENSHOTS, "insight-ipa-staff-card-en.png") });
    await switchLanguage(page, "ko");

    // A blind spot opens its touchpoint's insight page.
    await page.getByTestId("ipa-blind-spots").waitFor();
    await row.getByRole("button").click();
    await page.waitForURL(new RegExp(`/h/${hid}/journeys/${jid}/insight/touchpoints/${first.touchpointId}`));

    expect(consoleErrors.join("\n")).toBe("");
  });
});
