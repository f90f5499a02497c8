import { z } from "@hono/zod-openapi";
import { Locale } from "@motmap/core";
import { ExportSurveyResponsesQuery } from "@motmap/db";
import { TABLE_MEDIA_TYPES } from "@motmap/tabular";
import { IdParams } from "../../http/route.ts";

export const SurveyExportParams = IdParams;

/** The response list's filters, plus the file format and the language of headers and labels. */
export const SurveyResponsesExportQuery = ExportSurveyResponsesQuery.extend({
  format: z
    .enum(["csv", "xlsx"])
    .default("csv")
    .openapi({ description: "csv: UTF-8 with BOM, CRLF (opens in Excel); xlsx: one worksheet, header row frozen." }),
  lang: Locale.default("ko").openapi({
    description: "Language of the column headers, yes/no and choice labels (answers are exported as written).",
  }),
});

/** The 200 answer: a CSV or XLSX attachment. */
export const tableFile = {
  description: "The responses as a file: one row per response, one column per question.",
  headers: {
    "Content-Disposition": {
      description: "attachment; filename*=UTF-8''<survey title>-responses-<date>.<csv|xlsx>",
      schema: { type: "string" as const },
    },
  },
  content: {
    [TABLE_MEDIA_TYPES.csv]: { schema: z.string() },
    [TABLE_MEDIA_TYPES.xlsx]: { schema: z.string().openapi({ format: "binary" }) },
  },
};
