import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SCREENSHOTS } from "./browser.ts";

/** Screenshot of what is on screen (not the full page): for drawers and modals fixed to the viewport. */
export async function viewportShot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate("document.fonts.ready.then(() => undefined)");
  // Let drawer and modal transitions finish.
  await page.waitForTimeout(400);
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Closes the toasts on screen before a screenshot. A toast can close by itself, or slide under another, while it
 * is clicked: that one is simply gone, never a failure.
 */
export async function closeToasts(page: Page): Promise<void> {
  for (const close of await page.locator(".mantine-Notification-closeButton").all()) {
    await close.click({ timeout: 1000 }).catch(() => undefined);
  }
}
