import { ImportMapping, type Result, type SavedImportMapping } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { IMPORT_KIND_SURVEY_RESPONSES, importSourceKey } from "./import-survey-responses.ts";

/**
 * The mapping last committed for a file with this header layout (case, spacing and punctuation of the
 * column names aside), or null: the wizard and the CLI start from it instead of a guess.
 */
export async function getImportMapping(
  ctx: HospitalContext,
  header: readonly string[],
): Promise<Result<SavedImportMapping | null>> {
  const row = await ctx.db
    .selectFrom("import_mappings")
    .select(["source_name", "mapping", "updated_at"])
    .where("hospital_id", "=", ctx.hospitalId)
    .where("kind", "=", IMPORT_KIND_SURVEY_RESPONSES)
    .where("source_key", "=", importSourceKey(header))
    .executeTakeFirst();
  if (!row) return { ok: true, value: null };
  const mapping = ImportMapping.safeParse(JSON.parse(row.mapping));
  // A mapping stored by an older version that no longer parses is as good as none.
  if (!mapping.success) return { ok: true, value: null };
  return { ok: true, value: { sourceName: row.source_name, mapping: mapping.data, updatedAt: row.updated_at } };
}
