import type { Kysely } from "kysely";

// The VOC register (고객의 소리): items with their departments and history, the hospital's touchpoint
// suggestion model, personal saved views, and the access log of personal data (shared with the
// follow-up call list later, hence its generic record_type / record_id).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("voc_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("received_on", "text", (c) => c.notNull())
    .addColumn("touchpoint_id", "text", (c) => c.references("touchpoints.id").onDelete("set null"))
    .addColumn("stage_id", "text", (c) => c.references("stages.id").onDelete("set null"))
    .addColumn("severity", "text", (c) => c.notNull())
    // Masked before the insert (maskVocText): the raw text never reaches the database.
    .addColumn("text", "text", (c) => c.notNull())
    // AES-256-GCM `v1:iv:tag:ciphertext` (crypto/secret-box.ts) and its display form.
    .addColumn("contact_encrypted", "text")
    .addColumn("contact_masked", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("assigned_department_id", "text", (c) => c.references("departments.id").onDelete("set null"))
    .addColumn("assignee_user_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("due_on", "text")
    .addColumn("reply", "text")
    .addColumn("answered_at", "text")
    .addColumn("answered_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("closed_at", "text")
    .addColumn("closed_by", "text", (c) => c.references("users.id").onDelete("set null"))
    // JSON VocSuggestion made when the item was registered: what the model proposed, for accuracy later.
    .addColumn("suggestion", "text")
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  // The list pages newest first by (received_on, id); the filters narrow by one column each.
  const indexes: [string, string[]][] = [
    ["voc_items_received", ["hospital_id", "received_on", "id"]],
    ["voc_items_status", ["hospital_id", "status", "received_on"]],
    ["voc_items_touchpoint", ["hospital_id", "touchpoint_id", "received_on"]],
    ["voc_items_stage", ["hospital_id", "stage_id"]],
    ["voc_items_assignee", ["hospital_id", "assignee_user_id", "status"]],
    ["voc_items_assigned_department", ["hospital_id", "assigned_department_id", "status"]],
    ["voc_items_due", ["hospital_id", "status", "due_on"]],
  ];
  for (const [name, columns] of indexes) {
    await db.schema.createIndex(name).on("voc_items").columns(columns).execute();
  }

  await db.schema
    .createTable("voc_item_departments")
    .addColumn("voc_item_id", "text", (c) => c.notNull().references("voc_items.id").onDelete("cascade"))
    .addColumn("department_id", "text", (c) => c.notNull().references("departments.id").onDelete("cascade"))
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("voc_item_departments_pk", ["voc_item_id", "department_id"])
    .execute();
  await db.schema
    .createIndex("voc_item_departments_department")
    .on("voc_item_departments")
    .columns(["hospital_id", "department_id"])
    .execute();

  await db.schema
    .createTable("voc_history")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("voc_item_id", "text", (c) => c.notNull().references("voc_items.id").onDelete("cascade"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("changes", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("voc_history_item").on("voc_history").columns(["voc_item_id", "at"]).execute();

  await db.schema
    .createTable("voc_classifier_models")
    .addColumn("hospital_id", "text", (c) => c.primaryKey().references("hospitals.id").onDelete("cascade"))
    .addColumn("model", "text", (c) => c.notNull())
    .addColumn("trained_on", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("voc_saved_views")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("filter", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("voc_saved_views_user")
    .on("voc_saved_views")
    .columns(["hospital_id", "user_id", "name"])
    .execute();

  await db.schema
    .createTable("personal_data_access_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    // Kept when the account goes: the log outlives the people in it.
    .addColumn("actor_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("record_type", "text", (c) => c.notNull())
    .addColumn("record_id", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("purpose", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("personal_data_access_log_at")
    .on("personal_data_access_log")
    .columns(["hospital_id", "at", "id"])
    .execute();
  await db.schema
    .createIndex("personal_data_access_log_record")
    .on("personal_data_access_log")
    .columns(["hospital_id", "record_type", "record_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    "personal_data_access_log",
    "voc_saved_views",
    "voc_classifier_models",
    "voc_history",
    "voc_item_departments",
    "voc_items",
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
