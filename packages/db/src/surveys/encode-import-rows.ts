import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { RollupAggregates } from "../insight/rollup-cells.ts";
import { type ImportRowSource, type RereadableRows, rereadableRows } from "../shared/import-rows.ts";
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
  /** True once the worker reads the rest of the file by itself. */
  reading: boolean;
  /** Resolves when the worker can take batches (true) or could not start (false). */
  ready: Promise<boolean>;
  encode(rows: PackedRows): Promise<EncodedBatch>;
  /** True once a worker is ready to read the rest of a file by itself (read). */
  canRead(): boolean;
  /**
   * Hands the rest of `source`'s file, after row `after`, to the worker: it reads, maps and encodes it,
   * `batchRows` rows per batch, while this thread writes. Yields those batches, after the ones posted before.
   */
  read(source: RereadableRows, after: number, batchRows: number): AsyncGenerator<EncodedBatch>;
  /** After the last batch: the rollups of every valid row (none in a preview or once a row was bad). */
  finish(): Promise<RollupAggregates[]>;
  close(): Promise<void>;
}

export function inThreadEncoder(setup: ResponseEncoderSetup): BatchEncoder {
  const encoder = new ResponseRowEncoder(setup);
  return {
    threaded: false,
    reading: false,
    ready: Promise.resolve(false),
    encode: async (rows) => encoder.encode(rows),
    canRead: () => false,
    read: () => {
      throw new Error("an encoder in this thread reads no file");
    },
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
/** A file for the worker to read from row `after` on (encode-response-rows.worker.ts). */
export interface ReadRequest {
  file: RereadableRows["file"];
  after: number;
  batchRows: number;
  /** Batches it may post beyond the ones taken ("more"). */
  ahead: number;
}
/**
 * What the worker is sent: a batch, "finish", the state of the rows encoded here before it was ready,
 * a file to read, or "more" (a batch it read was taken).
 */
export type WorkerMessage = Asked | { resume: EncoderState } | { read: ReadRequest } | "more";
/** What the worker answers: "ready", a batch posted, the rollups, or what it reads by itself. */
export type FromWorker =
  | "ready"
  | EncodedBatch
  | { rollups: RollupAggregates | null }
  | { read: EncodedBatch }
  | { readEnd: true }
  | { readError: { message: string; table: boolean; code: string; detail: string; row?: number } };

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

  /** The worker is ready: hands over, once, and encodes nothing here any more. */
  const takeOver = (): Worker => {
    const w = worker as Worker;
    if (local) {
      const state = local.handOver();
      if (state.rollups) rollups.push(state.rollups);
      w.postMessage({ resume: { ...state, rollups: null } } satisfies WorkerMessage);
      local = null;
      encoder.threaded = true;
    }
    return w;
  };
  // Batches the worker read by itself, not yet taken; who waits for the next; how its reading ended.
  const inbox: EncodedBatch[] = [];
  let readEnded = false;
  let readFailure: Error | null = null;
  let wakeReader: (() => void) | null = null;
  let readSource: RereadableRows | null = null;
  const wakeUp = () => {
    wakeReader?.();
    wakeReader = null;
  };

  /** The batches the worker reads by itself, in order, each acknowledged ("more") once taken. */
  async function* taken(w: Worker): AsyncGenerator<EncodedBatch> {
    for (;;) {
      const batch = inbox.shift();
      if (batch) {
        w.postMessage("more" satisfies WorkerMessage);
        yield batch;
        continue;
      }
      if (readFailure) throw readFailure;
      if (failure) throw failure;
      if (readEnded) return;
      await new Promise<void>((resolve) => {
        wakeReader = resolve;
      });
    }
  }

  const ask = <T>(asked: Asked): Promise<T> => {
    if (failure) return Promise.reject(failure);
    if (local && !(isReady && worker)) {
      const here = local;
      return new Promise((resolve) => resolve((asked === "finish" ? here.takeRollups() : here.encode(asked)) as T));
    }
    const w = takeOver();
    return new Promise((resolve, reject) => {
      waiting.push({ resolve: resolve as (answer: unknown) => void, reject });
      w.postMessage(asked satisfies WorkerMessage);
    });
  };
  const encoder: BatchEncoder = {
    threaded: false,
    reading: false,
    ready,
    encode: (rows) => ask<EncodedBatch>(rows),
    canRead: () => isReady && worker !== null && failure === null,
    read(source, after, batchRows) {
      const w = takeOver();
      readSource = source;
      encoder.reading = true;
      w.postMessage({ read: { file: source.file, after, batchRows, ahead: AHEAD } } satisfies WorkerMessage);
      return taken(w);
    },
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
    wakeUp();
  };
  try {
    worker = startWorker(setup);
  } catch (e) {
    stopped(e as Error);
    return encoder;
  }
  worker.on("message", (m: FromWorker) => {
    if (m === "ready") {
      isReady = true;
      signalReady(true);
    } else if ("read" in m) {
      inbox.push(m.read);
      wakeUp();
    } else if ("readEnd" in m) {
      readEnded = true;
      wakeUp();
    } else if ("readError" in m) {
      const { message, table, code, detail, row } = m.readError;
      readFailure = table && readSource ? readSource.error(code, detail, row) : new Error(message);
      wakeUp();
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
  /**
   * Whether the worker may read the rest of a CSV file itself. By default only for a SQLite commit, where
   * this thread's inserts are the limit; on PostgreSQL and in a preview this thread mostly waits (for the
   * server, for the worker), so it parses and the worker, the busier thread, does not.
   */
  workerReads?: boolean;
}

/**
 * Reads the rows of `source`, packs them in batches and yields each batch mapped and encoded, in file
 * order. A file longer than one batch is encoded in a worker thread while the caller writes the batches
 * already yielded; a shorter one in this thread (a worker costs more to start than it would save).
 * In a SQLite commit of a CSV file the worker can read again (rereadableRows), this thread reads only
 * until the worker is ready: the worker then reads, parses, maps and encodes the rest of the file itself,
 * and this thread only inserts (see `workerReads`). XLSX and streamed CSV are read here.
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
  let reported = 0;
  // Progress (and cancellation) every `progressEvery` rows, as they are read here or by the worker.
  const readRows = (n: number) => {
    read += n;
    while (read - reported >= options.progressEvery) {
      reported += options.progressEvery;
      source.onProgress?.(reported);
      source.signal?.throwIfAborted();
    }
  };
  // A CSV file the worker can read again: once it is ready it reads the rest itself (parsing included).
  const rereadable = (options.workerReads ?? setup.output === "sqlite") ? rereadableRows(source.rows) : null;
  let lastRow = 1;
  let handedOver = false;
  try {
    for await (const { row, cells } of source.rows) {
      readRows(1);
      packer.add(row, cells);
      lastRow = row;
      if (packer.size === batchRows) {
        if (!encoder) {
          encoder = workerEncoder(setup);
          options.onEncoder?.(encoder);
        }
        await post(encoder);
        if (rereadable && encoder.canRead()) {
          handedOver = true;
          break;
        }
        if (queue.length >= AHEAD) yield await (queue.shift() as Promise<EncodedBatch>);
      }
    }
    if (handedOver && encoder && rereadable) {
      // Leaving the loop ended this thread's reading; the file stays open until its stream is destroyed.
      rereadable.close();
      const rest = encoder.read(rereadable, lastRow, batchRows);
      while (queue.length > 0) yield await (queue.shift() as Promise<EncodedBatch>);
      for await (const batch of rest) {
        readRows(batch.rows);
        yield batch;
      }
    } else if (packer.size > 0) {
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
