import type { Phase } from "../models/journey.ts";
import type { Severity } from "../models/pain-point.ts";
import type { Element } from "../models/touchpoint.ts";

/**
 * A calm palette for print and screen: slate ink on white, soft phase tints, three element
 * colours that stay apart for colour-blind readers (blue-grey, teal, orange), and red kept for
 * what must stand out (the lowest emotion, critical pain points).
 */
export const PALETTE = {
  background: "#FFFFFF",
  ink: "#1F2933",
  text: "#323F4B",
  muted: "#616E7C",
  faint: "#9AA5B1",
  rule: "#E1E6EB",
  stripe: "#F8FAFC",
  gutter: "#F1F4F8",
  curve: "#334E68",
  score: "#5A5FC8",
  lowest: "#C62828",
  positive: "#EEF7F0",
  negative: "#FBEFEF",
  thought: "#EEF3F9",
  opportunity: "#2F8F6A",
  chip: "#EBEFF4",
  phase: {
    before: { fill: "#E1ECF7", accent: "#2D5D8C", tint: "#F4F8FC" },
    during: { fill: "#DDEFEA", accent: "#23695C", tint: "#F3FAF8" },
    after: { fill: "#EAE4F4", accent: "#5B4690", tint: "#F7F4FB" },
  } satisfies Record<Phase, { fill: string; accent: string; tint: string }>,
  element: {
    hardware: { main: "#5B6B7F", tint: "#EEF1F5", text: "#3E4C5E" },
    software: { main: "#2A9D8F", tint: "#E5F4F2", text: "#1C6B62" },
    humanware: { main: "#E07B39", tint: "#FDEFE4", text: "#A2521D" },
  } satisfies Record<Element, { main: string; tint: string; text: string }>,
  severity: {
    low: { main: "#8796A8", tint: "#F4F6F9" },
    medium: { main: "#D69E1A", tint: "#FDF8EC" },
    high: { main: "#E0692B", tint: "#FDF1EA" },
    critical: { main: "#C62828", tint: "#FCEDED" },
  } satisfies Record<Severity, { main: string; tint: string }>,
} as const;

const EMOTION_STOPS: [number, [number, number, number]][] = [
  [-3, [0xd6, 0x45, 0x45]],
  [0, [0xf0, 0xb4, 0x29]],
  [3, [0x3f, 0x91, 0x42]],
];

/** Red (−3) → yellow (0) → green (+3). */
export function emotionColour(score: number): string {
  const s = Math.max(-3, Math.min(3, score));
  const [a, b] = s <= 0 ? [EMOTION_STOPS[0], EMOTION_STOPS[1]] : [EMOTION_STOPS[1], EMOTION_STOPS[2]];
  if (!a || !b) return "#999999";
  const t = (s - a[0]) / (b[0] - a[0]);
  const c = a[1].map((v, i) => Math.round(v + ((b[1][i] ?? v) - v) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, "0")).join("")}`.toUpperCase();
}
