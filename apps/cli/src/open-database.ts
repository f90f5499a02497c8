import { configFromEnv, type Database, migrateToLatest, openDatabase } from "@motmap/db";

/** Opens the configured database and brings its schema up to date. */
export async function openMigratedDatabase(env: NodeJS.ProcessEnv): Promise<Database> {
  const database = openDatabase(configFromEnv(env));
  await migrateToLatest(database.db, database.schema);
  return database;
}

export async function withDatabase<T>(env: NodeJS.ProcessEnv, fn: (d: Database) => Promise<T>): Promise<T> {
  const database = await openMigratedDatabase(env);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}
