import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { switchLanguage } from "./support/accounts.ts";
import { logIn } from "./support/browser.ts";
import { type DemoDesktop, openDemoDesktop } from "./support/demo-desktop.ts";
import type { RunningServer } from "./support/start-server.ts";

/** The demo's payment kiosk, which degrades after a software update and recovers (packages/core/src/demo). */
const DEMO_DEGRADING_TOUCHPOINT = "무인 수납기";

interface ExperienceSeries {
  periods: {
    period: string;
    experience: {
      weakestLink: {
        kind: string;
        score?: number;
        touchpointId?: string;
        change?: { kind: string; direction?: string };
      };
    };
  }[];
}

// The insight dashboard on the demo hospital: the payment kiosk that degraded is named the weakest moment in
// its bad months, IPA puts it in "concentrate here", the map overlay highlights it, charts export PNG and CSV.
describe("journey insight", () => {
  let demo: DemoDesktop;
  let server: RunningServer;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    demo = await openDemoDesktop();
    ({ server, page, consoleErrors } = demo);
  });

  afterAll(() => demo?.close());

  const shot = async (name: string, fullPage = true) => {
    await page.evaluate("document.fonts.ready.then(() => undefined)");
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/insight-${name}.png`, fullPage });
  };

  it("names the degraded touchpoint as the weakest moment, in concentrate-here, on the map; exports PNG and CSV", async () => {
    await logIn(page, server.baseUrl);
    consoleErrors.length = 0; // the 401 of the session check before logging in
    await page.getByText("첫 방문 외래 환자 여정").first().click();
    await page.waitForURL(/\/journeys\/[^/]+$/);
    await page.getByTestId("insight-link").click();
    await page.waitForURL(/\/insight$/);
    await page.getByTestId("headline-weakest").getByTestId("weakest-name").waitFor();
    const [, hid, jid] = /\/h\/([^/]+)\/journeys\/([^/]+)\/insight/.exec(page.url()) ?? [];

    // The demo's bad months: where the weakest link is lowest over the last 18 months.
    const series = (await page.evaluate(
      (u) => fetch(u, { credentials: "include" }).then((r) => r.json()),
      `/api/hospitals/${hid}/insight/journeys/${jid}/experience?grain=month&from=${monthsAgo(17)}&to=${monthsAgo(0)}`,
    )) as ExperienceSeries;
    const scored = series.periods.filter((p) => p.experience.weakestLink.kind === "score");
    const worst = scored.reduce((a, b) =>
      (b.experience.weakestLink.score ?? 100) < (a.experience.weakestLink.score ?? 100) ? b : a,
    );

    // The period selector takes the user to that month.
    await page.getByTestId("insight-to").click();
    await page.getByRole("option", { name: worst.period, exact: true }).click();
    await page.waitForURL(new RegExp(`to=${worst.period}`));
    await expect
      .poll(() => page.getByTestId("headline-weakest").textContent())
      .toContain(`가장 약한 순간 (${worst.period})`);
    await expect.poll(() => page.getByTestId("weakest-name").textContent()).toBe(DEMO_DEGRADING_TOUCHPOINT);
    // Beside the average, which is far higher: the average hides the failing moment.
    expect(await page.getByTestId("headline-average").textContent()).toContain("평균이 가리는 차이");
    // The table marks the same row; IPA has it in 집중 개선.
    await expect
      .poll(() => page.locator('[data-testid="touchpoint-row"][data-weakest="true"]').textContent())
      .toContain(DEMO_DEGRADING_TOUCHPOINT);
    await expect
      .poll(() => page.getByTestId("ipa-quadrant-concentrate_here").textContent())
      .toContain(DEMO_DEGRADING_TOUCHPOINT);
    // "Too few answers" is text, never a number (the segment slice has thin cells in weeks).
    await shot("01-dashboard");

    // "왜?" opens the factors of the first rank.
    await page.getByTestId("priority-item").first().getByRole("button").click();
    await page.getByTestId("priority-why").first().getByText("IPA 사분면").waitFor();
    await page.getByTestId("priority-list").scrollIntoViewIfNeeded();
    await shot("02-priorities", false);

    // PNG of the experience chart and CSV of its data.
    const [png] = await Promise.all([page.waitForEvent("download"), page.getByTestId("experience-chart-png").click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const pngBytes = readFileSync(await png.path());
    expect(pngBytes.subarray(1, 4).toString()).toBe("PNG");
    expect(pngBytes.length).toBeGreaterThan(5000);
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("experience-chart-csv").click()]);
    const text = readFileSync(await csv.path(), "utf8");
    expect(text.split("\r\n")[0]).toContain("가장 약한 순간");
    expect(text).toContain(`${worst.period},`);
    expect(text).toContain(DEMO_DEGRADING_TOUCHPOINT);

    // English.
    await switchLanguage(page, "en");
    await page.getByText("Weakest moment (", { exact: false }).first().waitFor();
    await page.getByText("Concentrate here").first().waitFor();
    await switchLanguage(page, "ko");

    // The map overlay: measured scores on the cards, the weakest moment in red.
    await page.goto(`${server.baseUrl}/h/${hid}/journeys/${jid}/map`);
    await page.getByTestId("journey-map-page").waitFor();
    await page.getByTestId("touchpoint-card").first().waitFor();
    expect(await page.getByTestId("touchpoint-score").count()).toBe(0);
    await page.getByTestId("measured-toggle").click();
    await page.getByTestId("measured-weakest").waitFor();
    const weakestBadge = page.locator('[data-testid="touchpoint-score"][title^="측정된 가장 약한 순간"]');
    await weakestBadge.waitFor();
    expect(await weakestBadge.count()).toBe(1);
    const weakestCard = page.getByTestId("touchpoint-card").filter({ has: weakestBadge });
    const weakestName = /: (.+) \(/.exec((await page.getByTestId("measured-weakest").textContent()) ?? "")?.[1] ?? "?";
    expect(await weakestCard.textContent()).toContain(weakestName);
    expect(await page.getByTestId("touchpoint-score").count()).toBeGreaterThan(20);
    await shot("04-map-overlay", false);

    // Wall screen: no navigation chrome, large type.
    await page.goto(`${server.baseUrl}/h/${hid}/journeys/${jid}/insight?to=${worst.period}&wall=1`);
    await page.getByTestId("insight-wall-screen").getByTestId("weakest-name").waitFor();
    await expect.poll(() => page.getByTestId("weakest-name").textContent()).toBe(DEMO_DEGRADING_TOUCHPOINT);
    await shot("03-wall", false);

    expect(consoleErrors.join("\n")).toBe("");
  });

  it("marks the measured weakest moment on the MOT cycle with its movement; the map draws the measured curve", async () => {
    // Logged in by the test before, unless run alone.
    await page.goto(`${server.baseUrl}/`);
    await page.waitForURL(/\/login|\/journeys$/);
    if (page.url().includes("/login")) await logIn(page, server.baseUrl);
    await page.getByText("첫 방문 외래 환자 여정").first().click();
    await page.waitForURL(/\/journeys\/[^/]+$/);
    const [, hid, jid] = /\/h\/([^/]+)\/journeys\/([^/]+)$/.exec(page.url()) ?? [];
    consoleErrors.length = 0;

    // The month the payment kiosk broke: the first of the window where it is the weakest moment, a fall.
    const series = (await page.evaluate(
      (u) => fetch(u, { credentials: "include" }).then((r) => r.json()),
      `/api/hospitals/${hid}/insight/journeys/${jid}/experience?grain=month`,
    )) as ExperienceSeries;
    const journey = (await page.evaluate(
      (u) => fetch(u, { credentials: "include" }).then((r) => r.json()),
      `/api/hospitals/${hid}/journeys/${jid}`,
    )) as { stages: { touchpoints: { id: string; name: string }[] }[] };
    const kiosk = journey.stages.flatMap((s) => s.touchpoints).find((tp) => tp.name === DEMO_DEGRADING_TOUCHPOINT);
    const broke = series.periods.find((p) => p.experience.weakestLink.touchpointId === kiosk?.id);
    expect(broke, "a month where the kiosk is the weakest moment").toBeDefined();
    const period = broke?.period ?? "";
    expect(broke?.experience.weakestLink.change?.direction).toBe("down");

    await page.goto(`${server.baseUrl}/h/${hid}/journeys/${jid}/cycle`);
    await page.getByTestId("cycle-measured").waitFor();
    // The latest month is the default; the period select goes to the month it broke.
    await page.getByTestId("cycle-period").click();
    await page.getByRole("option", { name: period, exact: true }).click();
    await page.waitForURL(new RegExp(`period=${period}`));
    await expect.poll(() => page.getByTestId("measured-weakest").textContent()).toContain(DEMO_DEGRADING_TOUCHPOINT);
    expect(await page.getByTestId("measured-weakest").textContent()).toContain(period);
    // How it moved: down since the month before, with the previous score.
    expect(await page.getByTestId("cycle-measured").getByTestId("weakest-movement").textContent()).toContain(
      "지난 기간보다 하락",
    );
    expect(await page.getByTestId("measured-weakest-previous").textContent()).toMatch(/^지난 기간 \d+\.\d점$/);
    // The chart outlines its segment, the table marks its row (and only it).
    const segment = page.locator(`[data-testid="cycle-chart"] [data-touchpoint-id="${kiosk?.id}"]`);
    await expect.poll(() => segment.getAttribute("data-weakest")).toBe("");
    expect(await page.locator('[data-testid="cycle-chart"] [data-weakest]').count()).toBe(1);
    const rows = page.locator('[data-testid="cycle-row"][data-weakest="true"]');
    expect(await rows.count()).toBe(1);
    expect(await rows.textContent()).toContain(DEMO_DEGRADING_TOUCHPOINT);
    expect(await rows.getByTestId("cycle-weakest-badge").textContent()).toBe("가장 약한 순간");
    await shot("05-cycle-weakest", false);
    await rows.scrollIntoViewIfNeeded();
    await shot("05b-cycle-weakest-row", false);

    // The map with the overlay: the hypothesised emotion curve and the measured one, with the legend.
    await page.goto(`${server.baseUrl}/h/${hid}/journeys/${jid}/map?measured=1`);
    const lane = page.getByTestId("lane-emotion");
    await lane.getByTestId("emotion-measured-curve").first().waitFor();
    expect(await lane.getByTestId("emotion-curve").count()).toBeGreaterThan(0);
    const measuredPoints = lane.getByTestId("emotion-measured-point");
    expect(await measuredPoints.count()).toBeGreaterThan(10);
    for (const v of await measuredPoints.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-value")))))
      expect(Math.abs(v)).toBeLessThanOrEqual(3);
    expect(await lane.getByTestId("emotion-legend").textContent()).toContain("측정 감정(만족도)");
    expect(await lane.getByTestId("emotion-legend").textContent()).toContain("팀의 가설 감정");
    await lane.scrollIntoViewIfNeeded();
    await shot("06-map-measured-curve", false);
    // Off again: one curve, no legend.
    await page.getByTestId("measured-toggle").click();
    await expect.poll(() => lane.getByTestId("emotion-measured-curve").count()).toBe(0);
    expect(await lane.getByTestId("emotion-legend").count()).toBe(0);

    expect(consoleErrors.join("\n")).toBe("");
  });
});

function monthsAgo(n: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
}
