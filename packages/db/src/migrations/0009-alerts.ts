import type { Kysely } from "kysely";

// Service-recovery alerts: rules per touchpoint (or hospital-wide), the alerts they raised (one per rule
// and source, so a repeated event raises nothing new), who has read them, the hospital's SMTP server,
// e-mail recipients per department and the outbox the sender delivers after commit.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("alert_rules")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    // null: the hospital-wide default for touchpoints without a rule of their own.
    .addColumn("touchpoint_id", "text", (c) => c.references("touchpoints.id").onDelete("cascade"))
    .addColumn("threshold", "integer")
    .addColumn("min_severity", "text")
    .addColumn("enabled", "integer", (c) => c.notNull())
    // JSON list of departments notified besides the touchpoint's owners.
    .addColumn("department_ids", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("alert_rules_kind").on("alert_rules").columns(["hospital_id", "kind"]).execute();

  await db.schema
    .createTable("alerts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    // Kept when the rule goes: the alert happened.
    .addColumn("rule_id", "text", (c) => c.references("alert_rules.id").onDelete("set null"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("source_type", "text", (c) => c.notNull())
    .addColumn("source_id", "text", (c) => c.notNull())
    // The survey of a response, for the link to it.
    .addColumn("source_parent_id", "text")
    .addColumn("touchpoint_id", "text", (c) => c.references("touchpoints.id").onDelete("set null"))
    .addColumn("department_id", "text", (c) => c.references("departments.id").onDelete("set null"))
    // ",id,id," of every notified department, for the department filter.
    .addColumn("department_ids", "text", (c) => c.notNull())
    .addColumn("detail", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("alerts_once", ["rule_id", "source_type", "source_id"])
    .execute();
  await db.schema.createIndex("alerts_created").on("alerts").columns(["hospital_id", "created_at", "id"]).execute();
  await db.schema
    .createIndex("alerts_source")
    .on("alerts")
    .columns(["hospital_id", "source_type", "source_id"])
    .execute();

  await db.schema
    .createTable("alert_reads")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("alert_id", "text", (c) => c.notNull().references("alerts.id").onDelete("cascade"))
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("read_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("alert_reads_pk", ["user_id", "alert_id"])
    .execute();
  await db.schema.createIndex("alert_reads_alert").on("alert_reads").columns(["alert_id"]).execute();

  await db.schema
    .createTable("smtp_settings")
    .addColumn("hospital_id", "text", (c) => c.primaryKey().references("hospitals.id").onDelete("cascade"))
    .addColumn("host", "text", (c) => c.notNull())
    .addColumn("port", "integer", (c) => c.notNull())
    .addColumn("secure", "integer", (c) => c.notNull())
    .addColumn("username", "text", (c) => c.notNull())
    // AES-256-GCM `v1:iv:tag:ciphertext` (crypto/secret-box.ts); never returned by the API.
    .addColumn("password_encrypted", "text")
    .addColumn("from_address", "text", (c) => c.notNull())
    .addColumn("app_url", "text", (c) => c.notNull())
    .addColumn("enabled", "integer", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("alert_recipients")
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("department_id", "text", (c) => c.notNull().references("departments.id").onDelete("cascade"))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("alert_recipients_pk", ["department_id", "email"])
    .execute();
  await db.schema.createIndex("alert_recipients_hospital").on("alert_recipients").columns(["hospital_id"]).execute();

  await db.schema
    .createTable("alert_outbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("alert_id", "text", (c) => c.notNull().references("alerts.id").onDelete("cascade"))
    .addColumn("recipient", "text", (c) => c.notNull())
    // pending → sending → sent | failed (given up, or interrupted while sending: never resent).
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("last_error", "text")
    .addColumn("sent_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("alert_outbox_once", ["alert_id", "recipient"])
    .execute();
  await db.schema.createIndex("alert_outbox_due").on("alert_outbox").columns(["status", "next_attempt_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ["alert_outbox", "alert_recipients", "smtp_settings", "alert_reads", "alerts", "alert_rules"]) {
    await db.schema.dropTable(t).execute();
  }
}
