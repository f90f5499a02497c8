import { parseArgs } from "node:util";
import { purgeExpiredCallEntries } from "@motmap/db";
import { withDatabase } from "../open-database.ts";
import { requireHospital } from "./require-hospital.ts";

/**
 * `motmap purge follow-up [--hospital ID] [--dry-run]`: deletes the names and phone numbers of call-list
 * entries imported before each hospital's retention period, the same deletion the server runs at start and
 * every six hours. Every hospital without --hospital; --dry-run counts and changes nothing.
 */
export async function purgeFollowUpCommand(args: string[], env: NodeJS.ProcessEnv, out: Console): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { hospital: { type: "string" }, "dry-run": { type: "boolean", default: false } },
  });
  return withDatabase(env, async ({ db }) => {
    const hospitalId = values.hospital ? (await requireHospital(db, values.hospital)).hospitalId : undefined;
    const dryRun = values["dry-run"] === true;
    const done = await purgeExpiredCallEntries(db, new Date(), { ...(hospitalId ? { hospitalId } : {}), dryRun });
    const scope = hospitalId ? `hospital ${hospitalId}` : "all hospitals";
    if (dryRun) {
      out.log(
        `Dry run (${scope}): would delete the names and phone numbers of ${done.purged} call-list entries past retention in ${done.hospitals} hospital(s); nothing was changed`,
      );
    } else {
      out.log(
        `Deleted the names and phone numbers of ${done.purged} call-list entries past retention in ${done.hospitals} hospital(s) (${scope})`,
      );
    }
    return 0;
  });
}
