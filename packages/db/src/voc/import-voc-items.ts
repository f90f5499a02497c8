import { createHash } from "node:crypto";
import {
  describeVocRow,
  IMPORT_KIND_VOC_ITEMS,
  type ImportReport,
  type ImportTouchpoint,
  INITIAL_VOC_WORKFLOW,
  type MappedVocRow,
  mapVocRow,
  planVocImport,
  type Result,
  type SavedVocImportMapping,
  suggestVoc,
  type VocImport,
  VocImportMapping,
  type VocSuggestionResult,
  type VocType,
  validate,
  vocCreatedHistory,
} from "@motmap/core";
import type { Transaction } from "kysely";
import { recordAudit } from "../audit/record-audit.ts";
import { type Executor, type HospitalContext, inTransaction, newSortableId, now } from "../context.ts";
import { secretBoxOf } from "../crypto/secret-boxes.ts";
import type { DB } from "../schema.ts";
import {
  addImportErrors,
  checkImportRows,
  closeImportRows,
  emptyImportReport,
  type ImportRowSource,
  previewImportRows,
  type RowChecks,
  RowsRejected,
} from "../shared/import-rows.ts";
import { importSourceKey } from "../surveys/import-survey-responses.ts";
import { insertVocHistory } from "./voc-history.ts";
import { currentVocModel } from "./voc-model.ts";
import { toVocItem, workflowColumns } from "./voc-rows.ts";

export interface ImportVocItemsInput extends ImportRowSource {
  header: string[];
  /** A VocImportMapping input; validated here. */
  mapping: unknown;
  /** preview: check every row and count duplicates, write nothing. commit: all rows or none. */
  mode: "preview" | "commit";
  fileName: string;
}

const PROGRESS_EVERY = 500;
const BATCH = 200;

const sha256 = (text: string) => createHash("sha256").update(text).digest();

async function loadDepartments(ctx: HospitalContext) {
  const rows = await ctx.db
    .selectFrom("departments")
    .select(["id", "name", "name_en", "code"])
    .where("hospital_id", "=", ctx.hospitalId)
    .execute();
  return rows.map((d) => ({ id: d.id, name: d.name, nameEn: d.name_en, code: d.code }));
}

/** The touchpoints of the chosen journey, or null when the journey is not this hospital's. */
async function loadJourneyTouchpoints(ctx: HospitalContext, journeyId: string): Promise<ImportTouchpoint[] | null> {
  const journey = await ctx.db
    .selectFrom("journeys")
    .select("id")
    .where("hospital_id", "=", ctx.hospitalId)
    .where("id", "=", journeyId)
    .executeTakeFirst();
  if (!journey) return null;
  const rows = await ctx.db
    .selectFrom("touchpoints as t")
    .innerJoin("stages as s", "s.id", "t.stage_id")
    .select(["t.id", "t.name", "s.id as stage_id", "s.name as stage_name"])
    .where("t.hospital_id", "=", ctx.hospitalId)
    .where("t.journey_id", "=", journeyId)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, stageId: r.stage_id, stageName: r.stage_name }));
}

/** Import keys are namespaced apart from anything else that may one day share the column. */
const importKey = (dedupeKey: string) => `import:${dedupeKey}`;

async function storedKeys(db: Executor, ctx: HospitalContext, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .selectFrom("voc_items")
    .select("import_key")
    .where("hospital_id", "=", ctx.hospitalId)
    .where("import_key", "in", keys)
    .execute();
  return new Set(rows.map((r) => r.import_key ?? ""));
}

/**
 * The classifier's suggestion for untagged rows: the model is read once per import, not per row (the
 * bulk-written tagged rows are learned when the model is next read, as currentVocModel retrains then).
 */
async function suggester(db: Executor, ctx: HospitalContext) {
  const { model, trainedOn } = await currentVocModel(db, ctx);
  const rows = await db
    .selectFrom("touchpoints as t")
    .innerJoin("stages as s", "s.id", "t.stage_id")
    .innerJoin("journeys as j", "j.id", "t.journey_id")
    .select(["t.id", "t.name", "s.id as stage_id", "s.name as stage_name", "j.id as journey_id", "j.title"])
    .where("t.hospital_id", "=", ctx.hospitalId)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (text: string): VocSuggestionResult => {
    if (text.trim() === "") return { touchpoints: [], types: [], trainedOn };
    const raw = suggestVoc(model, text, 8);
    const touchpoints = raw.touchpoints.flatMap((p) => {
      const r = byId.get(p.label);
      return r
        ? [
            {
              touchpointId: r.id,
              name: r.name,
              stageId: r.stage_id,
              stageName: r.stage_name,
              journeyId: r.journey_id,
              journeyTitle: r.title,
              probability: p.probability,
            },
          ]
        : [];
    });
    return {
      touchpoints: touchpoints.slice(0, 3),
      types: raw.types.map((p) => ({ type: p.label as VocType, probability: p.probability })),
      trainedOn,
    };
  };
}

