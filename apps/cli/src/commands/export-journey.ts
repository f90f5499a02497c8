import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { exportJourney } from "@motmap/db";
import { CliError, failIf, orFail } from "../cli-error.ts";
import { withDatabase } from "../open-database.ts";
import { requireHospital } from "./require-hospital.ts";

export async function exportJourneyCommand(args: string[], env: NodeJS.ProcessEnv, out: Console): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { hospital: { type: "string" }, format: { type: "string", default: "json" }, out: { type: "string" } },
  });
  const id = positionals[0];
  if (!id) throw new CliError("export journey needs the journey id");
  failIf(values.format !== "json", `--format ${values.format} is not supported (use json)`);
  return withDatabase(env, async ({ db }) => {
    const ctx = await requireHospital(db, values.hospital);
    const doc = orFail(await exportJourney(ctx, id));
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    if (values.out) {
      writeFileSync(values.out, text);
      out.error(`Wrote ${values.out}`);
    } else {
      process.stdout.write(text);
    }
    return 0;
  });
}
