import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { importJourney } from "@motmap/db";
import { CliError, orFail } from "../cli-error.ts";
import { withDatabase } from "../open-database.ts";
import { requireHospital } from "./require-hospital.ts";

export async function importJourneyCommand(args: string[], env: NodeJS.ProcessEnv, out: Console): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { hospital: { type: "string" } },
  });
  const file = positionals[0];
  if (!file) throw new CliError("import journey needs a file");
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as Error).message}`);
  }
  return withDatabase(env, async ({ db }) => {
    const ctx = await requireHospital(db, values.hospital);
    const journey = orFail(await importJourney(ctx, doc), `${file} was not imported: `);
    out.log(`Imported "${journey.title}" as journey ${journey.id}`);
    return 0;
  });
}
