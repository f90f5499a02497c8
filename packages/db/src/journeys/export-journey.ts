import {
  type Department,
  JOURNEY_DOCUMENT_FORMAT,
  type JourneyDetail,
  type JourneyDocument,
  type Result,
} from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { listDepartments } from "../departments/list-departments.ts";
import { getJourneyDetail } from "./get-journey-detail.ts";

export async function exportJourney(ctx: HospitalContext, id: string): Promise<Result<JourneyDocument>> {
  const detail = await getJourneyDetail(ctx, id);
  if (!detail.ok) return detail;
  return { ok: true, value: toJourneyDocument(detail.value, await listDepartments(ctx)) };
}

/** Pure mapping from the stored journey to the portable document (ids become names). */
export function toJourneyDocument(j: JourneyDetail, departments: Department[]): JourneyDocument {
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  const stageIndex = new Map(j.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(j.lanes.map((l, i) => [l.id, i]));
  const p = j.persona;
  return {
    format: JOURNEY_DOCUMENT_FORMAT,
    title: j.title,
    description: j.description,
    status: j.status,
    persona: p
      ? {
          name: p.name,
          segment: p.segment,
          ageGroup: p.ageGroup,
          description: p.description,
          goals: p.goals,
          needs: p.needs,
          frustrations: p.frustrations,
          quote: p.quote,
        }
      : null,
    stages: j.stages.map((s) => ({
      phase: s.phase,
      name: s.name,
      goal: s.goal,
      actions: s.actions,
      thoughts: s.thoughts,
      emotion: s.emotion,
      opportunities: s.opportunities,
      touchpoints: s.touchpoints.map((t) => ({
        name: t.name,
        moment: t.moment,
        channel: t.channel,
        element: t.element,
        departments: t.departmentIds.flatMap((d) => departmentName.get(d) ?? []),
        serviceStandard: t.serviceStandard,
        script: t.script,
        dos: t.dos,
        donts: t.donts,
        targets: t.targets,
        importance: t.importance,
      })),
      painPoints: j.painPoints
        .filter((pp) => pp.stageId === s.id)
        .map((pp) => ({
          touchpoint: pp.touchpointId ? touchpointRef(s.touchpoints, pp.touchpointId) : null,
          description: pp.description,
          severity: pp.severity,
          frequency: pp.frequency,
          evidence: pp.evidence,
        })),
    })),
    lanes: j.lanes.map((lane) => ({
      kind: lane.kind,
      name: lane.name,
      cells: j.cells
        .filter((c) => c.laneId === lane.id)
        .map((c) => ({ stage: stageIndex.get(c.stageId) ?? -1, text: c.text, score: c.score }))
        .filter((c) => c.stage >= 0)
        .sort((a, b) => a.stage - b.stage),
    })),
    laneLayout:
      j.laneLayout?.flatMap((e) => {
        if (!e.key.startsWith("lane:")) return [e];
        const index = laneIndex.get(e.key.slice(5));
        return index === undefined ? [] : [{ ...e, key: `custom:${index}` }];
      }) ?? null,
  };
}

/** A touchpoint's name, or its index when another touchpoint of the stage has the same name. */
function touchpointRef(touchpoints: { id: string; name: string }[], id: string): string | number | null {
  const index = touchpoints.findIndex((t) => t.id === id);
  const t = touchpoints[index];
  if (!t) return null;
  return touchpoints.filter((o) => o.name === t.name).length > 1 ? index : t.name;
}
