import { afterAll, beforeAll, describe } from "vitest";
import { cascadeSuite } from "./suites/cascade.ts";
import { crudSuite } from "./suites/crud.ts";
import { documentsSuite } from "./suites/documents.ts";
import { postgresSchemaSuite } from "./suites/migrations.ts";
import { orderingSuite } from "./suites/reorder.ts";
import { versionsSuite } from "./suites/versions.ts";
import { engines, freshDatabase, type TestDatabase } from "./support/engines.ts";

// Editing journeys: CRUD, ordering, cascades and moves, optimistic versions, journey documents.
// The suites share one database per engine (a PGlite start-up costs seconds); every test works in
// hospitals of its own, so they cannot see each other's rows.
describe.each(engines())("editing on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(engine);
  });
  afterAll(() => t.dispose());
  const database = () => t;

  crudSuite(database);
  orderingSuite(database);
  cascadeSuite(database);
  versionsSuite(database);
  documentsSuite(database);
});

postgresSchemaSuite();
