import type { Page } from "playwright-core";

/** The demo hospital's read-only member (seeded with the demo data). */
export const VIEWER = { email: "viewer@motmap.kr", password: "motmap-demo-2026" } as const;

/** Logs in through the login form as any account and waits for the journeys list. */
export async function logInAs(page: Page, baseUrl: string, account: { email: string; password: string }) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("이메일").fill(account.email);
  await page.getByLabel("비밀번호").fill(account.password);
  await page.getByRole("button", { name: "로그인" }).click();
  await page.waitForURL(/\/h\/[^/]+\/journeys$/);
}

/** Switches the UI language with the header's (or the share page's) 한국어 / English control. */
export async function switchLanguage(page: Page, lang: "ko" | "en") {
  const control = page.getByTestId("language-switch").first();
  await control.getByText(lang === "en" ? "English" : "한국어", { exact: true }).click();
  await page.waitForFunction(`document.documentElement.lang === "${lang}"`);
}
