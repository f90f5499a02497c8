import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { ImportRowSource } from "../shared/import-rows.ts";
import {
  type EncodedBatch,
  type PackedRows,
  type ResponseEncoderSetup,
  ResponseRowEncoder,
  RowPacker,
} from "./encode-response-rows.ts";

/** Rows per batch posted to the worker (and per PostgreSQL statement). */
export const IMPORT_BATCH_ROWS = 2000;
/** Batches posted ahead of the one being written: the worker never waits, memory stays a few MB. */
const AHEAD = 4;

export interface BatchEncoder {
  /** True when the batches are encoded in a worker thread. */
  threaded: boolean;
  encode(rows: PackedRows): Promise<EncodedBatch>;
  close(): Promise<void>;
}

export function inThreadEncoder(setup: ResponseEncoderSetup): BatchEncoder {
  const encoder = new ResponseRowEncoder(setup);
  return {
    threaded: false,
    encode: async (rows) => encoder.encode(rows),
    close: async () => {},
  };
}

const WORKER = new URL("./encode-response-rows.worker.ts", import.meta.url);

function startWorker(setup: ResponseEncoderSetup): Worker {
  // The worker registers tsx before loading the TypeScript module: Node 20 does not apply an inherited
  // `--import tsx` to a worker's entry file, and under Vitest there is none to inherit.
  // tsx/esm/api resolves to its CommonJS build here; its ES module build sits beside it.
  const api = pathToFileURL(
    createRequire(import.meta.url)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs"),
  ).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER.href)}); })`;
  return new Worker(code, { eval: true, workerData: setup });
}

/**
 * A worker thread encoding batches in order. Batches are posted at once (the worker queues them while it
 * loads, ~1 s under tsx); if it cannot start at all they are encoded in this thread instead.
 */
export function workerEncoder(setup: ResponseEncoderSetup): BatchEncoder {
  const waiting: { rows: PackedRows; resolve: (b: EncodedBatch) => void; reject: (e: Error) => void }[] = [];
  let ready = false;
  let failure: Error | null = null;
  let fallback: ResponseRowEncoder | null = null;
  const encoder: BatchEncoder = {
    threaded: true,
    encode(rows) {
      if (failure) return Promise.reject(failure);
      if (fallback) {
        const f = fallback;
        return new Promise((resolve) => resolve(f.encode(rows)));
      }
      return new Promise((resolve, reject) => {
        waiting.push({ rows, resolve, reject });
        worker?.postMessage(rows);
      });
    },
    async close() {
      worker?.removeAllListeners();
      await worker?.terminate();
    },
  };
  const stopped = (e: Error) => {
    worker?.removeAllListeners();
    if (!ready) {
      // Never started (no tsx, no threads): encode here what was posted, in order, and all that follows.
      if (process.env.MOTMAP_DEBUG_WORKER) console.error(e);
      encoder.threaded = false;
      fallback = new ResponseRowEncoder(setup);
      for (const w of waiting.splice(0)) {
        try {
          w.resolve(fallback.encode(w.rows));
        } catch (error) {
          w.reject(error as Error);
        }
      }
      return;
    }
    failure ??= e;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  let worker: Worker | null = null;
  try {
    worker = startWorker(setup);
  } catch (e) {
    stopped(e as Error);
    return encoder;
  }
  worker.on("message", (m: EncodedBatch | "ready") => {
    if (m === "ready") ready = true;
    else waiting.shift()?.resolve(m);
  });
  worker.on("error", stopped);
  worker.on("exit", (code) => stopped(new Error(`the import worker stopped (exit code ${code})`)));
  return encoder;
}

export interface EncodeImportOptions {
  progressEvery: number;
  batchRows?: number;
  /** Called once the encoder is chosen (tests look at `threaded`). */
  onEncoder?: (encoder: BatchEncoder) => void;
}

/**
 * Reads the rows of `source`, packs them in batches and yields each batch mapped and encoded, in file
 * order. A file longer than one batch is encoded in a worker thread while the caller writes the batches
 * already yielded; a shorter one in this thread (a worker costs more to start than it would save).
 * Progress is reported, and cancellation checked, every `progressEvery` rows read and at the end.
 */
export async function* encodeImportRows(
  source: ImportRowSource,
  setup: ResponseEncoderSetup,
  options: EncodeImportOptions,
): AsyncGenerator<EncodedBatch> {
  const batchRows = options.batchRows ?? IMPORT_BATCH_ROWS;
  const packer = new RowPacker(batchRows);
  const queue: Promise<EncodedBatch>[] = [];
  let encoder: BatchEncoder | null = null;
  const post = (e: BatchEncoder) => {
    const next = e.encode(packer.take());
    // Awaited in order below; a failure is thrown there, not reported as unhandled here.
    next.catch(() => {});
    queue.push(next);
  };
  let read = 0;
  try {
    for await (const { row, cells } of source.rows) {
      if (++read % options.progressEvery === 0) {
        source.onProgress?.(read);
        source.signal?.throwIfAborted();
      }
      packer.add(row, cells);
      if (packer.size === batchRows) {
        if (!encoder) {
          encoder = workerEncoder(setup);
          options.onEncoder?.(encoder);
        }
        post(encoder);
        if (queue.length >= AHEAD) yield await (queue.shift() as Promise<EncodedBatch>);
      }
    }
    if (packer.size > 0) {
      if (!encoder) {
        encoder = inThreadEncoder(setup);
        options.onEncoder?.(encoder);
      }
      post(encoder);
    }
    while (queue.length > 0) yield await (queue.shift() as Promise<EncodedBatch>);
    source.onProgress?.(read);
  } finally {
    await encoder?.close();
  }
}
