import { configFromEnv, migrateToLatest, openDatabase } from "@motmap/db";

export async function migrateCommand(env: NodeJS.ProcessEnv, out: Console): Promise<void> {
  const database = openDatabase(configFromEnv(env));
  try {
    const applied = await migrateToLatest(database.db, database.schema);
    out.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
  } finally {
    await database.close();
  }
}
