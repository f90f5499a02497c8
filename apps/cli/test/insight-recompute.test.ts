import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configFromEnv, openDatabase } from "@motmap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/run-cli.ts";

describe("motmap insight recompute", () => {
  let dir: string;
  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const out = { log: (m: string) => lines.push(m), error: (m: string) => lines.push(m) } as unknown as Console;
    const code = await runCli(argv, { MOTMAP_DATA_DIR: dir }, out);
    return { code, output: lines.join("\n") };
  };
  const rollupRows = async () => {
    const database = openDatabase(configFromEnv({ MOTMAP_DATA_DIR: dir }));
    try {
      const rows = await database.db.selectFrom("rollup_scores").selectAll().execute();
      return rows.map((r) => JSON.stringify(r)).sort();
    } finally {
      await database.close();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "motmap-cli-insight-"));
    expect((await run("demo")).code).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("rebuilds the demo's rollups from its responses, to exactly what the seed wrote", async () => {
    const seeded = await rollupRows();
    expect(seeded.length).toBeGreaterThan(1000);
    const database = openDatabase(configFromEnv({ MOTMAP_DATA_DIR: dir }));
    const h = await database.db
      .selectFrom("hospitals")
      .select("id")
      .where("name", "=", "한빛대학교병원")
      .executeTakeFirstOrThrow();
    await database.close();
    const done = await run("insight", "recompute", "--hospital", h.id);
    expect(done.code, done.output).toBe(0);
    expect(done.output).toMatch(/Recomputed the rollups of 1 survey\(s\) from \d{4,} response\(s\)/);
    expect(await rollupRows()).toEqual(seeded);
    const unknown = await run("insight", "recompute", "--hospital", crypto.randomUUID());
    expect(unknown.code).not.toBe(0);
  }, 120_000);
});
