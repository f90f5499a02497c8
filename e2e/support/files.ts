import { decode } from "fast-png";

/** Width and height attributes of an SVG document's root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!Number.isFinite(width) || !Number.isFinite(height)) throw new Error(`no width/height on <svg>: ${root}`);
  return { width, height };
}

export interface PngFacts {
  width: number;
  height: number;
  /** Share of pixels that are neither white nor transparent (0..1). */
  inkRatio: number;
  /** Number of distinct (coarse) colours: a blank or single-colour image has one or two. */
  colours: number;
}

/** Decodes a PNG (pure JS) and measures how much of it is drawn on. */
export function inspectPng(bytes: Uint8Array): PngFacts {
  const png = decode(bytes);
  const { width, height, channels, data } = png;
  const max = png.depth === 16 ? 65535 : 255;
  let ink = 0;
  const colours = new Set<number>();
  const step = Math.max(1, Math.floor((width * height) / 400_000));
  let sampled = 0;
  for (let p = 0; p < width * height; p += step) {
    const i = p * channels;
    const r = (data[i] ?? 0) / max;
    const g = (channels >= 3 ? (data[i + 1] ?? 0) : (data[i] ?? 0)) / max;
    const b = (channels >= 3 ? (data[i + 2] ?? 0) : (data[i] ?? 0)) / max;
    const a = channels === 4 || channels === 2 ? (data[i + channels - 1] ?? 0) / max : 1;
    sampled++;
    if (a > 0.05 && (r < 0.94 || g < 0.94 || b < 0.94)) ink++;
    colours.add((Math.round(r * 15) << 8) | (Math.round(g * 15) << 4) | Math.round(b * 15));
  }
  return { width, height, inkRatio: ink / Math.max(1, sampled), colours: colours.size };
}

export interface PdfFacts {
  pages: number;
  /** Base font names found in the file (e.g. "ABCDEF+NotoSansKR-Regular"). */
  fontNames: string[];
  /** The text of every page, joined. */
  text: string;
  /** First page size in PDF points. */
  pageSize: { width: number; height: number };
}

/** Opens a PDF with pdf.js (legacy build, runs in Node) and reads its pages, fonts and text. */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
  }).promise;
  try {
    let text = "";
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      text += `${content.items.map((it) => ("str" in it ? it.str : "")).join("")}\n`;
    }
    const first = await doc.getPage(1);
    const [, , w = 0, h = 0] = first.view;
    // The fonts the first page draws with: setFont operations name a font object whose `name` is
    // the PDF's BaseFont (e.g. "ABCDEF+NotoSansKR-Regular"). The dictionaries themselves may sit in
    // compressed object streams, so the raw bytes are not searched.
    const ops = await first.getOperatorList();
    const fontIds = new Set<string>();
    ops.fnArray.forEach((fn, i) => {
      if (fn === pdfjs.OPS.setFont) {
        const id = (ops.argsArray[i] as unknown[] | undefined)?.[0];
        if (typeof id === "string") fontIds.add(id);
      }
    });
    const fontNames = [...fontIds].map((id) => {
      const font = first.commonObjs.get(id) as { name?: string } | undefined;
      return font?.name ?? id;
    });
    return { pages: doc.numPages, fontNames, text, pageSize: { width: w, height: h } };
  } finally {
    await doc.destroy();
  }
}
