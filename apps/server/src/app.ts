import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Database } from "@motmap/db";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { apiDocsRoutes } from "./http/api-docs.ts";
import { bindHospital, loadSession } from "./http/auth.ts";
import type { AppEnv } from "./http/env.ts";
import { errorResponse, httpExceptionResponse, validationHook } from "./http/errors.ts";
import { secureHeadersMiddleware } from "./http/secure-headers.ts";
import { serveWeb } from "./http/serve-web.ts";
import { registerSubmitLane } from "./http/submit-lane.ts";
import { alertRoutes } from "./routes/alerts/alerts.routes.ts";
import { auditRoutes } from "./routes/audit/audit.routes.ts";
import { authRoutes } from "./routes/auth/auth.routes.ts";
import { commentRoutes } from "./routes/comments/comments.routes.ts";
import { departmentRoutes } from "./routes/departments/departments.routes.ts";
import { exportRoutes } from "./routes/exports/exports.routes.ts";
import { fhirRoutes } from "./routes/fhir/fhir.routes.ts";
import { followUpRoutes } from "./routes/follow-up/follow-up.routes.ts";
import { hospitalRoutes } from "./routes/hospitals/hospitals.routes.ts";
import { departmentInsightRoutes } from "./routes/insight/department-insight.routes.ts";
import { insightRoutes } from "./routes/insight/insight.routes.ts";
import { siteComparisonRoutes } from "./routes/insight/site-comparison.routes.ts";
import { touchpointDetailRoutes } from "./routes/insight/touchpoint-detail.routes.ts";
import { journeyRoutes } from "./routes/journeys/journeys.routes.ts";
import { laneRoutes } from "./routes/lanes/lanes.routes.ts";
import { memberRoutes } from "./routes/members/members.routes.ts";
import { painPointRoutes } from "./routes/pain-points/pain-points.routes.ts";
import { personaRoutes } from "./routes/personas/personas.routes.ts";
import { publicShareRoutes, shareRoutes } from "./routes/shares/shares.routes.ts";
import { siteRoutes } from "./routes/sites/sites.routes.ts";
import { stageRoutes } from "./routes/stages/stages.routes.ts";
import { surveyExportRoutes } from "./routes/survey-exports/survey-exports.routes.ts";
import { isImportUploadPath, surveyImportRoutes } from "./routes/survey-imports/survey-imports.routes.ts";
import { PublicSurveyLimiter } from "./routes/surveys/public-submission.ts";
import { publicSurveyRoutes, surveyRoutes } from "./routes/surveys/surveys.routes.ts";
import { templateRoutes } from "./routes/templates/templates.routes.ts";
import { touchpointRoutes } from "./routes/touchpoints/touchpoints.routes.ts";
import { vocRoutes } from "./routes/voc/voc.routes.ts";
import { vocCountRoutes } from "./routes/voc-counts/voc-counts.routes.ts";
import { isVocImportUploadPath, vocImportRoutes } from "./routes/voc-imports/voc-imports.routes.ts";

export interface AppOptions {
  database: Database;
  /** Built web app to serve (apps/web/dist); omitted in API tests. */
  webDist?: string;
  /** Login attempts per IP and e-mail per 15 minutes. */
  loginAttempts?: number;
  /** Requests per IP per minute to public (no login) endpoints such as share links. */
  publicRequestsPerMinute?: number;
  /** Requests per IP per minute to the public survey page and its submissions. */
  publicSurveyRequestsPerMinute?: number;
  /** Submissions per survey per minute, from all addresses together. */
  surveySubmissionsPerMinute?: number;
  /** Where uploaded import files wait for their commit (default: os.tmpdir()/motmap-uploads). */
  uploadDirectory?: string;
  /** Largest import upload in bytes (default 200 MB). */
  maxUploadBytes?: number;
}

export const VERSION = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version as string;

