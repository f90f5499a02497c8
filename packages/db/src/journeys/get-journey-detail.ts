import { type JourneyDetail, notFound, type Result } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { toJourney, toLane, toLaneCell, toPainPoint, toPersona, toStage, toTouchpoint } from "../rows.ts";
import { findScoped } from "../shared/scoped-crud.ts";

/** Four queries, whatever the size of the journey. */
export async function getJourneyDetail(ctx: HospitalContext, id: string): Promise<Result<JourneyDetail>> {
  const journeyRow = await findScoped(ctx.db, ctx, "journeys", id);
  if (!journeyRow) return { ok: false, error: notFound("journey", id) };
  const journey = toJourney(journeyRow);
  const scope = { hospital: ctx.hospitalId, journey: id };
  const [personaRow, stageRows, touchpointRows, links, painRows, laneRows, cellRows] = await Promise.all([
    journey.personaId ? findScoped(ctx.db, ctx, "personas", journey.personaId) : undefined,
    ctx.db
      .selectFrom("stages")
      .selectAll()
      .where("hospital_id", "=", scope.hospital)
      .where("journey_id", "=", scope.journey)
      .orderBy("position")
      .execute(),
    ctx.db
      .selectFrom("touchpoints")
      .selectAll()
      .where("hospital_id", "=", scope.hospital)
      .where("journey_id", "=", scope.journey)
      .orderBy("position")
      .execute(),
    ctx.db
      .selectFrom("touchpoint_departments")
      .innerJoin("touchpoints", "touchpoints.id", "touchpoint_departments.touchpoint_id")
      .select(["touchpoint_departments.touchpoint_id", "touchpoint_departments.department_id"])
      .where("touchpoint_departments.hospital_id", "=", scope.hospital)
      .where("touchpoints.journey_id", "=", scope.journey)
      .orderBy("touchpoint_departments.position")
      .execute(),
    ctx.db
      .selectFrom("pain_points")
      .selectAll()
      .where("hospital_id", "=", scope.hospital)
      .where("journey_id", "=", scope.journey)
      .orderBy("position")
      .execute(),
    ctx.db
      .selectFrom("journey_lanes")
      .selectAll()
      .where("hospital_id", "=", scope.hospital)
      .where("journey_id", "=", scope.journey)
      .orderBy("position")
      .execute(),
    ctx.db
      .selectFrom("lane_cells")
      .innerJoin("journey_lanes", "journey_lanes.id", "lane_cells.lane_id")
      .selectAll("lane_cells")
      .where("lane_cells.hospital_id", "=", scope.hospital)
      .where("journey_lanes.journey_id", "=", scope.journey)
      .execute(),
  ]);
  const departmentsOf = new Map<string, string[]>();
  for (const l of links) {
    const list = departmentsOf.get(l.touchpoint_id) ?? [];
    list.push(l.department_id);
    departmentsOf.set(l.touchpoint_id, list);
  }
  const touchpointsOf = new Map<string, ReturnType<typeof toTouchpoint>[]>();
  for (const r of touchpointRows) {
    const list = touchpointsOf.get(r.stage_id) ?? [];
    list.push(toTouchpoint(r, departmentsOf.get(r.id) ?? []));
    touchpointsOf.set(r.stage_id, list);
  }
  return {
    ok: true,
    value: {
      ...journey,
      persona: personaRow ? toPersona(personaRow) : null,
      stages: stageRows.map((s) => ({ ...toStage(s), touchpoints: touchpointsOf.get(s.id) ?? [] })),
      painPoints: painRows.map(toPainPoint),
      lanes: laneRows.map(toLane),
      cells: cellRows.map(toLaneCell),
    },
  };
}
