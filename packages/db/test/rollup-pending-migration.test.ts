import { type Kysely, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { type DB, migrateToLatest } from "../src/index.ts";
import { databaseAt } from "./support/migrations.ts";

// Databases from before 0012 mark pending responses with a flag on the row; the migration moves the
// marks into the narrow queue, so no response stored pending is ever left out of the rollups.
const opened: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of opened.splice(0)) await close();
});

const pendingFlags = async (db: Kysely<DB>) =>
  (
    await sql<{ id: string }>`select id from survey_responses where rollup_pending = 1 order by id`.execute(db)
  ).rows.map((r) => r.id);

describe.each(["sqlite", "pglite"] as const)("migration 0012 on %s", (engine) => {
  it("moves the pending marks into the queue, drops the flag, and moves them back down", async () => {
    const { db, migrator, close } = await databaseAt(engine, "0011-rollup-queue");
    opened.push(close);
    const t = "2026-01-01T00:00:00.000Z";
    await sql`insert into hospitals (id, name, name_en, version, created_at, updated_at) values ('h', '병원', 'H', 1, ${t}, ${t})`.execute(
      db,
    );
    await sql`insert into surveys (id, hospital_id, title, public_id, definition, created_at, updated_at) values ('s', 'h', '설문', 'p', '{"sections":[]}', ${t}, ${t})`.execute(
      db,
    );
    for (const [id, pending] of [
      ["r1", 1],
      ["r2", 0],
      ["r3", 1],
    ] as const) {
      await sql`insert into survey_responses (id, hospital_id, survey_id, survey_version, submitted_at, channel, submission_key, rollup_pending) values (${id}, 'h', 's', 1, ${t}, 'web', ${id}, ${pending})`.execute(
        db,
      );
    }

    expect(await migrateToLatest(db)).toContain("0012-rollup-pending-responses");
    const queued = await db.selectFrom("rollup_pending_responses").selectAll().orderBy("response_id").execute();
    expect(queued).toEqual([
      { hospital_id: "h", survey_id: "s", response_id: "r1" },
      { hospital_id: "h", survey_id: "s", response_id: "r3" },
    ]);
    await expect(pendingFlags(db)).rejects.toThrow();

    const down = await migrator.migrateTo("0011-rollup-queue");
    if (down.error) throw down.error;
    expect(await pendingFlags(db)).toEqual(["r1", "r3"]);
    await expect(sql`select * from rollup_pending_responses`.execute(db)).rejects.toThrow();
  });
});
