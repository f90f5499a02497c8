// npm run bench -- journey-map: export and map figures, written to bench/results/journey-map.json.
import { type Figure, writeResults } from "../lib/results.ts";
import { benchPdfExport } from "./pdf-export.ts";
import { benchMapRender } from "./render.ts";

export async function main(): Promise<void> {
  const figures: Figure[] = [];

  // ── Export (server): PDF of a 30-stage, 300-touchpoint map ──────────────────────────
  figures.push(await benchPdfExport());

  // ── Browser (web map): render and drag figures go here ───────────────────────────────
  // Reserved for the web map's benchmark (e.g. map_render_300, card_drag_frame): push their
  // Figure objects onto `figures` above writeResults, so one results file holds all of them.
  figures.push(...(await benchMapRender()));

  writeResults("journey-map", figures);
}
