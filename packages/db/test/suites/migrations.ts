import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrateToLatest, openDatabase } from "../../src/index.ts";
import { migrations } from "../../src/migrations/index.ts";
import { engines } from "../support/engines.ts";

/** Registers the PostgreSQL schema migration tests (run only when DATABASE_URL is set). */
export function postgresSchemaSuite() {
  describe.runIf(engines().includes("postgres"))("migrations on postgres schemas", () => {
    const url = process.env.DATABASE_URL as string;
    const admin = async (query: string) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(query);
      } finally {
        await c.end();
      }
    };

    // Regression: Kysely's Migrator looks for its bookkeeping tables in every schema, so without
    // migrationTableSchema a second schema of the same database was never migrated
    // (`relation "kysely_migration_lock" does not exist`) while another migrated schema existed.
    it("migrates a schema while another migrated schema exists in the same database, and only once", async () => {
      const names = ["first", "second"].map((n) => `t_mig_${n}_${crypto.randomUUID().replaceAll("-", "").slice(0, 8)}`);
      const opened: ReturnType<typeof openDatabase>[] = [];
      try {
        const results: string[][] = [];
        for (const schema of names) {
          await admin(`CREATE SCHEMA ${schema}`);
          const database = openDatabase({ engine: "postgres", url, schema });
          opened.push(database);
          results.push(await migrateToLatest(database.db, database.schema));
        }
        expect(results).toEqual([Object.keys(migrations), Object.keys(migrations)]);
        for (const d of opened) {
          expect(await migrateToLatest(d.db, d.schema)).toEqual([]);
          expect(await d.db.selectFrom("journeys").select("id").execute()).toEqual([]);
        }
      } finally {
        for (const d of opened) await d.close();
        for (const schema of names) await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      }
    });
  });
}
