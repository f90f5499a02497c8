import type { Phase } from "../models/journey.ts";
import { PHASES } from "../models/journey.ts";
import type { JourneyDetail } from "../models/journey-detail.ts";
import { type PainPoint, SEVERITIES } from "../models/pain-point.ts";
import type { Element } from "../models/touchpoint.ts";
import type { Locale } from "../models/user.ts";
import { polar, ringSegmentPath } from "./geometry.ts";
import { elementLegend, layoutHeader, legendRow } from "./header.ts";
import { mapLabels } from "./labels.ts";
import { fitLine, measureText } from "./measure-text.ts";
import { PALETTE as C } from "./palette.ts";
import type { MapScene } from "./scene.ts";
import { Canvas, text } from "./shapes.ts";

export interface MotCycleOptions {
  locale: Locale;
  /** Segment colours: the touchpoint's element (hardware/software/humanware) or its phase. */
  colourBy: "element" | "phase";
}

/** Fixed sizes of the cycle, in px. */
export const CYCLE_METRICS = {
  margin: 36,
  width: 1240,
  /** Touchpoint ring. */
  ringInner: 218,
  ringOuter: 304,
  /** Phase ring inside it. */
  phaseInner: 176,
  phaseOuter: 210,
  /** Pain markers sit just outside the ring, names beyond them. */
  markerRadius: 316,
  labelRadius: 336,
  labelWidth: 220,
} as const;

const K = CYCLE_METRICS;
const MARKER_RADIUS = { low: 4, medium: 4.5, high: 5.5, critical: 6.5 } as const;
const TAU = Math.PI * 2;

interface CycleEntry {
  id: string;
  name: string;
  number: number;
  phase: Phase;
  element: Element;
  worstPain: PainPoint["severity"] | null;
}

/** The colour of a cycle segment. */
export function cycleSegmentColour(colourBy: MotCycleOptions["colourBy"], phase: Phase, element: Element): string {
  return colourBy === "element" ? C.element[element].main : C.phase[phase].accent;
}

/**
 * The MOT cycle (service cycle chart): one ring segment per touchpoint in journey order,
 * clockwise from 12 o'clock, on an inner ring of the three phases; names outside, a legend in the
 * header. Each segment carries `data.touchpointId` so the web can make it clickable.
 */
