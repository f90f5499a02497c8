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
  const touchpointName = new Map(j.stages.flatMap((s) => s.touchpoints.map((t) => [t.id, t.name] as const)));
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
          touchpoint: pp.touchpointId ? (touchpointName.get(pp.touchpointId) ?? null) : null,
          description: pp.description,
          severity: pp.severity,
          frequency: pp.frequency,
          evidence: pp.evidence,
        })),
    })),
  };
}
