// The web map in headless Chromium: first render of a 30-stage × 300-touchpoint journey, and
// frame intervals while a card is dragged across stages. Each figure has a baseline measured in
// the same browser run (static HTML of the same elements; rAF intervals with nothing happening).
import type { Page } from "playwright-core";
import { launchBrowser } from "../../e2e/support/browser.ts";
import { startServer } from "../../e2e/support/start-server.ts";
import { type Figure, figure } from "../lib/results.ts";
import { generateJourney } from "./generate-journey.ts";

const DEMO = { email: "demo@motmap.kr", password: "motmap-demo-2026" };
const MEASURE = "motmap:map:first-render";
const MEASURE_FULL = "motmap:map:full-render";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? Number.NaN;
};

async function api<T>(page: Page, base: string, method: "GET" | "POST", path: string, data?: unknown): Promise<T> {
  const res = await page.request.fetch(`${base}${path}`, { method, data });
  if (!res.ok()) throw new Error(`${method} ${path} → ${res.status()}: ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Opens the map and returns the page's own measures (ms): data loaded → first paint (the
 * columns in view) and data loaded → every column drawn.
 */
async function renderOnce(page: Page, url: string): Promise<{ first: number; full: number }> {
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MEASURE_FULL, {
    timeout: 60_000,
  });
  return (await page.evaluate(`({
    first: performance.getEntriesByName("${MEASURE}")[0]?.duration ?? NaN,
    full: performance.getEntriesByName("${MEASURE_FULL}")[0]?.duration ?? NaN,
  })`)) as { first: number; full: number };
}

// Page scripts are strings: tsx would wrap named functions in a helper the page does not have.
const STATIC_RENDER = `(async () => {
  const map = document.querySelector(".mm-scroll");
  if (!map) throw new Error("no map");
  const html = map.outerHTML;
  const host = document.createElement("div");
  map.style.display = "none";
  map.parentElement.appendChild(host);
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)));
  await painted();
  const t0 = performance.now();
  host.innerHTML = html;
  const t1 = await painted();
  host.remove();
  map.style.display = "";
  return t1 - t0;
})()`;

const START_FRAMES = `(() => {
  window.__frames = [];
  window.__recording = true;
  const tick = (t) => {
    window.__frames.push(t);
    if (window.__recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

const STOP_FRAMES = "(() => { window.__recording = false; return window.__frames; })()";

/** The same elements as static HTML: innerHTML of the map's markup, then the next paint. */
function staticRender(page: Page): Promise<number> {
  return page.evaluate(STATIC_RENDER) as Promise<number>;
}

/** Records requestAnimationFrame intervals while `during` runs. */
async function frameIntervals(page: Page, during: () => Promise<void>): Promise<number[]> {
  await page.evaluate(START_FRAMES);
  await during();
  const frames = (await page.evaluate(STOP_FRAMES)) as number[];
  return frames.slice(1).map((t, i) => t - (frames[i] ?? t));
}

export async function benchMapRender(): Promise<Figure[]> {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: "ko-KR" });
    const page = await context.newPage();
    const base = server.baseUrl;
    await api(page, base, "POST", "/api/auth/login", DEMO);
    const me = await api<{ memberships: { hospitalId: string; role: string }[] }>(page, base, "GET", "/api/auth/me");
    const hid = me.memberships.find((m) => m.role === "owner")?.hospitalId ?? me.memberships[0]?.hospitalId;
    if (!hid) throw new Error("the demo user has no hospital");
    const doc = { ...generateJourney(30, 10), title: "bench: 30 × 300 map" };
    const journey = await api<{ id: string }>(page, base, "POST", `/api/hospitals/${hid}/journeys/import`, doc);
    const url = `${base}/h/${hid}/journeys/${journey.id}/map`;

    // ── First render: median of 5 loads after a warm-up (fonts, code and HTTP caches) ──
    await renderOnce(page, url);
    const renders: number[] = [];
    const fulls: number[] = [];
    const statics: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await renderOnce(page, url);
      renders.push(r.first);
      fulls.push(r.full);
      statics.push(await staticRender(page));
    }
    const cards = await page.locator("[data-testid=touchpoint-card]").count();
    if (cards !== 300) throw new Error(`expected 300 cards on the map, found ${cards}`);

    // ── Dragging a card across three stages, one pointer move per frame ──
    await renderOnce(page, url);
    // Scroll the map so the touchpoint lane is in view (the text lanes and the curve come first).
    await page.evaluate(`(() => {
      const scroll = document.querySelector(".mm-scroll");
      const lane = document.querySelector("[data-testid=lane-touchpoints]");
      const head = document.querySelector(".mm-head");
      scroll.scrollTop = lane.offsetTop - head.offsetHeight - 8;
    })()`);
    await page.waitForTimeout(200);
    const column = (i: number) =>
      page.locator("[data-testid=touchpoint-column]").nth(i).locator("[data-testid=touchpoint-card]");
    const steps = 90;
    const idle = await frameIntervals(page, () => page.waitForTimeout(steps * 16));
    const drops: number[] = [];
    /** Drags card 1 of column `fromCol` onto card 3 of column `toCol`, one pointer move per frame. */
    const dragFrames = async (fromCol: number, toCol: number, zigzag: boolean) => {
      const a = await column(fromCol).nth(1).boundingBox();
      const b = await column(toCol).nth(3).boundingBox();
      if (!a || !b) throw new Error("cards not on screen");
      const from = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
      const to = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      const before = await column(toCol).count();
      // Pick the card up (the first moves past the 6 px activation distance), record the frames
      // while it travels, then drop it: the figure is about moving, pick-up and drop are timed apart.
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + 4, from.y + 4);
      await page.mouse.move(from.x + 10, from.y + 10);
      await page.evaluate("new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))");
      const intervals = await frameIntervals(page, async () => {
        for (let i = 1; i <= steps; i++) {
          const f = i / steps;
          const wobble = zigzag ? Math.sin(f * 12) * 30 : 0;
          await page.mouse.move(from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f + wobble);
          await page.evaluate("new Promise((r) => requestAnimationFrame(r))");
        }
      });
      const dropped = await frameIntervals(page, async () => {
        await page.mouse.up();
        await page.waitForTimeout(400);
      });
      drops.push(Math.max(...dropped));
      // The card really moved (the drag was a drag, not a scroll).
      await page.waitForTimeout(600);
      const after = await column(toCol).count();
      if (after !== before + 1) throw new Error(`the dragged card did not land: ${before} → ${after} cards`);
      return intervals;
    };
    // Straight across three stages; then a zig-zag over many cards (every card crossed is a
    // new drop target, the worst case for re-rendering).
    const straight = await dragFrames(0, 3, false);
    const zigzag = await dragFrames(1, 4, true);
    await context.close();

    return [
      figure("first_render_300", median(renders), "ms", median(statics)),
      figure("full_render_300", median(fulls), "ms", median(statics)),
      figure("drag_frame_p95", p95(straight), "ms", p95(idle)),
      figure("drag_frame_p95_zigzag", p95(zigzag), "ms", p95(idle)),
      // The longest frame around a drop (save, re-render of the two stages, drop animation).
      figure("drop_frame_max", Math.max(...drops), "ms", p95(idle)),
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}

// Run alone: npx tsx bench/journey-map/render.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  benchMapRender().then(
    (figures) => console.log(JSON.stringify(figures, null, 2)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
