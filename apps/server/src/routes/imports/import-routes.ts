import type { ImportReport, Result } from "@motmap/core";
import type { HospitalContext } from "@motmap/db";
import { readTable, TableReadError } from "@motmap/tabular";
import type { Context } from "hono";
import { errorResponse } from "../../http/errors.ts";
import { type ImportJob, type ImportUploads, type Upload, UploadTooLarge } from "./import-uploads.ts";

// The halves of a bulk import's routes that do not depend on what is imported: receive the raw file,
// find an upload, run the commit in the background, answer a job's progress.

const SAMPLE_ROWS = 5;

type ReadTable = Awaited<ReturnType<typeof readTable>>;

/** An upload's rows as an import use case reads them. */
export interface UploadRows {
  rows: ReadTable["rows"];
  header: string[];
  fileName: string;
}

const rowsOf = async (upload: Upload): Promise<UploadRows> => {
  const table = await readTable({ path: upload.path });
  return { rows: table.rows, header: table.header, fileName: upload.fileName };
};

/** A file the table reader refuses (unreadable, empty, no header): 400 with its Korean and English sentences. */
function fileErrorResponse(c: Context, e: TableReadError) {
  const { message, messageEn } = e.error;
  return c.json({ error: { code: e.code, message: messageEn, details: { message, messageEn } } }, 400);
}

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;

export const notFoundUpload = (c: Context, id: string) =>
  errorResponse(c, {
    code: "not_found",
    message: `upload ${id} was not found (uploads expire after an hour)`,
  }) as never;

/**
 * Streams the request body to disk, reads its header and first rows and keeps it for `scope`.
 * Answers 413 past the size limit and 400 for a file that is not a table (the file is then removed).
 */
export async function receiveUpload(
  c: Context,
  uploads: ImportUploads,
  ctx: HospitalContext,
  scope: string,
  fileName: string,
): Promise<{ upload: Upload; header: string[]; sampleRows: string[][] } | Response> {
  const tooLarge = () =>
    errorResponse(c, {
      code: "payload_too_large",
      message: `The file is over ${size(uploads.maxBytes)}; split it into smaller files`,
    });
  if (Number(c.req.header("content-length") ?? "0") > uploads.maxBytes) return tooLarge();
  const id = crypto.randomUUID();
  let path: string;
  try {
    path = (await uploads.save(c.req.raw.body, id)).path;
  } catch (e) {
    if (e instanceof UploadTooLarge) return tooLarge();
    throw e;
  }
  let table: ReadTable;
  const sampleRows: string[][] = [];
  try {
    table = await readTable({ path });
    for await (const row of table.rows) {
      sampleRows.push(row.cells);
      if (sampleRows.length >= SAMPLE_ROWS) break;
    }
  } catch (e) {
    await uploads.remove({ id, path });
    if (e instanceof TableReadError) return fileErrorResponse(c, e);
    throw e;
  }
  const upload: Upload = {
    id,
    hospitalId: ctx.hospitalId,
    userId: ctx.actorId as string,
    scope,
    path,
    fileName,
    format: table.format,
    createdAt: Date.now(),
  };
  uploads.add(upload);
  return { upload, header: table.header, sampleRows };
}

/** The upload's JSON answer: its id, file, columns and first rows, the suggested mapping and where it was remembered from. */
export function uploadedJson<M>(
  c: Context,
  received: { upload: Upload; header: string[]; sampleRows: string[][] },
  suggestedMapping: M,
  remembered: { sourceName: string; updatedAt: string | null } | null,
) {
  const { upload, header, sampleRows } = received;
  return c.json(
    {
      uploadId: upload.id,
      fileName: upload.fileName,
      format: upload.format,
      header,
      sampleRows,
      suggestedMapping,
      ...(remembered
        ? { rememberedFrom: { sourceName: remembered.sourceName, importedAt: remembered.updatedAt } }
        : {}),
    },
    201,
  );
}

/** The user's own upload of `scope`, unless it is gone or being committed. */
export function findUpload(uploads: ImportUploads, ctx: HospitalContext, uploadId: string, scope: string) {
  const upload = uploads.find(uploadId, ctx.hospitalId, ctx.actorId as string, scope);
  return upload && !upload.committing ? upload : null;
}

/** Checks an upload's rows (nothing written) and remembers their count for the commit's progress bar. */
export async function previewUpload(
  upload: Upload,
  check: (source: UploadRows) => Promise<Result<ImportReport>>,
): Promise<Result<ImportReport>> {
  const result = await check(await rowsOf(upload));
  if (result.ok) upload.rows = result.value.rows;
  return result;
}

/**
 * Starts the commit of an upload in the background (409 while another import of the scope runs) and
 * answers 202 with the job's id. `write` imports the table; the job follows its progress.
 */
export function startImportJob(
  c: Context,
  uploads: ImportUploads,
  upload: Upload,
  conflictMessage: string,
  write: (source: UploadRows & { onProgress: (rowsDone: number) => void }) => Promise<Result<ImportReport>>,
) {
  if (uploads.running(upload.hospitalId, upload.scope)) {
    return errorResponse(c, { code: "conflict", message: conflictMessage }) as never;
  }
  upload.committing = true;
  const job: ImportJob = {
    id: crypto.randomUUID(),
    hospitalId: upload.hospitalId,
    scope: upload.scope,
    fileName: upload.fileName,
    status: "running",
    rowsDone: 0,
    ...(upload.rows === undefined ? {} : { rowsTotal: upload.rows }),
    startedAt: new Date().toISOString(),
  };
  uploads.addJob(job);
  void runImportJob(uploads, job, upload, write);
  return c.json({ jobId: job.id }, 202);
}

/** The background half of a commit; never throws (a failure is the job's status). The file is deleted afterwards. */
async function runImportJob(
  uploads: ImportUploads,
  job: ImportJob,
  upload: Upload,
  write: (source: UploadRows & { onProgress: (rowsDone: number) => void }) => Promise<Result<ImportReport>>,
): Promise<void> {
  try {
    const onProgress = (rowsDone: number) => {
      job.rowsDone = rowsDone;
    };
    const result = await write({ ...(await rowsOf(upload)), onProgress });
    if (result.ok) {
      job.report = result.value;
      job.rowsDone = result.value.rows;
      job.status = result.value.committed ? "succeeded" : "failed";
    } else {
      job.status = "failed";
      job.error = { code: result.error.code, message: result.error.message, messageEn: result.error.message };
    }
  } catch (e) {
    job.status = "failed";
    if (e instanceof TableReadError) {
      job.error = { code: e.code, message: e.error.message, messageEn: e.error.messageEn };
    } else {
      console.error(`[motmap] import job ${job.id} (${job.scope}) failed:`, e);
      job.error = {
        code: "internal",
        message: "가져오는 중 오류가 났습니다. 아무것도 저장되지 않았습니다.",
        messageEn: "The import failed; nothing was written. The error has been logged.",
      };
    }
  } finally {
    job.finishedAt = new Date().toISOString();
    await uploads.remove(upload).catch(() => {});
  }
}

/** A job's progress as JSON, or 404 for another hospital's, another scope's or an unknown job. */
export function jobJson(c: Context, uploads: ImportUploads, ctx: HospitalContext, jobId: string, scope: string) {
  const job = uploads.findJob(jobId, ctx.hospitalId, scope);
  if (!job) return errorResponse(c, { code: "not_found", message: `import job ${jobId} was not found` }) as never;
  const { hospitalId: _h, scope: _s, id, ...rest } = job;
  return c.json({ jobId: id, ...rest }, 200);
}