export function layoutMotCycle(detail: JourneyDetail, options: MotCycleOptions): MapScene {
  const L = mapLabels(options.locale);
  const canvas = new Canvas();
  const M = K.margin;
  const worst = new Map<string, PainPoint["severity"]>();
  for (const p of detail.painPoints) {
    if (!p.touchpointId) continue;
    const cur = worst.get(p.touchpointId);
    if (!cur || SEVERITIES.indexOf(p.severity) > SEVERITIES.indexOf(cur)) worst.set(p.touchpointId, p.severity);
  }
  const entries: CycleEntry[] = [];
  for (const s of detail.stages) {
    for (const t of s.touchpoints) {
      entries.push({
        id: t.id,
        name: t.name,
        number: entries.length + 1,
        phase: s.phase,
        element: t.element,
        worstPain: worst.get(t.id) ?? null,
      });
    }
  }

  const colourLegend =
    options.colourBy === "element"
      ? elementLegend(L)
      : legendRow(
          L.legendPhase,
          PHASES.map((ph) => ({
            swatch: (x: number) => [
              { type: "rect", x, y: 3, width: 12, height: 12, fill: C.phase[ph].accent, radius: 3 },
            ],
            label: L.phasesShort[ph],
          })),
        );
  const painRow = legendRow(L.lanes.pain_points, [
    ...SEVERITIES.map((sev) => ({
      swatch: (x: number) => [{ type: "circle" as const, cx: x + 6, cy: 9, r: 5, fill: C.severity[sev].main }],
      label: L.severities[sev],
    })),
  ]);
  const headerH = layoutHeader(canvas, detail, L, {
    width: K.width,
    margin: M,
    kicker: L.motCycle,
    legend: [colourLegend, painRow],
  });

  const cx = K.width / 2;
  const cy = M + headerH + K.labelRadius + 24;
  const n = entries.length;

  if (n === 0) {
    canvas.add({
      type: "path",
      d: ringSegmentPath(cx, cy, K.ringInner, K.ringOuter, 0, TAU),
      fill: C.gutter,
      stroke: C.rule,
      strokeWidth: 1,
      bounds: box(cx, cy, K.ringOuter),
    });
    canvas.add(
      text(cx, cy - 12, L.noTouchpoints, { size: 15, colour: C.muted, anchor: "middle", width: 2 * K.phaseInner - 40 }),
    );
  }

  const step = n > 0 ? TAU / n : TAU;
  const gap = Math.min(0.012, step * 0.08);
  const angleOf = (i: number) => i * step;

  // Phase ring: one arc per consecutive run of touchpoints of the same phase.
  const runs: { phase: Phase; from: number; to: number }[] = [];
  entries.forEach((e, i) => {
    const last = runs[runs.length - 1];
    if (last && last.phase === e.phase) last.to = i;
    else runs.push({ phase: e.phase, from: i, to: i });
  });
  for (const run of runs) {
    const a0 = angleOf(run.from) + gap * 2;
    const a1 = angleOf(run.to + 1) - gap * 2;
    const p = C.phase[run.phase];
    canvas.add({
      type: "path",
      d: ringSegmentPath(cx, cy, K.phaseInner, K.phaseOuter, a0, Math.max(a0 + 0.001, a1)),
      fill: p.fill,
      bounds: box(cx, cy, K.phaseOuter),
    });
    const mid = (a0 + a1) / 2;
    const label = L.phasesShort[run.phase];
    const arcLen = (a1 - a0) * ((K.phaseInner + K.phaseOuter) / 2);
    if (arcLen > measureText(label, 12, 700) + 8) {
      const at = polar(cx, cy, (K.phaseInner + K.phaseOuter) / 2, mid);
      canvas.add(
        text(at.x, at.y - 9, label, {
          size: 12,
          lineHeight: 18,
          weight: 700,
          colour: p.accent,
          anchor: "middle",
          width: 80,
        }),
      );
    }
  }

  // Touchpoint segments, numbers, pain markers and names.
  const mid = (K.ringInner + K.ringOuter) / 2;
  const numberSize = Math.max(8, Math.min(14, step * mid * 0.42));
  // Half the names go down each side; shrink the type when a side would not hold them.
  const perSide = Math.ceil(n / 2);
  const labelSize = Math.max(6, Math.min(12.5, (2 * (K.labelRadius + 20)) / Math.max(1, perSide) / 1.3));
  entries.forEach((e, i) => {
    const a0 = angleOf(i) + gap;
    const a1 = angleOf(i + 1) - gap;
    const am = (a0 + a1) / 2;
    canvas.add({
      type: "path",
      d: ringSegmentPath(cx, cy, K.ringInner, K.ringOuter, a0, a1),
      fill: cycleSegmentColour(options.colourBy, e.phase, e.element),
      stroke: "#FFFFFF",
      strokeWidth: 1.5,
      bounds: box(cx, cy, K.ringOuter),
      data: { touchpointId: e.id },
    });
    const at = polar(cx, cy, mid, am);
    canvas.add(
      text(at.x, at.y - numberSize * 0.7, String(e.number), {
        size: numberSize,
        lineHeight: numberSize * 1.4,
        weight: 700,
        colour: "#FFFFFF",
        anchor: "middle",
        width: Math.max(24, numberSize * 2.4),
      }),
    );
    if (e.worstPain) {
      const m = polar(cx, cy, K.markerRadius, am);
      canvas.add({
        type: "circle",
        cx: m.x,
        cy: m.y,
        r: MARKER_RADIUS[e.worstPain],
        fill: C.severity[e.worstPain].main,
      });
    }
  });
  placeLabels(canvas, entries, { cx, cy, step, labelSize });
  // Start marker and centre text.
  if (n > 0) {
    const top = polar(cx, cy, K.phaseInner - 14, 0);
    canvas.add({
      type: "path",
      d: `M${top.x - 5} ${top.y - 6} L${top.x + 6} ${top.y} L${top.x - 5} ${top.y + 6} Z`,
      fill: C.muted,
      bounds: { x: top.x - 5, y: top.y - 6, width: 11, height: 12 },
    });
  }
  const centreW = 2 * K.phaseInner - 64;
  const title = text(cx, cy - 46, detail.title, {
    size: 19,
    lineHeight: 26,
    weight: 700,
    colour: C.ink,
    anchor: "middle",
    width: centreW,
    maxLines: 3,
  });
  if (n > 0) {
    const titleH = title.lines.length * title.lineHeight;
    title.y = cy - (titleH + 46) / 2;
    canvas.add(title);
    const persona = detail.persona ? `${L.persona}: ${detail.persona.name}` : "";
    const sub = [L.touchpoints(n), persona].filter(Boolean).join(" · ");
    canvas.add(
      text(cx, title.y + titleH + 8, sub, {
        size: 12.5,
        lineHeight: 18,
        colour: C.muted,
        anchor: "middle",
        width: centreW,
        maxLines: 2,
      }),
    );
  }

  const height = Math.ceil(cy + K.labelRadius + 24 + M);
  return {
    kind: "mot-cycle",
    width: K.width,
    height,
    title: detail.title,
    background: C.background,
    items: canvas.items,
    headerHeight: M + headerH,
  };
}

