import { DEMO_BAD_MONTHS, DEMO_DEGRADING_TOUCHPOINT, FIRST_VISIT_OUTPATIENT_JOURNEY } from "@motmap/core/demo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoResponses } from "../src/demo/seed-demo-responses.ts";
import {
  createHospital,
  getJourneyExperience,
  getJourneyIpa,
  getPriorities,
  type HospitalContext,
  importJourney,
  recomputeSurveyRollups,
} from "../src/index.ts";
import { freshDatabase, type TestDatabase } from "./support/engines.ts";
import { unwrap } from "./support/fixtures.ts";

// The demo must tell its story from the rollups the seed wrote: the payment kiosk fails in its bad months.
describe("the demo hospital's insight data", () => {
  let t: TestDatabase;
  let ctx: HospitalContext;
  let journeyId: string;
  let surveyId: string;
  let kioskId: string;
  const months = Array.from(
    { length: 18 },
    (_, i) => `${i < 7 ? 2025 : 2026}-${String(((i + 5) % 12) + 1).padStart(2, "0")}`,
  );
  const bad = DEMO_BAD_MONTHS.map((i) => months[i] as string);

  beforeAll(async () => {
    t = await freshDatabase("sqlite");
    const h = await createHospital(t.db, { name: "한빛대학교병원" }, null);
    ctx = { db: t.db, hospitalId: h.id, actorId: null };
    const journey = unwrap(await importJourney(ctx, FIRST_VISIT_OUTPATIENT_JOURNEY));
    journeyId = journey.id;
    const seeded = await seedDemoResponses(ctx, { endMonth: "2026-11", perMonth: 400 });
    surveyId = seeded.surveyId;
    expect(seeded.responses).toBeGreaterThan(18 * 300);
    const kiosk = await t.db
      .selectFrom("touchpoints")
      .select("id")
      .where("journey_id", "=", journeyId)
      .where("name", "=", DEMO_DEGRADING_TOUCHPOINT)
      .executeTakeFirstOrThrow();
    kioskId = kiosk.id;
  }, 120_000);
  afterAll(() => t.dispose());

  it("names the payment kiosk as the weakest moment in its bad months, not before", async () => {
    expect(months[0]).toBe("2025-06");
    const series = unwrap(await getJourneyExperience(ctx, journeyId, { from: months[0], to: months[17] }));
    for (const p of series.periods) {
      const weakest = p.experience.weakestLink.kind === "score" ? p.experience.weakestLink.touchpointId : null;
      if (bad.includes(p.period)) expect(weakest, p.period).toBe(kioskId);
      else expect(weakest, p.period).not.toBe(kioskId);
    }
    const first = series.periods.find((p) => p.period === bad[0]);
    const kiosk = first?.experience.touchpoints.find((tp) => tp.touchpointId === kioskId);
    expect(kiosk?.change?.kind === "change" && kiosk.change.direction).toBe("down");
  });

  it("puts it in 'concentrate here' and at the top of the priorities while it fails", async () => {
    const ipa = unwrap(await getJourneyIpa(ctx, journeyId, { from: bad[1], to: bad[2] }));
    expect(ipa.ipa.points.find((p) => p.touchpointId === kioskId)?.quadrant).toBe("concentrate_here");
    const derived = unwrap(await getJourneyIpa(ctx, journeyId, { from: bad[1], to: bad[2], importance: "derived" }));
    expect(derived.ipa.points.find((p) => p.touchpointId === kioskId)?.importance).toBeGreaterThan(0.1);
    const priorities = unwrap(await getPriorities(ctx, journeyId, { period: bad[1] }));
    const top = priorities.items.slice(0, 3).map((i) => i.touchpointId);
    expect(top).toContain(kioskId);
  });

  it("were written exactly: the seeded rollups equal a recomputation", async () => {
    const rows = async () =>
      (await t.db.selectFrom("rollup_scores").selectAll().where("survey_id", "=", surveyId).execute())
        .map((r) => JSON.stringify(r))
        .sort();
    const seeded = await rows();
    await t.db.transaction().execute((trx) => recomputeSurveyRollups(trx, ctx, surveyId));
    expect(await rows()).toEqual(seeded);
  });
});
