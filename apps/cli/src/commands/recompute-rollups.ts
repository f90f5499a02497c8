import { parseArgs } from "node:util";
import { recomputeRollups } from "@motmap/db";
import { withDatabase } from "../open-database.ts";
import { requireHospital } from "./require-hospital.ts";

/**
 * `motmap insight recompute [--hospital ID] [--survey ID]`: rebuilds the insight rollups from the stored
 * responses, one transaction per survey. The repair command: after a department moved to another site, or
 * when a rollup is suspected wrong (the rollups are exact by construction; this restores that state).
 */
export async function recomputeRollupsCommand(args: string[], env: NodeJS.ProcessEnv, out: Console): Promise<number> {
  const { values } = parseArgs({ args, options: { hospital: { type: "string" }, survey: { type: "string" } } });
  return withDatabase(env, async ({ db }) => {
    const ctx = await requireHospital(db, values.hospital);
    const started = performance.now();
    const done = await recomputeRollups(ctx, values.survey);
    out.error(
      `Recomputed the rollups of ${done.surveys} survey(s) from ${done.responses} response(s) in ${Math.round(performance.now() - started)} ms`,
    );
    return 0;
  });
}
