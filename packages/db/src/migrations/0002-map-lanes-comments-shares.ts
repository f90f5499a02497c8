import type { Kysely } from "kysely";

// The journey map: as-is / to-be variants, the lane layout, custom lanes with per-stage cells,
// staff comments, and read-only share links.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("journeys")
    .addColumn("variant", "text", (c) => c.notNull().defaultTo("as_is"))
    .execute();
  await db.schema
    .alterTable("journeys")
    .addColumn("based_on_id", "text", (c) => c.references("journeys.id").onDelete("set null"))
    .execute();
  await db.schema.alterTable("journeys").addColumn("lane_layout", "text").execute();
  // Owners keep the order they were given in: the first is the lead department.
  await db.schema
    .alterTable("touchpoint_departments")
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable("journey_lanes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("journey_id", "text", (c) => c.notNull().references("journeys.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("journey_lanes_journey").on("journey_lanes").column("journey_id").execute();

  await db.schema
    .createTable("lane_cells")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("lane_id", "text", (c) => c.notNull().references("journey_lanes.id").onDelete("cascade"))
    .addColumn("stage_id", "text", (c) => c.notNull().references("stages.id").onDelete("cascade"))
    .addColumn("text", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("score", "integer")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("lane_cells_lane_stage", ["lane_id", "stage_id"])
    .execute();

  await db.schema
    .createTable("comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("journey_id", "text", (c) => c.notNull().references("journeys.id").onDelete("cascade"))
    .addColumn("stage_id", "text", (c) => c.references("stages.id").onDelete("cascade"))
    .addColumn("touchpoint_id", "text", (c) => c.references("touchpoints.id").onDelete("cascade"))
    .addColumn("author_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("author_name", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("comments_journey").on("comments").columns(["journey_id", "created_at"]).execute();

  await db.schema
    .createTable("journey_shares")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("journey_id", "text", (c) => c.notNull().references("journeys.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createIndex("journey_shares_journey").on("journey_shares").column("journey_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ["journey_shares", "comments", "lane_cells", "journey_lanes"]) await db.schema.dropTable(t).execute();
  await db.schema.alterTable("touchpoint_departments").dropColumn("position").execute();
  for (const c of ["lane_layout", "based_on_id", "variant"])
    await db.schema.alterTable("journeys").dropColumn(c).execute();
}
