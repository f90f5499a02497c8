import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { ImportReport } from "@motmap/core";
import { importSurveyResponses } from "@motmap/db";
import { readTable, TableReadError } from "@motmap/tabular";
import { CliError, orFail } from "../cli-error.ts";
import { withDatabase } from "../open-database.ts";
import { requireHospital } from "./require-hospital.ts";

const SHOWN_ERRORS = 50;

/**
 * motmap import responses <file> --survey ID --mapping FILE.json [--hospital ID] [--dry-run] [--lang ko|en]
 * The same use case as the web wizard: every row checked, then all rows written or none. Exit code 1
 * when a row is bad (nothing written) or the file cannot be read.
 */
export async function importResponsesCommand(args: string[], env: NodeJS.ProcessEnv, out: Console): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      survey: { type: "string" },
      mapping: { type: "string" },
      hospital: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      lang: { type: "string", default: "ko" },
      quiet: { type: "boolean", default: false },
    },
  });
  const file = positionals[0];
  if (!file) throw new CliError("import responses needs a file (CSV or XLSX)");
  if (!values.survey) throw new CliError("--survey is required");
  if (!values.mapping) throw new CliError("--mapping is required (a JSON file: see examples/import-mapping.json)");
  const en = values.lang === "en";
  let mapping: unknown;
  try {
    mapping = JSON.parse(readFileSync(values.mapping, "utf8"));
  } catch (e) {
    throw new CliError(`cannot read the mapping ${values.mapping}: ${(e as Error).message}`);
  }

  return withDatabase(env, async ({ db }) => {
    const ctx = await requireHospital(db, values.hospital);
    let table: Awaited<ReturnType<typeof readTable>>;
    try {
      table = await readTable({ path: file });
    } catch (e) {
      if (e instanceof TableReadError) throw new CliError(`${file}: ${en ? e.error.messageEn : e.error.message}`);
      throw new CliError(`cannot read ${file}: ${(e as Error).message}`);
    }
    const progress = (rows: number) => {
      if (!values.quiet) process.stderr.write(`\r${en ? "rows read" : "읽은 행"}: ${rows.toLocaleString("en")}`);
    };
    let report: ImportReport;
    try {
      report = orFail(
        await importSurveyResponses(ctx, values.survey as string, {
          rows: table.rows,
          header: table.header,
          mapping,
          mode: values["dry-run"] ? "preview" : "commit",
          fileName: table.fileName,
          onProgress: progress,
        }),
        `${file} was not imported: `,
      );
    } catch (e) {
      if (e instanceof TableReadError) throw new CliError(`${file}: ${en ? e.error.messageEn : e.error.message}`);
      throw e;
    } finally {
      if (!values.quiet) process.stderr.write("\n");
    }
    for (const e of report.errors.slice(0, SHOWN_ERRORS)) out.error(en ? e.messageEn : e.message);
    if (report.errorCount > SHOWN_ERRORS) {
      out.error(
        en
          ? `… and ${report.errorCount - SHOWN_ERRORS} more errors`
          : `… 외 오류 ${(report.errorCount - SHOWN_ERRORS).toLocaleString("en")}건`,
      );
    }
    out.log(summary(report, en));
    return report.errorCount > 0 ? 1 : 0;
  });
}

function summary(r: ImportReport, en: boolean): string {
  if (en) {
    const what =
      r.errorCount > 0 ? "nothing written" : r.committed ? `${r.created} created` : "dry run, nothing written";
    return `${r.rows} rows: ${r.valid} valid, ${r.duplicates} already imported, ${r.errorCount} errors — ${what}${r.importId ? ` (import ${r.importId})` : ""}`;
  }
  const what = r.errorCount > 0 ? "저장하지 않음" : r.committed ? `${r.created}건 저장` : "미리보기, 저장하지 않음";
  return `${r.rows}행: 정상 ${r.valid}, 이미 가져온 응답 ${r.duplicates}, 오류 ${r.errorCount} — ${what}${r.importId ? ` (가져오기 ${r.importId})` : ""}`;
}