/** Writes one batch of checked rows, skipping those already imported; returns how many it created. */
async function writeBatch(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  batch: MappedVocRow[],
  importId: string,
  suggest: (text: string) => VocSuggestionResult,
): Promise<number> {
  if (batch.length === 0) return 0;
  const existing = await storedKeys(
    trx,
    ctx,
    batch.map((r) => importKey(r.dedupeKey)),
  );
  const fresh = batch.filter((r) => !existing.has(importKey(r.dedupeKey)));
  if (fresh.length === 0) return 0;
  const box = secretBoxOf(ctx.db);
  const at = now();
  const rows = fresh.map((v) => ({
    id: newSortableId(),
    hospital_id: ctx.hospitalId,
    version: 1,
    created_at: at,
    updated_at: at,
    type: v.type,
    channel: v.channel,
    received_on: v.receivedOn,
    touchpoint_id: v.touchpointId,
    stage_id: v.stageId,
    severity: v.severity,
    // Already masked by mapVocRow.
    text: v.text,
    contact_encrypted: v.contact ? box.encrypt(v.contact.plain) : null,
    contact_masked: v.contact?.masked ?? null,
    ...workflowColumns(INITIAL_VOC_WORKFLOW),
    // Untagged rows keep the classifier's guess as a suggestion; the touchpoint stays empty until staff accept it.
    suggestion: v.touchpointId ? null : JSON.stringify(suggest(v.text)),
    created_by: ctx.actorId,
    import_id: importId,
    import_key: importKey(v.dedupeKey),
  }));
  await trx.insertInto("voc_items").values(rows).execute();
  const departments = rows.flatMap((row, i) =>
    (fresh[i]?.departmentIds ?? []).map((department_id, position) => ({
      voc_item_id: row.id,
      department_id,
      hospital_id: ctx.hospitalId,
      position,
    })),
  );
  if (departments.length > 0) await trx.insertInto("voc_item_departments").values(departments).execute();
  for (const [i, row] of rows.entries()) {
    await insertVocHistory(trx, ctx, row.id, {
      ...vocCreatedHistory("", at),
      note: "import",
      actorId: ctx.actorId,
    });
    const { import_id: _i, import_key: _k, ...plain } = row;
    await recordAudit(trx, ctx, "create", "voc_item", row.id, null, {
      ...toVocItem(plain, fresh[i]?.departmentIds ?? []),
      importId,
    });
  }
  return rows.length;
}

/**
 * Imports VOC items from a table (CSV / XLSX rows from @motmap/tabular) with a column mapping. Preview
 * checks every row and counts rows already imported; commit writes every row in one transaction — each
 * with its 'received' history line and audit row, the text masked, the contact encrypted — or, if any
 * row is bad, nothing. Rows already imported (same source id, or the same row hash) are skipped. A
 * committed import records a voc_imports row, an audit row, and remembers the mapping for this header.
 */
