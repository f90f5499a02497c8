import { type FontWeight, wrapText } from "./measure-text.ts";
import { PALETTE } from "./palette.ts";
import type { Shape, ShapeData, TextAnchor, TextShape } from "./scene.ts";

/** Collects shapes in drawing order. */
export class Canvas {
  readonly items: Shape[] = [];
  add<T extends Shape>(s: T): T {
    this.items.push(s);
    return s;
  }
}

export interface TextOptions {
  size?: number;
  lineHeight?: number;
  weight?: FontWeight;
  colour?: string;
  anchor?: TextAnchor;
  /** The width to wrap to. */
  width: number;
  maxLines?: number;
  data?: ShapeData;
}

/** A text shape wrapped to `width`; (x, y) = anchor x and top of the first line box. */
export function text(x: number, y: number, content: string, o: TextOptions): TextShape {
  const size = o.size ?? 12;
  const weight = o.weight ?? 400;
  const lines = wrapText(content, {
    fontSize: size,
    maxWidth: o.width,
    weight,
    ...(o.maxLines ? { maxLines: o.maxLines } : {}),
  });
  return {
    type: "text",
    x,
    y,
    lines,
    fontSize: size,
    lineHeight: o.lineHeight ?? Math.round(size * 1.42),
    weight,
    colour: o.colour ?? PALETTE.text,
    anchor: o.anchor ?? "start",
    maxWidth: o.width,
    ...(o.data ? { data: o.data } : {}),
  };
}

export const textH = (t: TextShape) => t.lines.length * t.lineHeight;

const r2 = (n: number) => Math.round(n * 100) / 100;

/** Moves shapes by (dx, dy). */
export function translate(shapes: readonly Shape[], dx: number, dy: number): Shape[] {
  return shapes.map((s) => translateShape(s, dx, dy));
}

function translateShape(s: Shape, dx: number, dy: number): Shape {
  switch (s.type) {
    case "rect":
      return { ...s, x: s.x + dx, y: s.y + dy };
    case "text":
      return {
        ...s,
        x: s.x + dx,
        y: s.y + dy,
        ...(s.sticky ? { sticky: { x0: s.sticky.x0 + dx, x1: s.sticky.x1 + dx } } : {}),
      };
    case "circle":
      return { ...s, cx: s.cx + dx, cy: s.cy + dy };
    case "line":
      return { ...s, x1: s.x1 + dx, y1: s.y1 + dy, x2: s.x2 + dx, y2: s.y2 + dy };
    case "path":
      return {
        ...s,
        d: translatePath(s.d, dx, dy),
        bounds: { ...s.bounds, x: s.bounds.x + dx, y: s.bounds.y + dy },
      };
  }
}

/** Translates absolute path data made of M/L/C/Q/A/Z commands. */
export function translatePath(d: string, dx: number, dy: number): string {
  if (dx === 0 && dy === 0) return d;
  return d
    .replace(/([MLCQA])([^MLCQAZ]*)/g, (_all, cmd: string, args: string) => {
      const nums = args
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);
      if (cmd === "A") {
        // rx ry rotation large-arc sweep x y
        for (let i = 0; i + 6 < nums.length; i += 7) {
          nums[i + 5] = r2((nums[i + 5] ?? 0) + dx);
          nums[i + 6] = r2((nums[i + 6] ?? 0) + dy);
        }
      } else {
        for (let i = 0; i + 1 < nums.length; i += 2) {
          nums[i] = r2((nums[i] ?? 0) + dx);
          nums[i + 1] = r2((nums[i + 1] ?? 0) + dy);
        }
      }
      return `${cmd}${nums.join(" ")} `;
    })
    .trim();
}
