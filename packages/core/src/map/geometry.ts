/** Small geometry helpers shared by the layouts; all output is SVG path data with absolute commands. */

export interface Point {
  x: number;
  y: number;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A smooth curve through points with increasing x that never overshoots them (monotone cubic
 * interpolation, Fritsch–Carlson): an emotion of −3 is drawn at −3, not below it.
 */
export function monotoneCurve(points: Point[]): string {
  const n = points.length;
  const first = points[0];
  if (!first) return "";
  if (n === 1) return `M${r2(first.x)} ${r2(first.y)}`;
  const dx: number[] = [];
  const slope: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const a = points[i] as Point;
    const b = points[i + 1] as Point;
    dx.push(b.x - a.x);
    slope.push((b.y - a.y) / (b.x - a.x || 1));
  }
  const m: number[] = new Array(n).fill(0);
  m[0] = slope[0] ?? 0;
  m[n - 1] = slope[n - 2] ?? 0;
  for (let i = 1; i < n - 1; i++) {
    const s0 = slope[i - 1] ?? 0;
    const s1 = slope[i] ?? 0;
    m[i] = s0 * s1 <= 0 ? 0 : (s0 + s1) / 2;
  }
  for (let i = 0; i < n - 1; i++) {
    const s = slope[i] ?? 0;
    if (s === 0) {
      m[i] = 0;
      m[i + 1] = 0;
      continue;
    }
    const a = (m[i] ?? 0) / s;
    const b = (m[i + 1] ?? 0) / s;
    const h = a * a + b * b;
    if (h > 9) {
      const t = 3 / Math.sqrt(h);
      m[i] = t * a * s;
      m[i + 1] = t * b * s;
    }
  }
  let d = `M${r2(first.x)} ${r2(first.y)}`;
  for (let i = 0; i < n - 1; i++) {
    const a = points[i] as Point;
    const b = points[i + 1] as Point;
    const h = (dx[i] ?? 0) / 3;
    d += ` C${r2(a.x + h)} ${r2(a.y + (m[i] ?? 0) * h)} ${r2(b.x - h)} ${r2(b.y - (m[i + 1] ?? 0) * h)} ${r2(b.x)} ${r2(b.y)}`;
  }
  return d;
}

/** A rectangle with rounded corners as a path (for renderers without rounded rectangles). */
export function roundedRectPath(x: number, y: number, w: number, h: number, radius: number): string {
  const r = Math.max(0, Math.min(radius, w / 2, h / 2));
  if (r === 0) return `M${r2(x)} ${r2(y)} L${r2(x + w)} ${r2(y)} L${r2(x + w)} ${r2(y + h)} L${r2(x)} ${r2(y + h)} Z`;
  return [
    `M${r2(x + r)} ${r2(y)}`,
    `L${r2(x + w - r)} ${r2(y)}`,
    `A${r2(r)} ${r2(r)} 0 0 1 ${r2(x + w)} ${r2(y + r)}`,
    `L${r2(x + w)} ${r2(y + h - r)}`,
    `A${r2(r)} ${r2(r)} 0 0 1 ${r2(x + w - r)} ${r2(y + h)}`,
    `L${r2(x + r)} ${r2(y + h)}`,
    `A${r2(r)} ${r2(r)} 0 0 1 ${r2(x)} ${r2(y + h - r)}`,
    `L${r2(x)} ${r2(y + r)}`,
    `A${r2(r)} ${r2(r)} 0 0 1 ${r2(x + r)} ${r2(y)}`,
    "Z",
  ].join(" ");
}

/** Point at `angle` (radians, 0 = 12 o'clock, clockwise) on a circle. */
export function polar(cx: number, cy: number, radius: number, angle: number): Point {
  return { x: cx + radius * Math.sin(angle), y: cy - radius * Math.cos(angle) };
}

/** Arc from a0 to a1 (clockwise, radians) as A commands, split so no single arc is 180° or more. */
function arcTo(cx: number, cy: number, radius: number, a0: number, a1: number, clockwise: boolean): string {
  const parts = Math.max(1, Math.ceil(Math.abs(a1 - a0) / (Math.PI * 0.9)));
  let d = "";
  for (let i = 1; i <= parts; i++) {
    const p = polar(cx, cy, radius, a0 + ((a1 - a0) * i) / parts);
    d += ` A${r2(radius)} ${r2(radius)} 0 0 ${clockwise ? 1 : 0} ${r2(p.x)} ${r2(p.y)}`;
  }
  return d;
}

/** A ring segment (annular sector) from angle a0 to a1 clockwise between radii r0 < r1. */
export function ringSegmentPath(cx: number, cy: number, r0: number, r1: number, a0: number, a1: number): string {
  const o0 = polar(cx, cy, r1, a0);
  const i1 = polar(cx, cy, r0, a1);
  return (
    `M${r2(o0.x)} ${r2(o0.y)}` +
    arcTo(cx, cy, r1, a0, a1, true) +
    ` L${r2(i1.x)} ${r2(i1.y)}` +
    arcTo(cx, cy, r0, a1, a0, false) +
    " Z"
  );
}
