import { checkAnswers, type SurveyDefinitionInput } from "@motmap/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyPendingRollups,
  applyResponseRollups,
  createSurvey,
  deleteSurveyResponses,
  getJourneyExperience,
  getTouchpointScores,
  importSurveyResponses,
  insertImportedResponses,
  newSortableId,
  publishSurvey,
  RollupBatch,
  recomputeSurveyRollups,
  submitSurveyResponse,
  surveyDefinitions,
  updateSurvey,
} from "../src/index.ts";
import type { StoredAnswer } from "../src/surveys/stored-answers.ts";
import { engines, freshDatabase, type TestDatabase } from "./support/engines.ts";
import { newHospital, type Seeded, seedJourney, unwrap } from "./support/fixtures.ts";
import { rollupRows } from "./support/rollups.ts";

/** Version 1 links q-b to touchpoint 0/1 on 7 points; version 2 moves it to touchpoint 1/1 (answers keep their version's link). */
function definition(s: Seeded, version: 1 | 2): SurveyDefinitionInput {
  const [[t00, t01], [t10, t11]] = s.touchpoints;
  return {
    sections: [
      {
        key: "tp",
        questions: [
          { key: "q-a", type: "satisfaction", scale: 5, text: "a", touchpointId: t00.id },
          { key: "q-a-imp", type: "importance", text: "a 중요도", touchpointId: t00.id },
          {
            key: "q-b",
            type: "satisfaction",
            scale: 7,
            text: "b",
            touchpointId: version === 1 ? t01.id : t11.id,
          },
          { key: "q-c", type: "satisfaction", scale: 5, text: "c", touchpointId: t10.id },
          { key: "q-yn", type: "yes_no", text: "다시 오시겠어요?" },
          {
            key: "q-choice",
            type: "single_choice",
            text: "경로",
            options: [
              { value: "a", label: "가" },
              { value: "b", label: "나" },
            ],
          },
        ],
      },
      {
        key: "overall",
        questions: [
          { key: "overall", type: "satisfaction", scale: 5, text: "전반" },
          { key: "nps", type: "nps", text: "추천" },
          { key: "comment", type: "free_text", text: "의견" },
        ],
      },
    ],
  };
}

interface Generated {
  version: 1 | 2;
  day: number;
  hour: number;
  withVisitDate: boolean;
  department: number;
  segment: string | null;
  channel: "web" | "kiosk" | "import";
  answers: StoredAnswer[];
}

const maybe = (arb: fc.Arbitrary<number>) => fc.option(arb, { nil: undefined, freq: 3 });
const responseArb: fc.Arbitrary<Generated> = fc
  .record({
    version: fc.constantFrom(1 as const, 2 as const),
    day: fc.integer({ min: 0, max: 50 }),
    hour: fc.integer({ min: 0, max: 23 }),
    withVisitDate: fc.boolean(),
    department: fc.integer({ min: 0, max: 3 }),
    segment: fc.constantFrom(null, "초진", "재진"),
    channel: fc.constantFrom("web" as const, "kiosk" as const, "import" as const),
    a: maybe(fc.integer({ min: 1, max: 5 })),
    aImp: maybe(fc.integer({ min: 1, max: 5 })),
    b: maybe(fc.integer({ min: 1, max: 7 })),
    c: maybe(fc.integer({ min: 1, max: 5 })),
    yn: maybe(fc.integer({ min: 0, max: 1 })),
    overall: maybe(fc.integer({ min: 1, max: 5 })),
    nps: maybe(fc.integer({ min: 0, max: 10 })),
  })
  .map((g) => {
    const answers: StoredAnswer[] = [];
    const put = (k: string, v: number | undefined) => {
      if (v !== undefined) answers.push({ k, v });
    };
    put("q-a", g.a);
    put("q-a-imp", g.aImp);
    put("q-b", g.b);
    put("q-c", g.c);
    put("q-yn", g.yn);
    put("overall", g.overall);
    put("nps", g.nps);
    answers.push({ k: "q-choice", c: ["a"] }, { k: "comment", t: "좋아요" });
    return { ...g, answers };
  });

const op = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), response: responseArb }),
  fc.record({
    kind: fc.constant("import" as const),
    responses: fc.array(responseArb, { minLength: 1, maxLength: 6 }),
    // Some rows of an import repeat a key already stored: the insert skips them, so must the rollups.
    repeats: fc.array(fc.nat(), { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant("delete" as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }) }),
);

