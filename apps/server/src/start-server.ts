import { serve } from "@hono/node-server";
import type { Database } from "@motmap/db";
import { createApp } from "./app.ts";

/** Listens on `port`; resolves once the socket is bound. */
export function startServer(database: Database, port: number, webDist?: string) {
  const app = createApp({ database, ...(webDist ? { webDist } : {}) });
  return new Promise<{ port: number; close: () => Promise<void> }>((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? "0.0.0.0" }, (info) => {
      resolve({
        port: info.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
