import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { ROOT } from "./start-server.ts";

export const SCREENSHOTS = join(ROOT, "test-results");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Full-page screenshot into test-results/<name>.png (after web fonts have loaded). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate("document.fonts.ready.then(() => undefined)");
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export const DEMO = { email: "demo@motmap.kr", password: "motmap-demo-2026" } as const;

/** Logs in through the login form and waits for the journeys list. */
export async function logIn(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/`);
  await page.waitForURL(/\/login/);
  await page.getByLabel("이메일").fill(DEMO.email);
  await page.getByLabel("비밀번호").fill(DEMO.password);
  await page.getByRole("button", { name: "로그인" }).click();
  await page.waitForURL(/\/h\/[^/]+\/journeys$/);
}
