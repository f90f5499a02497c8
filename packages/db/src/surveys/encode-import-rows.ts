import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { RollupAggregates } from "../insight/rollup-cells.ts";
import type { ImportRowSource } from "../shared/import-rows.ts";
import {
  type EncodedBatch,
  type EncoderState,
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
  /** True once batches are encoded in a worker thread. */
  threaded: boolean;
  /** Resolves when the worker can take batches (true) or could not start (false). */
  ready: Promise<boolean>;
  encode(rows: PackedRows): Promise<EncodedBatch>;
  /** After the last batch: the rollups of every valid row (none in a preview or once a row was bad). */
  finish(): Promise<RollupAggregates[]>;
  close(): Promise<void>;
}

export function inThreadEncoder(setup: ResponseEncoderSetup): BatchEncoder {
  const encoder = new ResponseRowEncoder(setup);
  return {
    threaded: false,
    ready: Promise.resolve(false),
    encode: async (rows) => encoder.encode(rows),
    finish: async () => [encoder.takeRollups()].filter((a) => a !== null),
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

type Asked = PackedRows | "finish";
/** What the worker is sent: a batch, "finish", or the state of the rows encoded here before it was ready. */
export type WorkerMessage = Asked | { resume: EncoderState };

/**
 * Encodes batches in a worker thread. The worker takes ~1 s to load under tsx: until then batches are
 * encoded here, then the encoder's state (keys seen, samples) moves to the worker and it takes the rest,
 * in order. If it cannot start at all (no tsx, no threads), every batch is encoded here.
 */
export function workerEncoder(setup: ResponseEncoderSetup): BatchEncoder {
  let local: ResponseRowEncoder | null = new ResponseRowEncoder(setup);
  const rollups: RollupAggregates[] = [];
  const waiting: { resolve: (answer: unknown) => void; reject: (e: Error) => void }[] = [];
  let worker: Worker | null = null;
  let failure: Error | null = null;
  let signalReady: (ready: boolean) => void = () => {};
  const ready = new Promise<boolean>((resolve) => {
    signalReady = resolve;
  });
  let isReady = false;

  const ask = <T>(asked: Asked): Promise<T> => {
    if (failure) return Promise.reject(failure);
    if (local && !(isReady && worker)) {
      const here = local;
      return new Promise((resolve) => resolve((asked === "finish" ? here.takeRollups() : here.encode(asked)) as T));
    }
    const w = worker as Worker;
    if (local) {
      // The worker is ready: hand over, once, and encode nothing here any more.
      const state = local.handOver();
      if (state.rollups) rollups.push(state.rollups);
      w.postMessage({ resume: { ...state, rollups: null } } satisfies WorkerMessage);
      local = null;
      encoder.threaded = true;
    }
    return new Promise((resolve, reject) => {
      waiting.push({ resolve: resolve as (answer: unknown) => void, reject });
      w.postMessage(asked satisfies WorkerMessage);
    });
  };
  const encoder: BatchEncoder = {
    threaded: false,
    ready,
    encode: (rows) => ask<EncodedBatch>(rows),
    async finish() {
      const last = await ask<RollupAggregates | null>("finish");
      return last ? [...rollups, last] : rollups;
    },
    async close() {
      worker?.removeAllListeners();
      await worker?.terminate();
    },
  };
  const stopped = (e: Error) => {
    worker?.removeAllListeners();
    if (local) {
      // Never took a batch (it could not start): this thread keeps encoding.
      if (process.env.MOTMAP_DEBUG_WORKER) console.error(e);
      worker = null;
      signalReady(false);
      return;
    }
    failure ??= e;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  try {
    worker = startWorker(setup);
  } catch (e) {
    stopped(e as Error);
    return encoder;
  }
  worker.on("message", (m: EncodedBatch | { rollups: RollupAggregates | null } | "ready") => {
    if (m === "ready") {
      isReady = true;
      signalReady(true);
    } else waiting.shift()?.resolve("rollups" in m ? m.rollups : m);
  });
  worker.on("error", stopped);
  worker.on("exit", (code) => stopped(new Error(`the import worker stopped (exit code ${code})`)));
  return encoder;
}

export interface EncodeImportOptions {
  progressEvery: number;
  batchRows?: number;
  /** Called once the encoder is chosen (tests look at `threaded` afterwards). */
  onEncoder?: (encoder: BatchEncoder) => void;
  /** Called after the last batch with the rollups the encoder aggregated (setup.rollups). */
  onRollups?: (aggregates: RollupAggregates[]) => void;
  /**
   * Tests: wait for the worker before the batch of this index, so the handover is deterministic (0: every
   * batch in the worker). Otherwise batches never wait for it.
   */
  awaitWorkerAt?: number;
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
  let posted = 0;
  const post = async (e: BatchEncoder) => {
    if (posted++ === options.awaitWorkerAt) await e.ready;
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
        await post(encoder);
        if (queue.length >= AHEAD) yield await (queue.shift() as Promise<EncodedBatch>);
      }
    }
    if (packer.size > 0) {
      if (!encoder) {
        encoder = inThreadEncoder(setup);
        options.onEncoder?.(encoder);
      }
      await post(encoder);
    }
    while (queue.length > 0) yield await (queue.shift() as Promise<EncodedBatch>);
    if (encoder && options.onRollups) options.onRollups(await encoder.finish());
    source.onProgress?.(read);
  } finally {
    await encoder?.close();
  }
}