describe.each(engines())("insight rollups on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(engine);
  });
  afterAll(() => t.dispose());

  async function setUp() {
    const ctx = await newHospital(t);
    const seeded = await seedJourney(ctx);
    const survey = unwrap(
      await createSurvey(ctx, { title: "설문", journeyId: seeded.journey.id, definition: definition(seeded, 1) }),
    );
    unwrap(await publishSurvey(ctx, survey.id));
    const updated = unwrap(await updateSurvey(ctx, survey.id, { version: 2, definition: definition(seeded, 2) }));
    unwrap(await publishSurvey(ctx, updated.id));
    return { ctx, seeded, surveyId: survey.id };
  }

  it("stay equal to a full recomputation after random inserts, imports and deletes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const { ctx, seeded, surveyId } = await setUp();
        const departments = [null, ...seeded.departments.map((d) => d.id)];
        const stored: { id: string; key: string }[] = [];
        const row = (g: Generated, key: string, importId: string | null) => {
          const date = new Date(Date.UTC(2025, 11, 20 + g.day, g.hour, 7));
          return {
            id: newSortableId(),
            hospital_id: ctx.hospitalId,
            survey_id: surveyId,
            survey_version: g.version,
            submitted_at: date.toISOString(),
            channel: g.channel,
            visit_date: g.withVisitDate ? date.toISOString().slice(0, 10) : null,
            department_id: departments[g.department] ?? null,
            segment: g.segment,
            submission_key: key,
            answers: JSON.stringify(g.answers),
            touchpoint_ids: ",",
            import_id: importId,
          };
        };
        for (const o of ops) {
          if (o.kind === "insert") {
            const r = row(o.response, crypto.randomUUID(), null);
            await t.db.transaction().execute(async (trx) => {
              await trx.insertInto("survey_responses").values(r).execute();
              await applyResponseRollups(
                trx,
                ctx,
                { id: surveyId, definitions: await surveyDefinitions(trx, ctx, surveyId) },
                [
                  {
                    surveyVersion: r.survey_version,
                    submittedAt: r.submitted_at,
                    visitDate: r.visit_date,
                    departmentId: r.department_id,
                    segment: r.segment,
                    channel: r.channel,
                    answers: o.response.answers,
                  },
                ],
              );
            });
            stored.push({ id: r.id, key: r.submission_key });
          } else if (o.kind === "import") {
            // The production path of a bulk import: the writer hands what it created (not the
            // duplicates it skipped) to a rollup batch, applied in the import's transaction.
            const importId = newSortableId();
            const items: { g: Generated; key: string }[] = o.responses.map((g) => ({ g, key: crypto.randomUUID() }));
            for (const pick of o.repeats) {
              const existing = stored[pick % Math.max(1, stored.length)];
              const g = o.responses[pick % o.responses.length] as Generated;
              if (existing) items.push({ g, key: existing.key });
            }
            await t.db.transaction().execute(async (trx) => {
              const definitions = await surveyDefinitions(trx, ctx, surveyId);
              const rollups = new RollupBatch(surveyId, definitions);
              for (const version of [1, 2] as const) {
                const definition = definitions.get(version);
                if (!definition) throw new Error(`version ${version} is not published`);
                const responses = items
                  .filter((i) => i.g.version === version)
                  .map(({ g, key }) => {
                    const r = row(g, key, importId);
                    const checked = checkAnswers(
                      definition,
                      g.answers.map((a) => ({
                        key: a.k,
                        ...(a.v === undefined ? {} : { value: a.v }),
                        ...(a.t === undefined ? {} : { text: a.t }),
                        ...(a.c === undefined ? {} : { choices: a.c }),
                      })),
                    );
                    expect(checked.issues).toEqual([]);
                    return {
                      submissionKey: key,
                      submittedAt: r.submitted_at,
                      visitDate: r.visit_date,
                      departmentId: r.department_id,
                      segment: r.segment,
                      answers: checked.answers,
                    };
                  });
                await insertImportedResponses(
                  ctx,
                  trx,
                  { surveyId, surveyVersion: version, importId, rollups },
                  responses,
                );
              }
              await rollups.apply(trx, ctx);
            });
            const kept = await t.db
              .selectFrom("survey_responses")
              .select(["id", "submission_key"])
              .where("import_id", "=", importId)
              .execute();
            for (const k of kept) stored.push({ id: k.id, key: k.submission_key });
          } else if (stored.length > 0) {
            const ids = [...new Set(o.picks.map((p) => (stored[p % stored.length] as { id: string }).id))];
            const done = unwrap(await deleteSurveyResponses(ctx, surveyId, ids));
            expect(done.deleted).toBe(ids.length);
            for (const id of ids)
              stored.splice(
                stored.findIndex((s) => s.id === id),
                1,
              );
          }
        }
        const incremental = await rollupRows(t.db, { hospitalId: ctx.hospitalId });
        await t.db.transaction().execute((trx) => recomputeSurveyRollups(trx, ctx, surveyId));
        const recomputed = await rollupRows(t.db, { hospitalId: ctx.hospitalId });
        expect(incremental).toEqual(recomputed);
        const count = await t.db
          .selectFrom("survey_responses")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("survey_id", "=", surveyId)
          .executeTakeFirstOrThrow();
        expect(Number(count.n)).toBe(stored.length);
      }),
      { numRuns: engine === "sqlite" ? 25 : 8 },
    );
  }, 120_000);

  it("answer dashboard queries from the rollups with known numbers", async () => {
    const { ctx, seeded, surveyId } = await setUp();
    const [[t00]] = seeded.touchpoints;
    // January 2026, version 2: twelve answers 1…5 for q-a → mean 3.25; q-c on only 9 responses → too few.
    const values = [1, 2, 3, 4, 5, 5, 4, 3, 2, 1, 5, 4];
    await t.db.transaction().execute(async (trx) => {
      const definitions = await surveyDefinitions(trx, ctx, surveyId);
      await applyResponseRollups(
        trx,
        ctx,
        { id: surveyId, definitions },
        values.map((v, i) => ({
          surveyVersion: 2,
          submittedAt: `2026-01-${String(10 + i).padStart(2, "0")}T03:00:00.000Z`,
          visitDate: null,
          departmentId: seeded.departments[0].id,
          segment: null,
          channel: "web",
          answers: [
            { k: "q-a", v },
            ...(i < 9 ? [{ k: "q-c", v: 4 }] : []),
            { k: "overall", v: Math.min(5, v + 1) },
            { k: "nps", v: 10 },
          ],
        })),
      );
    });
    const scores = unwrap(await getTouchpointScores(ctx, seeded.journey.id, { from: "2026-01", to: "2026-01" }));
    const a = scores.touchpoints.find((tp) => tp.touchpointId === t00.id)?.cells[0];
    expect(a?.satisfaction.kind).toBe("score");
    if (a?.satisfaction.kind === "score") {
      expect(a.satisfaction.n).toBe(12);
      expect(a.satisfaction.mean).toBeCloseTo(39 / 12, 12);
      // Answers 1, 2, 3 twice and 4, 5 three times: the two-box shares follow from those counts.
      expect(a.satisfaction.topTwoBox).toBe(0.5);
      expect(a.satisfaction.bottomTwoBox).toBeCloseTo(1 / 3, 4);
    }
    const c = scores.touchpoints.find((tp) => tp.touchpointId === seeded.touchpoints[1][0].id)?.cells[0];
    expect(c?.satisfaction).toEqual({ kind: "too_few", n: 9, minSample: 10 });
    expect(scores.overall[0]?.nps).toMatchObject({ kind: "nps", score: 100, promoters: 12 });

    const bySite = unwrap(
      await getTouchpointScores(ctx, seeded.journey.id, { from: "2026-01", to: "2026-01", by: "site" }),
    );
    expect(bySite.overall.map((o) => o.sliceValue)).toEqual([seeded.site.id]);

    const exp = unwrap(await getJourneyExperience(ctx, seeded.journey.id, { from: "2026-01", to: "2026-01" }));
    const e = exp.periods[0]?.experience;
    expect(e?.weakestLink).toMatchObject({ kind: "score", touchpointId: t00.id });
  });

  it("are kept by the public submit and the bulk import (duplicates skipped by both)", async () => {
    const { ctx, seeded, surveyId } = await setUp();
    const survey = await t.db
      .selectFrom("surveys")
      .select("public_id")
      .where("id", "=", surveyId)
      .executeTakeFirstOrThrow();
    const key = crypto.randomUUID();
    for (const submissionKey of [key, crypto.randomUUID(), key]) {
      unwrap(
        await submitSurveyResponse(t.db, survey.public_id, {
          submissionKey,
          visitDate: "2026-02-03",
          departmentId: seeded.departments[0].id,
          answers: [
            { key: "q-a", value: 4 },
            { key: "q-b", value: 6 },
            { key: "overall", value: 4 },
            { key: "nps", value: 9 },
          ],
        }),
      );
    }
    const rows = async function* (cells: string[][]) {
      let row = 0;
      for (const c of cells) yield { row: ++row, cells: c };
    };
    const mapping = {
      sourceName: "병원 설문 시스템",
      columns: [
        { column: "번호", target: { kind: "dedupe_key" } },
        { column: "방문일", target: { kind: "visit_date" } },
        { column: "a", target: { kind: "answer", questionKey: "q-a" } },
        { column: "전반", target: { kind: "answer", questionKey: "overall" } },
        { column: "추천", target: { kind: "answer", questionKey: "nps" } },
      ],
    };
    const file = [
      ["R1", "2026-02-10", "2", "3", "6"],
      ["R2", "2026-03-01", "5", "5", "10"],
    ];
    for (const data of [file, [...file, ["R3", "2026-03-02", "1", "2", "3"]]]) {
      const report = unwrap(
        await importSurveyResponses(ctx, surveyId, {
          rows: rows(data),
          header: ["번호", "방문일", "a", "전반", "추천"],
          mapping,
          mode: "commit",
          fileName: "x.csv",
        } as never),
      );
      expect(report.errors).toEqual([]);
    }
    // Submits leave their rollups pending (the submit is one insert); the applier counts each once.
    const pending = () =>
      t.db.selectFrom("rollup_pending_responses").select("response_id").where("survey_id", "=", surveyId);
    expect(await pending().execute()).toHaveLength(2);
    expect(await applyPendingRollups(t.db, { hospitalId: ctx.hospitalId })).toBe(2);
    expect(await pending().execute()).toHaveLength(0);
    expect(await applyPendingRollups(t.db)).toBe(0);
    const incremental = await rollupRows(t.db, { hospitalId: ctx.hospitalId });
    await t.db.transaction().execute((trx) => recomputeSurveyRollups(trx, ctx, surveyId));
    expect(incremental).toEqual(await rollupRows(t.db, { hospitalId: ctx.hospitalId }));
    const feb = unwrap(await getTouchpointScores(ctx, seeded.journey.id, { from: "2026-02", to: "2026-03" }));
    // 2 submitted + R1 in February, R2 + R3 in March (the second import skipped R1 and R2).
    expect(feb.overall.map((o) => (o.satisfaction.kind === "too_few" ? o.satisfaction.n : -1))).toEqual([3, 2]);
  });

  it("count a submit in the next dashboard query without waiting for the applier, and a delete of a pending response exactly", async () => {
    const { ctx, seeded, surveyId } = await setUp();
    const survey = await t.db
      .selectFrom("surveys")
      .select("public_id")
      .where("id", "=", surveyId)
      .executeTakeFirstOrThrow();
    const submit = async () =>
      unwrap(
        await submitSurveyResponse(t.db, survey.public_id, {
          submissionKey: crypto.randomUUID(),
          visitDate: "2026-02-03",
          answers: [
            { key: "q-a", value: 4 },
            { key: "overall", value: 5 },
          ],
        }),
      ).id;
    const first = await submit();
    await submit();
    const scores = unwrap(await getTouchpointScores(ctx, seeded.journey.id, { from: "2026-02", to: "2026-02" }));
    expect(scores.overall.map((o) => (o.satisfaction.kind === "too_few" ? o.satisfaction.n : -1))).toEqual([2]);
    const third = await submit();
    // Deleting a response whose rollups are still pending subtracts nothing it never added.
    unwrap(await deleteSurveyResponses(ctx, surveyId, [first, third]));
    const incremental = await rollupRows(t.db, { hospitalId: ctx.hospitalId });
    await t.db.transaction().execute((trx) => recomputeSurveyRollups(trx, ctx, surveyId));
    expect(incremental).toEqual(await rollupRows(t.db, { hospitalId: ctx.hospitalId }));
  });

  it("reject a malformed or reversed period window", async () => {
    const { ctx, seeded } = await setUp();
    const r = await getTouchpointScores(ctx, seeded.journey.id, { grain: "week", from: "2026-03", to: "2026-W10" });
    expect(!r.ok && r.error.code).toBe("validation_failed");
    const reversed = await getTouchpointScores(ctx, seeded.journey.id, { from: "2026-05", to: "2026-01" });
    expect(!reversed.ok && reversed.error.code).toBe("validation_failed");
  });
});