export async function importVocItems(ctx: HospitalContext, input: ImportVocItemsInput): Promise<Result<ImportReport>> {
  const parsed = validate(VocImportMapping, input.mapping);
  if (!parsed.ok) return closeImportRows(input, parsed);
  const mapping = parsed.value;
  let touchpoints: ImportTouchpoint[] = [];
  if (mapping.journeyId) {
    const found = await loadJourneyTouchpoints(ctx, mapping.journeyId);
    if (!found) {
      const message = `no journey ${mapping.journeyId} in this hospital`;
      return closeImportRows(input, {
        ok: false,
        error: { code: "validation_failed", message, issues: [{ path: "journeyId", message }] },
      });
    }
    touchpoints = found;
  }
  const startedAt = now();
  const planned = planVocImport(input.header, mapping, await loadDepartments(ctx), touchpoints, sha256);
  const report = emptyImportReport(input.mode);
  if (!planned.ok) {
    addImportErrors(report, planned.errors);
    return closeImportRows(input, { ok: true, value: report });
  }
  const plan = planned.plan;
  const checks: RowChecks<MappedVocRow> = {
    map: (cells, row) => mapVocRow(cells, row, plan),
    describe: (value) => describeVocRow(value, plan),
    progressEvery: PROGRESS_EVERY,
  };

  if (input.mode === "preview") {
    await previewImportRows(input, report, {
      ...checks,
      keyOf: (v) => importKey(v.dedupeKey),
      countStored: async (keys) => (await storedKeys(ctx.db, ctx, keys)).size,
      batch: BATCH,
    });
    return { ok: true, value: report };
  }

  const importId = newSortableId();
  const suggest = await suggester(ctx.db, ctx);
  try {
    await inTransaction(ctx, async (trx) => {
      let batch: MappedVocRow[] = [];
      for await (const value of checkImportRows(input, report, checks)) {
        // After a bad row nothing will be written: stop inserting, keep checking to report every bad row.
        if (report.errorCount > 0) continue;
        batch.push(value);
        if (batch.length >= BATCH) {
          report.created += await writeBatch(trx, ctx, batch, importId, suggest);
          batch = [];
        }
      }
      if (report.errorCount === 0) report.created += await writeBatch(trx, ctx, batch, importId, suggest);
      if (report.errorCount > 0) {
        report.created = 0;
        throw new RowsRejected(report);
      }
      report.duplicates = report.valid - report.created;
      await trx
        .insertInto("voc_imports")
        .values({
          id: importId,
          hospital_id: ctx.hospitalId,
          file_name: input.fileName.slice(0, 255),
          source_name: mapping.sourceName,
          journey_id: mapping.journeyId,
          rows: report.rows,
          created: report.created,
          duplicates: report.duplicates,
          created_by: ctx.actorId,
          created_at: startedAt,
        })
        .execute();
      await recordAudit(trx, ctx, "create", "voc_import", importId, null, {
        fileName: input.fileName,
        sourceName: mapping.sourceName,
        rows: report.rows,
        created: report.created,
        duplicates: report.duplicates,
      });
      const remembered = JSON.stringify(mapping);
      await trx
        .insertInto("import_mappings")
        .values({
          hospital_id: ctx.hospitalId,
          kind: IMPORT_KIND_VOC_ITEMS,
          source_key: importSourceKey(input.header),
          source_name: mapping.sourceName,
          mapping: remembered,
          updated_at: startedAt,
          updated_by: ctx.actorId,
        })
        .onConflict((oc) =>
          oc.columns(["hospital_id", "kind", "source_key"]).doUpdateSet({
            source_name: mapping.sourceName,
            mapping: remembered,
            updated_at: startedAt,
            updated_by: ctx.actorId,
          }),
        )
        .execute();
    });
  } catch (e) {
    if (e instanceof RowsRejected) return { ok: true, value: e.report };
    throw e;
  }
  report.committed = true;
  report.importId = importId;
  return { ok: true, value: report };
}

/** The VOC mapping last committed for a file with this header layout, or null. */
export async function getVocImportMapping(
  ctx: HospitalContext,
  header: readonly string[],
): Promise<Result<SavedVocImportMapping | null>> {
  const row = await ctx.db
    .selectFrom("import_mappings")
    .select(["source_name", "mapping", "updated_at"])
    .where("hospital_id", "=", ctx.hospitalId)
    .where("kind", "=", IMPORT_KIND_VOC_ITEMS)
    .where("source_key", "=", importSourceKey(header))
    .executeTakeFirst();
  if (!row) return { ok: true, value: null };
  const mapping = VocImportMapping.safeParse(JSON.parse(row.mapping));
  if (!mapping.success) return { ok: true, value: null };
  return { ok: true, value: { sourceName: row.source_name, mapping: mapping.data, updatedAt: row.updated_at } };
}

/** Committed VOC imports, newest first. */
export async function listVocImports(
  ctx: HospitalContext,
  opts: { limit?: number } = {},
): Promise<Result<VocImport[]>> {
  const rows = await ctx.db
    .selectFrom("voc_imports")
    .selectAll()
    .where("hospital_id", "=", ctx.hospitalId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(Math.min(Math.max(opts.limit ?? 100, 1), 500))
    .execute();
  return {
    ok: true,
    value: rows.map((r) => ({
      id: r.id,
      fileName: r.file_name,
      sourceName: r.source_name,
      journeyId: r.journey_id,
      rows: Number(r.rows),
      created: Number(r.created),
      duplicates: Number(r.duplicates),
      createdBy: r.created_by,
      createdAt: r.created_at,
    })),
  };
}
