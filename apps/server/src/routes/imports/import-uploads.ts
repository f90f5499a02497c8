import { createWriteStream } from "node:fs";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { ImportReport } from "@motmap/core";

/** A file uploaded for an import, kept on disk until it is committed or an hour has passed. */
export interface Upload {
  id: string;
  hospitalId: string;
  userId: string;
  /** What the file is imported into: a survey's id, or "voc" for the hospital's VOC list. */
  scope: string;
  path: string;
  fileName: string;
  format: "csv" | "xlsx";
  createdAt: number;
  /** The row count of the last preview, so the commit's progress bar has a total. */
  rows?: number;
  /** Set while a commit reads the file: it is deleted when the commit ends. */
  committing?: boolean;
}

export interface ImportJob {
  id: string;
  hospitalId: string;
  /** As the upload's scope: one import runs at a time per scope. */
  scope: string;
  fileName: string;
  status: "running" | "succeeded" | "failed";
  rowsDone: number;
  rowsTotal?: number;
  startedAt: string;
  finishedAt?: string;
  report?: ImportReport;
  error?: { code: string; message: string; messageEn: string };
}

export class UploadTooLarge extends Error {}

const HOUR = 60 * 60 * 1000;

/** Files of every ImportUploads of this process: they may share a directory, and one's sweep must not take another's files. */
const livePaths = new Set<string>();

/**
 * Uploads and import jobs of one server process. Both are found only by hospital (and uploads by
 * their user too): another hospital's id answers like an unknown one.
 */
export class ImportUploads {
  readonly directory: string;
  readonly maxBytes: number;
  private readonly uploads = new Map<string, Upload>();
  private readonly jobs = new Map<string, ImportJob>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(options: { directory?: string; maxBytes?: number; ttlMs?: number } = {}) {
    this.directory = options.directory ?? join(tmpdir(), "motmap-uploads");
    this.maxBytes = options.maxBytes ?? 200 * 1024 * 1024;
    const ttl = options.ttlMs ?? HOUR;
    // At start too: files a stopped process left behind are not waited on for another hour.
    void this.sweep(ttl);
    this.sweeper = setInterval(() => void this.sweep(ttl), Math.min(ttl, 5 * 60 * 1000));
    this.sweeper.unref();
  }

  /** Streams a request body to a new file; throws UploadTooLarge past `maxBytes` (the partial file is removed). */
  async save(body: ReadableStream<Uint8Array> | null, id: string): Promise<{ path: string; bytes: number }> {
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const path = join(this.directory, `${id}.upload`);
    let bytes = 0;
    const max = this.maxBytes;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        if (bytes > max) callback(new UploadTooLarge(`over ${max} bytes`));
        else callback(null, chunk);
      },
    });
    const source = body ? Readable.fromWeb(body as WebReadableStream<Uint8Array>) : Readable.from([]);
    try {
      await pipeline(source, counter, createWriteStream(path, { mode: 0o600 }));
    } catch (e) {
      await rm(path, { force: true });
      throw e;
    }
    return { path, bytes };
  }

  add(upload: Upload) {
    this.uploads.set(upload.id, upload);
    livePaths.add(upload.path);
  }

  find(id: string, hospitalId: string, userId: string, scope: string): Upload | null {
    const upload = this.uploads.get(id);
    if (!upload || upload.hospitalId !== hospitalId || upload.userId !== userId || upload.scope !== scope) {
      return null;
    }
    return upload;
  }

  async remove(upload: Pick<Upload, "id" | "path">) {
    this.uploads.delete(upload.id);
    livePaths.delete(upload.path);
    await rm(upload.path, { force: true });
  }

  /** The running import of a scope, if any: one at a time per scope. */
  running(hospitalId: string, scope: string): ImportJob | null {
    for (const job of this.jobs.values()) {
      if (job.hospitalId === hospitalId && job.scope === scope && job.status === "running") return job;
    }
    return null;
  }

  addJob(job: ImportJob) {
    this.jobs.set(job.id, job);
  }

  findJob(id: string, hospitalId: string, scope: string): ImportJob | null {
    const job = this.jobs.get(id);
    return job && job.hospitalId === hospitalId && job.scope === scope ? job : null;
  }

  /** Drops uploads and finished jobs older than `ttl`; a file being committed stays until its commit ends. */
  async sweep(ttl: number) {
    const now = Date.now();
    for (const upload of [...this.uploads.values()]) {
      if (!upload.committing && now - upload.createdAt > ttl) await this.remove(upload);
    }
    for (const job of [...this.jobs.values()]) {
      if (job.finishedAt && now - Date.parse(job.finishedAt) > ttl) this.jobs.delete(job.id);
    }
    // Files an earlier process left behind (it stopped before their hour was up).
    const names = await readdir(this.directory).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith(".upload"))) {
      const path = join(this.directory, name);
      const info = await stat(path).catch(() => null);
      if (info && !livePaths.has(path) && now - info.mtimeMs > ttl) await rm(path, { force: true });
    }
  }
}
