/**
 * Table shapes as Kysely sees them. Timestamps are ISO text and list fields are JSON text,
 * so SQLite and PostgreSQL store and return identical values with one set of queries.
 */
export interface HospitalsTable {
  id: string;
  name: string;
  name_en: string;
  version: number;
  created_at: string;
  updated_at: string;
}

interface Scoped {
  id: string;
  hospital_id: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SitesTable extends Scoped {
  name: string;
  address: string;
  position: number;
}

export interface DepartmentsTable extends Scoped {
  name: string;
  name_en: string;
  code: string;
  site_id: string | null;
  description: string;
  position: number;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  locale: string;
  created_at: string;
}

export interface MembershipsTable {
  user_id: string;
  hospital_id: string;
  role: string;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a stolen database cannot be replayed as sessions. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface PersonasTable extends Scoped {
  name: string;
  segment: string;
  age_group: string;
  description: string;
  goals: string;
  needs: string;
  frustrations: string;
  quote: string;
}

export interface JourneysTable extends Scoped {
  title: string;
  persona_id: string | null;
  description: string;
  status: string;
  variant: string;
  based_on_id: string | null;
  /** JSON LaneLayout, or null for the default lane order. */
  lane_layout: string | null;
}

export interface JourneyLanesTable extends Scoped {
  journey_id: string;
  kind: string;
  name: string;
  /** Creation order; the map's order is the journey's lane layout. */
  position: number;
}

export interface LaneCellsTable extends Scoped {
  lane_id: string;
  stage_id: string;
  text: string;
  score: number | null;
}

export interface CommentsTable {
  id: string;
  hospital_id: string;
  journey_id: string;
  stage_id: string | null;
  touchpoint_id: string | null;
  author_id: string | null;
  /** Kept so a comment still says who wrote it after the account is gone. */
  author_name: string;
  body: string;
  created_at: string;
}

export interface JourneySharesTable {
  id: string;
  hospital_id: string;
  journey_id: string;
  token_hash: string;
  created_by: string | null;
  created_at: string;
  revoked_at: string | null;
}

export interface StagesTable extends Scoped {
  journey_id: string;
  position: number;
  phase: string;
  name: string;
  goal: string;
  actions: string;
  thoughts: string;
  emotion: number;
  opportunities: string;
}

export interface TouchpointsTable extends Scoped {
  journey_id: string;
  stage_id: string;
  position: number;
  name: string;
  moment: string;
  channel: string;
  element: string;
  service_standard: string;
  script: string;
  dos: string;
  donts: string;
  targets: string;
  importance: number | null;
}

export interface TouchpointDepartmentsTable {
  touchpoint_id: string;
  department_id: string;
  hospital_id: string;
  /** The touchpoint's own order of owners: the first is the lead department. */
  position: number;
}

export interface PainPointsTable extends Scoped {
  journey_id: string;
  stage_id: string | null;
  touchpoint_id: string | null;
  position: number;
  description: string;
  severity: string;
  frequency: string;
  evidence: string;
}

export interface AuditLogTable {
  id: string;
  hospital_id: string;
  user_id: string | null;
  at: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

export interface SurveysTable extends Scoped {
  journey_id: string | null;
  title: string;
  title_en: string;
  description: string;
  description_en: string;
  status: string;
  /** Number of the latest published snapshot in survey_versions, or null. */
  published_version: number | null;
  public_id: string;
  /** JSON SurveyDefinition: the working copy the builder edits. */
  definition: string;
}

export interface SurveyVersionsTable {
  survey_id: string;
  hospital_id: string;
  number: number;
  definition: string;
  published_at: string;
}

export interface SurveyResponsesTable {
  id: string;
  hospital_id: string;
  survey_id: string;
  survey_version: number;
  submitted_at: string;
  channel: string;
  visit_date: string | null;
  department_id: string | null;
  segment: string | null;
  submission_key: string;
}

export interface SurveyAnswersTable {
  response_id: string;
  hospital_id: string;
  question_key: string;
  touchpoint_id: string | null;
  stage_id: string | null;
  value: number | null;
  /** Free text after masking personal data; the raw text is never stored. */
  text_value: string | null;
  /** JSON list of option values. */
  choice_values: string | null;
}

export interface DB {
  hospitals: HospitalsTable;
  sites: SitesTable;
  departments: DepartmentsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  personas: PersonasTable;
  journeys: JourneysTable;
  stages: StagesTable;
  touchpoints: TouchpointsTable;
  touchpoint_departments: TouchpointDepartmentsTable;
  pain_points: PainPointsTable;
  audit_log: AuditLogTable;
  journey_lanes: JourneyLanesTable;
  lane_cells: LaneCellsTable;
  comments: CommentsTable;
  journey_shares: JourneySharesTable;
  surveys: SurveysTable;
  survey_versions: SurveyVersionsTable;
  survey_responses: SurveyResponsesTable;
  survey_answers: SurveyAnswersTable;
}

/** Tables that carry hospital data, a version and a position among siblings. */
export type VersionedTable =
  | "sites"
  | "departments"
  | "personas"
  | "journeys"
  | "stages"
  | "touchpoints"
  | "pain_points"
  | "journey_lanes"
  | "surveys";
