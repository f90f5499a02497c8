// Worker thread of a large response import: maps and encodes the batches the import's thread posts,
// in order, while that thread writes the previous ones. It first resumes from the state of the batches
// encoded there while it loaded; "finish" answers the rollups of the rest (see encode-import-rows.ts).
import { parentPort, workerData } from "node:worker_threads";
import type { WorkerMessage } from "./encode-import-rows.ts";
import { type ResponseEncoderSetup, ResponseRowEncoder } from "./encode-response-rows.ts";

const port = parentPort;
if (!port) throw new Error("encode-response-rows.worker.ts runs only as a worker thread");
const encoder = new ResponseRowEncoder(workerData as ResponseEncoderSetup);
port.on("message", (message: WorkerMessage) => {
  if (message === "finish") port.postMessage({ rollups: encoder.takeRollups() });
  else if ("resume" in message) encoder.resume(message.resume);
  else {
    const batch = encoder.encode(message);
    port.postMessage(batch, [batch.rollup.buffer]);
  }
});
port.postMessage("ready");
