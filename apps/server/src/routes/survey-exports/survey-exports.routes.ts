import { PassThrough, Readable } from "node:stream";
import { OpenAPIHono } from "@hono/zod-openapi";
import { exportSurveyResponses } from "@motmap/db";
import { TABLE_MEDIA_TYPES, type TableColumn, writeTable } from "@motmap/tabular";
import type { AppEnv } from "../../http/env.ts";
import { errorResponse, validationHook } from "../../http/errors.ts";
import { hospitalRoute } from "../../http/route.ts";
import { SurveyExportParams, SurveyResponsesExportQuery, tableFile } from "./survey-exports.types.ts";

const tags = ["Surveys"];
export const surveyExportRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

/** Widths of the fixed columns (id, submitted at, version, channel, visit date, department, segment). */
const FIXED_WIDTHS = [38, 26, 8, 9, 12, 18, 12];

/**
 * `attachment` with an ASCII `filename` for old clients and the exact (Korean) name in an RFC 5987
 * `filename*`; characters file systems refuse become spaces.
 */
export function attachment(name: string): string {
  const clean =
    name
      .replace(/[^\u0020-\u007e\u00a0-\ud7ff\ue000-\u{10FFFF}]/gu, " ")
      .replace(/[\\/:*?"<>|]/g, " ")
      .replace(/\s+/g, " ")
      .trim() || "survey";
  const encoded = encodeURIComponent(clean).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const ascii = clean
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s-]+/, "")
    .trim();
  return `attachment; filename="${ascii || "survey-responses"}"; filename*=UTF-8''${encoded}`;
}

surveyExportRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "/surveys/{id}/responses/export",
    tags,
    summary: "Download the responses as CSV or XLSX (same filters as the response list)",
    description:
      "Streamed, newest first. Free text is already masked for personal data; text that would start a " +
      "spreadsheet formula (= + - @ tab CR) gets a leading apostrophe, numbers stay numbers. " +
      "Every download is recorded in the audit log.",
    request: { params: SurveyExportParams, query: SurveyResponsesExportQuery },
    responses: { 200: tableFile },
  }),
  async (c) => {
    const { format, lang, ...filters } = c.req.valid("query");
    const result = await exportSurveyResponses(c.get("hospital"), c.req.valid("param").id, filters, {
      locale: lang,
      format,
    });
    if (!result.ok) return errorResponse(c, result.error) as never;
    const { survey, columns, rows } = result.value;
    const title = lang === "en" && survey.titleEn ? survey.titleEn : survey.title;
    const day = new Date().toISOString().slice(0, 10);
    const table: TableColumn[] = columns.map((header, i) => ({
      header,
      ...(FIXED_WIDTHS[i] ? { width: FIXED_WIDTHS[i] } : {}),
    }));

    const out = new PassThrough();
    writeTable(format, out, table, rows, { sheetName: lang === "en" ? "Responses" : "응답" }).catch((e: unknown) => {
      // A client that goes away mid-download is not an error of ours.
      if (!out.destroyed) console.error(`[motmap] export of survey ${survey.id} failed:`, e);
      out.destroy(e instanceof Error ? e : new Error(String(e)));
    });
    return c.body(Readable.toWeb(out) as ReadableStream<Uint8Array>, 200, {
      "Content-Type": TABLE_MEDIA_TYPES[format],
      "Content-Disposition": attachment(`${title}-responses-${day}.${format}`),
      "Cache-Control": "private, no-store",
    }) as never;
  },
);
