import type { Department } from "../models/hospital.ts";
import type { JourneyDetail, StageWithTouchpoints } from "../models/journey-detail.ts";
import { type ResolvedLane, resolveLaneLayout } from "../models/lane.ts";
import { type PainPoint, SEVERITIES } from "../models/pain-point.ts";
import type { Touchpoint } from "../models/touchpoint.ts";
import type { Locale } from "../models/user.ts";
import { monotoneCurve, type Point } from "./geometry.ts";
import { elementLegend, emotionLegend, layoutHeader, severityLegend } from "./header.ts";
import { formatScore, laneLabel, type MapLabels, mapLabels } from "./labels.ts";
import { fitLine, measureText } from "./measure-text.ts";
import { emotionColour, PALETTE } from "./palette.ts";
import type { MapScene, SceneColumn, SceneRow, Shape, ShapeData } from "./scene.ts";
import { Canvas, text, textH, translate } from "./shapes.ts";

export interface JourneyMapOptions {
  locale: Locale;
}

/** The department fields the map prints. */
export type MapDepartment = Pick<Department, "id" | "name"> & Partial<Pick<Department, "nameEn">>;

/** Fixed sizes of the map, in px. Exported so the web map can line up with the export. */
export const MAP_METRICS = {
  margin: 36,
  gutter: 148,
  column: 220,
  pad: 12,
  body: 12,
  bodyLine: 17,
  phaseBand: 34,
  emotionLane: 200,
  scoreLane: 150,
  minLane: 52,
  minWidth: 1040,
} as const;

const { margin: M, gutter: G, column: COL, pad: PAD, bodyLine: LH } = MAP_METRICS;
const INNER = COL - 2 * PAD;
const C = PALETTE;

/** A column's lane content, laid out relative to (0, 0) at the column's content box. */
interface Block {
  shapes: Shape[];
  height: number;
}

/** The stage each pain point belongs to: its touchpoint's stage, else its own stage. */
function painPointsByStage(detail: JourneyDetail): Map<string, PainPoint[]> {
  const stageOfTouchpoint = new Map<string, string>();
  for (const s of detail.stages) for (const t of s.touchpoints) stageOfTouchpoint.set(t.id, s.id);
  const out = new Map<string, PainPoint[]>();
  for (const p of detail.painPoints) {
    const stageId = (p.touchpointId && stageOfTouchpoint.get(p.touchpointId)) || p.stageId;
    if (!stageId) continue;
    const list = out.get(stageId) ?? [];
    list.push(p);
    out.set(stageId, list);
  }
  for (const list of out.values()) {
    list.sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || a.position - b.position);
  }
  return out;
}

/** Stage ids with the lowest emotion of the journey (all of them when tied). */
export function lowestEmotionStageIds(stages: readonly { id: string; emotion: number }[]): string[] {
  if (stages.length === 0) return [];
  const min = Math.min(...stages.map((s) => s.emotion));
  return stages.filter((s) => s.emotion === min).map((s) => s.id);
}

/** Touchpoint numbers as printed on the map and the cycle: 1..n in journey order. */
export function touchpointNumbers(detail: Pick<JourneyDetail, "stages">): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of detail.stages) for (const t of s.touchpoints) out.set(t.id, out.size + 1);
  return out;
}

/**
 * The journey map as a scene: a header (title, persona, date, legend), stages as columns under
 * their phase, and one row per visible lane in the journey's lane order.
 */
