import { CliError } from "./cli-error.ts";
import { addUserCommand } from "./commands/add-user.ts";
import { exportJourneyCommand } from "./commands/export-journey.ts";
import { importJourneyCommand } from "./commands/import-journey.ts";
import { importResponsesCommand } from "./commands/import-responses.ts";
import { migrateCommand } from "./commands/migrate.ts";
import { purgeFollowUpCommand } from "./commands/purge-follow-up.ts";
import { recomputeRollupsCommand } from "./commands/recompute-rollups.ts";
import { resetDemoCommand } from "./commands/reset-demo.ts";
import { serveCommand } from "./commands/serve.ts";

export const USAGE = `motmap — patient journeys and touchpoints (MOT) for hospitals

Usage:
  motmap serve                         start the web app and API (PORT, default 8080)
  motmap demo                          erase everything and load the demo hospital
  motmap migrate                       apply database migrations
  motmap user add --email E --name N --password P [--hospital ID --role owner|admin|editor|viewer]
  motmap export journey <id> --hospital ID [--format json] [--out FILE]
  motmap import journey <file> --hospital ID
  motmap import responses <file.csv|xlsx> --survey ID --mapping FILE.json [--hospital ID] [--dry-run] [--lang en]
  motmap insight recompute [--hospital ID] [--survey ID]   rebuild the dashboard rollups from the responses
  motmap purge follow-up [--hospital ID] [--dry-run]        delete call-list names and phones past retention

Environment:
  MOTMAP_DATA_DIR   data directory for the embedded SQLite database (default ./data)
  DATABASE_URL      use PostgreSQL instead, e.g. postgres://user@127.0.0.1:5432/motmap
  PORT              HTTP port for serve (default 8080)`;

/** Returns the process exit code; every failure is a clear one-line message. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv, out = console): Promise<number> {
  const [command, sub, ...rest] = argv;
  try {
    switch (command) {
      case "serve":
        await serveCommand(env, out);
        return 0;
      case "demo":
        await resetDemoCommand(env, out);
        return 0;
      case "migrate":
        await migrateCommand(env, out);
        return 0;
      case "user":
        if (sub === "add") return await addUserCommand(rest, env, out);
        break;
      case "export":
        if (sub === "journey") return await exportJourneyCommand(rest, env, out);
        break;
      case "import":
        if (sub === "journey") return await importJourneyCommand(rest, env, out);
        if (sub === "responses") return await importResponsesCommand(rest, env, out);
        break;
      case "insight":
        if (sub === "recompute") return await recomputeRollupsCommand(rest, env, out);
        break;
      case "purge":
        if (sub === "follow-up") return await purgeFollowUpCommand(rest, env, out);
        break;
      case undefined:
      case "help":
      case "--help":
      case "-h":
        out.log(USAGE);
        return command ? 0 : 1;
    }
    out.error(`Unknown command: ${argv.join(" ")}\n\n${USAGE}`);
    return 1;
  } catch (e) {
    if (e instanceof CliError) {
      out.error(`motmap: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
