import type SQLite from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/**
 * Kysely's SQLite driver prepares every query anew; compiling the SQL costs more than running a small
 * insert or lookup (a third of the public submit's CPU, measured with bench/submit). Kysely emits the
 * same SQL text for the same query shape, so statements are kept by their text, most recently used
 * first. Reusing one is safe: Kysely runs one query at a time on the single SQLite connection, and
 * SQLite recompiles a statement by itself when a migration changes the schema under it.
 */
export function cachingStatements(sqlite: SQLite.Database, capacity = 500): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = statements.get(sql);
      if (cached) {
        // Map order is insertion order: re-inserting marks the statement as most recently used.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      if (statements.size >= capacity) statements.delete(statements.keys().next().value as string);
      statements.set(sql, statement);
      return statement;
    },
  };
}
