// Worker thread of a large response import: maps and encodes the batches the import's thread posts,
// in order, while that thread writes the previous ones (see encode-import-rows.ts).
import { parentPort, workerData } from "node:worker_threads";
import { type PackedRows, type ResponseEncoderSetup, ResponseRowEncoder } from "./encode-response-rows.ts";

const port = parentPort;
if (!port) throw new Error("encode-response-rows.worker.ts runs only as a worker thread");
const encoder = new ResponseRowEncoder(workerData as ResponseEncoderSetup);
port.on("message", (packed: PackedRows) => {
  const batch = encoder.encode(packed);
  port.postMessage(batch, [batch.rollup.buffer]);
});
port.postMessage("ready");
