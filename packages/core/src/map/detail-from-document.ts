import type { Department } from "../models/hospital.ts";
import type { JourneyDetail } from "../models/journey-detail.ts";
import { JourneyDocument, type JourneyDocumentInput } from "../models/journey-document.ts";
import type { Lane, LaneCell, LaneLayout } from "../models/lane.ts";
import type { PainPoint } from "../models/pain-point.ts";
import type { Touchpoint } from "../models/touchpoint.ts";

export interface DetailFromDocumentOptions {
  hospitalId?: string;
  /** Timestamp written on every record. */
  now?: string;
  /** Departments to reference by name; names not found are created. */
  departments?: readonly Department[];
}

/**
 * A journey document as the `JourneyDetail` the map layouts take, without a database: for
 * previews (a template before it is imported), tests and benchmarks. Ids are deterministic
 * (a counter formatted as a UUID), so the same document always yields the same detail.
 */
export function detailFromDocument(
  input: JourneyDocumentInput,
  options: DetailFromDocumentOptions = {},
): { detail: JourneyDetail; departments: Department[] } {
  const doc = JourneyDocument.parse(input);
  let counter = 0;
  const id = () => `00000000-0000-4000-8000-${(++counter).toString(16).padStart(12, "0")}`;
  const hospitalId = options.hospitalId ?? "00000000-0000-4000-8000-000000000000";
  const now = options.now ?? "2025-01-01T00:00:00.000Z";
  const entity = () => ({ id: id(), hospitalId, version: 1, createdAt: now, updatedAt: now });

  const departments: Department[] = [...(options.departments ?? [])];
  const deptByName = new Map(departments.map((d) => [d.name, d]));
  const departmentId = (name: string) => {
    let d = deptByName.get(name);
    if (!d) {
      d = {
        ...entity(),
        name,
        nameEn: "",
        code: "",
        siteId: null,
        description: "",
        position: departments.length,
      };
      departments.push(d);
      deptByName.set(name, d);
    }
    return d.id;
  };

  const journeyId = id();
  const persona = doc.persona ? { ...entity(), ...doc.persona } : null;
  const painPoints: PainPoint[] = [];
  const stages = doc.stages.map((s, si) => {
    const { touchpoints: docTouchpoints, painPoints: docPains, ...fields } = s;
    const stage = { ...entity(), ...fields, journeyId, position: si };
    const touchpoints: Touchpoint[] = docTouchpoints.map((t, ti) => {
      const { departments: names, ...rest } = t;
      return {
        ...entity(),
        ...rest,
        departmentIds: names.map(departmentId),
        journeyId,
        stageId: stage.id,
        position: ti,
      };
    });
    for (const p of docPains) {
      const tp =
        typeof p.touchpoint === "number"
          ? touchpoints[p.touchpoint]
          : typeof p.touchpoint === "string"
            ? touchpoints.find((t) => t.name === p.touchpoint)
            : undefined;
      const { touchpoint: _ref, ...rest } = p;
      painPoints.push({
        ...entity(),
        ...rest,
        journeyId,
        stageId: stage.id,
        touchpointId: tp?.id ?? null,
        position: painPoints.length,
      });
    }
    return { ...stage, touchpoints };
  });

  const lanes: Lane[] = [];
  const cells: LaneCell[] = [];
  for (const l of doc.lanes) {
    const lane: Lane = { ...entity(), journeyId, kind: l.kind, name: l.name };
    lanes.push(lane);
    for (const c of l.cells) {
      const stage = stages[c.stage];
      if (stage)
        cells.push({ laneId: lane.id, stageId: stage.id, text: c.text, score: c.score, version: 1, updatedAt: now });
    }
  }
  const laneLayout: LaneLayout | null = doc.laneLayout
    ? doc.laneLayout.map((e) => ({
        ...e,
        key: e.key.startsWith("custom:") ? `lane:${lanes[Number(e.key.slice(7))]?.id ?? ""}` : e.key,
      }))
    : null;

  const detail: JourneyDetail = {
    ...entity(),
    id: journeyId,
    title: doc.title,
    description: doc.description,
    status: doc.status,
    personaId: persona?.id ?? null,
    variant: "as_is",
    basedOnId: null,
    laneLayout,
    persona,
    stages,
    painPoints,
    lanes,
    cells,
  };
  return { detail, departments };
}
