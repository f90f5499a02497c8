import type { MapScene } from "@motmap/core";
import { renderSvg } from "@motmap/core";
import { renderAsync } from "@resvg/resvg-js";
import { FONT_FAMILY, FONT_FILES } from "./fonts.ts";
import { TextOutliner } from "./outline-text.ts";

export interface PngOptions {
  /** Pixels per scene px: 1, 2 (default, sharp on screens and slides) or 3 (print). */
  scale?: number;
  /**
   * Upper bound on the image's pixels (default 64 million, 256 MB of RGBA while drawing): a very
   * long journey is drawn at a smaller scale instead of exhausting the server's memory.
   */
  maxPixels?: number;
}

/** The scale actually used: the requested one, lowered when the image would exceed maxPixels. */
export function effectivePngScale(scene: Pick<MapScene, "width" | "height">, options: PngOptions = {}): number {
  const scale = options.scale ?? 2;
  const max = options.maxPixels ?? 64_000_000;
  const fit = Math.sqrt(max / (scene.width * scene.height));
  return Math.min(scale, fit);
}

/**
 * The scene as a PNG, `scale` × its size. Text is Noto Sans KR from the bundled font files only
 * (no system fonts), so Korean looks the same on any server and never turns into boxes. Runs on
 * libuv's thread pool, so a large map does not block the server.
 */
export async function renderPng(scene: MapScene, options: PngOptions = {}): Promise<Buffer> {
  const scale = effectivePngScale(scene, options);
  const outliner = new TextOutliner();
  const svg = renderSvg(scene, {
    fontFamily: `'${FONT_FAMILY}', sans-serif`,
    text: outliner.text,
    defs: outliner.defs,
  });
  const image = await renderAsync(svg, {
    font: {
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    fitTo: { mode: "zoom", value: scale },
    background: scene.background,
    shapeRendering: 2,
    logLevel: "off",
  });
  return image.asPng();
}
