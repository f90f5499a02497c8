import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configFromEnv, openDatabase } from "@motmap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/run-cli.ts";

/** Runs the CLI in-process against a temporary data directory and captures what it prints. */
function cli(dataDir: string) {
  return async (...argv: string[]) => {
    const lines: string[] = [];
    const out = { log: (m: string) => lines.push(m), error: (m: string) => lines.push(m) } as unknown as Console;
    const stdout: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      stdout.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      const code = await runCli(argv, { MOTMAP_DATA_DIR: dataDir }, out);
      return { code, output: lines.join("\n"), stdout: stdout.join("") };
    } finally {
      process.stdout.write = write;
    }
  };
}

describe("motmap CLI (embedded SQLite)", () => {
  let dir: string;
  let run: ReturnType<typeof cli>;
  let hospitalId: string;
  let outpatientId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "motmap-cli-"));
    run = cli(dir);
    const demo = await run("demo");
    expect(demo.code).toBe(0);
    expect(demo.output).toContain("demo@motmap.kr");
    const database = openDatabase(configFromEnv({ MOTMAP_DATA_DIR: dir }));
    const h = await database.db
      .selectFrom("hospitals")
      .select("id")
      .where("name", "=", "한빛대학교병원")
      .executeTakeFirstOrThrow();
    hospitalId = h.id;
    const j = await database.db
      .selectFrom("journeys")
      .select("id")
      .where("hospital_id", "=", hospitalId)
      .where("title", "like", "%첫 방문%")
      .executeTakeFirstOrThrow();
    outpatientId = j.id;
    await database.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("migrate reports an up-to-date database", async () => {
    const r = await run("migrate");
    expect(r.code).toBe(0);
    expect(r.output).toBe("The database is up to date.");
  });

  it("export → import → export round-trips a journey exactly", async () => {
    const first = await run("export", "journey", outpatientId, "--hospital", hospitalId, "--format", "json");
    expect(first.code).toBe(0);
    const doc = JSON.parse(first.stdout);
    expect(doc.format).toBe("motmap.journey/v1");
    expect(doc.stages.length).toBeGreaterThanOrEqual(12);
    const file = join(dir, "journey.json");
    writeFileSync(file, first.stdout);

    const imported = await run("import", "journey", file, "--hospital", hospitalId);
    expect(imported.code).toBe(0);
    const newId = /as journey ([0-9a-f-]{36})/.exec(imported.output)?.[1];
    expect(newId).toBeDefined();
    expect(newId).not.toBe(outpatientId);

    const out = join(dir, "again.json");
    const second = await run("export", "journey", newId as string, "--hospital", hospitalId, "--out", out);
    expect(second.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(doc);
  });

  it("rejects an invalid journey file naming the field, and writes nothing", async () => {
    const file = join(dir, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({ format: "motmap.journey/v1", title: "깨진 여정", stages: [{ phase: "later", name: "x" }] }),
    );
    const r = await run("import", "journey", file, "--hospital", hospitalId);
    expect(r.code).toBe(1);
    expect(r.output).toContain("stages.0.phase");
    const database = openDatabase(configFromEnv({ MOTMAP_DATA_DIR: dir }));
    const found = await database.db.selectFrom("journeys").select("id").where("title", "=", "깨진 여정").execute();
    await database.close();
    expect(found).toHaveLength(0);
  });

  it("explains missing arguments and unknown ids in one line", async () => {
    expect((await run("export", "journey")).output).toContain("needs the journey id");
    const unknown = await run("export", "journey", crypto.randomUUID(), "--hospital", hospitalId);
    expect(unknown.code).toBe(1);
    expect(unknown.output).toMatch(/journey .* was not found/);
    const noHospital = await run("export", "journey", outpatientId);
    expect(noHospital.code).toBe(1);
    expect(noHospital.output).toContain("--hospital is required");
    expect((await run("frobnicate")).code).toBe(1);
  });

  it("user add creates an account that belongs to the hospital with the given role", async () => {
    const r = await run(
      "user",
      "add",
      "--email",
      "Nurse@Example.com",
      "--name",
      "박간호",
      "--password",
      "long-enough-pw",
      "--hospital",
      hospitalId,
      "--role",
      "editor",
    );
    expect(r.code).toBe(0);
    const database = openDatabase(configFromEnv({ MOTMAP_DATA_DIR: dir }));
    const m = await database.db
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .select(["users.email", "memberships.role"])
      .where("users.email", "=", "nurse@example.com")
      .executeTakeFirstOrThrow();
    await database.close();
    expect(m.role).toBe("editor");
    const dup = await run("user", "add", "--email", "nurse@example.com", "--name", "x", "--password", "long-enough-pw");
    expect(dup.code).toBe(1);
    expect(dup.output).toContain("already has an account");
    const badRole = await run(
      "user",
      "add",
      "--email",
      "a@b.co",
      "--name",
      "x",
      "--password",
      "long-enough-pw",
      "--role",
      "god",
    );
    expect(badRole.output).toContain("--role must be one of");
  });
});
