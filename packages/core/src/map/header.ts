import type { JourneyDetail } from "../models/journey-detail.ts";
import { SEVERITIES } from "../models/pain-point.ts";
import { formatScore, type MapLabels } from "./labels.ts";
import { measureText } from "./measure-text.ts";
import { PALETTE as C, emotionColour } from "./palette.ts";
import type { Shape } from "./scene.ts";
import { type Canvas, text, textH, translate } from "./shapes.ts";

/** A legend row laid out from (0, 0), 18 px tall. */
export interface LegendRow {
  shapes: Shape[];
  width: number;
}

const LEGEND_INDENT = 96;
const LEGEND_SIZE = 11.5;

/** Builds a legend row: a heading, then swatches with labels. */
export function legendRow(
  heading: string,
  entries: { swatch: (x: number) => Shape[]; label: string; colour?: string }[],
): LegendRow {
  const shapes: Shape[] = [
    text(0, 0, heading, {
      size: LEGEND_SIZE,
      lineHeight: 18,
      weight: 700,
      colour: C.muted,
      width: LEGEND_INDENT - 6,
      maxLines: 1,
    }),
  ];
  let x = LEGEND_INDENT;
  for (const e of entries) {
    shapes.push(...e.swatch(x));
    const w = measureText(e.label, LEGEND_SIZE);
    shapes.push(
      text(x + 17, 0, e.label, { size: LEGEND_SIZE, lineHeight: 18, colour: e.colour ?? C.text, width: w + 2 }),
    );
    x += 17 + w + 14;
  }
  return { shapes, width: x - 14 };
}

export const elementLegend = (L: MapLabels): LegendRow =>
  legendRow(
    L.legendElement,
    (["hardware", "software", "humanware"] as const).map((el) => ({
      swatch: (x) => [{ type: "rect", x, y: 3, width: 12, height: 12, fill: C.element[el].main, radius: 3 }],
      label: L.elements[el],
    })),
  );

export const severityLegend = (L: MapLabels): LegendRow =>
  legendRow(
    L.legendSeverity,
    SEVERITIES.map((sev) => ({
      swatch: (x) => [{ type: "circle", cx: x + 6, cy: 9, r: 5.5, fill: C.severity[sev].main }],
      label: L.severities[sev],
    })),
  );

export function emotionLegend(L: MapLabels): LegendRow {
  const shapes: Shape[] = [
    text(0, 0, L.legendEmotion, {
      size: LEGEND_SIZE,
      lineHeight: 18,
      weight: 700,
      colour: C.muted,
      width: LEGEND_INDENT - 6,
    }),
  ];
  let x = LEGEND_INDENT;
  shapes.push(text(x, 0, formatScore(-3), { size: LEGEND_SIZE, lineHeight: 18, colour: C.text, width: 24 }));
  x += 22;
  for (let s = -3; s <= 3; s++) {
    shapes.push({ type: "circle", cx: x + 6, cy: 9, r: 6, fill: emotionColour(s) });
    x += 15;
  }
  shapes.push(text(x + 2, 0, formatScore(3), { size: LEGEND_SIZE, lineHeight: 18, colour: C.text, width: 24 }));
  x += 36;
  shapes.push({ type: "circle", cx: x + 7, cy: 9, r: 7, stroke: C.lowest, strokeWidth: 2, fill: "#FFFFFF" });
  const w = measureText(L.lowest, LEGEND_SIZE, 700);
  shapes.push(
    text(x + 20, 0, L.lowest, { size: LEGEND_SIZE, lineHeight: 18, weight: 700, colour: C.lowest, width: w + 2 }),
  );
  return { shapes, width: x + 20 + w };
}

/**
 * The title block shared by the map and the cycle: kicker (what this is), journey title, a line
 * with persona, counts and date on the left; the legend on the right (below when too narrow).
 * Returns the header's height from the top margin.
 */
export function layoutHeader(
  canvas: Canvas,
  detail: JourneyDetail,
  L: MapLabels,
  o: { width: number; margin: number; kicker: string; legend: LegendRow[] },
): number {
  const M = o.margin;
  const legendW = Math.max(0, ...o.legend.map((r) => r.width));
  const sideBySide = o.width - 2 * M - legendW >= 520;
  const leftW = sideBySide ? o.width - 2 * M - legendW - 48 : o.width - 2 * M;
  const kicker = text(M, M, `${o.kicker}${detail.variant === "to_be" ? ` · ${L.toBe}` : ""}`, {
    size: 12,
    lineHeight: 16,
    weight: 700,
    colour: C.phase.before.accent,
    width: leftW,
    maxLines: 1,
  });
  const title = text(M, M + 20, detail.title, {
    size: 28,
    lineHeight: 38,
    weight: 700,
    colour: C.ink,
    width: leftW,
    maxLines: 2,
  });
  const touchpointCount = detail.stages.reduce((s, st) => s + st.touchpoints.length, 0);
  const parts: string[] = [];
  if (detail.persona) {
    const p = detail.persona;
    parts.push(
      [`${L.persona}: ${p.name}`, p.segment !== "other" ? L.segments[p.segment] : "", p.ageGroup]
        .filter(Boolean)
        .join(" · "),
    );
  }
  parts.push(
    [L.stages(detail.stages.length), L.touchpoints(touchpointCount), L.painPoints(detail.painPoints.length)].join(
      " · ",
    ),
  );
  parts.push(`${L.updated} ${detail.updatedAt.slice(0, 10)}`);
  // Break between the parts (persona | counts | date) rather than inside one.
  const metaLines: string[] = [];
  for (const part of parts) {
    const last = metaLines[metaLines.length - 1];
    const joined = last ? `${last}   |   ${part}` : part;
    if (last && measureText(joined, 13) <= leftW) metaLines[metaLines.length - 1] = joined;
    else metaLines.push(part);
  }
  const meta = text(M, M + 20 + textH(title) + 6, metaLines.join("\n"), {
    size: 13,
    lineHeight: 19,
    colour: C.muted,
    width: leftW,
    maxLines: 3,
  });
  for (const t of [kicker, title, meta]) canvas.add({ ...t, pin: "left" });
  const leftH = 20 + textH(title) + 6 + textH(meta);

  const legendX = sideBySide ? o.width - M - legendW : M;
  let ly = sideBySide ? M + 4 : M + leftH + 14;
  for (const row of o.legend) {
    for (const s of translate(row.shapes, legendX, ly)) canvas.add({ ...s, pin: sideBySide ? "right" : "left" });
    ly += 24;
  }
  return Math.max(leftH, ly - M) + 24;
}
