import { createHash, randomBytes } from "node:crypto";
import {
  describeFollowUpRow,
  FollowUpImportMapping,
  type FollowUpImportReport,
  type FollowUpRowError,
  followUpRowError,
  formatPhone,
  MAX_REPORTED_ERRORS,
  type MappedFollowUpRow,
  mapFollowUpRow,
  maskName,
  maskPhone,
  notFound,
  planFollowUpImport,
  type Result,
  suggestFollowUpMapping,
  validate,
} from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type Executor, type HospitalContext, newSortableId, now, transact } from "../context.ts";
import { secretBoxOf } from "../crypto/secret-boxes.ts";
import { RowsRejected } from "../shared/import-rows.ts";
import { ensureSettings, loadSettings } from "./follow-up-rows.ts";

export interface ImportFollowUpListInput {
  header: string[];
  rows: AsyncIterable<{ row: number; cells: string[] }>;
  /** A FollowUpImportMapping input; without one, the mapping suggested from the header. */
  mapping?: unknown;
  mode: "preview" | "commit";
  fileName: string;
  /** A name for the list ("3월 2주 외래 해피콜"); the file name when empty. */
  name?: string;
}

/** A call list is worked by hand: tens of thousands of rows is a mistake, not a list. */
export const MAX_CALL_LIST_ROWS = 20_000;
const SAMPLE_ROWS = 5;
const LOOKUP_BATCH = 500;

/**
 * The fingerprint a re-import is recognised by: the source's row id when a column is mapped to it,
 * otherwise the row's content. Salted per hospital, so the stored key is no bare hash of a phone number.
 */
export function followUpFingerprint(
  salt: string,
  r: Pick<MappedFollowUpRow, "dedupeKey" | "name" | "phone" | "visitDate" | "departmentId" | "journeyId">,
): string {
  const basis =
    r.dedupeKey !== null
      ? `k:${r.dedupeKey}`
      : `r:${r.name.normalize("NFKC").replace(/\s+/gu, "")}|${r.phone}|${r.visitDate}|${r.departmentId ?? ""}|${r.journeyId ?? ""}`;
  return createHash("sha256").update(`${salt}\n${basis}`).digest("base64url");
}

async function existingKeys(db: Executor, hospitalId: string, keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += LOOKUP_BATCH) {
    const rows = await db
      .selectFrom("follow_up_entries")
      .select("dedupe_key")
      .where("hospital_id", "=", hospitalId)
      .where("dedupe_key", "in", keys.slice(i, i + LOOKUP_BATCH))
      .execute();
    for (const r of rows) found.add(r.dedupe_key);
  }
  return found;
}

/**
 * Imports a call list (해피콜 대상자): the same steps as the survey import — a column mapping, a preview
 * that checks every row and reports bad rows in Korean and English, then an all-or-nothing commit that
 * skips rows already imported. Names and phone numbers are encrypted before the insert and kept masked
 * beside; the report, the audit row and the errors only ever hold masked values.
 */
