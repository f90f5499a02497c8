import { escapeXml, svgCommonAttributes, type TextShape, textBaseline } from "@motmap/core";
import { type FontKey, fontkitFont } from "./fonts.ts";

const glyphPaths = new Map<string, string>();
const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Draws text shapes as glyph outlines (`<use>` of one `<path>` per glyph) instead of `<text>`.
 * resvg re-reads and re-parses a 6 MB CJK font for every text chunk (about 10 ms each, seconds
 * for a map); outlines from fontkit rasterise in milliseconds and look the same, since resvg
 * turns text into these very paths anyway. One instance per rendering: it collects the glyphs
 * used for `<defs>`.
 */
export class TextOutliner {
  private readonly used = new Set<string>();

  text = (t: TextShape): string => {
    const key: FontKey = t.weight === 700 ? "bold" : "regular";
    const font = fontkitFont(key);
    const k = t.fontSize / font.unitsPerEm;
    const prefix = key === "bold" ? "b" : "r";
    let out = "";
    t.lines.forEach((line, i) => {
      if (!line) return;
      let x = 0;
      let uses = "";
      // Hangul syllables are precomposed and need no shaping: the character map and advance
      // widths are enough (and far faster than a full layout).
      for (const ch of line) {
        const g = font.glyphForCodePoint(ch.codePointAt(0) ?? 0);
        const id = `${prefix}${g.id}`;
        if (!glyphPaths.has(id)) glyphPaths.set(id, g.path.toSVG());
        if (glyphPaths.get(id)) {
          this.used.add(id);
          uses += `<use href="#${id}" x="${Math.round(x)}"/>`;
        }
        x += g.advanceWidth;
      }
      const width = x * k;
      const x0 = t.anchor === "middle" ? t.x - width / 2 : t.anchor === "end" ? t.x - width : t.x;
      out += `<g transform="translate(${r2(x0)} ${r2(textBaseline(t, i))}) scale(${k} ${-k})">${uses}</g>`;
    });
    return `<g fill="${escapeXml(t.colour)}"${svgCommonAttributes(t)}>${out}</g>`;
  };

  defs = (): string => {
    let out = "";
    for (const id of this.used) out += `<path id="${id}" d="${glyphPaths.get(id) ?? ""}"/>`;
    return out;
  };
}
