import { z } from "@hono/zod-openapi";
import { ImportMapping, ImportReport, SurveyImport } from "@motmap/core";
import { HospitalParams } from "../../http/route.ts";
import { importJobBody, uploadResponse } from "../imports/import.types.ts";

export const SurveyImportParams = HospitalParams.extend({ surveyId: z.uuid() });
export const UploadParams = SurveyImportParams.extend({ uploadId: z.uuid() });
export const JobParams = SurveyImportParams.extend({ jobId: z.uuid() });

export const UploadResponse = uploadResponse(ImportMapping, "ImportUpload");
export const MappingBody = z.object({ mapping: ImportMapping });
export const ImportReportBody = ImportReport;
export const SurveyImportListItem = SurveyImport;
export const ImportJobBody = importJobBody("ImportJob");
