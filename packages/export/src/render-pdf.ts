import { Readable } from "node:stream";
import {
  type MapScene,
  PALETTE,
  roundedRectPath,
  type Shape,
  shapeBounds,
  type TextShape,
  textBaseline,
} from "@motmap/core";
import {
  appendBezierCurve,
  beginText,
  clip,
  closePath,
  endPath,
  endText,
  fillAndStroke,
  fill as fillPath,
  LineCapStyle,
  lineTo,
  moveTo,
  PDFDocument,
  type PDFFont,
  type PDFName,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingColor,
  setFontAndSize,
  setLineWidth,
  setStrokingColor,
  setTextMatrix,
  showText,
  stroke as strokePath,
} from "pdf-lib";
import { fontBytes, parseFont } from "./fonts.ts";

export type Paper = "A3" | "A4";

export interface PdfOptions {
  paper?: Paper;
  /** BCP 47 language of the text, written to the document catalogue (default ko-KR). */
  language?: string;
}

/** Landscape page sizes in PDF points. */
export const PAPER_SIZES: Record<Paper, { width: number; height: number; margin: number }> = {
  A4: { width: 841.89, height: 595.28, margin: 26 },
  A3: { width: 1190.55, height: 841.89, margin: 34 },
};

const FOOTER = 16;

type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];
const patched = new WeakSet<object>();

/**
 * pdf-lib with upstream fontkit 2: its TrueType subsetter keeps composite Hangul glyphs intact
 * (the @pdf-lib/fontkit fork drops many of them, leaving blank syllables). pdf-lib still calls
 * the old streaming `encodeStream()`, so it is provided on top of `encode()`.
 *
 * Text is laid out from the character map and advance widths alone: Hangul syllables are
 * precomposed and need no OpenType shaping, and running the font's GSUB/GPOS lookups on every
 * line was most of the export's time. Each glyph keeps its code point, so the PDF's ToUnicode
 * map (copy, search, screen readers) is exact. The parsed font is shared between documents;
 * each document gets its own subset.
 */
export const fontkitForPdfLib = {
  create(buffer: Uint8Array) {
    const font = parseFont(buffer);
    if (!patched.has(font)) {
      const createSubset = font.createSubset.bind(font);
      font.createSubset = () => {
        const subset = createSubset();
        subset.encodeStream = () => Readable.from([subset.encode()]);
        return subset;
      };
      font.layout = (text: string) => {
        const glyphs = [];
        for (const ch of text) glyphs.push(font.glyphForCodePoint(ch.codePointAt(0) ?? 0));
        const positions = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
        return { glyphs, positions };
      };
      patched.add(font);
    }
    return font;
  },
} as unknown as Fontkit;