export function layoutJourneyMap(
  detail: JourneyDetail,
  departments: readonly MapDepartment[],
  options: JourneyMapOptions,
): MapScene {
  const L = mapLabels(options.locale);
  const stages = detail.stages;
  const n = stages.length;
  const lanes = resolveLaneLayout(detail.laneLayout, detail.lanes).filter((l) => !l.hidden);
  const width = Math.max(MAP_METRICS.minWidth, M + G + Math.max(1, n) * COL + M);
  const gridRight = M + G + Math.max(1, n) * COL;
  const colX = (i: number) => M + G + i * COL;
  const canvas = new Canvas();

  // ── Header ──────────────────────────────────────────────────────────────
  const headerHeight = layoutHeader(canvas, detail, L, {
    width,
    margin: M,
    kicker: L.journeyMap,
    legend: [elementLegend(L), severityLegend(L), emotionLegend(L)],
  });
  let y = M + headerHeight;

  // ── Phase bands and stage headers ──────────────────────────────────────
  const columns: SceneColumn[] = stages.map((s, i) => ({ stageId: s.id, x: colX(i), width: COL }));
  const phaseRuns: { phase: StageWithTouchpoints["phase"]; from: number; to: number }[] = [];
  stages.forEach((s, i) => {
    const last = phaseRuns[phaseRuns.length - 1];
    if (last && last.phase === s.phase) last.to = i;
    else phaseRuns.push({ phase: s.phase, from: i, to: i });
  });
  for (const run of phaseRuns) {
    const x0 = colX(run.from) + 2;
    const x1 = colX(run.to + 1) - 2;
    const p = C.phase[run.phase];
    canvas.add({ type: "rect", x: x0, y, width: x1 - x0, height: MAP_METRICS.phaseBand, fill: p.fill, radius: 6 });
    // The stage count goes when the band is too short for it (a phase of one stage in English).
    const full = `${L.phases[run.phase]}  ·  ${L.stages(run.to - run.from + 1)}`;
    const label = measureText(full, 13, 700) <= x1 - x0 - 24 ? full : L.phases[run.phase];
    canvas.add({
      ...text(x0 + 12, y + (MAP_METRICS.phaseBand - 18) / 2, label, {
        size: 13,
        lineHeight: 18,
        weight: 700,
        colour: p.accent,
        width: Math.max(40, x1 - x0 - 24),
        maxLines: 1,
      }),
      sticky: { x0, x1 },
    });
  }
  if (n > 0) {
    canvas.add({
      type: "rect",
      x: M,
      y,
      width: G - 8,
      height: MAP_METRICS.phaseBand,
      fill: C.gutter,
      radius: 6,
      pin: "left",
    });
  }
  y += MAP_METRICS.phaseBand + 6;

  // Stage names: number badge + name, wrapped to two lines.
  const lowest = new Set(lowestEmotionStageIds(stages));
  const stageBlocks = stages.map((s, i) => {
    const name = text(PAD + 30, 0, s.name, {
      size: 14,
      lineHeight: 19,
      weight: 700,
      colour: C.ink,
      width: INNER - 30,
      maxLines: 2,
    });
    return { name, i };
  });
  const stageHeaderH = Math.max(46, ...stageBlocks.map((b) => textH(b.name) + 2 * PAD));
  stages.forEach((s, i) => {
    const x = colX(i);
    const p = C.phase[s.phase];
    canvas.add({
      type: "rect",
      x: x + 2,
      y,
      width: COL - 4,
      height: stageHeaderH,
      fill: p.tint,
      radius: 6,
      data: { stageId: s.id },
    });
    canvas.add({ type: "circle", cx: x + PAD + 11, cy: y + PAD + 9.5, r: 11, fill: p.accent });
    canvas.add(
      text(x + PAD + 11, y + PAD, String(i + 1), {
        size: 11,
        lineHeight: 19,
        weight: 700,
        colour: "#FFFFFF",
        anchor: "middle",
        width: 22,
      }),
    );
    const block = stageBlocks[i];
    if (block) canvas.add({ ...block.name, x: x + block.name.x, y: y + PAD, data: { stageId: s.id } });
    if (lowest.has(s.id) && n > 1) {
      canvas.add({
        type: "rect",
        x: x + 2,
        y: y + stageHeaderH - 3,
        width: COL - 4,
        height: 3,
        fill: C.lowest,
        radius: 1.5,
      });
    }
  });
  if (n > 0) {
    canvas.add({ type: "rect", x: M, y, width: G - 8, height: stageHeaderH, fill: C.gutter, radius: 6, pin: "left" });
  }
  y += stageHeaderH + 6;

  if (n === 0) {
    canvas.add(text(M + G, y + 20, L.noStages, { size: 16, colour: C.muted, width: 600 }));
    y += 80;
  }

  // ── Lanes ──────────────────────────────────────────────────────────────
  const rows: SceneRow[] = [];
  const laneTop = y;
  const painByStage = painPointsByStage(detail);
  const numbers = touchpointNumbers(detail);
  const deptNames = new Map(
    departments.map((d) => [d.id, options.locale === "en" && d.nameEn ? d.nameEn : d.name] as const),
  );
  const painOfTouchpoint = new Map<string, PainPoint["severity"]>();
  for (const p of detail.painPoints) {
    if (!p.touchpointId) continue;
    const cur = painOfTouchpoint.get(p.touchpointId);
    if (!cur || SEVERITIES.indexOf(p.severity) > SEVERITIES.indexOf(cur))
      painOfTouchpoint.set(p.touchpointId, p.severity);
  }

  lanes.forEach((lane, li) => {
    const label = laneLabel(lane, options.locale);
    let height: number;
    const laneShapes: Shape[] = [];
    if (lane.kind === "emotion" || lane.kind === "score") {
      const scores =
        lane.kind === "emotion"
          ? stages.map((s) => s.emotion as number | null)
          : stages.map((s) => detail.cells.find((c) => c.laneId === lane.laneId && c.stageId === s.id)?.score ?? null);
      height = lane.kind === "emotion" ? MAP_METRICS.emotionLane : MAP_METRICS.scoreLane;
      laneShapes.push(
        ...curveLane(lane, stages, scores, y, height, gridRight, lane.kind === "emotion" ? lowest : new Set(), L),
      );
    } else {
      const blocks = stages.map((s) =>
        laneBlock(lane, s, detail, { painByStage, numbers, deptNames, painOfTouchpoint, locale: options.locale, L }),
      );
      height = Math.max(MAP_METRICS.minLane, ...blocks.map((b) => (b.height > 0 ? b.height + 2 * PAD : 0)));
      blocks.forEach((b, i) => {
        laneShapes.push(...translate(b.shapes, colX(i) + PAD, y + PAD));
      });
    }
    // Row background (body and gutter separately: the gutter repeats on every PDF page).
    if (n > 0) {
      canvas.add({
        type: "rect",
        x: M + G,
        y,
        width: gridRight - M - G,
        height,
        fill: li % 2 === 0 ? C.background : C.stripe,
      });
    }
    canvas.add({
      type: "rect",
      x: M,
      y,
      width: G - 8,
      height,
      fill: C.gutter,
      radius: 6,
      pin: "left",
      data: { laneKey: lane.key },
    });
    canvas.add({
      type: "rect",
      x: M,
      y: y + 10,
      width: 4,
      height: Math.min(28, height - 20),
      fill: laneAccent(lane),
      radius: 2,
      pin: "left",
    });
    canvas.add({
      ...text(M + 16, y + PAD, label, {
        size: 13,
        lineHeight: 18,
        weight: 700,
        colour: C.ink,
        width: G - 8 - 26,
        maxLines: 3,
      }),
      pin: "left",
      data: { laneKey: lane.key },
    });
    if (lane.kind === "emotion" || lane.kind === "score") {
      // Scale on the gutter's right edge.
      for (const v of [3, 0, -3]) {
        canvas.add({
          ...text(M + G - 16, scoreY(y, height, v) - 7, formatScore(v), {
            size: 10,
            lineHeight: 14,
            colour: C.faint,
            anchor: "end",
            width: 30,
          }),
          pin: "left",
        });
      }
    }
    for (const s of laneShapes) canvas.add(s);
    rows.push({ key: lane.key, label, y, height });
    y += height;
    canvas.add({ type: "line", x1: M + G, y1: y, x2: gridRight, y2: y, stroke: C.rule, strokeWidth: 1 });
  });

  // Column separators over the lanes.
  for (let i = 1; i < n; i++) {
    canvas.add({ type: "line", x1: colX(i), y1: laneTop, x2: colX(i), y2: y, stroke: C.rule, strokeWidth: 1 });
  }

  const height = Math.ceil(y + M);
  return {
    kind: "journey-map",
    width: Math.ceil(width),
    height,
    title: detail.title,
    background: C.background,
    items: canvas.items,
    columns,
    rows,
    headerHeight: M + headerHeight,
  };
}

