import { detailFromDocument, layoutJourneyMap, type TextShape } from "@motmap/core";
import { fontBytes, fontkitForPdfLib, PAPER_SIZES, renderPdf } from "@motmap/export";
import { PDFDocument } from "pdf-lib";
import { type Figure, figure, interleavedMedians } from "../lib/results.ts";
import { generateJourney } from "./generate-journey.ts";

/**
 * pdf_export_300: renderPdf (A3) of a 30-stage map with 300 touchpoints, median of 5 runs.
 * Baseline: the raw engine — pdf-lib writing the same text strings (same lines, same weights)
 * with the same embedded, subset Noto Sans KR in one flat loop over A3 pages, nothing else.
 */
export async function benchPdfExport(): Promise<Figure> {
  const { detail, departments } = detailFromDocument(generateJourney(30, 10));
  const scene = layoutJourneyMap(detail, departments, { locale: "ko" });
  const lines = scene.items
    .filter((s): s is TextShape => s.type === "text")
    .flatMap((t) => t.lines.filter(Boolean).map((line) => ({ line, bold: t.weight === 700, size: t.fontSize })));

  const rawEngine = async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkitForPdfLib);
    const bytes = fontBytes();
    const regular = await doc.embedFont(bytes.regular, { subset: true });
    const bold = await doc.embedFont(bytes.bold, { subset: true });
    const { width, height, margin } = PAPER_SIZES.A3;
    let page = doc.addPage([width, height]);
    let x = margin;
    let y = height - margin;
    for (const { line, bold: isBold, size } of lines) {
      const s = size * 0.5;
      if (y < margin) {
        x += 200;
        y = height - margin;
        if (x > width - 200) {
          page = doc.addPage([width, height]);
          x = margin;
        }
      }
      page.drawText(line, { x, y, size: s, font: isBold ? bold : regular });
      y -= s * 1.4;
    }
    return doc.save({ useObjectStreams: true });
  };
  const [motmap, baseline] = await interleavedMedians(() => renderPdf(scene, { paper: "A3" }), rawEngine, 5);
  console.log(
    `pdf_export_300: ${scene.width}×${scene.height} px scene, ${lines.length} text lines; ` +
      `motmap ${motmap.toFixed(3)} s, pdf-lib alone ${baseline.toFixed(3)} s`,
  );
  return figure("pdf_export_300", motmap, "s", baseline);
}
