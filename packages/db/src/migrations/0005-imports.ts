import type { Kysely } from "kysely";

// Bulk imports of survey responses: the mapping remembered per source (a header layout), the history of
// committed imports, and on each imported response the import that wrote it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("import_mappings")
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    // SHA-256 of the normalised header row: the same columns recall the same mapping.
    .addColumn("source_key", "text", (c) => c.notNull())
    .addColumn("source_name", "text", (c) => c.notNull())
    .addColumn("mapping", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addPrimaryKeyConstraint("import_mappings_pk", ["hospital_id", "kind", "source_key"])
    .execute();

  await db.schema
    .createTable("survey_imports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("survey_id", "text", (c) => c.notNull().references("surveys.id"))
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("source_name", "text", (c) => c.notNull())
    .addColumn("rows", "integer", (c) => c.notNull())
    .addColumn("created", "integer", (c) => c.notNull())
    .addColumn("duplicates", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("survey_imports_survey")
    .on("survey_imports")
    .columns(["hospital_id", "survey_id", "created_at"])
    .execute();

  // No foreign key: the responses are the record, the import row only their provenance.
  await db.schema.alterTable("survey_responses").addColumn("import_id", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("survey_responses").dropColumn("import_id").execute();
  await db.schema.dropTable("survey_imports").execute();
  await db.schema.dropTable("import_mappings").execute();
}
