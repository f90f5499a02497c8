import type { Kysely } from "kysely";

// Follow-up calls (해피콜): per-hospital settings (retention, attempts, scripts), imported call lists,
// their entries (name and phone encrypted, masked beside), attempts, touchpoint ratings and issues.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("follow_up_settings")
    .addColumn("hospital_id", "text", (c) => c.primaryKey().references("hospitals.id").onDelete("cascade"))
    .addColumn("retention_days", "integer", (c) => c.notNull())
    .addColumn("max_attempts", "integer", (c) => c.notNull())
    // JSON { [journeyId]: script text }.
    .addColumn("scripts", "text", (c) => c.notNull())
    // Random per hospital: the row fingerprints of re-imports are not comparable across hospitals.
    .addColumn("salt", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("follow_up_lists")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("rows", "integer", (c) => c.notNull())
    .addColumn("created", "integer", (c) => c.notNull())
    .addColumn("duplicates", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("follow_up_lists_at")
    .on("follow_up_lists")
    .columns(["hospital_id", "created_at"])
    .execute();

  await db.schema
    .createTable("follow_up_entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("list_id", "text", (c) => c.notNull().references("follow_up_lists.id").onDelete("cascade"))
    // SHA-256 of the salt and the source's row id (or the row): re-imports are recognised, even after a purge.
    .addColumn("dedupe_key", "text", (c) => c.notNull())
    // AES-256-GCM (crypto/secret-box.ts); null after the retention period.
    .addColumn("name_encrypted", "text")
    .addColumn("name_masked", "text")
    .addColumn("phone_encrypted", "text")
    .addColumn("phone_masked", "text")
    .addColumn("visit_date", "text", (c) => c.notNull())
    .addColumn("department_id", "text", (c) => c.references("departments.id").onDelete("set null"))
    .addColumn("journey_id", "text", (c) => c.references("journeys.id").onDelete("set null"))
    .addColumn("assignee_user_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("last_attempt_at", "text")
    .addColumn("purged_at", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("follow_up_entries_dedupe")
    .unique()
    .on("follow_up_entries")
    .columns(["hospital_id", "dedupe_key"])
    .execute();
  const indexes: [string, string[]][] = [
    ["follow_up_entries_visit", ["hospital_id", "visit_date", "id"]],
    ["follow_up_entries_assignee", ["hospital_id", "assignee_user_id", "status"]],
    ["follow_up_entries_list", ["list_id"]],
    // The purge finds entries imported before the retention cut-off that still hold personal data.
    ["follow_up_entries_purge", ["hospital_id", "purged_at", "created_at"]],
  ];
  for (const [name, columns] of indexes) {
    await db.schema.createIndex(name).on("follow_up_entries").columns(columns).execute();
  }

  await db.schema
    .createTable("follow_up_attempts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("entry_id", "text", (c) => c.notNull().references("follow_up_entries.id").onDelete("cascade"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("caller_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("outcome", "text", (c) => c.notNull())
    // Masked before storage.
    .addColumn("note", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("follow_up_attempts_entry")
    .on("follow_up_attempts")
    .columns(["entry_id", "at"])
    .execute();

  await db.schema
    .createTable("follow_up_ratings")
    .addColumn("entry_id", "text", (c) => c.notNull().references("follow_up_entries.id").onDelete("cascade"))
    .addColumn("touchpoint_id", "text", (c) => c.notNull().references("touchpoints.id").onDelete("cascade"))
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("score", "integer", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("follow_up_ratings_pk", ["entry_id", "touchpoint_id"])
    .execute();
  await db.schema
    .createIndex("follow_up_ratings_touchpoint")
    .on("follow_up_ratings")
    .columns(["hospital_id", "touchpoint_id"])
    .execute();

  await db.schema
    .createTable("follow_up_issues")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("entry_id", "text", (c) => c.notNull().references("follow_up_entries.id").onDelete("cascade"))
    .addColumn("touchpoint_id", "text", (c) => c.references("touchpoints.id").onDelete("set null"))
    // Masked before storage.
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("voc_item_id", "text", (c) => c.references("voc_items.id").onDelete("set null"))
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("follow_up_issues_entry").on("follow_up_issues").columns(["entry_id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    "follow_up_issues",
    "follow_up_ratings",
    "follow_up_attempts",
    "follow_up_entries",
    "follow_up_lists",
    "follow_up_settings",
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
