// Worker thread of a large response import: maps and encodes the batches the import's thread posts,
// in order, while that thread writes the previous ones. It first resumes from the state of the batches
// encoded there while it loaded; "finish" answers the rollups of the rest (see encode-import-rows.ts).
// Given a CSV file to read ({ read }), it reads and parses the rest of the file itself and posts the
// batches unasked, at most `ahead` beyond the ones the import's thread has taken ("more").
import { parentPort, workerData } from "node:worker_threads";
import type { TableRow } from "../shared/import-rows.ts";
import type { FromWorker, ReadRequest, WorkerMessage } from "./encode-import-rows.ts";
import { type ResponseEncoderSetup, ResponseRowEncoder } from "./encode-response-rows.ts";

const port = parentPort;
if (!port) throw new Error("encode-response-rows.worker.ts runs only as a worker thread");
const post = (m: FromWorker, transfer?: ArrayBuffer[]) => port.postMessage(m, transfer);
const encoder = new ResponseRowEncoder(workerData as ResponseEncoderSetup);

let credits = 0;
let wake: (() => void) | null = null;

async function read({ file, after, batchRows, ahead }: ReadRequest): Promise<void> {
  credits += ahead;
  const send = async (rows: TableRow[]) => {
    while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
    credits--;
    const batch = encoder.encodeRows(rows);
    post({ read: batch }, [batch.rollup.buffer]);
  };
  let reader: {
    readCsvRows: (f: typeof file, after: number) => AsyncIterable<TableRow[]>;
    TableReadError: new (...args: never[]) => Error;
  } | null = null;
  try {
    reader = await import(file.reader);
    let pending: TableRow[] = [];
    for await (const rows of (reader as NonNullable<typeof reader>).readCsvRows(file, after)) {
      for (const r of rows) {
        pending.push(r);
        if (pending.length === batchRows) {
          await send(pending);
          pending = [];
        }
      }
    }
    if (pending.length > 0) await send(pending);
    post({ readEnd: true });
  } catch (e) {
    const err = e as Error & { code?: unknown; detail?: unknown; row?: unknown };
    post({
      readError: {
        message: err?.message ?? String(e),
        // A TableReadError: the import's thread makes it again, with its ko/en messages.
        table: reader !== null && e instanceof reader.TableReadError,
        code: typeof err?.code === "string" ? err.code : "",
        detail: typeof err?.detail === "string" ? err.detail : "",
        row: typeof err?.row === "number" ? err.row : undefined,
      },
    });
  }
}

port.on("message", (message: WorkerMessage) => {
  if (message === "finish") post({ rollups: encoder.takeRollups() });
  else if (message === "more") {
    credits++;
    wake?.();
    wake = null;
  } else if ("resume" in message) encoder.resume(message.resume);
  else if ("read" in message) void read(message.read);
  else {
    const batch = encoder.encode(message);
    post(batch, [batch.rollup.buffer]);
  }
});
post("ready");