export async function importFollowUpList(
  ctx: HospitalContext,
  input: ImportFollowUpListInput,
): Promise<Result<FollowUpImportReport>> {
  const suggested = suggestFollowUpMapping(input.header);
  const parsedMapping = validate(FollowUpImportMapping, input.mapping ?? suggested);
  const base = {
    mode: input.mode,
    header: input.header,
    suggestedMapping: suggested,
    created: 0,
    committed: false,
    listId: null,
  };
  if (!parsedMapping.ok) {
    // A preview without a usable mapping still answers with the header and the suggestion.
    if (input.mapping === undefined && input.mode === "preview") {
      return {
        ok: true,
        value: { ...base, rows: 0, valid: 0, duplicates: 0, errors: [], errorCount: 0, sample: [] },
      };
    }
    return {
      ok: false,
      error: {
        ...parsedMapping.error,
        issues: parsedMapping.error.issues?.map((i) => ({ ...i, path: `mapping${i.path ? `.${i.path}` : ""}` })),
      },
    };
  }
  const mapping = parsedMapping.value;
  if (mapping.defaultJourneyId) {
    const j = await ctx.db
      .selectFrom("journeys")
      .select("id")
      .where("id", "=", mapping.defaultJourneyId)
      .where("hospital_id", "=", ctx.hospitalId)
      .executeTakeFirst();
    if (!j) return { ok: false, error: notFound("journey", mapping.defaultJourneyId) };
  }
  const departments = await ctx.db
    .selectFrom("departments")
    .select(["id", "name", "name_en", "code"])
    .where("hospital_id", "=", ctx.hospitalId)
    .execute();
  const journeys = await ctx.db
    .selectFrom("journeys")
    .select(["id", "title"])
    .where("hospital_id", "=", ctx.hospitalId)
    .execute();
  const { plan, errors: planErrors } = planFollowUpImport(
    input.header,
    mapping,
    departments.map((d) => ({ id: d.id, name: d.name, nameEn: d.name_en, code: d.code })),
    journeys,
  );
  const names = {
    departments: new Map(departments.map((d) => [d.id, d.name])),
    journeys: new Map(journeys.map((j) => [j.id, j.title])),
  };

  const errors: FollowUpRowError[] = [...planErrors];
  let errorCount = planErrors.length;
  const push = (e: FollowUpRowError) => {
    errorCount++;
    if (errors.length < MAX_REPORTED_ERRORS) errors.push(e);
  };
  const mapped: MappedFollowUpRow[] = [];
  let rows = 0;
  for await (const r of input.rows) {
    rows++;
    if (rows > MAX_CALL_LIST_ROWS) {
      return {
        ok: false,
        error: {
          code: "validation_failed",
          message: `a call list has at most ${MAX_CALL_LIST_ROWS} rows: split the file`,
          issues: [{ path: "content", message: `at most ${MAX_CALL_LIST_ROWS} rows` }],
        },
      };
    }
    if (planErrors.length > 0) continue;
    const m = mapFollowUpRow(r.cells, r.row, plan, input.header);
    if (m.ok) mapped.push(m.value);
    else for (const e of m.errors) push(e);
  }

  /** Fingerprints, in-file duplicates (errors) and rows already stored (skipped). */
  const check = async (db: Executor, salt: string) => {
    const firstRowOf = new Map<string, number>();
    const keyed: { row: MappedFollowUpRow; key: string }[] = [];
    const dedupeColumn = mapping.columns.find((c) => c.target === "dedupe_key")?.column ?? null;
    for (const r of mapped) {
      const key = followUpFingerprint(salt, r);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        push(followUpRowError(r.row, dedupeColumn, "duplicate_in_file", r.dedupeKey ?? "", first));
        continue;
      }
      firstRowOf.set(key, r.row);
      keyed.push({ row: r, key });
    }
    const stored = await existingKeys(
      db,
      ctx.hospitalId,
      keyed.map((k) => k.key),
    );
    const fresh = keyed.filter((k) => !stored.has(k.key));
    return { fresh, duplicates: keyed.length - fresh.length, valid: keyed.length };
  };

  const reportOf = (
    valid: number,
    duplicates: number,
    created: number,
    listId: string | null,
  ): FollowUpImportReport => ({
    ...base,
    rows,
    valid,
    duplicates,
    created,
    errors: errors.sort((a, b) => a.row - b.row),
    errorCount,
    sample: mapped.slice(0, SAMPLE_ROWS).map((r) => describeFollowUpRow(r, names)),
    committed: listId !== null,
    listId,
  });

  if (input.mode === "preview") {
    const settings = await loadSettings(ctx.db, ctx.hospitalId);
    // Without settings there is no salt yet, and so no stored entry to find.
    const { valid, duplicates } = await check(ctx.db, settings.salt ?? randomBytes(16).toString("base64"));
    return { ok: true, value: reportOf(valid, duplicates, 0, null) };
  }

  const box = secretBoxOf(ctx.db);
  try {
    return await transact(ctx, async (trx) => {
      const at = now();
      const settings = await ensureSettings(trx, ctx.hospitalId, at);
      const { fresh, duplicates, valid } = await check(trx, settings.salt as string);
      if (errorCount > 0) throw new RowsRejected<FollowUpImportReport>(reportOf(valid, duplicates, 0, null));
      const listId = newSortableId();
      await trx
        .insertInto("follow_up_lists")
        .values({
          id: listId,
          hospital_id: ctx.hospitalId,
          name: (input.name ?? "").trim().slice(0, 100) || input.fileName.slice(0, 100),
          file_name: input.fileName.slice(0, 200),
          rows,
          created: fresh.length,
          duplicates,
          created_by: ctx.actorId,
          created_at: at,
        })
        .execute();
      const values = fresh.map(({ row: r, key }) => {
        const phone = formatPhone(r.phone);
        return {
          id: newSortableId(),
          hospital_id: ctx.hospitalId,
          list_id: listId,
          dedupe_key: key,
          name_encrypted: box.encrypt(r.name),
          name_masked: maskName(r.name),
          phone_encrypted: box.encrypt(phone),
          phone_masked: maskPhone(phone),
          visit_date: r.visitDate,
          department_id: r.departmentId,
          journey_id: r.journeyId,
          assignee_user_id: null,
          status: "pending",
          attempts: 0,
          last_attempt_at: null,
          purged_at: null,
          version: 1,
          created_at: at,
          updated_at: at,
        };
      });
      for (let i = 0; i < values.length; i += 200) {
        await trx
          .insertInto("follow_up_entries")
          .values(values.slice(i, i + 200))
          .execute();
      }
      await recordAudit(trx, ctx, "import", "follow_up_list", listId, null, {
        fileName: input.fileName,
        rows,
        created: fresh.length,
        duplicates,
      });
      return reportOf(valid, duplicates, fresh.length, listId);
    });
  } catch (e) {
    if (e instanceof RowsRejected) return { ok: true, value: e.report as FollowUpImportReport };
    throw e;
  }
}
