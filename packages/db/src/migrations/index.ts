import type { Migration } from "kysely";
import * as initial from "./0001-initial.ts";
import * as mapLanes from "./0002-map-lanes-comments-shares.ts";
import * as surveys from "./0003-surveys.ts";

/** Ordered by name; add new files here. Kysely records applied names in its own table. */
export const migrations: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-map-lanes-comments-shares": mapLanes,
  "0003-surveys": surveys,
};
