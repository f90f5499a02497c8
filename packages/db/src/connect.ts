import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import { SecretBox, secretKeySourceFor } from "./crypto/secret-box.ts";
import { attachSecretBox } from "./crypto/secret-boxes.ts";
import { migrations } from "./migrations/index.ts";
import type { DB } from "./schema.ts";
import { cachingStatements } from "./sqlite-statement-cache.ts";

export type Engine = "sqlite" | "postgres" | "pglite";

const sqliteHandles = new WeakMap<Kysely<DB>, SQLite.Database>();

/**
 * The better-sqlite3 handle behind a Kysely instance opened here, for bulk writes that cannot afford a
 * compiled query per row (imports). Kysely's SQLite driver has one connection, so statements run on
 * this handle inside a Kysely transaction are part of it.
 */
export function sqliteHandle(db: Kysely<DB>): SQLite.Database | undefined {
  return sqliteHandles.get(db);
}

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** Human-readable location, printed at start-up (never includes a password). */
  location: string;
  /** PostgreSQL schema when not the default search path. */
  schema?: string;
  /**
   * The key for personal data encrypted at rest (VOC contacts), loaded on first use: MOTMAP_SECRET_KEY,
   * or `secret.key` beside an SQLite file (crypto/secret-box.ts). Use cases reach it through
   * `secretBoxOf(ctx.db)`, so a HospitalContext needs nothing more.
   */
  secrets: SecretBox;
  close(): Promise<void>;
}

export type DatabaseConfig =
  | { engine: "sqlite"; file: string }
  | { engine: "postgres"; url: string; schema?: string }
  | { engine: "pglite"; dataDir?: string; loadDataDir?: Blob };

// pg returns COUNT(*) as a string (int8); counts here are small, so parse them as numbers.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

/** DATABASE_URL selects PostgreSQL; otherwise an embedded SQLite file under the data directory. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { engine: "postgres", url };
  const dataDir = env.MOTMAP_DATA_DIR?.trim() || "./data";
  return { engine: "sqlite", file: join(dataDir, "motmap.sqlite") };
}

export function openDatabase(config: DatabaseConfig): Database {
  const database = openEngine(config);
  attachSecretBox(database.db, database.secrets);
  return database;
}

function openEngine(config: DatabaseConfig): Database {
  const secrets = new SecretBox(secretKeySourceFor(config));
  switch (config.engine) {
    case "sqlite": {
      if (config.file !== ":memory:") mkdirSync(join(config.file, ".."), { recursive: true });
      const sqlite = new SQLite(config.file);
      // WAL: readers never block the writer; foreign keys are off by default in SQLite.
      sqlite.pragma("journal_mode = WAL");
      sqlite.pragma("foreign_keys = ON");
      sqlite.pragma("busy_timeout = 5000");
      sqlite.pragma("synchronous = NORMAL");
      const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
      sqliteHandles.set(db, sqlite);
      return { db, engine: "sqlite", location: config.file, secrets, close: () => db.destroy() };
    }
    case "postgres": {
      const pool = new pg.Pool({
        connectionString: config.url,
        max: 10,
        ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
      });
      const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
      const safe = config.url.replace(/\/\/([^:@/]+):[^@]*@/, "//$1:***@");
      return {
        db,
        engine: "postgres",
        ...(config.schema ? { schema: config.schema } : {}),
        location: safe + (config.schema ? ` (schema ${config.schema})` : ""),
        secrets,
        close: () => db.destroy(),
      };
    }
    case "pglite": {
      const pglite = new PGlite(config.dataDir, config.loadDataDir ? { loadDataDir: config.loadDataDir } : {});
      const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
      return { db, engine: "pglite", location: config.dataDir ?? "memory", secrets, close: () => db.destroy() };
    }
  }
}

/**
 * Applies pending migrations; throws with the failing migration's name. With a PostgreSQL schema,
 * Kysely's bookkeeping tables live in it too: otherwise its "is the table there" check sees
 * another schema's tables in the same database and skips creating this one's.
 */
export async function migrateToLatest(db: Kysely<DB>, schema?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error) {
    throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${String((error as Error).message ?? error)}`);
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
