import type { Result, SurveyImport } from "@motmap/core";
import type { HospitalContext } from "../context.ts";

/** Committed imports, newest first; all of the hospital's, or one survey's. */
export async function listSurveyImports(
  ctx: HospitalContext,
  opts: { surveyId?: string; limit?: number } = {},
): Promise<Result<SurveyImport[]>> {
  let q = ctx.db.selectFrom("survey_imports").selectAll().where("hospital_id", "=", ctx.hospitalId);
  if (opts.surveyId) q = q.where("survey_id", "=", opts.surveyId);
  const rows = await q
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(Math.min(Math.max(opts.limit ?? 100, 1), 500))
    .execute();
  return {
    ok: true,
    value: rows.map((r) => ({
      id: r.id,
      surveyId: r.survey_id,
      fileName: r.file_name,
      sourceName: r.source_name,
      rows: Number(r.rows),
      created: Number(r.created),
      duplicates: Number(r.duplicates),
      createdBy: r.created_by,
      createdAt: r.created_at,
    })),
  };
}
