import { createHash } from "node:crypto";
import {
  checkMappingQuestions,
  type ImportDepartment,
  ImportMapping,
  type ImportReport,
  MAX_REPORTED_ERRORS,
  normaliseHeaderRow,
  notFound,
  planResponseImport,
  type Result,
  type SurveyDefinition,
  validate,
} from "@motmap/core";
import type { Kysely } from "kysely";
import { SurveyAlertBatch } from "../alerts/raise-source-alerts.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, inTransaction, newSortableId, now } from "../context.ts";
import { type RollupAggregates, RollupBatch } from "../insight/apply-response-rollups.ts";
import type { DB } from "../schema.ts";
import {
  addImportErrors,
  closeImportRows,
  emptyImportReport,
  type ImportRowSource,
  RowsRejected,
} from "../shared/import-rows.ts";
import { type EncodeImportOptions, encodeImportRows } from "./encode-import-rows.ts";
import { type EncodedBatch, FIELD, RESPONSE_FIELDS, type ResponseEncoderSetup } from "./encode-response-rows.ts";
import { encodedOutputFor, openResponseWriter } from "./insert-imported-responses.ts";

export { importSubmissionKey } from "./encode-response-rows.ts";

export interface ImportSurveyResponsesInput extends ImportRowSource {
  header: string[];
  /** An ImportMapping input; validated here. */
  mapping: unknown;
  /** preview: check every row and count duplicates, write nothing. commit: all rows or none. */
  mode: "preview" | "commit";
  fileName: string;
  /**
   * Tests: rows per batch, which encoder was chosen (a worker thread beyond one batch), when it takes over,
   * whether it may read the rest of the file itself.
   */
  encoding?: Pick<EncodeImportOptions, "batchRows" | "onEncoder" | "awaitWorkerAt" | "workerReads">;
}

export const IMPORT_KIND_SURVEY_RESPONSES = "survey_responses";
const PROGRESS_EVERY = 5000;
const PREVIEW_LOOKUP_BATCH = 1000;
const SAMPLE_ROWS = 5;

const sha256 = (text: string) => createHash("sha256").update(text).digest();

/** The key a mapping is remembered under: a SHA-256 of the normalised header row. */
export function importSourceKey(header: readonly string[]): string {
  return createHash("sha256").update(normaliseHeaderRow(header)).digest("hex");
}

async function loadPublished(ctx: HospitalContext, surveyId: string) {
  const survey = await ctx.db
    .selectFrom("surveys")
    .select(["id", "published_version"])
    .where("id", "=", surveyId)
    .where("hospital_id", "=", ctx.hospitalId)
    .executeTakeFirst();
  if (!survey) return { ok: false as const, error: notFound("survey", surveyId) };
  if (survey.published_version === null) {
    return {
      ok: false as const,
      error: {
        code: "validation_failed" as const,
        message: "the survey has no published version: publish it before importing responses",
        issues: [{ path: "surveyId", message: "the survey has no published version" }],
      },
    };
  }
  const version = await ctx.db
    .selectFrom("survey_versions")
    .select(["number", "definition"])
    .where("survey_id", "=", surveyId)
    .where("hospital_id", "=", ctx.hospitalId)
    .where("number", "=", survey.published_version)
    .executeTakeFirstOrThrow();
  return {
    ok: true as const,
    value: { number: Number(version.number), definition: JSON.parse(version.definition) as SurveyDefinition },
  };
}

async function loadDepartments(ctx: HospitalContext): Promise<ImportDepartment[]> {
  const rows = await ctx.db
    .selectFrom("departments")
    .select(["id", "name", "name_en", "code"])
    .where("hospital_id", "=", ctx.hospitalId)
    .execute();
  return rows.map((d) => ({ id: d.id, name: d.name, nameEn: d.name_en, code: d.code }));
}

/** Adds a mapped batch's rows, errors and samples to the report. */
function addBatch(report: ImportReport, batch: EncodedBatch): void {
  report.rows += batch.rows;
  report.valid += batch.valid;
  for (const e of batch.errors) if (report.errors.length < MAX_REPORTED_ERRORS) report.errors.push(e);
  report.errorCount += batch.errorCount;
  for (const row of batch.sample) if (report.sample.length < SAMPLE_ROWS) report.sample.push(row);
}

