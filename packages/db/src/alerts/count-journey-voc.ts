import {
  type JourneyVocCounts,
  JourneyVocCountsQuery,
  notFound,
  type Result,
  type TouchpointVocCounts,
  validate,
} from "@motmap/core";
import type { HospitalContext } from "../context.ts";

/** Complaints and compliments received per touchpoint of a journey in [from, to] (days received). */
export async function countJourneyVoc(
  ctx: HospitalContext,
  journeyId: string,
  query: unknown,
): Promise<Result<JourneyVocCounts>> {
  const parsed = validate(JourneyVocCountsQuery, query);
  if (!parsed.ok) return parsed;
  const { from, to } = parsed.value;
  const journey = await ctx.db
    .selectFrom("journeys")
    .select("id")
    .where("id", "=", journeyId)
    .where("hospital_id", "=", ctx.hospitalId)
    .executeTakeFirst();
  if (!journey) return { ok: false, error: notFound("journey", journeyId) };
  const rows = await ctx.db
    .selectFrom("voc_items")
    .innerJoin("touchpoints", "touchpoints.id", "voc_items.touchpoint_id")
    .select(["voc_items.touchpoint_id", "voc_items.type", (eb) => eb.fn.countAll<number>().as("n")])
    .where("voc_items.hospital_id", "=", ctx.hospitalId)
    .where("touchpoints.hospital_id", "=", ctx.hospitalId)
    .where("touchpoints.journey_id", "=", journeyId)
    .where("voc_items.type", "in", ["complaint", "compliment"])
    .where("voc_items.received_on", ">=", from)
    .where("voc_items.received_on", "<=", to)
    .groupBy(["voc_items.touchpoint_id", "voc_items.type"])
    .execute();
  const counts = new Map<string, TouchpointVocCounts>();
  for (const r of rows) {
    const id = r.touchpoint_id as string;
    const c = counts.get(id) ?? { touchpointId: id, complaints: 0, compliments: 0 };
    if (r.type === "complaint") c.complaints = Number(r.n);
    else c.compliments = Number(r.n);
    counts.set(id, c);
  }
  return { ok: true, value: { from, to, items: [...counts.values()] } };
}
