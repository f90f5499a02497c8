import { z } from "@hono/zod-openapi";
import { Locale } from "@motmap/core";
import { IdParams } from "../../http/route.ts";

export const ExportParams = IdParams;

const locale = Locale.default("ko").openapi({
  description: "Language of the labels (the journey's own text is printed as written).",
});
const colourBy = z
  .enum(["element", "phase"])
  .default("element")
  .openapi({ description: "MOT cycle only: colour the segments by touchpoint element or by phase." });

export const SvgQuery = z.object({ locale });
export const PngQuery = z.object({
  locale,
  scale: z
    .enum(["1", "2", "3"])
    .default("2")
    .transform(Number)
    .openapi({ description: "Pixels per map unit: 1 (screen), 2 (sharp, default) or 3 (print)." }),
});
export const PdfQuery = z.object({
  locale,
  paper: z
    .enum(["A3", "A4"])
    .default("A3")
    .openapi({ description: "Landscape paper. A wide map continues on further pages." }),
});
export const CycleSvgQuery = SvgQuery.extend({ colourBy });
export const CyclePngQuery = PngQuery.extend({ colourBy });
export const CyclePdfQuery = PdfQuery.extend({ colourBy });

/** An OpenAPI response with a binary (or SVG text) body. */
export const file = (mediaType: string, description: string) => ({
  description,
  headers: {
    "Content-Disposition": {
      description: "attachment; filename*=UTF-8''<journey title>.<ext>",
      schema: { type: "string" as const },
    },
  },
  content: { [mediaType]: { schema: z.string().openapi({ format: "binary" }) } },
});