function laneAccent(lane: ResolvedLane): string {
  switch (lane.kind) {
    case "emotion":
      return emotionColour(-3);
    case "touchpoints":
      return C.element.software.main;
    case "pain_points":
      return C.severity.high.main;
    case "opportunities":
      return C.opportunity;
    case "score":
      return C.score;
    default:
      return C.faint;
  }
}

/** y of a −3..+3 score inside a curve lane. */
function scoreY(top: number, height: number, score: number): number {
  const plotTop = top + 34;
  const plotBottom = top + height - 46;
  const mid = (plotTop + plotBottom) / 2;
  return mid - (score / 3) * ((plotBottom - plotTop) / 2);
}

/** The emotion curve (or a custom score lane's curve) across the stage columns. */
function curveLane(
  lane: ResolvedLane,
  stages: readonly StageWithTouchpoints[],
  scores: (number | null)[],
  top: number,
  height: number,
  gridRight: number,
  lowest: Set<string>,
  L: MapLabels,
): Shape[] {
  const out: Shape[] = [];
  const isEmotion = lane.kind === "emotion";
  const x0 = M + G;
  const y0 = scoreY(top, height, 0);
  const y3 = scoreY(top, height, 3);
  const yMinus3 = scoreY(top, height, -3);
  if (stages.length === 0) return out;
  if (isEmotion) {
    out.push({ type: "rect", x: x0, y: y3 - 10, width: gridRight - x0, height: y0 - y3 + 10, fill: C.positive });
    out.push({ type: "rect", x: x0, y: y0, width: gridRight - x0, height: yMinus3 - y0 + 10, fill: C.negative });
  }
  out.push({ type: "line", x1: x0, y1: y0, x2: gridRight, y2: y0, stroke: C.faint, strokeWidth: 1, dash: [4, 4] });
  // Lowest stages: a red column behind the dot.
  stages.forEach((s, i) => {
    if (lowest.has(s.id) && stages.length > 1) {
      out.push({
        type: "rect",
        x: x0 + i * COL + 6,
        y: top + 6,
        width: COL - 12,
        height: height - 12,
        fill: C.lowest,
        opacity: 0.07,
        radius: 8,
      });
    }
  });
  const points: (Point & { i: number; score: number })[] = [];
  scores.forEach((score, i) => {
    if (score === null) return;
    points.push({ x: x0 + i * COL + COL / 2, y: scoreY(top, height, score), i, score });
  });
  // A custom score lane with gaps draws one curve per run of filled cells.
  const runs: (typeof points)[] = [];
  for (const p of points) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (run && prev && (isEmotion || p.i === prev.i + 1)) run.push(p);
    else runs.push([p]);
  }
  for (const run of runs) {
    if (run.length < 2) continue;
    const ys = run.map((p) => p.y);
    out.push({
      type: "path",
      d: monotoneCurve(run),
      stroke: isEmotion ? C.curve : C.score,
      strokeWidth: isEmotion ? 3 : 2.5,
      bounds: {
        x: (run[0]?.x ?? 0) - 1,
        y: Math.min(...ys) - 2,
        width: (run[run.length - 1]?.x ?? 0) - (run[0]?.x ?? 0) + 2,
        height: Math.max(...ys) - Math.min(...ys) + 4,
      },
      ...(lane.laneId ? { data: { laneKey: lane.key } } : {}),
    });
  }
  for (const p of points) {
    const stage = stages[p.i];
    const isLow = stage ? lowest.has(stage.id) && stages.length > 1 : false;
    const data = stage ? { stageId: stage.id } : undefined;
    if (isEmotion) {
      const colour = emotionColour(p.score);
      if (isLow)
        out.push({ type: "circle", cx: p.x, cy: p.y, r: 20, stroke: C.lowest, strokeWidth: 2.5, fill: "#FFFFFF" });
      out.push({
        type: "circle",
        cx: p.x,
        cy: p.y,
        r: 14,
        fill: colour,
        stroke: "#FFFFFF",
        strokeWidth: 2.5,
        ...(data ? { data } : {}),
      });
      out.push(...face(p.x, p.y, p.score));
      if (isLow) {
        const tag = `${L.lowest} ${formatScore(p.score)}`;
        const w = measureText(tag, 11, 700) + 16;
        out.push({ type: "rect", x: p.x - w / 2, y: p.y + 25, width: w, height: 20, fill: C.lowest, radius: 10 });
        out.push(
          text(p.x, p.y + 25, tag, {
            size: 11,
            lineHeight: 20,
            weight: 700,
            colour: "#FFFFFF",
            anchor: "middle",
            width: w,
          }),
        );
      } else {
        out.push(
          text(p.x, p.y - 38, formatScore(p.score), {
            size: 12,
            lineHeight: 18,
            weight: 700,
            colour: C.ink,
            anchor: "middle",
            width: 40,
          }),
        );
      }
    } else {
      out.push({ type: "circle", cx: p.x, cy: p.y, r: 6, fill: C.score, stroke: "#FFFFFF", strokeWidth: 2 });
      out.push(
        text(p.x, p.y - 28, formatScore(p.score), {
          size: 12,
          lineHeight: 18,
          weight: 700,
          colour: C.score,
          anchor: "middle",
          width: 40,
        }),
      );
    }
  }
  return out;
}

