import { z } from "@hono/zod-openapi";
import { ImportReport } from "@motmap/core";

// Request and response shapes every bulk import shares (survey responses, VOC items).

export const UploadQuery = z.object({
  /** The name the user's file had; it decides nothing but is shown back and kept with the import. */
  fileName: z.string().trim().min(1).max(255).optional(),
});

/** The raw file in the request body: a CSV (UTF-8 or CP949) or an XLSX workbook, streamed, not JSON. */
export const UPLOAD_MEDIA_TYPES = [
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/octet-stream",
] as const;

/** The OpenAPI request body of an upload route: the file itself. */
export const uploadBody = {
  required: true,
  content: Object.fromEntries(UPLOAD_MEDIA_TYPES.map((t) => [t, { schema: z.string().openapi({ format: "binary" }) }])),
};

/** The extra OpenAPI response of an upload route. */
export const uploadTooLarge = {
  413: { description: "The file is too large", content: { "application/json": { schema: z.any() } } },
} as const;

/** What an upload answers: the file's columns, first rows and a mapping suggested with `mapping`'s schema. */
export const uploadResponse = <M extends z.ZodType>(mapping: M, name: string) =>
  z
    .object({
      uploadId: z.uuid(),
      fileName: z.string(),
      format: z.enum(["csv", "xlsx"]),
      header: z.array(z.string()),
      /** The first rows of the file (at most 5), cell by cell, to show beside the mapping. */
      sampleRows: z.array(z.array(z.string())),
      suggestedMapping: mapping,
      /** Set when the mapping was remembered from an earlier import of a file with the same columns. */
      rememberedFrom: z.object({ sourceName: z.string(), importedAt: z.string().nullable() }).optional(),
    })
    .openapi(name);

export const JobStarted = z.object({ jobId: z.uuid() });

/** A background import's progress and, once done, its report. */
export const importJobBody = (name: string) =>
  z
    .object({
      jobId: z.uuid(),
      status: z.enum(["running", "succeeded", "failed"]),
      rowsDone: z.number().int(),
      /** Known when the file was previewed first (the preview counts its rows). */
      rowsTotal: z.number().int().optional(),
      fileName: z.string(),
      startedAt: z.string(),
      finishedAt: z.string().optional(),
      /** The commit's report; `committed: false` means nothing was written. */
      report: ImportReport.optional(),
      /** Why the import stopped, when it failed for another reason than bad rows. */
      error: z.object({ code: z.string(), message: z.string(), messageEn: z.string() }).optional(),
    })
    .openapi(name);
