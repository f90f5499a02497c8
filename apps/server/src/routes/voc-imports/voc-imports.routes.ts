import { OpenAPIHono } from "@hono/zod-openapi";
import { ImportReport, suggestVocMapping, type VocImportMapping } from "@motmap/core";
import { getVocImportMapping, importVocItems, listVocImports } from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { respond, validationHook } from "../../http/errors.ts";
import { body, HospitalParams, hospitalRoute, ItemsOf, json } from "../../http/route.ts";
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
  JobParams,
  UploadParams,
  VocImportJobBody,
  VocImportListItem,
  VocMappingBody,
  VocUploadResponse,
} from "./voc-imports.types.ts";

const tags = ["VOC (고객의 소리)"];
/** Uploads and jobs are scoped by what they import into; VOC imports are one scope per hospital. */
const SCOPE = "voc";

/** The upload route takes the raw file, not JSON: app.ts exempts it from the JSON body limit. */
export const isVocImportUploadPath = (path: string) => /^\/api\/hospitals\/[^/]+\/voc-imports\/uploads\/?$/.test(path);

/** Bulk import of VOC items: upload a CSV/XLSX, map its columns, preview, commit in the background. */
export function vocImportRoutes(options: { directory?: string; maxBytes?: number } = {}) {
  const uploads = new ImportUploads(options);
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  routes.openapi(
    hospitalRoute("edit", {
      method: "post",
      path: "/voc-imports/uploads",
      tags,
      summary: "Upload a CSV or XLSX file of VOC items: its columns, first rows and a suggested column mapping",
      description:
        "The request body is the file itself (not JSON), at most 200 MB; the file waits on the server for an hour.",
      request: { params: HospitalParams, query: UploadQuery, body: uploadBody },
      responses: { 201: json(VocUploadResponse, "Uploaded"), ...uploadTooLarge },
    }),
    async (c) => {
      const ctx = c.get("hospital");
      const received = await receiveUpload(c, uploads, ctx, SCOPE, c.req.valid("query").fileName ?? "upload");
      if (received instanceof Response) return received as never;
      const saved = await getVocImportMapping(ctx, received.header);
      const remembered = saved.ok ? saved.value : null;
      const suggestedMapping: VocImportMapping = remembered ? remembered.mapping : suggestVocMapping(received.header);
      return uploadedJson(c, received, suggestedMapping, remembered);
    },
  );

  routes.openapi(
    hospitalRoute("edit", {
      method: "post",
      path: "/voc-imports/uploads/{uploadId}/preview",
      tags,
      summary: "Check every row of a VOC upload with a column mapping; nothing is written",
      request: { params: UploadParams, body: body(VocMappingBody) },
      responses: { 200: json(ImportReport) },
    }),
    async (c) => {
      const ctx = c.get("hospital");
      const { uploadId } = c.req.valid("param");
      const upload = findUpload(uploads, ctx, uploadId, SCOPE);
      if (!upload) return notFoundUpload(c, uploadId);
      const { mapping } = c.req.valid("json");
      const result = await previewUpload(upload, (source) =>
        importVocItems(ctx, { ...source, mapping, mode: "preview" }),
      );
      return respond(c, result);
    },
  );

  routes.openapi(
    hospitalRoute("edit", {
      method: "post",
      path: "/voc-imports/uploads/{uploadId}/commit",
      tags,
      summary: "Import a VOC upload: all rows or none, in the background; poll the job for progress",
      description:
        "One VOC import per hospital runs at a time (409 otherwise). The uploaded file is deleted afterwards.",
      request: { params: UploadParams, body: body(VocMappingBody) },
      responses: { 202: json(JobStarted, "Started") },
    }),
    async (c) => {
      const ctx = c.get("hospital");
      const { uploadId } = c.req.valid("param");
      const upload = findUpload(uploads, ctx, uploadId, SCOPE);
      if (!upload) return notFoundUpload(c, uploadId);
      const { mapping } = c.req.valid("json");
      return startImportJob(c, uploads, upload, "Another VOC import is running; wait for it to finish", (source) =>
        importVocItems(ctx, { ...source, mapping, mode: "commit" }),
      );
    },
  );

  routes.openapi(
    hospitalRoute("read", {
      method: "get",
      path: "/voc-imports/jobs/{jobId}",
      tags,
      summary: "Progress of a VOC import: rows done, then the report",
      request: { params: JobParams },
      responses: { 200: json(VocImportJobBody) },
    }),
    async (c) => jobJson(c, uploads, c.get("hospital"), c.req.valid("param").jobId, SCOPE),
  );

  routes.openapi(
    hospitalRoute("read", {
      method: "get",
      path: "/voc-imports",
      tags,
      summary: "Past VOC imports, newest first",
      request: { params: HospitalParams },
      responses: { 200: json(ItemsOf(VocImportListItem)) },
    }),
    async (c) => {
      const result = await listVocImports(c.get("hospital"));
      return respond(c, result.ok ? { ok: true, value: { items: result.value } } : result);
    },
  );

  return routes;
}
