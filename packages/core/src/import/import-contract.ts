import { z } from "zod";
import { Id } from "../models/common.ts";
import { SurveyKey } from "../models/survey.ts";

/**
 * The contract of a bulk import (survey responses now, VOC items later): a table of rows with a
 * header, a column mapping the user confirms, a preview that reports every bad row, then an
 * all-or-nothing commit. Implementation: ./map-response-row.ts (pure), the db use case
 * `importSurveyResponses`, the HTTP routes and the CLI.
 */

/** What one column of the file feeds. */
export const ColumnTarget = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ignore") }),
  /** A stable id of the row in the source system: re-importing the same row is recognised. */
  z.object({ kind: z.literal("dedupe_key") }),
  z.object({ kind: z.literal("submitted_at") }),
  z.object({ kind: z.literal("visit_date") }),
  /** Matched against the hospital's department names (ko or en) and codes. */
  z.object({ kind: z.literal("department") }),
  z.object({ kind: z.literal("segment") }),
  z.object({ kind: z.literal("answer"), questionKey: SurveyKey }),
]);
export type ColumnTarget = z.infer<typeof ColumnTarget>;

export const ImportMapping = z.object({
  /** A name for the source the user recognises (e.g. "EMR 만족도 추출"); the mapping is remembered under it. */
  sourceName: z.string().trim().max(100).default(""),
  columns: z
    .array(z.object({ column: z.string().max(200), target: ColumnTarget }))
    .max(500)
    .superRefine((columns, ctx) => {
      const seen = new Set<string>();
      columns.forEach((c, i) => {
        if (c.target.kind === "ignore") return;
        const id = c.target.kind === "answer" ? `answer:${c.target.questionKey}` : c.target.kind;
        if (seen.has(id)) ctx.addIssue({ code: "custom", path: [i, "target"], message: `${id} is mapped twice` });
        seen.add(id);
      });
    }),
  /** How several choices are written in one cell of a multiple-choice column. */
  multipleSeparator: z.string().min(1).max(3).default(";"),
});
export type ImportMapping = z.infer<typeof ImportMapping>;
export type ImportMappingInput = z.input<typeof ImportMapping>;

export const IMPORT_ERROR_CODES = [
  "file_unreadable",
  "file_empty",
  "header_missing",
  "malformed_quotes",
  "column_missing",
  "column_count",
  "required_missing",
  "not_a_number",
  "out_of_range",
  "unknown_choice",
  "too_many_choices",
  "bad_date",
  "unknown_department",
  "too_long",
  "duplicate_in_file",
  // VOC import (map-voc-row.ts)
  "field_unmapped",
  "unknown_touchpoint",
  "ambiguous_touchpoint",
  "bad_contact",
] as const;
export const ImportErrorCode = z.enum(IMPORT_ERROR_CODES);
export type ImportErrorCode = z.infer<typeof ImportErrorCode>;

/** One problem in the file: the spreadsheet row number (header = row 1), the column, what is wrong. */
export const ImportRowError = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  code: ImportErrorCode,
  /** The offending cell, cut to 100 characters and masked for personal data. */
  value: z.string().nullable(),
  /** Substitutions for the message, e.g. { min: 1, max: 5 }. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  message: z.string(),
  messageEn: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

export const ImportReport = z.object({
  mode: z.enum(["preview", "commit"]),
  rows: z.number().int(),
  valid: z.number().int(),
  /** Rows already in the database (same dedupe key): skipped, not written again. */
  duplicates: z.number().int(),
  created: z.number().int(),
  /** The first errors (at most MAX_REPORTED_ERRORS); errorCount counts all. */
  errors: z.array(ImportRowError),
  errorCount: z.number().int(),
  /** A few mapped rows to show in the preview. */
  sample: z.array(z.record(z.string(), z.string())),
  committed: z.boolean(),
  importId: Id.nullable(),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const MAX_REPORTED_ERRORS = 1000;

/** One committed import, as the import history lists it. */
export const SurveyImport = z.object({
  id: Id,
  surveyId: Id,
  fileName: z.string(),
  sourceName: z.string(),
  rows: z.number().int(),
  created: z.number().int(),
  duplicates: z.number().int(),
  createdBy: Id.nullable(),
  createdAt: z.string(),
});
export type SurveyImport = z.infer<typeof SurveyImport>;

/** A mapping remembered for a header layout: the same columns next time recall it. */
export const SavedImportMapping = z.object({
  sourceName: z.string(),
  mapping: ImportMapping,
  updatedAt: z.string(),
});
export type SavedImportMapping = z.infer<typeof SavedImportMapping>;