/** A small face: eyes and a mouth that smiles for positive scores and frowns for negative ones. */
function face(cx: number, cy: number, score: number): Shape[] {
  const ink = "#2B2B2B";
  const mouthY = cy + 4;
  const bend = score * 1.6;
  const d = `M${cx - 5} ${mouthY - bend / 3} Q${cx} ${mouthY + bend} ${cx + 5} ${mouthY - bend / 3}`;
  return [
    { type: "circle", cx: cx - 4.2, cy: cy - 3, r: 1.7, fill: ink },
    { type: "circle", cx: cx + 4.2, cy: cy - 3, r: 1.7, fill: ink },
    {
      type: "path",
      d,
      stroke: ink,
      strokeWidth: 1.7,
      bounds: { x: cx - 6, y: mouthY - 6, width: 12, height: 12 },
    },
  ];
}

interface LaneContext {
  painByStage: Map<string, PainPoint[]>;
  numbers: Map<string, number>;
  deptNames: Map<string, string>;
  painOfTouchpoint: Map<string, PainPoint["severity"]>;
  locale: Locale;
  L: MapLabels;
}

/** One stage's content in a text lane, relative to the column's content box. */
function laneBlock(lane: ResolvedLane, stage: StageWithTouchpoints, detail: JourneyDetail, ctx: LaneContext): Block {
  switch (lane.kind) {
    case "actions":
      return bulletList(stage.actions, C.faint);
    case "thoughts":
      return thoughtBubbles(stage.thoughts);
    case "touchpoints":
      return touchpointCards(stage.touchpoints, ctx);
    case "pain_points":
      return painPointCards(ctx.painByStage.get(stage.id) ?? [], ctx);
    case "opportunities":
      return opportunityList(stage.opportunities);
    case "departments":
      return departmentChips(stage.touchpoints, ctx.deptNames);
    case "text": {
      const cell = detail.cells.find((c) => c.laneId === lane.laneId && c.stageId === stage.id);
      if (!cell?.text.trim()) return { shapes: [], height: 0 };
      const t = text(0, 0, cell.text.trim(), { width: INNER, maxLines: 10, lineHeight: LH });
      return { shapes: [t], height: textH(t) };
    }
    default:
      return { shapes: [], height: 0 };
  }
}

