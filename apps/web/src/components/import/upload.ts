import type { ImportReport } from "@motmap/core";
import { ApiError, type ApiErrorCode } from "../../api/client.ts";
import { errorMessage } from "../../lib/errors.tsx";

/** What every import's column mapping has: a source name and one target per file column. */
export interface ColumnMappingShape {
  sourceName: string;
  columns: { column: string; target: { kind: string } }[];
}

/** What the server answers to an upload: the file's columns, first rows and a suggested mapping. */
export interface UploadedFile<M> {
  uploadId: string;
  fileName: string;
  format: "csv" | "xlsx";
  header: string[];
  sampleRows: string[][];
  suggestedMapping: M;
  rememberedFrom?: { sourceName: string; importedAt: string | null };
}

export interface ImportJob {
  jobId: string;
  status: "running" | "succeeded" | "failed";
  rowsDone: number;
  rowsTotal?: number;
  fileName: string;
  startedAt: string;
  finishedAt?: string;
  report?: ImportReport;
  error?: { code: string; message: string; messageEn: string };
}

/** A past import as the history lists it. */
export interface ImportSummary {
  id: string;
  createdAt: string;
  fileName: string;
  sourceName: string;
  created: number;
  duplicates: number;
}

export const ACCEPTED_FILE = /\.(csv|xlsx)$/i;

/** One entry per file column, in file order: what the server suggested, the rest ignored. */
export function mappingForHeader<M extends ColumnMappingShape>(header: string[], suggested: M): M {
  const byColumn = new Map(suggested.columns.map((c) => [c.column, c.target] as const));
  return {
    ...suggested,
    columns: header.map((column) => ({ column, target: byColumn.get(column) ?? { kind: "ignore" } })),
  };
}

/** The mapping to send: ignored columns left out. */
export const mappingToSend = <M extends ColumnMappingShape>(mapping: M): M => ({
  ...mapping,
  sourceName: mapping.sourceName.trim(),
  columns: mapping.columns.filter((c) => c.target.kind !== "ignore"),
});

/** Select values (`valueFor` a target) chosen by more than one column; ignored columns never clash. */
export function duplicateValues<M extends ColumnMappingShape>(
  mapping: M,
  valueFor: (target: M["columns"][number]["target"]) => string,
): Set<string> {
  const seen = new Map<string, number>();
  for (const c of mapping.columns) {
    if (c.target.kind === "ignore") continue;
    const v = valueFor(c.target);
    seen.set(v, (seen.get(v) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n > 1).map(([v]) => v));
}

/** The translated reason a preview or commit request failed. */
export function stepError(
  e: unknown,
  t: (key: "surveyImport.uploadExpired" | "surveyImport.running") => string,
): string {
  if (e instanceof ApiError && e.code === "not_found") return t("surveyImport.uploadExpired");
  if (e instanceof ApiError && e.code === "conflict") return t("surveyImport.running");
  return errorMessage(e);
}

/**
 * Sends the file as the raw request body to `url` with XMLHttpRequest, whose upload events give the
 * progress bar (fetch has none). Rejects with an ApiError like the JSON client.
 */
export function uploadImportFile<M>(
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
): { done: Promise<UploadedFile<M>>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadedFile<M>>((resolve, reject) => {
    xhr.open("POST", `${url}?fileName=${encodeURIComponent(file.name)}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader(
      "Content-Type",
      /\.xlsx$/i.test(file.name)
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : /\.csv$/i.test(file.name)
          ? "text/csv"
          : "application/octet-stream",
    );
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: "network_error", message: "network error" }));
    xhr.onabort = () => reject(new ApiError({ status: 0, code: "network_error", message: "aborted" }));
    xhr.onload = () => {
      let json: unknown;
      try {
        json = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        json = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(json as UploadedFile<M>);
        return;
      }
      const err = (json as { error?: { code?: string; message?: string; details?: Record<string, unknown> } })?.error;
      reject(
        new ApiError({
          status: xhr.status,
          code: (err?.code as ApiErrorCode | undefined) ?? "unknown",
          message: err?.message ?? `HTTP ${xhr.status}`,
          details: err?.details ?? {},
        }),
      );
    };
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}
