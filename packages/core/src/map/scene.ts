import type { FontWeight } from "./measure-text.ts";

/**
 * A laid-out picture: absolute positions in px, top-left origin, y down. The journey map and the
 * MOT cycle are computed once into a scene; SVG, PNG and PDF (and the web map) only draw it.
 */
export interface MapScene {
  kind: "journey-map" | "mot-cycle";
  width: number;
  height: number;
  /** The journey title: the PDF title and the download file name. */
  title: string;
  background: string;
  items: Shape[];
  /**
   * Where a paged renderer (the PDF) may cut a wide scene: the stage columns, in order, and the
   * x where the first column starts (everything left of it is the lane-label gutter, repeated on
   * every page together with the header). Absent for scenes that are never cut (the cycle).
   */
  columns?: SceneColumn[];
  /** The lanes of a journey map, top to bottom, for hit-testing and paging. */
  rows?: SceneRow[];
  /** Height of the title header at the top (repeated on every page). */
  headerHeight: number;
}

export interface SceneColumn {
  stageId: string;
  x: number;
  width: number;
}

export interface SceneRow {
  key: string;
  label: string;
  y: number;
  height: number;
}

/** What a shape is about, for links and clicks (`data-touchpoint-id` in the SVG). */
export interface ShapeData {
  /** Only the one shape that stands for a touchpoint (map card, cycle segment) carries this. */
  touchpointId?: string;
  painPointId?: string;
  stageId?: string;
  laneKey?: string;
}

interface ShapeBase {
  data?: ShapeData;
  /**
   * For paged output: "left" = drawn on every page at the same place (header, lane labels);
   * "right" = on every page, kept at the page's right edge (the legend). Unset = part of the body,
   * drawn on the page(s) whose columns it covers.
   */
  pin?: "left" | "right";
  opacity?: number;
}

export interface RectShape extends ShapeBase {
  type: "rect";
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  radius?: number;
}

export type TextAnchor = "start" | "middle" | "end";

export interface TextShape extends ShapeBase {
  type: "text";
  /** x of the anchor; y is the top of the first line box. */
  x: number;
  y: number;
  /** Already wrapped; each fits `maxWidth` as measured by measureText. */
  lines: string[];
  fontSize: number;
  lineHeight: number;
  weight: FontWeight;
  colour: string;
  anchor: TextAnchor;
  /** The width the lines were wrapped to. */
  maxWidth: number;
  /**
   * A label that may slide right within [x0, x1] to stay visible when a page cuts its band
   * (a phase header spanning several columns).
   */
  sticky?: { x0: number; x1: number };
}

export interface PathShape extends ShapeBase {
  type: "path";
  /** SVG path data using only M, L, C, Q, A and Z with absolute coordinates. */
  d: string;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  /** The path's bounding box, for paging. */
  bounds: { x: number; y: number; width: number; height: number };
}

export interface CircleShape extends ShapeBase {
  type: "circle";
  cx: number;
  cy: number;
  r: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
}

export interface LineShape extends ShapeBase {
  type: "line";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
  strokeWidth: number;
  dash?: number[];
}

export type Shape = RectShape | TextShape | PathShape | CircleShape | LineShape;

/**
 * Baseline of line `i` of a text shape. Each line sits in a box of `lineHeight`; the glyphs are
 * centred in it (Hangul's visual centre is about 0.35 em above the baseline).
 */
export function textBaseline(t: Pick<TextShape, "y" | "lineHeight" | "fontSize">, i: number): number {
  return t.y + i * t.lineHeight + t.lineHeight / 2 + t.fontSize * 0.35;
}

export function textHeight(t: Pick<TextShape, "lines" | "lineHeight">): number {
  return t.lines.length * t.lineHeight;
}

/** The box a shape covers (text: its wrap box), for paging and tests. */
export function shapeBounds(s: Shape): { x: number; y: number; width: number; height: number } {
  switch (s.type) {
    case "rect":
      return { x: s.x, y: s.y, width: s.width, height: s.height };
    case "circle":
      return { x: s.cx - s.r, y: s.cy - s.r, width: 2 * s.r, height: 2 * s.r };
    case "line":
      return {
        x: Math.min(s.x1, s.x2),
        y: Math.min(s.y1, s.y2),
        width: Math.abs(s.x2 - s.x1),
        height: Math.abs(s.y2 - s.y1),
      };
    case "path":
      return s.bounds;
    case "text": {
      const x = s.anchor === "start" ? s.x : s.anchor === "middle" ? s.x - s.maxWidth / 2 : s.x - s.maxWidth;
      return { x, y: s.y, width: s.maxWidth, height: textHeight(s) };
    }
  }
}