export function createApp(options: AppOptions) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use("*", secureHeadersMiddleware());
  app.use("*", async (c, next) => {
    c.set("database", options.database);
    await next();
  });

  app.get("/healthz", async (c) => {
    await options.database.db.selectFrom("hospitals").select("id").limit(1).execute();
    return c.json({ status: "ok", version: VERSION, database: options.database.engine });
  });

  const jsonBodyLimit = bodyLimit({
    maxSize: 5 * 1024 * 1024,
    onError: (c) => errorResponse(c, { code: "payload_too_large", message: "Request body over 5 MB" }),
  });
  // An import upload is a raw file streamed to disk with its own, larger limit.
  app.use("/api/*", csrf(), (c, next) =>
    isImportUploadPath(c.req.path) || isVocImportUploadPath(c.req.path) ? next() : jsonBodyLimit(c, next),
  );
  app.use("/api/*", loadSession);
  app.use("/api/hospitals/:hospitalId", bindHospital);
  app.use("/api/hospitals/:hospitalId/*", bindHospital);

  app.route("/", authRoutes(options.loginAttempts ?? 10));
  app.route("/", publicShareRoutes(options.publicRequestsPerMinute ?? 60));
  const publicSurveyLimiter = new PublicSurveyLimiter({
    perAddress: options.publicSurveyRequestsPerMinute ?? 30,
    perSurvey: options.surveySubmissionsPerMinute ?? 600,
  });
  app.route("/", publicSurveyRoutes(publicSurveyLimiter));
  for (const routes of [
    hospitalRoutes,
    siteRoutes,
    departmentRoutes,
    personaRoutes,
    journeyRoutes,
    stageRoutes,
    touchpointRoutes,
    painPointRoutes,
    memberRoutes,
    auditRoutes,
    laneRoutes,
    commentRoutes,
    shareRoutes,
    templateRoutes,
    exportRoutes,
    surveyRoutes,
    fhirRoutes,
    surveyExportRoutes,
    vocRoutes,
    followUpRoutes,
    insightRoutes,
    touchpointDetailRoutes,
    siteComparisonRoutes,
    departmentInsightRoutes,
    alertRoutes,
    vocCountRoutes,
  ]) {
    app.route("/", routes);
  }
  app.route("/", surveyImportRoutes({ directory: options.uploadDirectory, maxBytes: options.maxUploadBytes }));
  app.route("/", vocImportRoutes({ directory: options.uploadDirectory, maxBytes: options.maxUploadBytes }));

  app.openAPIRegistry.registerComponent("securitySchemes", "sessionCookie", {
    type: "apiKey",
    in: "cookie",
    name: "motmap_session",
  });
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "motmap API",
      version: VERSION,
      description:
        "Patient journeys, touchpoints (MOT), pain points, personas and departments of a hospital. " +
        "Log in with POST /api/auth/login; every other route is under /api/hospitals/{hospitalId}.",
    },
  });
  app.route("/", apiDocsRoutes);

  app.notFound((c) => errorResponse(c, { code: "not_found", message: `${c.req.method} ${c.req.path} does not exist` }));
  app.onError((e, c) => {
    if (e instanceof SyntaxError) {
      return errorResponse(c, {
        code: "validation_failed",
        message: "The request body is not valid JSON",
        issues: [{ path: "", message: e.message }],
      });
    }
    // Middleware (JSON parsing, CSRF, body limit) reports client errors as HTTPExceptions.
    if (e instanceof HTTPException && e.status < 500) return httpExceptionResponse(c, e);
    console.error(`[motmap] ${c.req.method} ${c.req.path} failed:`, e);
    return errorResponse(c, { code: "internal", message: "Internal error; it has been logged" });
  });

  if (options.webDist && existsSync(join(options.webDist, "index.html"))) serveWeb(app, options.webDist);
  // Served on a real socket, the public submit path skips the Fetch API adapter (http/submit-lane.ts).
  registerSubmitLane(app, { database: options.database, limiter: publicSurveyLimiter });
  return app;
}

export type App = ReturnType<typeof createApp>;