function bulletList(items: readonly string[], dot: string): Block {
  const shapes: Shape[] = [];
  let y = 0;
  for (const item of items) {
    const t = text(12, y, item, { width: INNER - 12, maxLines: 4, lineHeight: LH });
    shapes.push({ type: "circle", cx: 3, cy: y + LH / 2, r: 2.6, fill: dot }, t);
    y += textH(t) + 7;
  }
  return { shapes, height: Math.max(0, y - 7) };
}

function thoughtBubbles(items: readonly string[]): Block {
  const shapes: Shape[] = [];
  let y = 0;
  for (const item of items) {
    const t = text(10, y + 7, `“${item}”`, { width: INNER - 20, maxLines: 4, lineHeight: LH, colour: "#2D4660" });
    const h = textH(t) + 14;
    shapes.push({ type: "rect", x: 0, y, width: INNER, height: h, fill: C.thought, radius: 10 }, t);
    y += h + 7;
  }
  return { shapes, height: Math.max(0, y - 7) };
}

function touchpointCards(touchpoints: readonly Touchpoint[], ctx: LaneContext): Block {
  const shapes: Shape[] = [];
  let y = 0;
  for (const tp of touchpoints) {
    const e = C.element[tp.element];
    const data = { touchpointId: tp.id };
    const num = String(ctx.numbers.get(tp.id) ?? "");
    const name = text(40, y + 9, tp.name, {
      size: 12.5,
      lineHeight: 17,
      weight: 700,
      colour: C.ink,
      width: INNER - 40 - 10,
      maxLines: 3,
    });
    const metaY = y + 9 + textH(name) + 5;
    // Channel pill, then the element name; the name takes a second row when both do not fit.
    const channel = ctx.L.channels[tp.channel];
    const element = ctx.L.elements[tp.element];
    const pw = measureText(channel, 10.5, 700) + 14;
    const ew = measureText(element, 10.5);
    const metaRight = INNER - 26;
    const oneRow = 40 + pw + 8 + ew <= metaRight;
    const elementX = oneRow ? 40 + pw + 8 : 40;
    const elementY = oneRow ? metaY : metaY + 22;
    const h = elementY - y + 20 + 9;
    shapes.push({
      type: "rect",
      x: 0,
      y,
      width: INNER,
      height: h,
      fill: e.tint,
      stroke: e.main,
      strokeWidth: 1,
      radius: 7,
      data,
    });
    shapes.push({ type: "rect", x: 0, y, width: 5, height: h, fill: e.main, radius: 2.5 });
    // Number badge, the same number as the cycle's segment.
    shapes.push({ type: "circle", cx: 23, cy: y + 9 + 8.5, r: 10, fill: "#FFFFFF", stroke: e.main, strokeWidth: 1.5 });
    shapes.push(
      text(23, y + 9, num, { size: 10.5, lineHeight: 17, weight: 700, colour: e.text, anchor: "middle", width: 20 }),
    );
    shapes.push(name);
    shapes.push({
      type: "rect",
      x: 40,
      y: metaY,
      width: pw,
      height: 20,
      fill: "#FFFFFF",
      stroke: e.main,
      strokeWidth: 0.8,
      radius: 10,
    });
    shapes.push(
      text(40 + pw / 2, metaY, channel, {
        size: 10.5,
        lineHeight: 20,
        weight: 700,
        colour: e.text,
        anchor: "middle",
        width: pw,
      }),
    );
    shapes.push(
      text(elementX, elementY, element, {
        size: 10.5,
        lineHeight: 20,
        colour: e.text,
        width: metaRight - elementX,
        maxLines: 1,
      }),
    );
    const pain = ctx.painOfTouchpoint.get(tp.id);
    if (pain) {
      const py = elementY + 10;
      shapes.push({
        type: "circle",
        cx: INNER - 13,
        cy: py,
        r: 6,
        fill: C.severity[pain].main,
        stroke: "#FFFFFF",
        strokeWidth: 1.5,
      });
      shapes.push({ type: "rect", x: INNER - 13.9, y: py - 4, width: 1.8, height: 5, fill: "#FFFFFF", radius: 0.9 });
      shapes.push({ type: "circle", cx: INNER - 13, cy: py + 3.2, r: 0.95, fill: "#FFFFFF" });
    }
    y += h + 8;
  }
  return { shapes, height: Math.max(0, y - 8) };
}

