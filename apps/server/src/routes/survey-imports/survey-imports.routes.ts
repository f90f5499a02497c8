import { OpenAPIHono } from "@hono/zod-openapi";
import { checkMappingQuestions, type ImportMapping, suggestMapping } from "@motmap/core";
import { getImportMapping, getSurvey, importSurveyResponses, listDepartments, listSurveyImports } from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { respond, validationHook } from "../../http/errors.ts";
import { body, hospitalRoute, ItemsOf, json } from "../../http/route.ts";
import { JobStarted, UploadQuery, uploadBody, uploadTooLarge } from "../imports/import.types.ts";
import {
  findUpload,
  jobJson,
  notFoundUpload,
  previewUpload,
  receiveUpload,
  startImportJob,
  uploadedJson,
} from "../imports/import-routes.ts";
import { ImportUploads } from "../imports/import-uploads.ts";
import {
  ImportJobBody,
  ImportReportBody,
  JobParams,
  MappingBody,
  SurveyImportListItem,
  SurveyImportParams,
  UploadParams,
  UploadResponse,
} from "./survey-imports.types.ts";

const tags = ["Survey imports"];

/** The upload route takes the raw file, not JSON: app.ts exempts it from the JSON body limit. */
export const isImportUploadPath = (path: string) =>
  /^\/api\/hospitals\/[^/]+\/surveys\/[^/]+\/imports\/uploads\/?$/.test(path);

export interface SurveyImportOptions {
  /** Where uploads wait for their commit; os.tmpdir()/motmap-uploads by default. */
  directory?: string;
  /** Largest upload in bytes (200 MB by default). */
  maxBytes?: number;
}

/** Bulk import of survey responses: upload a CSV/XLSX, map its columns, preview, commit in the background. */
export function surveyImportRoutes(options: SurveyImportOptions = {}) {
  const uploads = new ImportUploads(options);
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  routes.openapi(
    hospitalRoute("edit", {
      method: "post",
      path: "/surveys/{surveyId}/imports/uploads",
      tags,
      summary: "Upload a CSV or XLSX file of responses: its columns, first rows and a suggested column mapping",
      description:
        "The request body is the file itself (not JSON), at most 200 MB; the file waits on the server for an hour.",
      request: { params: SurveyImportParams, query: UploadQuery, body: uploadBody },
      responses: {
        201: json(UploadResponse, "Uploaded"),
        ...uploadTooLarge,
      },
    }),
    async (c) => {
      const ctx = c.get("hospital");
      const { surveyId } = c.req.valid("param");
      const survey = await getSurvey(ctx, surveyId);
      if (!survey.ok) return respond(c, survey);
      const received = await receiveUpload(c, uploads, ctx, surveyId, c.req.valid("query").fileName ?? "upload");
      if (received instanceof Response) return received as never;
      const { header, sampleRows } = received;

      const definition = survey.value.definition;
      const saved = await getImportMapping(ctx, header);
      // A mapping remembered from another survey with the same columns may name questions this one lacks.
      const remembered =
        saved.ok && saved.value && checkMappingQuestions(saved.value.mapping, definition).length === 0
          ? saved.value
          : null;
      const departments = (await listDepartments(ctx)).map((d) => ({
        id: d.id,
        name: d.name,
        nameEn: d.nameEn,
        code: d.code,
      }));
      const suggestedMapping: ImportMapping = remembered
        ? remembered.mapping
        : suggestMapping(header, definition, departments, sampleRows);
      return uploadedJson(c, received, suggestedMapping, remembered);
    },
  );

  routes.openapi(
    hospitalRoute("edit", {
      method: "post",
      path: "/surveys/{surveyId}/imports/uploads/{uploadId}/preview",
      tags,
      summary: "Check every row of an upload with a column mapping; nothing is written",
      request: { params: UploadParams, body: body(MappingBody) },
      responses: { 200: json(ImportReportBody) },
    }),
    async (c) => {
      const ctx = c.get("hospital");
      const { surveyId, uploadId } = c.req.valid("param");
      const upload = findUpload(uploads, ctx, uploadId, surveyId);
      if (!upload) return notFoundUpload(c, uploadId);
      const { mapping } = c.req.valid("json");
      const result = await previewUpload(upload, (source) =>
        importSurveyResponses(ctx, surveyId, { ...source, mapping, mode: "preview" }),
      );
      return respond(c, result);
    },
  );

  routes.openapi(
    hospitalRoute("edit", {
      method: "post",
      path: "/surveys/{surveyId}/imports/uploads/{uploadId}/commit",
      tags,
      summary: "Import an upload: all rows or none, in the background; poll the job for progress",
      description: "One import per survey runs at a time (409 otherwise). The uploaded file is deleted afterwards.",
      request: { params: UploadParams, body: body(MappingBody) },
      responses: { 202: json(JobStarted, "Started") },
    }),
    async (c) => {
      const ctx = c.get("hospital");
      const { surveyId, uploadId } = c.req.valid("param");
      const upload = findUpload(uploads, ctx, uploadId, surveyId);
      if (!upload) return notFoundUpload(c, uploadId);
      const { mapping } = c.req.valid("json");
      return startImportJob(
        c,
        uploads,
        upload,
        "Another import of this survey is running; wait for it to finish",
        (source) => importSurveyResponses(ctx, surveyId, { ...source, mapping, mode: "commit" }),
      );
    },
  );

  routes.openapi(
    hospitalRoute("read", {
      method: "get",
      path: "/surveys/{surveyId}/imports/jobs/{jobId}",
      tags,
      summary: "Progress of an import: rows done, then the report",
      request: { params: JobParams },
      responses: { 200: json(ImportJobBody) },
    }),
    async (c) => {
      const ctx = c.get("hospital");
      const { surveyId, jobId } = c.req.valid("param");
      return jobJson(c, uploads, ctx, jobId, surveyId);
    },
  );

  routes.openapi(
    hospitalRoute("read", {
      method: "get",
      path: "/surveys/{surveyId}/imports",
      tags,
      summary: "Past imports of a survey, newest first",
      request: { params: SurveyImportParams },
      responses: { 200: json(ItemsOf(SurveyImportListItem)) },
    }),
    async (c) => {
      const ctx = c.get("hospital");
      const { surveyId } = c.req.valid("param");
      // An unknown survey (or another hospital's) is a 404, not an empty history.
      const survey = await getSurvey(ctx, surveyId);
      if (!survey.ok) return respond(c, survey);
      const result = await listSurveyImports(ctx, { surveyId });
      return respond(c, result.ok ? { ok: true, value: { items: result.value } } : result);
    },
  );

  return routes;
}
