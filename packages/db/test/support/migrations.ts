import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, Migrator } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import { type DB, openDatabase } from "../../src/index.ts";
import { migrations } from "../../src/migrations/index.ts";

/** A fresh database migrated up to `migration` (inclusive), for tests of the migrations after it. */
export async function databaseAt(
  engine: "sqlite" | "pglite",
  migration: string,
): Promise<{ db: Kysely<DB>; migrator: Migrator; close: () => Promise<void> }> {
  let db: Kysely<DB>;
  let close: () => Promise<void>;
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "motmap-mig-"));
    db = openDatabase({ engine: "sqlite", file: join(dir, "m.sqlite") }).db;
    close = async () => {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    };
  } else {
    db = new Kysely<DB>({ dialect: new PGliteDialect(new PGlite()) });
    close = () => db.destroy();
  }
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateTo(migration);
  if (error) {
    await close();
    throw error;
  }
  return { db, migrator, close };
}