function painPointCards(points: readonly PainPoint[], ctx: LaneContext): Block {
  const shapes: Shape[] = [];
  let y = 0;
  for (const p of points) {
    const s = C.severity[p.severity];
    const label = ctx.L.severities[p.severity];
    const pw = measureText(label, 10.5, 700) + 14;
    const t = text(10, y + 34, p.description, { width: INNER - 18, maxLines: 4, lineHeight: LH });
    const h = 34 + textH(t) + 8;
    const data: ShapeData = { painPointId: p.id };
    shapes.push({ type: "rect", x: 0, y, width: INNER, height: h, fill: s.tint, radius: 7, data });
    shapes.push({ type: "rect", x: 0, y, width: 4, height: h, fill: s.main, radius: 2 });
    shapes.push({ type: "rect", x: 10, y: y + 8, width: pw, height: 20, fill: s.main, radius: 10 });
    shapes.push(
      text(10 + pw / 2, y + 8, label, {
        size: 10.5,
        lineHeight: 20,
        weight: 700,
        colour: "#FFFFFF",
        anchor: "middle",
        width: pw,
      }),
    );
    const num = p.touchpointId ? ctx.numbers.get(p.touchpointId) : undefined;
    if (num !== undefined) {
      shapes.push(
        text(10 + pw + 8, y + 8, ctx.L.touchpointRef(num), {
          size: 10.5,
          lineHeight: 20,
          weight: 700,
          colour: C.muted,
          width: INNER - pw - 26,
          maxLines: 1,
        }),
      );
    }
    shapes.push(t);
    y += h + 7;
  }
  return { shapes, height: Math.max(0, y - 7) };
}

