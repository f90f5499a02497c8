import type { Migration } from "kysely";
import * as initial from "./0001-initial.ts";
import * as mapLanes from "./0002-map-lanes-comments-shares.ts";
import * as surveys from "./0003-surveys.ts";
import * as responseDocuments from "./0004-response-documents.ts";
import * as imports from "./0005-imports.ts";
import * as voc from "./0006-voc.ts";
import * as rollups from "./0007-rollups.ts";
import * as followUpCalls from "./0008-follow-up-calls.ts";
import * as alerts from "./0009-alerts.ts";
import * as vocImports from "./0010-voc-imports.ts";
import * as rollupQueue from "./0011-rollup-queue.ts";
import * as rollupPendingResponses from "./0012-rollup-pending-responses.ts";

/** Ordered by name; add new files here. Kysely records applied names in its own table. */
export const migrations: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-map-lanes-comments-shares": mapLanes,
  "0003-surveys": surveys,
  "0004-response-documents": responseDocuments,
  "0005-imports": imports,
  "0006-voc": voc,
  "0007-rollups": rollups,
  "0008-follow-up-calls": followUpCalls,
  "0009-alerts": alerts,
  "0010-voc-imports": vocImports,
  "0011-rollup-queue": rollupQueue,
  "0012-rollup-pending-responses": rollupPendingResponses,
};
