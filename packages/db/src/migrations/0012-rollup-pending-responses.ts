import { type Kysely, sql } from "kysely";

// Pending rollups move from a flag on each response to a narrow queue. Clearing the flag rewrote the
// whole response row (its answers document: most of a page each), so applying 15,000 public submits
// rewrote 15,000 pages and wrote as many WAL frames; deleting a 100-byte queue row touches a shared page.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("rollup_pending_responses")
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("survey_id", "text", (c) => c.notNull())
    // No foreign key: a response deleted while pending leaves a row the applier drops (insight/apply-pending-rollups.ts).
    .addColumn("response_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("rollup_pending_responses_pk", ["hospital_id", "survey_id", "response_id"])
    .execute();
  await sql`insert into rollup_pending_responses (hospital_id, survey_id, response_id)
    select hospital_id, survey_id, id from survey_responses where rollup_pending = 1`.execute(db);
  await db.schema.dropIndex("survey_responses_rollup_pending").execute();
  await db.schema.alterTable("survey_responses").dropColumn("rollup_pending").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("survey_responses")
    .addColumn("rollup_pending", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update survey_responses set rollup_pending = 1
    where id in (select response_id from rollup_pending_responses)`.execute(db);
  await db.schema
    .createIndex("survey_responses_rollup_pending")
    .on("survey_responses")
    .columns(["hospital_id", "survey_id", "id"])
    .where(sql.ref("rollup_pending"), "=", 1)
    .execute();
  await db.schema.dropTable("rollup_pending_responses").execute();
}
