import type {
  AuditEntry,
  Comment,
  Department,
  Hospital,
  Journey,
  JourneyStatus,
  Lane,
  LaneCell,
  PainPoint,
  Persona,
  Site,
  Stage,
  Survey,
  SurveyAnswer,
  SurveyResponse,
  Touchpoint,
} from "@motmap/core";
import type { Selectable } from "kysely";
import type { DB } from "./schema.ts";

type Row<T extends keyof DB> = Selectable<DB[T]>;

const list = (json: string): string[] => JSON.parse(json) as string[];

const base = (r: { id: string; hospital_id: string; version: number; created_at: string; updated_at: string }) => ({
  id: r.id,
  hospitalId: r.hospital_id,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toHospital = (r: Row<"hospitals">): Hospital => ({
  id: r.id,
  name: r.name,
  nameEn: r.name_en,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toSite = (r: Row<"sites">): Site => ({
  ...base(r),
  name: r.name,
  address: r.address,
  position: r.position,
});

export const toDepartment = (r: Row<"departments">): Department => ({
  ...base(r),
  name: r.name,
  nameEn: r.name_en,
  code: r.code,
  siteId: r.site_id,
  description: r.description,
  position: r.position,
});

export const toPersona = (r: Row<"personas">): Persona => ({
  ...base(r),
  name: r.name,
  segment: r.segment as Persona["segment"],
  ageGroup: r.age_group,
  description: r.description,
  goals: list(r.goals),
  needs: list(r.needs),
  frustrations: list(r.frustrations),
  quote: r.quote,
});

export const toJourney = (r: Row<"journeys">): Journey => ({
  ...base(r),
  title: r.title,
  personaId: r.persona_id,
  description: r.description,
  status: r.status as JourneyStatus,
  variant: r.variant as Journey["variant"],
  basedOnId: r.based_on_id,
  laneLayout: r.lane_layout === null ? null : (JSON.parse(r.lane_layout) as Journey["laneLayout"]),
});

export const toLane = (r: Row<"journey_lanes">): Lane => ({
  ...base(r),
  journeyId: r.journey_id,
  kind: r.kind as Lane["kind"],
  name: r.name,
});

export const toLaneCell = (r: Row<"lane_cells">): LaneCell => ({
  laneId: r.lane_id,
  stageId: r.stage_id,
  text: r.text,
  score: r.score === null ? null : Number(r.score),
  version: Number(r.version),
  updatedAt: r.updated_at,
});

export const toComment = (r: Row<"comments">): Comment => ({
  id: r.id,
  hospitalId: r.hospital_id,
  journeyId: r.journey_id,
  stageId: r.stage_id,
  touchpointId: r.touchpoint_id,
  authorId: r.author_id,
  authorName: r.author_name,
  body: r.body,
  createdAt: r.created_at,
});

export const toStage = (r: Row<"stages">): Stage => ({
  ...base(r),
  journeyId: r.journey_id,
  position: r.position,
  phase: r.phase as Stage["phase"],
  name: r.name,
  goal: r.goal,
  actions: list(r.actions),
  thoughts: list(r.thoughts),
  emotion: Number(r.emotion),
  opportunities: list(r.opportunities),
});

export const toTouchpoint = (r: Row<"touchpoints">, departmentIds: string[]): Touchpoint => ({
  ...base(r),
  journeyId: r.journey_id,
  stageId: r.stage_id,
  position: r.position,
  name: r.name,
  moment: r.moment,
  channel: r.channel as Touchpoint["channel"],
  element: r.element as Touchpoint["element"],
  departmentIds,
  serviceStandard: r.service_standard,
  script: r.script,
  dos: list(r.dos),
  donts: list(r.donts),
  targets: JSON.parse(r.targets) as Touchpoint["targets"],
  importance: r.importance === null ? null : Number(r.importance),
});

export const toPainPoint = (r: Row<"pain_points">): PainPoint => ({
  ...base(r),
  journeyId: r.journey_id,
  stageId: r.stage_id,
  touchpointId: r.touchpoint_id,
  position: r.position,
  description: r.description,
  severity: r.severity as PainPoint["severity"],
  frequency: r.frequency as PainPoint["frequency"],
  evidence: r.evidence as PainPoint["evidence"],
});

export const toAuditEntry = (r: Row<"audit_log"> & { user_name: string | null }): AuditEntry => ({
  id: r.id,
  hospitalId: r.hospital_id,
  userId: r.user_id,
  userName: r.user_name,
  at: r.at,
  action: r.action as AuditEntry["action"],
  entityType: r.entity_type,
  entityId: r.entity_id,
  before: r.before_json === null ? null : JSON.parse(r.before_json),
  after: r.after_json === null ? null : JSON.parse(r.after_json),
});

/** camelCase domain patch → snake_case columns, JSON-encoding list fields. */
export function toColumns(patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || key === "version" || key === "departmentIds" || key === "position") continue;
    const column = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    out[column] = Array.isArray(value) ? JSON.stringify(value) : value;
  }
  return out;
}

/** Stage content → its columns (lists as JSON); shared by create-stage and journey import. */
export const stageContentColumns = (s: {
  phase: string;
  name: string;
  goal: string;
  actions: string[];
  thoughts: string[];
  emotion: number;
  opportunities: string[];
}) => ({
  phase: s.phase,
  name: s.name,
  goal: s.goal,
  actions: JSON.stringify(s.actions),
  thoughts: JSON.stringify(s.thoughts),
  emotion: s.emotion,
  opportunities: JSON.stringify(s.opportunities),
});

/** Touchpoint content → its columns; shared by create-touchpoint and journey import. */
export const touchpointContentColumns = (t: {
  name: string;
  moment: string;
  channel: string;
  element: string;
  serviceStandard: string;
  script: string;
  dos: string[];
  donts: string[];
  targets: unknown[];
  importance: number | null;
}) => ({
  name: t.name,
  moment: t.moment,
  channel: t.channel,
  element: t.element,
  service_standard: t.serviceStandard,
  script: t.script,
  dos: JSON.stringify(t.dos),
  donts: JSON.stringify(t.donts),
  targets: JSON.stringify(t.targets),
  importance: t.importance,
});

export const toSurvey = (r: Row<"surveys">): Survey => ({
  ...base(r),
  journeyId: r.journey_id,
  title: r.title,
  titleEn: r.title_en,
  description: r.description,
  descriptionEn: r.description_en,
  status: r.status as Survey["status"],
  publishedVersion: r.published_version === null ? null : Number(r.published_version),
  publicId: r.public_id,
  definition: JSON.parse(r.definition) as Survey["definition"],
});

export const toSurveyResponse = (r: Row<"survey_responses">, answers: SurveyAnswer[]): SurveyResponse => ({
  id: r.id,
  surveyId: r.survey_id,
  surveyVersion: Number(r.survey_version),
  submittedAt: r.submitted_at,
  channel: r.channel as SurveyResponse["channel"],
  visitDate: r.visit_date,
  departmentId: r.department_id,
  segment: r.segment,
  answers,
});
