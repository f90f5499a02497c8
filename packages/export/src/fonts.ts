import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The one typeface of every export: Noto Sans KR (SIL Open Font License), shipped by an npm package. */
export const FONT_FAMILY = "Noto Sans KR";

const require = createRequire(import.meta.url);
// fontkit 2 ships no type declarations; what the exports use of it is typed below.
const fontkit = require("fontkit") as { create(buffer: Uint8Array): unknown };

/** Absolute paths of the regular (400) and bold (700) TrueType files. */
export const FONT_FILES = {
  regular: require.resolve("@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf"),
  bold: require.resolve("@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf"),
} as const;

export type FontKey = keyof typeof FONT_FILES;

let bytes: Record<FontKey, Uint8Array> | undefined;

/** The font files' bytes, read once per process (about 6 MB each). */
export function fontBytes(): Record<FontKey, Uint8Array> {
  bytes ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
  return bytes;
}

/** The parts of a fontkit 2 font that the exports use. */
export interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  path: { toSVG(): string };
}
export interface FontkitFont {
  unitsPerEm: number;
  postscriptName: string;
  familyName: string;
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  layout(text: string): {
    glyphs: FontkitGlyph[];
    positions: { xAdvance: number; xOffset: number; yOffset: number }[];
  };
  createSubset(): { encode(): Uint8Array; encodeStream?: () => unknown };
}

const parsed = new WeakMap<Uint8Array, FontkitFont>();

/** A font file parsed by fontkit, once per process and buffer. */
export function parseFont(buffer: Uint8Array): FontkitFont {
  let font = parsed.get(buffer);
  if (!font) {
    font = fontkit.create(buffer) as FontkitFont;
    parsed.set(buffer, font);
  }
  return font;
}

export const fontkitFont = (key: FontKey) => parseFont(fontBytes()[key]);
