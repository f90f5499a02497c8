import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createDepartment,
  createSurvey,
  type HospitalContext,
  publishSurvey,
  sqliteHandle,
  startWalCheckpointer,
  submitSurveyResponse,
} from "../src/index.ts";
import { pendingRowsQuery } from "../src/insight/apply-pending-rollups.ts";
import { engines, freshDatabase, type TestDatabase } from "./support/engines.ts";
import { insertUser, newHospital, unwrap } from "./support/fixtures.ts";

// Public submissions are written in group commits (surveys/response-commit-queue.ts): every
// submission that arrives while a batch commits joins the next batch. These tests hold the batch to
// what one transaction per submission guaranteed.
describe.each(engines())("public submissions in group commits on %s", (engine) => {
  let t: TestDatabase;
  let ctx: HospitalContext;
  let publicId: string;
  let surveyId: string;
  let departmentId: string;

  beforeAll(async () => {
    t = await freshDatabase(engine);
    ctx = await newHospital(t, await insertUser(t, "김팀장"));
    departmentId = unwrap(await createDepartment(ctx, { name: "내과", nameEn: "Internal Medicine", code: "IM" })).id;
    const survey = unwrap(
      await createSurvey(ctx, {
        title: "외래 만족도",
        definition: {
          sections: [
            {
              key: "s1",
              questions: [
                { key: "sat", type: "satisfaction", text: "만족도", required: true },
                { key: "comment", type: "free_text", text: "의견" },
              ],
            },
          ],
        },
      }),
    );
    unwrap(await publishSurvey(ctx, survey.id));
    surveyId = survey.id;
    publicId = survey.publicId;
  });
  afterAll(() => t.dispose());

  const body = (submissionKey: string = crypto.randomUUID(), extra: Record<string, unknown> = {}) => ({
    submissionKey,
    answers: [{ key: "sat", value: 4 }],
    ...extra,
  });
  const stored = async (keys: string[]) =>
    t.db
      .selectFrom("survey_responses")
      .select((eb) => [
        "id",
        "submission_key",
        eb
          .exists(
            eb.selectFrom("rollup_pending_responses as p").select("p.response_id").whereRef("p.response_id", "=", "id"),
          )
          .as("queued"),
      ])
      .where("survey_id", "=", surveyId)
      .where("submission_key", "in", keys)
      .execute();

  it("writes a burst of concurrent submissions, each once, and answers each with its own id", async () => {
    const keys = Array.from({ length: 40 }, () => crypto.randomUUID());
    const results = await Promise.all(keys.map((k) => submitSurveyResponse(t.db, publicId, body(k))));
    const ids = results.map((r) => unwrap(r));
    expect(ids.every((r) => r.created && !r.duplicate)).toBe(true);
    expect(new Set(ids.map((r) => r.id)).size).toBe(keys.length);
    const rows = await stored(keys);
    expect(rows).toHaveLength(keys.length);
    // Queued as pending: the background applier folds them into the rollups.
    expect(rows.every((r) => Boolean(Number(r.queued)))).toBe(true);
    const byKey = new Map(rows.map((r) => [r.submission_key, r.id]));
    expect(keys.map((k) => byKey.get(k))).toEqual(ids.map((r) => r.id));
  });

  it("stores one response when the same key arrives twice in one batch, and gives both the same id", async () => {
    const key = crypto.randomUUID();
    const [a, b] = await Promise.all([
      submitSurveyResponse(t.db, publicId, body(key)),
      submitSurveyResponse(t.db, publicId, body(key)),
    ]);
    const first = unwrap(a);
    const second = unwrap(b);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    expect(first.id).toBe(second.id);
    expect(await stored([key])).toHaveLength(1);
  });

  it("rejects a foreign department inside a batch without failing the others", async () => {
    const good = [crypto.randomUUID(), crypto.randomUUID()];
    const bad = crypto.randomUUID();
    const [r1, r2, r3] = await Promise.all([
      submitSurveyResponse(t.db, publicId, body(good[0], { departmentId })),
      submitSurveyResponse(t.db, publicId, body(bad, { departmentId: crypto.randomUUID() })),
      submitSurveyResponse(t.db, publicId, body(good[1])),
    ]);
    expect(unwrap(r1).created).toBe(true);
    expect(unwrap(r3).created).toBe(true);
    expect(r2?.ok).toBe(false);
    if (r2?.ok === false) expect(r2.error.issues).toEqual([{ path: "departmentId", message: "no such department" }]);
    expect((await stored([...good, bad])).map((r) => r.submission_key).sort()).toEqual([...good].sort());
  });

  it("retries a failed batch one submission at a time, so only the failing one fails", async () => {
    // A database error on one row only (a trigger refuses the segment "boom"): the batch's transaction
    // fails as a whole, then each submission is written alone.
    if (engine === "sqlite") {
      await sql`CREATE TRIGGER refuse_boom BEFORE INSERT ON survey_responses WHEN NEW.segment = 'boom'
        BEGIN SELECT RAISE(ABORT, 'boom refused'); END`.execute(t.db);
    } else {
      await sql`CREATE FUNCTION refuse_boom() RETURNS trigger AS $$ BEGIN
        IF NEW.segment = 'boom' THEN RAISE EXCEPTION 'boom refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`.execute(
        t.db,
      );
      await sql`CREATE TRIGGER refuse_boom BEFORE INSERT ON survey_responses FOR EACH ROW EXECUTE FUNCTION refuse_boom()`.execute(
        t.db,
      );
    }
    try {
      const good = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
      const bad = crypto.randomUUID();
      const outcomes = await Promise.allSettled([
        submitSurveyResponse(t.db, publicId, body(good[0])),
        submitSurveyResponse(t.db, publicId, body(bad, { segment: "boom" })),
        submitSurveyResponse(t.db, publicId, body(good[1])),
        submitSurveyResponse(t.db, publicId, body(good[2])),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled", "fulfilled"]);
      expect(String((outcomes[1] as PromiseRejectedResult).reason)).toContain("boom refused");
      expect((await stored([...good, bad])).map((r) => r.submission_key).sort()).toEqual([...good].sort());
    } finally {
      await sql`DROP TRIGGER refuse_boom${engine === "sqlite" ? sql`` : sql` ON survey_responses`}`.execute(t.db);
    }
  });

  it("keeps answering after a batch failed (the queue is not left stuck)", async () => {
    const r = unwrap(await submitSurveyResponse(t.db, publicId, body()));
    expect(r.created).toBe(true);
  });

  it.runIf(engine === "sqlite")("finds pending responses through their queue's key, never a scan of all", () => {
    const raw = sqliteHandle(t.db);
    if (!raw) throw new Error("an SQLite handle");
    for (const scope of [{}, { hospitalId: ctx.hospitalId }, { hospitalId: ctx.hospitalId, surveyId }]) {
      const q = pendingRowsQuery(t.db, scope, false).compile();
      const plan = raw
        .prepare(`EXPLAIN QUERY PLAN ${q.sql}`)
        .all(...(q.parameters as unknown[]))
        .map((r) => (r as { detail: string }).detail)
        .join("; ");
      // The queue in its key order, each response looked up by its primary key.
      expect(plan, JSON.stringify(scope)).toMatch(/SEARCH r USING INDEX sqlite_autoindex_survey_responses_1 \(id=\?\)/);
      expect(plan, JSON.stringify(scope)).not.toMatch(/SCAN r\b/);
      expect(plan, JSON.stringify(scope)).not.toContain("TEMP B-TREE");
    }
  });

  it.runIf(engine === "sqlite")("checkpoints the WAL on a worker thread while the server runs", async () => {
    const raw = sqliteHandle(t.db);
    if (!raw) throw new Error("an SQLite handle");
    const stop = startWalCheckpointer(t);
    try {
      // The server's connection keeps only a backstop threshold once the worker is ready.
      await expect.poll(() => raw.pragma("wal_autocheckpoint", { simple: true }), { timeout: 5000 }).toBe(50_000);
      await Promise.all(Array.from({ length: 200 }, () => submitSurveyResponse(t.db, publicId, body())));
      // The worker copies the WAL into the database: a checkpoint now finds nothing left to copy.
      await expect
        .poll(
          () => {
            const [r] = raw.pragma("wal_checkpoint(PASSIVE)") as { log: number; checkpointed: number }[];
            return r ? r.log === r.checkpointed : false;
          },
          { timeout: 5000 },
        )
        .toBe(true);
    } finally {
      await stop();
    }
    expect(raw.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
  });
});
