// A server for the submit benchmark, in its own process so that autocannon (in the parent) and the
// server do not share an event loop. `serve.ts raw` runs the baseline; `serve.ts motmap <sqlite file>
// <per minute>` runs motmap's real app with its public rate limits raised to <per minute> through
// startServer's options (every benchmark request comes from 127.0.0.1). Prints {"port":N} once listening.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const [mode, file, limit] = process.argv.slice(2);
const announce = (port: number) => process.stdout.write(`${JSON.stringify({ port })}\n`);

if (mode === "raw") {
  // The baseline: read the whole JSON body, parse it, answer 201 with a small JSON, as motmap does.
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      let status = 201;
      let body: string;
      try {
        JSON.parse(Buffer.concat(chunks).toString("utf8"));
        body = JSON.stringify({ id: crypto.randomUUID(), duplicate: false });
      } catch {
        status = 400;
        body = JSON.stringify({ error: { code: "validation_failed" } });
      }
      res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.listen(0, "127.0.0.1", () => announce((server.address() as AddressInfo).port));
  process.once("SIGTERM", () => server.close(() => process.exit(0)));
} else if (mode === "motmap" && file && Number(limit) > 0) {
  // Loaded here so that the raw server carries none of motmap's modules. The server `motmap serve`
  // starts (the submit lane, background rollups and WAL checkpoints), with raised rate limits.
  const { openDatabase } = await import("@motmap/db");
  const { startServer } = await import("@motmap/server");
  const database = openDatabase({ engine: "sqlite", file });
  const server = await startServer(database, 0, undefined, {
    hostname: "127.0.0.1",
    publicSurveyRequestsPerMinute: Number(limit),
    surveySubmissionsPerMinute: Number(limit),
  });
  announce(server.port);
  process.once(
    "SIGTERM",
    () =>
      void server
        .close()
        .then(() => database.close())
        .then(() => process.exit(0)),
  );
} else {
  console.error("usage: serve.ts raw | serve.ts motmap <sqlite file> <requests per minute>");
  process.exit(2);
}
