// npm run bench -- journey-map: export and map figures, written to bench/results/journey-map.json.
import { type Figure, writeResults } from "../lib/results.ts";
import { benchPdfExport } from "./pdf-export.ts";
import { benchMapRender } from "./render.ts";

export async function main(): Promise<void> {
  const figures: Figure[] = [];

  // ── Export (server): PDF of a 30-stage, 300-touchpoint map ──────────────────────────
  figures.push(await benchPdfExport());

  // ── Browser (web map): first render and drag frames in headless Chromium ─────────────
  figures.push(...(await benchMapRender()));

  writeResults("journey-map", figures);
}
