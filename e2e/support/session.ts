import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.ts";
import { type RunningServer, startServer } from "./start-server.ts";

export interface BrowserSession {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors, in order. */
  consoleErrors: string[];
  /** The console errors a test should not have seen: the session probe's 401 before logging in is expected. */
  unexpectedErrors(): string[];
}

/**
 * Starts the server and a Korean-locale browser page before the describe block's tests and stops
 * them after it; the fields are set once `beforeAll` has run.
 */
export function browserSession(viewport = { width: 1440, height: 900 }): BrowserSession {
  const session = {
    consoleErrors: [] as string[],
    unexpectedErrors: () => session.consoleErrors.filter((e) => !/favicon|401/i.test(e)),
  } as BrowserSession;
  beforeAll(async () => {
    session.server = await startServer();
    session.browser = await launchBrowser();
    session.context = await session.browser.newContext({ viewport, locale: "ko-KR" });
    session.page = await session.context.newPage();
    session.page.on("console", (m) => {
      if (m.type() === "error") session.consoleErrors.push(m.text());
    });
    session.page.on("pageerror", (e) => session.consoleErrors.push(String(e)));
  });
  afterAll(async () => {
    await session.context?.close();
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