function colour(hex: string | undefined) {
  if (!hex) return undefined;
  const v = Number.parseInt(hex.replace("#", "").slice(0, 6), 16);
  return rgb(((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255);
}

/** How scene coordinates land on one page. */
interface PageView {
  scale: number;
  /** Page x of scene x = 0 for left-pinned items (the left margin). */
  ox: number;
  /** Page y (from the top) of scene y = 0. */
  oy: number;
  /** Scene-unit shift of body items and of right-pinned items on this page. */
  bodyDx: number;
  rightDx: number;
  /** The scene x range of body content this page shows (absent: all of it). */
  slice?: { x0: number; x1: number };
}

/** Splits the stage columns into pages of nearly equal size (17 columns, 6 per page → 6, 6, 5). */
function splitColumns(count: number, perPage: number): [number, number][] {
  const pages = Math.ceil(count / perPage);
  const out: [number, number][] = [];
  let start = 0;
  for (let p = 0; p < pages; p++) {
    const size = Math.ceil((count - start) / (pages - p));
    out.push([start, start + size]);
    start += size;
  }
  return out;
}

/** The pages a scene needs on the paper: scaled to the page height, cut between stage columns. */
export function planPages(scene: MapScene, paper: Paper): PageView[] {
  const P = PAPER_SIZES[paper];
  const availW = P.width - 2 * P.margin;
  const availH = P.height - 2 * P.margin - FOOTER;
  let scale = availH / scene.height;
  const cols = scene.columns ?? [];
  const first = cols[0];
  const last = cols[cols.length - 1];
  if (scene.width * scale <= availW || !first || !last || cols.length < 2) {
    scale = Math.min(scale, availW / scene.width);
    const ox = P.margin + (availW - scene.width * scale) / 2;
    return [{ scale, ox, oy: P.margin, bodyDx: 0, rightDx: 0 }];
  }
  const gutter = first.x;
  const right = scene.width - (last.x + last.width);
  // At least one column per page: shrink further if even that does not fit.
  scale = Math.min(scale, availW / (gutter + first.width + right));
  const perPage = Math.max(1, Math.floor((availW / scale - gutter - right) / first.width));
  return splitColumns(cols.length, perPage).map(([a, b]) => {
    const x0 = (cols[a] as { x: number }).x;
    const lastCol = cols[b - 1] as { x: number; width: number };
    const x1 = lastCol.x + lastCol.width;
    const sliceWidth = gutter + (x1 - x0) + right;
    return {
      scale,
      ox: P.margin,
      oy: P.margin,
      bodyDx: gutter - x0,
      rightDx: sliceWidth - scene.width,
      slice: { x0, x1 },
    };
  });
}

/**
 * The scene as a vector PDF: landscape pages of the paper, the scene scaled to the page height;
 * a map wider than a page continues on further pages, cut between stage columns, with the header
 * and lane labels repeated and "1 / 3" page numbers. Text is real text in embedded, subset
 * Noto Sans KR, so it can be searched, copied and read aloud.
 */
export async function renderPdf(scene: MapScene, options: PdfOptions = {}): Promise<Uint8Array> {
  const paper = options.paper ?? "A4";
  const P = PAPER_SIZES[paper];
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib);
  const bytes = fontBytes();
  const regular = await doc.embedFont(bytes.regular, { subset: true });
  const bold = await doc.embedFont(bytes.bold, { subset: true });
  doc.setTitle(scene.title, { showInWindowTitleBar: true });
  doc.setSubject(scene.kind === "journey-map" ? "Patient journey map" : "MOT cycle");
  doc.setCreator("motmap");
  doc.setProducer("motmap (pdf-lib)");
  doc.setLanguage(options.language ?? "ko-KR");

  const views = planPages(scene, paper);
  views.forEach((view, index) => {
    const page = doc.addPage([P.width, P.height]);
    drawScene(page, scene, view, { regular, bold });
    const footerY = P.margin / 2 + 2;
    const size = 8;
    const muted = colour(PALETTE.muted);
    page.drawText(scene.title, { x: P.margin, y: footerY, size, font: regular, color: muted });
    const label = `${index + 1} / ${views.length}`;
    page.drawText(label, {
      x: P.width - P.margin - regular.widthOfTextAtSize(label, size),
      y: footerY,
      size,
      font: regular,
      color: muted,
    });
  });
  return doc.save({ useObjectStreams: true });
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** The fonts and their resource names on one page. */
interface PageFonts extends Fonts {
  keys: Map<PDFFont, PDFName>;
}

const q = (n: number) => Math.round(n * 100) / 100;

/**
 * A filled and/or stroked rectangle with rounded corners, written as PDF path operators
 * (four straight edges and four quarter-circle Béziers) — much cheaper than an SVG path.
 */
function roundedRect(
  page: PDFPage,
  box: { x: number; y: number; w: number; h: number; r: number },
  fill: ReturnType<typeof rgb> | undefined,
  stroke: ReturnType<typeof rgb> | undefined,
  lineWidth: number,
): void {
  const { x, y, w, h } = box;
  const r = Math.min(box.r, w / 2, h / 2);
  const k = q(r * 0.5523);
  const [x1, y1, x2, y2] = [q(x), q(y), q(x + w), q(y + h)];
  const ops = [pushGraphicsState()];
  if (fill) ops.push(setFillingColor(fill));
  if (stroke) ops.push(setStrokingColor(stroke), setLineWidth(q(lineWidth)));
  ops.push(
    moveTo(q(x1 + r), y1),
    lineTo(q(x2 - r), y1),
    appendBezierCurve(q(x2 - r + k), y1, x2, q(y1 + r - k), x2, q(y1 + r)),
    lineTo(x2, q(y2 - r)),
    appendBezierCurve(x2, q(y2 - r + k), q(x2 - r + k), y2, q(x2 - r), y2),
    lineTo(q(x1 + r), y2),
    appendBezierCurve(q(x1 + r - k), y2, x1, q(y2 - r + k), x1, q(y2 - r)),
    lineTo(x1, q(y1 + r)),
    appendBezierCurve(x1, q(y1 + r - k), q(x1 + r - k), y1, q(x1 + r), y1),
    closePath(),
    fill && stroke ? fillAndStroke() : fill ? fillPath() : strokePath(),
    popGraphicsState(),
  );
  page.pushOperators(...ops);
}

function overlaps(s: Shape, slice: { x0: number; x1: number }): boolean {
  const b = shapeBounds(s);
  return b.x < slice.x1 && b.x + b.width > slice.x0;
}

function drawScene(page: PDFPage, scene: MapScene, view: PageView, docFonts: Fonts): void {
  const pageH = page.getHeight();
  // One resource name per font and page (pdf-lib's drawText adds a new one at every font switch).
  const fonts: PageFonts = {
    ...docFonts,
    keys: new Map([docFonts.regular, docFonts.bold].map((f) => [f, page.node.newFontDictionary(f.name, f.ref)])),
  };
  const s = view.scale;
  let clipped = false;
  const setClip = (on: boolean) => {
    if (!view.slice || on === clipped) return;
    if (on) {
      const x = view.ox + (view.slice.x0 + view.bodyDx) * s;
      const w = (view.slice.x1 - view.slice.x0) * s;
      page.pushOperators(pushGraphicsState(), rectangle(x, 0, w, pageH), clip(), endPath());
    } else {
      page.pushOperators(popGraphicsState());
    }
    clipped = on;
  };

  for (const item of scene.items) {
    let dx: number;
    if (item.pin === "left") {
      dx = 0;
      setClip(false);
    } else if (item.pin === "right") {
      dx = view.rightDx;
      setClip(false);
    } else {
      if (view.slice && !overlaps(item, view.slice)) continue;
      dx = view.bodyDx;
      setClip(true);
    }
    // Two decimals of a point are far below what print or screen shows, and keep the
    // content streams short (pdf-lib writes numbers in full otherwise).
    const X = (x: number) => q(view.ox + (x + dx) * s);
    const Y = (y: number) => q(pageH - (view.oy + y * s));
    drawShape(page, item, X, Y, s, fonts, view, dx);
  }
  setClip(false);
}

function drawShape(
  page: PDFPage,
  item: Shape,
  X: (x: number) => number,
  Y: (y: number) => number,
  s: number,
  fonts: PageFonts,
  view: PageView,
  dx: number,
): void {
  const opacity = item.opacity;
  switch (item.type) {
    case "rect": {
      const fill = colour(item.fill);
      const stroke = colour(item.stroke);
      if (item.width <= 0 || item.height <= 0) return;
      if (item.radius && opacity === undefined) {
        roundedRect(
          page,
          { x: X(item.x), y: Y(item.y + item.height), w: item.width * s, h: item.height * s, r: item.radius * s },
          fill,
          stroke,
          (item.strokeWidth ?? 1) * s,
        );
      } else if (item.radius) {
        page.drawSvgPath(roundedRectPath(0, 0, item.width, item.height, item.radius), {
          x: X(item.x),
          y: Y(item.y),
          scale: s,
          ...(fill ? { color: fill, ...(opacity !== undefined ? { opacity } : {}) } : {}),
          ...(stroke
            ? {
                borderColor: stroke,
                borderWidth: item.strokeWidth ?? 1,
                ...(opacity !== undefined ? { borderOpacity: opacity } : {}),
              }
            : { borderWidth: 0 }),
        });
      } else {
        page.drawRectangle({
          x: X(item.x),
          y: Y(item.y + item.height),
          width: item.width * s,
          height: item.height * s,
          ...(fill ? { color: fill } : {}),
          ...(stroke ? { borderColor: stroke, borderWidth: (item.strokeWidth ?? 1) * s } : { borderWidth: 0 }),
          ...(opacity !== undefined ? { opacity, borderOpacity: opacity } : {}),
        });
      }
      return;
    }
    case "circle": {
      const fill = colour(item.fill);
      const stroke = colour(item.stroke);
      if (opacity === undefined) {
        // A circle is a rounded square whose corner radius is half its side.
        const r = item.r * s;
        const box = { x: X(item.cx) - r, y: Y(item.cy) - r, w: 2 * r, h: 2 * r, r };
        roundedRect(page, box, fill, stroke, (item.strokeWidth ?? 1) * s);
        return;
      }
      page.drawCircle({
        x: X(item.cx),
        y: Y(item.cy),
        size: q(item.r * s),
        ...(fill ? { color: fill } : {}),
        ...(stroke ? { borderColor: stroke, borderWidth: (item.strokeWidth ?? 1) * s } : { borderWidth: 0 }),
        ...(opacity !== undefined ? { opacity, borderOpacity: opacity } : {}),
      });
      return;
    }
    case "line":
      page.drawLine({
        start: { x: X(item.x1), y: Y(item.y1) },
        end: { x: X(item.x2), y: Y(item.y2) },
        thickness: q(item.strokeWidth * s),
        color: colour(item.stroke) ?? rgb(0, 0, 0),
        ...(item.dash ? { dashArray: item.dash.map((d) => d * s) } : {}),
        ...(opacity !== undefined ? { opacity } : {}),
      });
      return;
    case "path": {
      const fill = colour(item.fill);
      const stroke = colour(item.stroke);
      page.drawSvgPath(item.d, {
        x: X(0),
        y: Y(0),
        scale: s,
        ...(fill ? { color: fill } : {}),
        ...(stroke
          ? { borderColor: stroke, borderWidth: item.strokeWidth ?? 1, borderLineCap: LineCapStyle.Round }
          : { borderWidth: 0 }),
        ...(opacity !== undefined ? { opacity, borderOpacity: opacity } : {}),
      });
      return;
    }
    case "text":
      drawText(page, item, X, Y, s, fonts, view, dx);
      return;
  }
}

/** Text as PDF text operators: real, selectable text in the embedded font. */
function drawText(
  page: PDFPage,
  t: TextShape,
  X: (x: number) => number,
  Y: (y: number) => number,
  s: number,
  fonts: PageFonts,
  view: PageView,
  dx: number,
): void {
  const font = t.weight === 700 ? fonts.bold : fonts.regular;
  const key = fonts.keys.get(font);
  if (!key) return;
  const size = q(t.fontSize * s);
  let x = t.x;
  // A phase label whose band starts on an earlier page slides to this page's first column.
  if (t.sticky && view.slice && t.anchor === "start" && view.slice.x0 > t.sticky.x0) {
    x = t.x - t.sticky.x0 + view.slice.x0;
  }
  void dx;
  const ops = [beginText(), setFillingColor(colour(t.colour) ?? rgb(0, 0, 0)), setFontAndSize(key, size)];
  t.lines.forEach((line, i) => {
    if (!line) return;
    const w = t.anchor === "start" ? 0 : font.widthOfTextAtSize(line, size);
    const px = q(X(x) - (t.anchor === "middle" ? w / 2 : t.anchor === "end" ? w : 0));
    ops.push(setTextMatrix(1, 0, 0, 1, px, Y(textBaseline(t, i))), showText(font.encodeText(line)));
  });
  ops.push(endText());
  page.pushOperators(...ops);
}
