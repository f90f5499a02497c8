import { z } from "@hono/zod-openapi";
import { VocImport, VocImportMapping } from "@motmap/core";
import { HospitalParams } from "../../http/route.ts";
import { importJobBody, uploadResponse } from "../imports/import.types.ts";

export const UploadParams = HospitalParams.extend({ uploadId: z.uuid() });
export const JobParams = HospitalParams.extend({ jobId: z.uuid() });

export const VocUploadResponse = uploadResponse(VocImportMapping, "VocImportUpload");
export const VocMappingBody = z.object({ mapping: VocImportMapping });
export const VocImportListItem = VocImport;
export const VocImportJobBody = importJobBody("VocImportJob");
