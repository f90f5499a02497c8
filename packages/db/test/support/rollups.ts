import type { Kysely } from "kysely";
import type { DB } from "../../src/index.ts";

/**
 * Every rollup row of a hospital or of one survey, normalised (bigints as numbers) and sorted: what
 * tests compare with a full recomputation.
 */
export async function rollupRows(db: Kysely<DB>, scope: { hospitalId: string } | { surveyId: string }) {
  const [column, value] =
    "hospitalId" in scope ? (["hospital_id", scope.hospitalId] as const) : (["survey_id", scope.surveyId] as const);
  const scores = await db.selectFrom("rollup_scores").selectAll().where(column, "=", value).execute();
  const pairs = await db.selectFrom("rollup_pairs").selectAll().where(column, "=", value).execute();
  const norm = (rows: Record<string, unknown>[]) =>
    rows
      .map((r) =>
        JSON.stringify(Object.entries(r).map(([k, v]) => [k, typeof v === "string" ? v : Number(v as number)])),
      )
      .sort();
  return { scores: norm(scores), pairs: norm(pairs) };
}
