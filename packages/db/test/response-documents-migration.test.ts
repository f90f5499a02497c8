import { type Kysely, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { type DB, migrateToLatest } from "../src/index.ts";
import { databaseAt } from "./support/migrations.ts";

// Databases created before 0004 hold one row per answer; the migration folds them into each
// response's answers document without losing a value, a text or a touchpoint link.
const opened: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of opened.splice(0)) await close();
});

async function at0003(engine: "sqlite" | "pglite"): Promise<Kysely<DB>> {
  const { db, close } = await databaseAt(engine, "0003-surveys");
  opened.push(close);
  return db;
}

describe.each(["sqlite", "pglite"] as const)("migration 0004 on %s", (engine) => {
  it("moves per-answer rows into the response's answers document and drops the old table", async () => {
    const db = await at0003(engine);
    const t = "2026-01-01T00:00:00.000Z";
    await sql`insert into hospitals (id, name, name_en, version, created_at, updated_at) values ('h', '병원', 'H', 1, ${t}, ${t})`.execute(
      db,
    );
    await sql`insert into surveys (id, hospital_id, title, public_id, definition, created_at, updated_at) values ('s', 'h', '설문', 'p', '{"sections":[]}', ${t}, ${t})`.execute(
      db,
    );
    for (const id of ["r1", "r2"]) {
      await sql`insert into survey_responses (id, hospital_id, survey_id, survey_version, submitted_at, channel, submission_key) values (${id}, 'h', 's', 1, ${t}, 'web', ${id})`.execute(
        db,
      );
    }
    await sql`insert into survey_answers (response_id, hospital_id, question_key, touchpoint_id, value) values ('r1', 'h', 'sat', 'tp-1', 4)`.execute(
      db,
    );
    await sql`insert into survey_answers (response_id, hospital_id, question_key, text_value, choice_values) values ('r1', 'h', 'why', '친절 ***', null), ('r1', 'h', 'how', null, '["app","phone"]')`.execute(
      db,
    );

    expect(await migrateToLatest(db)).toContain("0004-response-documents");
    const rows = await db
      .selectFrom("survey_responses")
      .select(["id", "answers", "touchpoint_ids"])
      .orderBy("id")
      .execute();
    expect(rows[0]?.touchpoint_ids).toBe(",tp-1,");
    expect(JSON.parse(rows[0]?.answers ?? "")).toEqual([
      { k: "how", c: ["app", "phone"] },
      { k: "sat", v: 4 },
      { k: "why", t: "친절 ***" },
    ]);
    expect(rows[1]).toEqual({ id: "r2", answers: "[]", touchpoint_ids: "," });
    await expect(sql`select * from survey_answers`.execute(db)).rejects.toThrow();
  });
});