async function countStored(db: Kysely<DB>, surveyId: string, keys: string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const r = await db
    .selectFrom("survey_responses")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("survey_id", "=", surveyId)
    .where("submission_key", "in", keys)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Imports survey responses from a table (CSV / XLSX rows from @motmap/tabular) with a column mapping,
 * against the survey's published version. Preview checks every row and counts rows already imported;
 * commit writes all rows in one transaction or, if any row is bad, nothing. Rows stream through: only
 * counts, the first MAX_REPORTED_ERRORS errors and a few sample rows are kept. A committed import
 * records a survey_imports row, an audit row and remembers the mapping for this header layout.
 */
export async function importSurveyResponses(
  ctx: HospitalContext,
  surveyId: string,
  input: ImportSurveyResponsesInput,
): Promise<Result<ImportReport>> {
  const parsed = validate(ImportMapping, input.mapping);
  if (!parsed.ok) return closeImportRows(input, parsed);
  const mapping = parsed.value;
  const published = await loadPublished(ctx, surveyId);
  if (!published.ok) return closeImportRows(input, published);
  const issues = checkMappingQuestions(mapping, published.value.definition);
  if (issues.length > 0) {
    const first = issues[0];
    return closeImportRows(input, {
      ok: false,
      error: { code: "validation_failed", message: `${first?.path}: ${first?.message}`, issues },
    });
  }
  const startedAt = now();
  // Planned here to report a bad mapping at once; the encoder plans again (in its worker) to map the rows.
  const departments = await loadDepartments(ctx);
  const planned = planResponseImport(input.header, mapping, published.value.definition, departments, {
    sha256,
    importedAt: startedAt,
  });
  const report = emptyImportReport(input.mode);
  if (!planned.ok) {
    addImportErrors(report, planned.errors);
    return closeImportRows(input, { ok: true, value: report });
  }
  const setup = (
    output: ResponseEncoderSetup["output"],
    rollups: ResponseEncoderSetup["rollups"],
    rules: ResponseEncoderSetup["rules"],
  ) => ({
    header: input.header,
    mapping,
    definition: published.value.definition,
    departments,
    importedAt: startedAt,
    rollups,
    rules,
    output,
  });
  const options = { progressEvery: PROGRESS_EVERY, ...input.encoding };

  if (input.mode === "preview") {
    for await (const batch of encodeImportRows(input, setup("preview", null, []), options)) {
      addBatch(report, batch);
      for (let i = 0; i < batch.valid; i += PREVIEW_LOOKUP_BATCH) {
        const keys: string[] = [];
        for (let k = i; k < Math.min(batch.valid, i + PREVIEW_LOOKUP_BATCH); k++) {
          keys.push(batch.params[k * RESPONSE_FIELDS + FIELD.submissionKey] as string);
        }
        report.duplicates += await countStored(ctx.db, surveyId, keys);
      }
    }
    return { ok: true, value: report };
  }

  const importId = newSortableId();
  let release = () => {};
  try {
    await inTransaction(ctx, async (trx) => {
      const rollups = new RollupBatch(surveyId, new Map([[published.value.number, published.value.definition]]));
      const writer = openResponseWriter(ctx, trx, {
        surveyId,
        surveyVersion: published.value.number,
        importId,
        rollups,
      });
      release = () => writer.release();
      const alerts = await SurveyAlertBatch.open(trx, ctx.hospitalId);
      // The encoder aggregates the rollups of every valid row; the writer takes back the rows it skipped.
      const counted = { surveyId, version: published.value.number, timeZone: rollups.timeZone };
      let aggregates: RollupAggregates[] = [];
      const rows = encodeImportRows(input, setup(encodedOutputFor(ctx.db), counted, alerts.rules), {
        ...options,
        onRollups: (a) => {
          aggregates = a;
        },
      });
      try {
        for await (const batch of rows) {
          addBatch(report, batch);
          // After a bad row nothing will be written: stop inserting, keep checking to report every bad row.
          if (report.errorCount === 0) {
            for (const [k, fired] of batch.fired) {
              alerts.record(batch.params[k * RESPONSE_FIELDS + FIELD.submissionKey] as string, fired);
            }
            const added = writer.addEncoded(batch);
            if (added) await added;
          }
        }
      } finally {
        report.created = await writer.finish();
      }
      if (report.errorCount > 0) {
        report.created = 0;
        throw new RowsRejected(report);
      }
      report.duplicates = report.valid - report.created;
      for (const a of aggregates) rollups.merge(a);
      await rollups.apply(trx, ctx);
      // Alerts of the low answers among the rows created (kept in memory while streaming).
      await alerts.apply(trx, ctx, surveyId, importId);
      await trx
        .insertInto("survey_imports")
        .values({
          id: importId,
          hospital_id: ctx.hospitalId,
          survey_id: surveyId,
          file_name: input.fileName.slice(0, 255),
          source_name: mapping.sourceName,
          rows: report.rows,
          created: report.created,
          duplicates: report.duplicates,
          created_by: ctx.actorId,
          created_at: startedAt,
        })
        .execute();
      await recordAudit(trx, ctx, "create", "survey_import", importId, null, {
        surveyId,
        surveyVersion: published.value.number,
        fileName: input.fileName,
        sourceName: mapping.sourceName,
        rows: report.rows,
        created: report.created,
        duplicates: report.duplicates,
      });
      await trx
        .insertInto("import_mappings")
        .values({
          hospital_id: ctx.hospitalId,
          kind: IMPORT_KIND_SURVEY_RESPONSES,
          source_key: importSourceKey(input.header),
          source_name: mapping.sourceName,
          mapping: JSON.stringify(mapping),
          updated_at: startedAt,
          updated_by: ctx.actorId,
        })
        .onConflict((oc) =>
          oc.columns(["hospital_id", "kind", "source_key"]).doUpdateSet({
            source_name: mapping.sourceName,
            mapping: JSON.stringify(mapping),
            updated_at: startedAt,
            updated_by: ctx.actorId,
          }),
        )
        .execute();
    });
  } catch (e) {
    if (e instanceof RowsRejected) return { ok: true, value: e.report };
    throw e;
  } finally {
    release();
  }
  report.committed = true;
  report.importId = importId;
  return { ok: true, value: report };
}
