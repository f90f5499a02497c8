import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Hono } from "hono";

// Swagger UI served from the installed package: hospitals' networks often have no internet access.
const distDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
const asset = (name: string) => readFileSync(join(distDir, name));

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>motmap API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

const init = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true });`;

export const apiDocsRoutes = new Hono()
  .get("/api/docs", (c) => c.html(page))
  .get("/api/docs/init.js", (c) => c.body(init, 200, { "Content-Type": "text/javascript; charset=utf-8" }))
  .get("/api/docs/swagger-ui.css", (c) =>
    c.body(asset("swagger-ui.css"), 200, {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
    }),
  )
  .get("/api/docs/swagger-ui-bundle.js", (c) =>
    c.body(asset("swagger-ui-bundle.js"), 200, {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
    }),
  );
