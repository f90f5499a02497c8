import { type Kysely, sql } from "kysely";

// A patient's submit used to apply ~300 rollup upserts in its own transaction (17–20 ms). Now the
// response is written marked pending and the rollups are applied in batches shortly after — by a
// background loop, and before any dashboard query or delete reads them — in one transaction that also
// clears the mark, so every response is counted exactly once even across a crash.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("survey_responses")
    .addColumn("rollup_pending", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  // Partial: only the few pending rows are in it.
  await db.schema
    .createIndex("survey_responses_rollup_pending")
    .on("survey_responses")
    .columns(["hospital_id", "survey_id", "id"])
    .where(sql.ref("rollup_pending"), "=", 1)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("survey_responses_rollup_pending").execute();
  await db.schema.alterTable("survey_responses").dropColumn("rollup_pending").execute();
}
