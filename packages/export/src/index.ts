// Journey map and MOT cycle export: PNG (resvg) and PDF (pdf-lib), both with embedded Noto Sans KR.
export { FONT_FAMILY, FONT_FILES, fontBytes } from "./fonts.ts";
export { fontkitForPdfLib, PAPER_SIZES, type Paper, type PdfOptions, planPages, renderPdf } from "./render-pdf.ts";
export { effectivePngScale, type PngOptions, renderPng } from "./render-png.ts";
