import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configFromEnv, openDatabase } from "@motmap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/run-cli.ts";

describe("motmap purge follow-up", () => {
  let dir: string;
  let hospitalId: string;
  let secondId: string;
  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const out = { log: (m: string) => lines.push(m), error: (m: string) => lines.push(m) } as unknown as Console;
    const code = await runCli(argv, { MOTMAP_DATA_DIR: dir }, out);
    return { code, output: lines.join("\n") };
  };
  const withDb = async <T>(fn: (db: ReturnType<typeof openDatabase>["db"]) => Promise<T>): Promise<T> => {
    const database = openDatabase(configFromEnv({ MOTMAP_DATA_DIR: dir }));
    try {
      return await fn(database.db);
    } finally {
      await database.close();
    }
  };
  const withPersonalData = () =>
    withDb(async (db) =>
      Number(
        (
          await db
            .selectFrom("follow_up_entries")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("name_encrypted", "is not", null)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    );

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "motmap-cli-purge-"));
    expect((await run("demo")).code).toBe(0);
    [hospitalId, secondId] = await withDb(async (db) => {
      const rows = await db.selectFrom("hospitals").select(["id", "name"]).orderBy("created_at").execute();
      return [rows[0]?.id as string, rows[1]?.id as string];
    });
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("deletes names and phones past retention: a dry run first, one hospital or all, then nothing left to do", async () => {
    const total = await withPersonalData();
    expect(total).toBeGreaterThan(150);
    // The demo's lists are all within the 90 days: nothing to delete yet.
    const none = await run("purge", "follow-up", "--dry-run");
    expect(none.code, none.output).toBe(0);
    expect(none.output).toMatch(/would delete .* of 0 call-list entries/);

    // Time passes: the two oldest lists were imported 100 days ago.
    const aged = await withDb(async (db) => {
      const lists = await db
        .selectFrom("follow_up_lists")
        .select("id")
        .where("hospital_id", "=", hospitalId)
        .orderBy("created_at")
        .limit(2)
        .execute();
      const old = new Date(Date.now() - 100 * 86_400_000).toISOString();
      const r = await db
        .updateTable("follow_up_entries")
        .set({ created_at: old })
        .where(
          "list_id",
          "in",
          lists.map((l) => l.id),
        )
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    });
    expect(aged).toBeGreaterThan(30);

    const dry = await run("purge", "follow-up", "--dry-run");
    expect(dry.output).toContain(`would delete the names and phone numbers of ${aged} call-list entries`);
    expect(dry.output).toContain("nothing was changed");
    expect(await withPersonalData()).toBe(total);

    const other = await run("purge", "follow-up", "--hospital", secondId);
    expect(other.code, other.output).toBe(0);
    expect(other.output).toContain("of 0 call-list entries");
    expect(await withPersonalData()).toBe(total);

    const done = await run("purge", "follow-up", "--hospital", hospitalId);
    expect(done.code, done.output).toBe(0);
    expect(done.output).toContain(`Deleted the names and phone numbers of ${aged} call-list entries`);
    expect(await withPersonalData()).toBe(total - aged);
    const audit = await withDb((db) =>
      db
        .selectFrom("audit_log")
        .select("after_json")
        .where("entity_type", "=", "follow_up_personal_data")
        .where("hospital_id", "=", hospitalId)
        .execute(),
    );
    expect(audit.length).toBe(1);
    expect(JSON.parse(audit[0]?.after_json ?? "{}")).toMatchObject({ purged: aged, retentionDays: 90 });

    const again = await run("purge", "follow-up");
    expect(again.output).toContain("of 0 call-list entries");
    expect(await withPersonalData()).toBe(total - aged);
  }, 60_000);

  it("rejects an unknown hospital", async () => {
    const r = await run("purge", "follow-up", "--hospital", crypto.randomUUID());
    expect(r.code).not.toBe(0);
    expect(r.output).toContain("no hospital with id");
  });
});
