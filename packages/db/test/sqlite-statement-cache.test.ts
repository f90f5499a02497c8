import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { cachingStatements } from "../src/sqlite-statement-cache.ts";

describe("cachingStatements", () => {
  it("prepares each SQL text once and hands back the same statement", () => {
    const sqlite = new SQLite(":memory:");
    const db = cachingStatements(sqlite);
    const a = db.prepare("SELECT 1 AS one");
    expect(db.prepare("SELECT 1 AS one")).toBe(a);
    expect(db.prepare("SELECT 2 AS two")).not.toBe(a);
    db.close();
  });

  it("keeps at most `capacity` statements, dropping the least recently used", () => {
    const sqlite = new SQLite(":memory:");
    const db = cachingStatements(sqlite, 2);
    const one = db.prepare("SELECT 1");
    const two = db.prepare("SELECT 2");
    expect(db.prepare("SELECT 1")).toBe(one); // 1 is now the most recent: 2 goes first
    db.prepare("SELECT 3");
    expect(db.prepare("SELECT 1")).toBe(one);
    expect(db.prepare("SELECT 2")).not.toBe(two);
    db.close();
  });

  it("gives right answers through Kysely, also after the schema changes under a cached statement", async () => {
    const sqlite = new SQLite(":memory:");
    const k = new Kysely<{ t: { id: number; note?: string | null } }>({
      dialect: new SqliteDialect({ database: cachingStatements(sqlite) }),
    });
    await sql`CREATE TABLE t (id INTEGER PRIMARY KEY)`.execute(k);
    for (let i = 1; i <= 3; i++) await k.insertInto("t").values({ id: i }).execute();
    const all = () => sql<Record<string, unknown>>`SELECT * FROM t ORDER BY id`.execute(k).then((r) => r.rows);
    expect(await all()).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    await sql`ALTER TABLE t ADD COLUMN note TEXT`.execute(k);
    expect(await all()).toEqual([
      { id: 1, note: null },
      { id: 2, note: null },
      { id: 3, note: null },
    ]);
    // A stream and a query of the same text one after another reuse the statement safely.
    const streamed: unknown[] = [];
    for await (const row of k.selectFrom("t").select("id").stream()) streamed.push(row);
    expect(streamed).toHaveLength(3);
    expect(await k.selectFrom("t").select("id").execute()).toHaveLength(3);
    await k.destroy();
  });
});
