import { afterAll, beforeAll, describe } from "vitest";
import { auditSuite } from "./suites/audit.ts";
import { membersSuite } from "./suites/members.ts";
import { tenancySuite } from "./suites/tenancy.ts";
import { engines, freshDatabase, type TestDatabase } from "./support/engines.ts";

// Who sees and changes what: tenant scoping, members and sessions, the audit log.
// The suites share one database per engine (a PGlite start-up costs seconds); every test works in
// hospitals of its own, so they cannot see each other's rows.
describe.each(engines())("access on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(engine);
  });
  afterAll(() => t.dispose());
  const database = () => t;

  tenancySuite(database);
  membersSuite(database);
  auditSuite(database);
});
