import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser.ts";
import { type RunningServer, startServer } from "./start-server.ts";

/** A demo server, Chromium and one desktop page (Korean, downloads on) that records console and page errors. */
export interface DemoDesktop {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  close: () => Promise<void>;
}

/** INSIGHT_E2E_BASE_URL reuses a running demo server while iterating on a page. */
export async function openDemoDesktop(): Promise<DemoDesktop> {
  const reuse = process.env.INSIGHT_E2E_BASE_URL;
  const server = reuse ? { baseUrl: reuse, dataDir: "", output: () => "", stop: async () => {} } : await startServer();
  const browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: "ko-KR",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  return {
    server,
    browser,
    context,
    page,
    consoleErrors,
    close: async () => {
      await context.close();
      await browser.close();
      await server.stop();
    },
  };
}
