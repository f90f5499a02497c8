import type { Kysely } from "kysely";

// Bulk import of VOC items: the history of committed imports, and on each imported item the import that
// wrote it and its key in the source (the source's own id, or a hash of the row), unique per hospital so
// importing the same file again creates nothing.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("voc_imports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("source_name", "text", (c) => c.notNull())
    .addColumn("journey_id", "text", (c) => c.references("journeys.id").onDelete("set null"))
    .addColumn("rows", "integer", (c) => c.notNull())
    .addColumn("created", "integer", (c) => c.notNull())
    .addColumn("duplicates", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("voc_imports_hospital")
    .on("voc_imports")
    .columns(["hospital_id", "created_at"])
    .execute();

  // No foreign key to voc_imports: the items are the record, the import row only their provenance.
  await db.schema.alterTable("voc_items").addColumn("import_id", "text").execute();
  await db.schema.alterTable("voc_items").addColumn("import_key", "text").execute();
  // NULLs (items registered by hand) do not collide in a unique index on SQLite or PostgreSQL.
  await db.schema
    .createIndex("voc_items_import_key")
    .unique()
    .on("voc_items")
    .columns(["hospital_id", "import_key"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("voc_items_import_key").execute();
  await db.schema.alterTable("voc_items").dropColumn("import_key").execute();
  await db.schema.alterTable("voc_items").dropColumn("import_id").execute();
  await db.schema.dropTable("voc_imports").execute();
}
