// A server for the submit benchmark, in its own process so that autocannon (in the parent) and the
// server do not share an event loop. `serve.ts raw` runs the baseline; `serve.ts raw-store <sqlite file>`
// the baseline that also stores each body; `serve.ts motmap <sqlite file>
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
} else if (mode === "raw-store" && file) {
  // The second baseline: raw node:http that also stores every body in SQLite (better-sqlite3, WAL,
  // synchronous = NORMAL, as motmap opens it), committing what arrived in the same turn together, and
  // answers only after the commit. It validates nothing and keeps one table with one key: the floor of
  // "answer 201 once it is stored" on this machine, apart from motmap's code.
  const { default: SQLite } = await import("better-sqlite3");
  const db = new SQLite(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("CREATE TABLE IF NOT EXISTS submissions (id TEXT PRIMARY KEY, body TEXT NOT NULL)");
  const insert = db.prepare("INSERT INTO submissions (id, body) VALUES (?, ?)");
  let waiting: { body: string; res: import("node:http").ServerResponse }[] = [];
  const commit = db.transaction((batch: typeof waiting) => {
    for (const w of batch) insert.run(crypto.randomUUID(), w.body);
  });
  const flush = () => {
    const batch = waiting;
    waiting = [];
    commit(batch);
    for (const { res } of batch) {
      const body = JSON.stringify({ id: crypto.randomUUID(), duplicate: false });
      res.writeHead(201, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    }
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      waiting.push({ body, res });
      if (waiting.length === 1) setImmediate(flush);
    });
  });
  server.listen(0, "127.0.0.1", () => announce((server.address() as AddressInfo).port));
  process.once("SIGTERM", () =>
    server.close(() => {
      db.close();
      process.exit(0);
    }),
  );
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
  console.error(
    "usage: serve.ts raw | serve.ts raw-store <sqlite file> | serve.ts motmap <sqlite file> <requests per minute>",
  );
  process.exit(2);
}
