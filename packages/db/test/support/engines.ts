import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import { type Database, type DB, migrateToLatest, openDatabase } from "../../src/index.ts";

/**
 * The engines every repository test runs on. SQLite and in-process PGlite always run; the real
 * PostgreSQL server runs when DATABASE_URL is set. In CI (CI=true) DATABASE_URL is required, so
 * the PostgreSQL tests can never be skipped silently there.
 */
export type EngineName = "sqlite" | "pglite" | "postgres";

export function engines(): EngineName[] {
  const list: EngineName[] = ["sqlite", "pglite"];
  if (process.env.DATABASE_URL) list.push("postgres");
  else if (process.env.CI) throw new Error("CI=true but DATABASE_URL is not set: the PostgreSQL tests must run in CI");
  return list;
}

export interface TestDatabase extends Database {
  dispose(): Promise<void>;
}

/**
 * Starting PGlite and running the migrations takes seconds; loading a data directory that was
 * migrated once per test process takes a fraction of that, and each copy is still independent.
 */
let pgliteImage: Promise<Blob> | undefined;
function migratedPgliteImage(): Promise<Blob> {
  pgliteImage ??= (async () => {
    const pglite = new PGlite();
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
    await migrateToLatest(db);
    const image = await pglite.dumpDataDir("none");
    await db.destroy();
    return image;
  })();
  return pgliteImage;
}

/** A fresh, migrated database: a temp SQLite file, a new PGlite, or a new PostgreSQL schema. */
export async function freshDatabase(engine: EngineName): Promise<TestDatabase> {
  let database: Database;
  let cleanup = async () => {};
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "motmap-test-"));
    database = openDatabase({ engine: "sqlite", file: join(dir, "motmap.sqlite") });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else if (engine === "pglite") {
    database = openDatabase({ engine: "pglite", loadDataDir: await migratedPgliteImage() });
  } else {
    const url = process.env.DATABASE_URL as string;
    const schema = `t_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    database = openDatabase({ engine: "postgres", url, schema });
    cleanup = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    };
  }
  await migrateToLatest(database.db, database.schema);
  return {
    ...database,
    dispose: async () => {
      await database.close();
      await cleanup();
    },
  };
}