function opportunityList(items: readonly string[]): Block {
  const shapes: Shape[] = [];
  let y = 0;
  for (const item of items) {
    const t = text(18, y, item, { width: INNER - 18, maxLines: 4, lineHeight: LH, colour: "#1E4D3B" });
    const cy = y + LH / 2;
    shapes.push(
      { type: "circle", cx: 6, cy, r: 6, fill: C.opportunity },
      { type: "rect", x: 3, y: cy - 0.8, width: 6, height: 1.6, fill: "#FFFFFF" },
      { type: "rect", x: 5.2, y: cy - 3, width: 1.6, height: 6, fill: "#FFFFFF" },
      t,
    );
    y += textH(t) + 7;
  }
  return { shapes, height: Math.max(0, y - 7) };
}

function departmentChips(touchpoints: readonly Touchpoint[], names: Map<string, string>): Block {
  const seen = new Set<string>();
  const list: string[] = [];
  for (const tp of touchpoints) {
    for (const id of tp.departmentIds) {
      const name = names.get(id);
      if (name && !seen.has(id)) {
        seen.add(id);
        list.push(name);
      }
    }
  }
  const shapes: Shape[] = [];
  let x = 0;
  let y = 0;
  for (const name of list) {
    const label = fitLine(name, { fontSize: 11.5, maxWidth: INNER - 16 });
    const w = measureText(label, 11.5) + 16;
    if (x > 0 && x + w > INNER) {
      x = 0;
      y += 28;
    }
    shapes.push({ type: "rect", x, y, width: w, height: 22, fill: C.chip, radius: 11 });
    shapes.push(text(x + w / 2, y, label, { size: 11.5, lineHeight: 22, colour: C.text, anchor: "middle", width: w }));
    x += w + 6;
  }
  return { shapes, height: list.length ? y + 22 : 0 };
}
