import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyPendingRollups,
  applyPendingRollupsIn,
  createDepartment,
  createSurvey,
  type HospitalContext,
  publishSurvey,
  recomputeSurveyRollups,
  rememberedResponseCount,
  submitSurveyResponse,
} from "../src/index.ts";
import { engines, freshDatabase, type TestDatabase } from "./support/engines.ts";
import { insertUser, newHospital, unwrap } from "./support/fixtures.ts";
import { rollupRows } from "./support/rollups.ts";

// The submit path folds each committed response's rollups into memory (insight/remembered-rollups.ts);
// the applier writes that memory instead of reading the rows back. These tests hold it to the stored
// path: the rollups always equal a full recomputation, each response counted exactly once.
describe.each(engines())("rollups remembered from public submissions on %s", (engine) => {
  let t: TestDatabase;
  let ctx: HospitalContext;
  let other: HospitalContext;
  let departmentId: string;

  beforeAll(async () => {
    t = await freshDatabase(engine);
    ctx = await newHospital(t, await insertUser(t, "김팀장"));
    other = await newHospital(t, await insertUser(t, "박팀장"));
    departmentId = unwrap(await createDepartment(ctx, { name: "내과", nameEn: "Internal Medicine", code: "IM" })).id;
  });
  afterAll(() => t.dispose());

  async function openSurvey(hospital: HospitalContext) {
    const survey = unwrap(
      await createSurvey(hospital, {
        title: "외래 만족도",
        definition: {
          sections: [
            {
              key: "s1",
              questions: [
                { key: "sat", type: "satisfaction", text: "만족도", required: true },
                { key: "nps", type: "nps", text: "추천" },
                { key: "comment", type: "free_text", text: "의견" },
              ],
            },
          ],
        },
      }),
    );
    unwrap(await publishSurvey(hospital, survey.id));
    return survey;
  }

  const submitMany = (publicId: string, n: number, withDepartment = false) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        submitSurveyResponse(t.db, publicId, {
          submissionKey: crypto.randomUUID(),
          visitDate: `2026-0${1 + (i % 3)}-1${i % 10}`,
          ...(withDepartment && i % 2 === 0 ? { departmentId } : {}),
          ...(i % 3 === 0 ? { segment: "초진" } : {}),
          answers: [{ key: "sat", value: 1 + (i % 5) }, ...(i % 4 === 0 ? [] : [{ key: "nps", value: i % 11 }])],
        }),
      ),
    ).then((results) => results.map((r) => unwrap(r)));

  async function expectEqualToRecomputation(hospital: HospitalContext, surveyId: string) {
    const incremental = await rollupRows(t.db, { surveyId });
    expect(incremental.scores.length).toBeGreaterThan(0);
    await t.db.transaction().execute((trx) => recomputeSurveyRollups(trx, hospital, surveyId));
    expect(incremental).toEqual(await rollupRows(t.db, { surveyId }));
  }

  const pendingCount = async (surveyId: string) =>
    (
      await t.db
        .selectFrom("rollup_pending_responses")
        .select("response_id")
        .where("survey_id", "=", surveyId)
        .execute()
    ).length;

  it("applies what the submits folded as they committed, once, and clears every pending mark", async () => {
    await applyPendingRollups(t.db);
    const survey = await openSurvey(ctx);
    const created = await submitMany(survey.publicId, 30, true);
    expect(created.every((r) => r.created)).toBe(true);
    // A resubmission of a stored key is not a new response: it is not remembered twice.
    const again = unwrap(
      await submitSurveyResponse(t.db, survey.publicId, {
        submissionKey: (
          await t.db
            .selectFrom("survey_responses")
            .select("submission_key")
            .where("id", "=", created[0]?.id ?? "")
            .executeTakeFirstOrThrow()
        ).submission_key,
        answers: [{ key: "sat", value: 5 }],
      }),
    );
    expect(again.duplicate).toBe(true);
    expect(rememberedResponseCount(t.db)).toBe(30);
    expect(await pendingCount(survey.id)).toBe(30);

    expect(await applyPendingRollups(t.db, { hospitalId: ctx.hospitalId })).toBe(30);
    expect(rememberedResponseCount(t.db)).toBe(0);
    expect(await pendingCount(survey.id)).toBe(0);
    expect(await applyPendingRollups(t.db)).toBe(0);
    await expectEqualToRecomputation(ctx, survey.id);
  });

  it("applies only the scope asked for and keeps the other hospital's in memory", async () => {
    const mine = await openSurvey(ctx);
    const theirs = await openSurvey(other);
    await submitMany(mine.publicId, 5);
    await submitMany(theirs.publicId, 7);
    expect(rememberedResponseCount(t.db)).toBe(12);
    expect(await applyPendingRollups(t.db, { hospitalId: other.hospitalId })).toBe(7);
    expect(rememberedResponseCount(t.db)).toBe(5);
    expect(await pendingCount(mine.id)).toBe(5);
    expect(await applyPendingRollups(t.db)).toBe(5);
    await expectEqualToRecomputation(ctx, mine.id);
    await expectEqualToRecomputation(other, theirs.id);
  });

  it("drops the memory, never counting twice, when another applier got to some of its rows first", async () => {
    const survey = await openSurvey(ctx);
    await submitMany(survey.publicId, 12, true);
    expect(rememberedResponseCount(t.db)).toBe(12);
    // Another server's applier (or a delete, which applies pending rows first) reads the stored rows.
    const stored = await t.db.transaction().execute((trx) => applyPendingRollupsIn(trx, t.db, { surveyId: survey.id }));
    expect(stored).toBe(12);
    await submitMany(survey.publicId, 4);
    expect(rememberedResponseCount(t.db)).toBe(16);
    // The 12 are no longer pending: the memory is dropped and the 4 still pending come from the rows.
    expect(await applyPendingRollups(t.db)).toBe(4);
    expect(rememberedResponseCount(t.db)).toBe(0);
    expect(await pendingCount(survey.id)).toBe(0);
    await expectEqualToRecomputation(ctx, survey.id);
  });

  it("drops a queued response that no longer exists instead of retrying it forever", async () => {
    const survey = await openSurvey(ctx);
    await t.db
      .insertInto("rollup_pending_responses")
      .values({ hospital_id: ctx.hospitalId, survey_id: survey.id, response_id: "gone" })
      .execute();
    expect(await applyPendingRollups(t.db, { hospitalId: ctx.hospitalId })).toBe(0);
    expect(await pendingCount(survey.id)).toBe(0);
  });
});