/**
 * Touchpoint names around the ring: right half (12 → 6 o'clock) left-aligned, left half
 * right-aligned. Each name starts at its segment's height and is pushed apart from its
 * neighbours so none overlap; a leader line joins a moved name to its segment.
 */
function placeLabels(
  canvas: Canvas,
  entries: CycleEntry[],
  o: { cx: number; cy: number; step: number; labelSize: number },
): void {
  const lh = o.labelSize * 1.3;
  const top = o.cy - K.labelRadius - 16;
  const bottom = o.cy + K.labelRadius + 16;
  const sides: { e: CycleEntry; am: number; want: number; y: number }[][] = [[], []];
  entries.forEach((e, i) => {
    const am = (i + 0.5) * o.step;
    const p = polar(o.cx, o.cy, K.labelRadius, am);
    sides[am < Math.PI ? 0 : 1]?.push({ e, am, want: p.y, y: p.y });
  });
  sides.forEach((side, si) => {
    side.sort((a, b) => a.want - b.want);
    // Push down from the top, then back up from the bottom: no two names closer than a line.
    side.forEach((l, i) => {
      const prev = side[i - 1];
      l.y = Math.max(l.want, prev ? prev.y + lh : top + lh / 2);
    });
    for (let i = side.length - 1; i >= 0; i--) {
      const l = side[i] as (typeof side)[number];
      const next = side[i + 1];
      l.y = Math.min(l.y, next ? next.y - lh : bottom - lh / 2);
    }
    const dir = si === 0 ? 1 : -1;
    for (const l of side) {
      const dy = l.y - o.cy;
      const r = K.labelRadius;
      const x = o.cx + dir * Math.max(26, Math.sqrt(Math.max(0, r * r - dy * dy)));
      const from = polar(o.cx, o.cy, K.markerRadius + 8, l.am);
      const moved = Math.abs(l.y - l.want) > 2 || Math.abs(x - polar(o.cx, o.cy, r, l.am).x) > 2;
      if (moved) {
        canvas.add({
          type: "path",
          d: `M${from.x.toFixed(2)} ${from.y.toFixed(2)} L${(x - dir * 4).toFixed(2)} ${l.y.toFixed(2)}`,
          stroke: C.rule,
          strokeWidth: 1,
          bounds: {
            x: Math.min(from.x, x),
            y: Math.min(from.y, l.y),
            width: Math.abs(x - from.x),
            height: Math.abs(l.y - from.y),
          },
        });
      }
      const label = fitLine(`${l.e.number}. ${l.e.name}`, { fontSize: o.labelSize, maxWidth: K.labelWidth });
      canvas.add(
        text(x, l.y - lh / 2, label, {
          size: o.labelSize,
          lineHeight: lh,
          colour: C.text,
          anchor: dir === 1 ? "start" : "end",
          width: K.labelWidth,
        }),
      );
    }
  });
}

function box(cx: number, cy: number, r: number) {
  return { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r };
}
