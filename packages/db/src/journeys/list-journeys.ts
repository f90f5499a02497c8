import type { JourneySummary } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { toJourney } from "../rows.ts";

export async function listJourneys(ctx: HospitalContext): Promise<JourneySummary[]> {
  const rows = await ctx.db
    .selectFrom("journeys")
    .leftJoin("personas", "personas.id", "journeys.persona_id")
    .selectAll("journeys")
    .select("personas.name as persona_name")
    .select((eb) => [
      eb
        .selectFrom("stages")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("stages.journey_id", "=", "journeys.id")
        .as("stage_count"),
      eb
        .selectFrom("touchpoints")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("touchpoints.journey_id", "=", "journeys.id")
        .as("touchpoint_count"),
    ])
    .where("journeys.hospital_id", "=", ctx.hospitalId)
    .orderBy("journeys.updated_at", "desc")
    .execute();
  return rows.map((r) => ({
    ...toJourney(r),
    personaName: r.persona_name,
    stageCount: Number(r.stage_count ?? 0),
    touchpointCount: Number(r.touchpoint_count ?? 0),
  }));
}
