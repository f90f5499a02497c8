import type { Kysely } from "kysely";

// Surveys tied to touchpoints: the working definition, published snapshots, and responses with one
// answer row per question (so analytics aggregate per touchpoint in SQL).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("surveys")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("journey_id", "text", (c) => c.references("journeys.id").onDelete("set null"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("title_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("description_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft"))
    .addColumn("published_version", "integer")
    .addColumn("public_id", "text", (c) => c.notNull().unique())
    .addColumn("definition", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("surveys_hospital").on("surveys").column("hospital_id").execute();

  await db.schema
    .createTable("survey_versions")
    .addColumn("survey_id", "text", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    .addColumn("published_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("survey_versions_pk", ["survey_id", "number"])
    .execute();

  await db.schema
    .createTable("survey_responses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    // No cascade: a survey with responses is never deleted (deleteSurvey says close it instead);
    // the default NO ACTION still lets a hospital's cascade remove both in one statement.
    .addColumn("survey_id", "text", (c) => c.notNull().references("surveys.id"))
    .addColumn("survey_version", "integer", (c) => c.notNull())
    .addColumn("submitted_at", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("visit_date", "text")
    .addColumn("department_id", "text", (c) => c.references("departments.id").onDelete("set null"))
    .addColumn("segment", "text")
    .addColumn("submission_key", "text", (c) => c.notNull())
    .addUniqueConstraint("survey_responses_submission", ["survey_id", "submission_key"])
    .execute();
  await db.schema
    .createIndex("survey_responses_survey")
    .on("survey_responses")
    .columns(["survey_id", "submitted_at"])
    .execute();

  await db.schema
    .createTable("survey_answers")
    .addColumn("response_id", "text", (c) => c.notNull().references("survey_responses.id").onDelete("cascade"))
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("question_key", "text", (c) => c.notNull())
    .addColumn("touchpoint_id", "text")
    .addColumn("stage_id", "text")
    .addColumn("value", "integer")
    .addColumn("text_value", "text")
    .addColumn("choice_values", "text")
    .addPrimaryKeyConstraint("survey_answers_pk", ["response_id", "question_key"])
    .execute();
  await db.schema.createIndex("survey_answers_touchpoint").on("survey_answers").column("touchpoint_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ["survey_answers", "survey_responses", "survey_versions", "surveys"]) {
    await db.schema.dropTable(t).execute();
  }
}
