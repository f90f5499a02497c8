import { fileURLToPath } from "node:url";
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
  if (seeded) out.log(`Demo hospital created. Log in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
  const stop = async () => {
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
