/**
 * Approximate text metrics, the same in the browser, the SVG and the PDF. The widths are in em
 * and err on the wide side of Noto Sans KR (Hangul is 0.92 em there, we count 1), so text wrapped
 * here never overflows its box in any renderer.
 */

export type FontWeight = 400 | 700;

const NARROW = new Set([..."iljftrI.,:;'|!`()[]{}"]);
const WIDE = new Set([..."mwMW@%"]);

/** True for characters drawn a full em wide: Hangul, CJK, kana, full-width forms, arrows and symbols. */
export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x11ff) || // Hangul Jamo
    (code >= 0x2190 && code <= 0x2bff) || // arrows, maths operators (≤ ≥), technical, shapes
    (code >= 0x2e80 && code <= 0x9fff) || // CJK radicals … unified ideographs, kana, compatibility jamo
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xac00 && code <= 0xd7ff) || // Hangul syllables and jamo extended-B
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code === 0x2026 || // …
    code >= 0x1f000 // emoji and beyond
  );
}

/** True where a line may break inside a word: between Hangul syllables and CJK characters. */
export function isBreakableAnywhere(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3040 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** Width of one character in em. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (ch === " ") return 0.3;
  if (isWide(code)) return 1;
  if (code >= 0x30 && code <= 0x39) return 0.6;
  if (NARROW.has(ch)) return 0.34;
  if (WIDE.has(ch)) return 0.98;
  if (code >= 0x41 && code <= 0x5a) return 0.7;
  if (code >= 0x61 && code <= 0x7a) return 0.6;
  return 0.62;
}

const BOLD_FACTOR = 1.06;

/** Approximate width in px of `text` at `fontSize` px. */
export function measureText(text: string, fontSize: number, weight: FontWeight = 400): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (weight === 700 ? BOLD_FACTOR : 1);
}

export interface WrapOptions {
  fontSize: number;
  maxWidth: number;
  weight?: FontWeight;
  /** Lines beyond this are dropped and the last kept line ends with an ellipsis. */
  maxLines?: number;
  ellipsis?: string;
}

/**
 * Wraps text into lines no wider than `maxWidth` (as measured by `measureText`). Lines break at
 * spaces; a word that does not fit is broken between Hangul syllables (allowed in Korean) when the
 * line would otherwise stay less than half full, and any word wider than a whole line is broken
 * between characters. Newlines are kept as hard breaks. The width holds whenever `maxWidth` is at
 * least one character wide.
 */
export function wrapText(text: string, options: WrapOptions): string[] {
  const { fontSize, maxWidth, weight = 400, maxLines = Number.POSITIVE_INFINITY, ellipsis = "…" } = options;
  const w = (s: string) => measureText(s, fontSize, weight);
  const lines: string[] = [];

  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(/[ \t]+/).filter((s) => s.length > 0);
    if (words.length === 0) {
      if (paragraph.length > 0 || text.includes("\n")) lines.push("");
      continue;
    }
    let line = "";
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (w(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      // The word does not fit on this line.
      const hangul = [...word].some(isBreakableAnywhere);
      if (line && hangul && w(line) < maxWidth / 2) {
        // Fill the rest of the line with the start of the word rather than leave a half-empty line.
        const chars = [...word];
        let head = "";
        while (chars.length > 0 && w(`${line} ${head}${chars[0]}`) <= maxWidth) head += chars.shift();
        if (head) {
          lines.push(`${line} ${head}`);
          line = "";
          for (const rest of breakLong(chars.join(""), maxWidth, w, lines)) line = rest;
          continue;
        }
      }
      if (line) lines.push(line);
      line = "";
      for (const rest of breakLong(word, maxWidth, w, lines)) line = rest;
    }
    if (line || lines.length === 0) lines.push(line);
  }

  // Trailing empty lines from trailing newlines carry nothing.
  while (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = withEllipsis(kept[kept.length - 1] ?? "", ellipsis, maxWidth, w);
  return kept;
}

/**
 * Pushes full lines of a word wider than `maxWidth` onto `lines` and yields the remainder (the
 * start of the current line). At least one character goes on each line so wrapping always ends.
 */
function* breakLong(word: string, maxWidth: number, w: (s: string) => number, lines: string[]): Generator<string> {
  let cur = "";
  for (const ch of word) {
    if (cur && w(cur + ch) > maxWidth) {
      lines.push(cur);
      cur = "";
    }
    cur += ch;
  }
  yield cur;
}

function withEllipsis(line: string, ellipsis: string, maxWidth: number, w: (s: string) => number): string {
  const chars = [...line];
  while (chars.length > 0 && w(`${chars.join("").trimEnd()}${ellipsis}`) > maxWidth) chars.pop();
  return `${chars.join("").trimEnd()}${ellipsis}`;
}

/** One line, shortened with an ellipsis when it is too wide. */
export function fitLine(text: string, options: Omit<WrapOptions, "maxLines">): string {
  return wrapText(text.replace(/\s+/g, " "), { ...options, maxLines: 1 })[0] ?? "";
}
