import { type MapScene, type Shape, type TextShape, textBaseline } from "./scene.ts";

export interface SvgOptions {
  /** CSS font-family list for all text. */
  fontFamily?: string;
  /**
   * Replaces the `<text>` element of a text shape (e.g. with glyph outlines, for rasterisers
   * whose text engine is slow); return undefined to keep the default.
   */
  text?: (shape: TextShape) => string | undefined;
  /** Extra `<defs>` content, asked for after all shapes are drawn (glyphs the `text` hook used). */
  defs?: () => string;
}

export const DEFAULT_FONT_FAMILY = "'Noto Sans KR', sans-serif";

/** Escapes text and attribute values for XML and drops characters XML 1.0 does not allow. */
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
}

const n = (v: number) => String(Math.round(v * 100) / 100);

function attrs(a: Record<string, string | number | undefined>): string {
  let out = "";
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === "") continue;
    out += ` ${k}="${typeof v === "number" ? n(v) : escapeXml(v)}"`;
  }
  return out;
}

function common(s: Shape): Record<string, string | number | undefined> {
  return {
    opacity: s.opacity !== undefined && s.opacity < 1 ? s.opacity : undefined,
    "data-touchpoint-id": s.data?.touchpointId,
    "data-stage-id": s.data?.stageId,
    "data-pain-point-id": s.data?.painPointId,
    "data-lane": s.data?.laneKey,
  };
}

const paint = (s: { fill?: string; stroke?: string; strokeWidth?: number }) => ({
  fill: s.fill ?? "none",
  stroke: s.stroke,
  "stroke-width": s.stroke ? (s.strokeWidth ?? 1) : undefined,
});

/** Attributes of a shape that are not geometry: opacity and data-* links. */
export function svgCommonAttributes(s: Shape): string {
  return attrs(common(s));
}

function shapeToSvg(s: Shape, options: SvgOptions): string {
  switch (s.type) {
    case "rect":
      return `<rect${attrs({
        x: s.x,
        y: s.y,
        width: Math.max(0, s.width),
        height: Math.max(0, s.height),
        rx: s.radius,
        ...paint(s),
        ...common(s),
      })}/>`;
    case "circle":
      return `<circle${attrs({ cx: s.cx, cy: s.cy, r: s.r, ...paint(s), ...common(s) })}/>`;
    case "line":
      return `<line${attrs({
        x1: s.x1,
        y1: s.y1,
        x2: s.x2,
        y2: s.y2,
        stroke: s.stroke,
        "stroke-width": s.strokeWidth,
        "stroke-dasharray": s.dash?.join(" "),
        ...common(s),
      })}/>`;
    case "path":
      return `<path${attrs({
        d: s.d,
        ...paint(s),
        "stroke-linecap": s.stroke ? "round" : undefined,
        "stroke-linejoin": s.stroke ? "round" : undefined,
        ...common(s),
      })}/>`;
    case "text": {
      if (s.lines.length === 0) return "";
      const custom = options.text?.(s);
      if (custom !== undefined) return custom;
      const anchor = s.anchor === "start" ? undefined : s.anchor;
      const spans = s.lines
        .map((line, i) => `<tspan${attrs({ x: s.x, y: textBaseline(s, i) })}>${escapeXml(line)}</tspan>`)
        .join("");
      return `<text${attrs({
        "font-size": s.fontSize,
        "font-weight": s.weight === 700 ? "700" : undefined,
        fill: s.colour,
        "text-anchor": anchor,
        ...common(s),
      })}>${spans}</text>`;
    }
  }
}

/** A standalone SVG document of the scene (UTF-8, no external references). */
export function renderSvg(scene: MapScene, options: SvgOptions = {}): string {
  const family = options.fontFamily ?? DEFAULT_FONT_FAMILY;
  const body = scene.items
    .map((s) => shapeToSvg(s, options))
    .filter(Boolean)
    .join("\n");
  const defs = options.defs?.() ?? "";
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      width: scene.width,
      height: scene.height,
      viewBox: `0 0 ${scene.width} ${scene.height}`,
      "font-family": family,
    })}>`,
    `<title>${escapeXml(scene.title)}</title>`,
    ...(defs ? [`<defs>${defs}</defs>`] : []),
    `<rect${attrs({ x: 0, y: 0, width: scene.width, height: scene.height, fill: scene.background })}/>`,
    body,
    "</svg>",
    "",
  ].join("\n");
}
