import { fileURLToPath } from "node:url";
import { deleteExpiredSessions } from "@motmap/db";
import { DEMO_LOGIN, isEmpty, seedDemo } from "@motmap/db/demo";
import { startServer } from "@motmap/server";
import { CliError } from "../cli-error.ts";
import { openMigratedDatabase } from "../open-database.ts";

const WEB_DIST = fileURLToPath(new URL("../../../web/dist", import.meta.url));

/** Starts the server; on an empty database it first creates the demo hospital. */
export async function serveCommand(env: NodeJS.ProcessEnv, out: Console): Promise<void> {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`PORT must be a port number, got "${env.PORT}"`);
  const database = await openMigratedDatabase(env);
  const seeded = (await isEmpty(database.db)) ? await seedDemo(database.db) : null;
  const server = await startServer(database, port, WEB_DIST);
  out.log(`motmap is running on http://localhost:${server.port}  (database: ${database.engine}, ${database.location})`);
  out.log(`API docs: http://localhost:${server.port}/api/docs`);
  const demoAccount = await database.db
    .selectFrom("users")
    .select("id")
    .where("email", "=", DEMO_LOGIN.email)
    .executeTakeFirst();
  if (demoAccount) {
    out.log(`${seeded ? "Demo hospital created. " : ""}Demo login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
  }
  // Expired sessions are refused anyway; sweeping them keeps the table small.
  const sweep = setInterval(() => void deleteExpiredSessions(database.db).catch(() => {}), 60 * 60 * 1000);
  sweep.unref();
  await deleteExpiredSessions(database.db);
  const stop = async () => {
    clearInterval(sweep);
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
