import type { CreateTableBuilder, Kysely } from "kysely";

// Portable DDL: only text and integer columns, so one migration serves SQLite and PostgreSQL.
// Every hospital-data table carries hospital_id with a cascading foreign key.

type Builder = CreateTableBuilder<string, never>;

const scoped = (t: Builder) =>
  t
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull());

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("hospitals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await scoped(db.schema.createTable("sites"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();

  await scoped(db.schema.createTable("departments"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("code", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("site_id", "text", (c) => c.references("sites.id").onDelete("set null"))
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("departments_hospital").on("departments").columns(["hospital_id", "position"]).execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull().defaultTo("ko"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("memberships")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("memberships_pk", ["user_id", "hospital_id"])
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

  await scoped(db.schema.createTable("personas"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("segment", "text", (c) => c.notNull())
    .addColumn("age_group", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("goals", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("needs", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("frustrations", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("quote", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema.createIndex("personas_hospital").on("personas").column("hospital_id").execute();

  await scoped(db.schema.createTable("journeys"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("persona_id", "text", (c) => c.references("personas.id").onDelete("set null"))
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("journeys_hospital").on("journeys").column("hospital_id").execute();

  await scoped(db.schema.createTable("stages"))
    .addColumn("journey_id", "text", (c) => c.notNull().references("journeys.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("phase", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("goal", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("actions", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("thoughts", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("emotion", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("opportunities", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema.createIndex("stages_journey").on("stages").columns(["journey_id", "position"]).execute();

  await scoped(db.schema.createTable("touchpoints"))
    .addColumn("journey_id", "text", (c) => c.notNull().references("journeys.id").onDelete("cascade"))
    .addColumn("stage_id", "text", (c) => c.notNull().references("stages.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("moment", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("element", "text", (c) => c.notNull())
    .addColumn("service_standard", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("script", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("dos", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("donts", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("targets", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("importance", "integer")
    .execute();
  await db.schema.createIndex("touchpoints_stage").on("touchpoints").columns(["stage_id", "position"]).execute();
  await db.schema.createIndex("touchpoints_journey").on("touchpoints").column("journey_id").execute();

  await db.schema
    .createTable("touchpoint_departments")
    .addColumn("touchpoint_id", "text", (c) => c.notNull().references("touchpoints.id").onDelete("cascade"))
    .addColumn("department_id", "text", (c) => c.notNull().references("departments.id").onDelete("cascade"))
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("touchpoint_departments_pk", ["touchpoint_id", "department_id"])
    .execute();
  await db.schema
    .createIndex("touchpoint_departments_department")
    .on("touchpoint_departments")
    .column("department_id")
    .execute();

  await scoped(db.schema.createTable("pain_points"))
    .addColumn("journey_id", "text", (c) => c.notNull().references("journeys.id").onDelete("cascade"))
    .addColumn("stage_id", "text", (c) => c.references("stages.id").onDelete("cascade"))
    .addColumn("touchpoint_id", "text", (c) => c.references("touchpoints.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("frequency", "text", (c) => c.notNull())
    .addColumn("evidence", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("pain_points_journey").on("pain_points").column("journey_id").execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("user_id", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity_type", "text", (c) => c.notNull())
    .addColumn("entity_id", "text")
    .addColumn("before_json", "text")
    .addColumn("after_json", "text")
    .execute();
  await db.schema.createIndex("audit_log_hospital_at").on("audit_log").columns(["hospital_id", "at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    "audit_log",
    "pain_points",
    "touchpoint_departments",
    "touchpoints",
    "stages",
    "journeys",
    "personas",
    "sessions",
    "memberships",
    "users",
    "departments",
    "sites",
    "hospitals",
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
