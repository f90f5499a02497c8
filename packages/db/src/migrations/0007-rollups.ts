import type { Kysely } from "kysely";

const COUNT_COLUMNS = Array.from({ length: 11 }, (_, i) => `c${i}`);

// Insight rollups (issue 7): sufficient statistics of numeric answers kept in step with every insert,
// import and delete, so a dashboard reads thousands of rollup rows instead of scanning millions of
// responses. Sums are integers (answers are integers), so an incrementally kept row is *equal* to a full
// recomputation. bigint because Σy² of NPS answers passes 2^31 at ~21 M answers in one row.
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per (survey, grain, period, slice, question). grain: month | week (ISO). slice: all ("")
  // | department | site | segment | channel, one dimension at a time — never their cross product,
  // which is what keeps the table at ~250 k rows for 10 M responses (62 questions × 128 periods × ~32 slices).
  let scores = db.schema
    .createTable("rollup_scores")
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("survey_id", "text", (c) => c.notNull())
    .addColumn("grain", "text", (c) => c.notNull())
    .addColumn("slice", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("slice_value", "text", (c) => c.notNull())
    .addColumn("question_key", "text", (c) => c.notNull())
    // "" when the question concerns no touchpoint (overall satisfaction, NPS).
    .addColumn("touchpoint_id", "text", (c) => c.notNull())
    .addColumn("question_type", "text", (c) => c.notNull())
    .addColumn("scale_min", "integer", (c) => c.notNull())
    .addColumn("scale_max", "integer", (c) => c.notNull())
    .addColumn("n", "bigint", (c) => c.notNull())
    .addColumn("sum", "bigint", (c) => c.notNull())
    .addColumn("sum_sq", "bigint", (c) => c.notNull());
  // c<i>: answers equal to scale_min + i (11 points cover NPS 0–10, satisfaction 1–5/1–7, importance 1–5).
  for (const col of COUNT_COLUMNS) scores = scores.addColumn(col, "bigint", (c) => c.notNull().defaultTo(0));
  await scores
    .addPrimaryKeyConstraint("rollup_scores_pk", [
      "hospital_id",
      "survey_id",
      "grain",
      "slice",
      "period",
      "slice_value",
      "question_key",
      "touchpoint_id",
      "question_type",
      "scale_max",
    ])
    .execute();

  // Co-moments of (a touchpoint's satisfaction, an overall question: overall satisfaction or NPS) in the
  // same responses, per month and slice: Pearson's r for derived importance without touching responses.
  await db.schema
    .createTable("rollup_pairs")
    .addColumn("hospital_id", "text", (c) => c.notNull().references("hospitals.id").onDelete("cascade"))
    .addColumn("survey_id", "text", (c) => c.notNull())
    .addColumn("slice", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("slice_value", "text", (c) => c.notNull())
    .addColumn("x_key", "text", (c) => c.notNull())
    .addColumn("touchpoint_id", "text", (c) => c.notNull())
    .addColumn("y_key", "text", (c) => c.notNull())
    .addColumn("n", "bigint", (c) => c.notNull())
    .addColumn("sum_x", "bigint", (c) => c.notNull())
    .addColumn("sum_y", "bigint", (c) => c.notNull())
    .addColumn("sum_xy", "bigint", (c) => c.notNull())
    .addColumn("sum_xx", "bigint", (c) => c.notNull())
    .addColumn("sum_yy", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("rollup_pairs_pk", [
      "hospital_id",
      "survey_id",
      "slice",
      "period",
      "slice_value",
      "x_key",
      "touchpoint_id",
      "y_key",
    ])
    .execute();

  // Per-hospital insight settings: the priority weights (JSON of PriorityWeights).
  await db.schema
    .createTable("insight_settings")
    .addColumn("hospital_id", "text", (c) => c.primaryKey().references("hospitals.id").onDelete("cascade"))
    .addColumn("priority_weights", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("insight_settings").execute();
  await db.schema.dropTable("rollup_pairs").execute();
  await db.schema.dropTable("rollup_scores").execute();
}
