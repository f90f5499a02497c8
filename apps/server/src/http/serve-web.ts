import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./env.ts";

/** Serves the built web app; any other non-API path gets index.html (client-side routes). */
export function serveWeb(app: OpenAPIHono<AppEnv>, dist: string) {
  const indexHtml = readFileSync(join(dist, "index.html"), "utf8");
  app.use(
    "/assets/*",
    serveStatic({
      root: dist,
      onFound: (_path, c) => {
        c.header("Cache-Control", "public, max-age=31536000, immutable");
      },
    }),
  );
  app.use("*", serveStatic({ root: dist }));
  app.get("*", (c) => {
    if (c.req.path.startsWith("/api/")) return c.notFound();
    c.header("Cache-Control", "no-cache");
    return c.html(indexHtml);
  });
}
