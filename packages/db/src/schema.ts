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
  /** JSON list of stored answers `{k, v?, t?, c?}` (see surveys/stored-answers.ts); free text is already masked. */
  answers: string;
  /** ",id,id," of the touchpoints the answered questions are linked to, for the list filter. */
  touchpoint_ids: string;
  /** The survey_imports row that wrote it; null for responses from the public page. */
  // Optional: only imports set it, and row literals built elsewhere need not mention it.
  import_id?: string | null;
}

/** Responses whose rollups are still to be applied (public submits; see insight/apply-pending-rollups.ts). */
export interface RollupPendingResponsesTable {
  hospital_id: string;
  survey_id: string;
  response_id: string;
}

export interface ImportMappingsTable {
  hospital_id: string;
  kind: string;
  source_key: string;
  source_name: string;
  mapping: string;
  updated_at: string;
  updated_by: string | null;
}

export interface SurveyImportsTable {
  id: string;
  hospital_id: string;
  survey_id: string;
  file_name: string;
  source_name: string;
  rows: number;
  created: number;
  duplicates: number;
  created_by: string | null;
  created_at: string;
}

/** Insight rollups (migration 0007): sufficient statistics per survey, grain, period, slice and question. */
export interface RollupScoresTable {
  hospital_id: string;
  survey_id: string;
  grain: string;
  slice: string;
  period: string;
  slice_value: string;
  question_key: string;
  touchpoint_id: string;
  question_type: string;
  scale_min: number;
  scale_max: number;
  n: number;
  sum: number;
  sum_sq: number;
  c0: number;
  c1: number;
  c2: number;
  c3: number;
  c4: number;
  c5: number;
  c6: number;
  c7: number;
  c8: number;
  c9: number;
  c10: number;
}

/** Co-moments of (touchpoint satisfaction, overall satisfaction or NPS) per survey, month and slice. */
export interface RollupPairsTable {
  hospital_id: string;
  survey_id: string;
  slice: string;
  period: string;
  slice_value: string;
  x_key: string;
  touchpoint_id: string;
  y_key: string;
  n: number;
  sum_x: number;
  sum_y: number;
  sum_xy: number;
  sum_xx: number;
  sum_yy: number;
}

export interface InsightSettingsTable {
  hospital_id: string;
  priority_weights: string;
  version: number;
  updated_at: string;
}

export interface VocItemsTable extends Scoped {
  type: string;
  channel: string;
  received_on: string;
  touchpoint_id: string | null;
  stage_id: string | null;
  severity: string;
  /** Masked before storage. */
  text: string;
  /** AES-256-GCM `v1:iv:tag:ciphertext`; never returned by a list or a get. */
  contact_encrypted: string | null;
  contact_masked: string | null;
  status: string;
  assigned_department_id: string | null;
  assignee_user_id: string | null;
  due_on: string | null;
  reply: string | null;
  answered_at: string | null;
  answered_by: string | null;
  closed_at: string | null;
  closed_by: string | null;
  /** JSON VocSuggestion made at registration. */
  suggestion: string | null;
  created_by: string | null;
  /** The voc_imports row that wrote it and its key in the source (migration 0010); null when typed in. */
  // Optional: only the import sets them, and row literals built elsewhere need not mention them.
  import_id?: string | null;
  import_key?: string | null;
}

export interface VocImportsTable {
  id: string;
  hospital_id: string;
  file_name: string;
  source_name: string;
  journey_id: string | null;
  rows: number;
  created: number;
  duplicates: number;
  created_by: string | null;
  created_at: string;
}

export interface VocItemDepartmentsTable {
  voc_item_id: string;
  department_id: string;
  hospital_id: string;
  position: number;
}

export interface VocHistoryTable {
  id: string;
  hospital_id: string;
  voc_item_id: string;
  at: string;
  actor_id: string | null;
  action: string;
  from_status: string | null;
  to_status: string;
  note: string;
  /** JSON object of the workflow fields the change set. */
  changes: string;
}

export interface VocClassifierModelsTable {
  hospital_id: string;
  /** JSON VocSuggestionModel. */
  model: string;
  /** Tagged items the model had seen when last trained from scratch plus those learned since. */
  trained_on: number;
  updated_at: string;
}

export interface VocSavedViewsTable {
  id: string;
  hospital_id: string;
  user_id: string;
  name: string;
  /** JSON VocListFilter. */
  filter: string;
  created_at: string;
}

export interface PersonalDataAccessLogTable {
  id: string;
  hospital_id: string;
  actor_id: string | null;
  at: string;
  address: string;
  /** "voc_contact", later "call_list_entry"… */
  record_type: string;
  record_id: string;
  /** view | export | decrypt */
  action: string;
  purpose: string;
}

export interface AlertRulesTable extends Scoped {
  kind: string;
  touchpoint_id: string | null;
  threshold: number | null;
  min_severity: string | null;
  enabled: number;
  /** JSON list of departments notified besides the touchpoint's owners. */
  department_ids: string;
}

export interface AlertsTable {
  id: string;
  hospital_id: string;
  rule_id: string | null;
  kind: string;
  source_type: string;
  source_id: string;
  source_parent_id: string | null;
  touchpoint_id: string | null;
  department_id: string | null;
  /** ",id,id," of the notified departments. */
  department_ids: string;
  /** JSON AlertDetail. */
  detail: string;
  created_at: string;
}

export interface AlertReadsTable {
  user_id: string;
  alert_id: string;
  hospital_id: string;
  read_at: string;
}

export interface SmtpSettingsTable {
  hospital_id: string;
  host: string;
  port: number;
  secure: number;
  username: string;
  password_encrypted: string | null;
  from_address: string;
  app_url: string;
  enabled: number;
  version: number;
  updated_at: string;
}

export interface AlertRecipientsTable {
  hospital_id: string;
  department_id: string;
  email: string;
  position: number;
}

export interface AlertOutboxTable {
  id: string;
  hospital_id: string;
  alert_id: string;
  recipient: string;
  /** pending | sending | sent | failed */
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}

export interface FollowUpSettingsTable {
  hospital_id: string;
  retention_days: number;
  max_attempts: number;
  /** JSON { [journeyId]: script }. */
  scripts: string;
  salt: string;
  version: number;
  updated_at: string;
}

export interface FollowUpListsTable {
  id: string;
  hospital_id: string;
  name: string;
  file_name: string;
  rows: number;
  created: number;
  duplicates: number;
  created_by: string | null;
  created_at: string;
}

export interface FollowUpEntriesTable extends Scoped {
  list_id: string;
  dedupe_key: string;
  /** AES-256-GCM; null once purged. */
  name_encrypted: string | null;
  name_masked: string | null;
  phone_encrypted: string | null;
  phone_masked: string | null;
  visit_date: string;
  department_id: string | null;
  journey_id: string | null;
  assignee_user_id: string | null;
  status: string;
  attempts: number;
  last_attempt_at: string | null;
  purged_at: string | null;
}

export interface FollowUpAttemptsTable {
  id: string;
  hospital_id: string;
  entry_id: string;
  at: string;
  caller_id: string | null;
  outcome: string;
  note: string;
}

export interface FollowUpRatingsTable {
  entry_id: string;
  touchpoint_id: string;
  hospital_id: string;
  score: number;
  at: string;
}

export interface FollowUpIssuesTable {
  id: string;
  hospital_id: string;
  entry_id: string;
  touchpoint_id: string | null;
  text: string;
  voc_item_id: string | null;
  created_by: string | null;
  created_at: string;
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
  import_mappings: ImportMappingsTable;
  survey_imports: SurveyImportsTable;
  rollup_scores: RollupScoresTable;
  rollup_pairs: RollupPairsTable;
  rollup_pending_responses: RollupPendingResponsesTable;
  insight_settings: InsightSettingsTable;
  voc_items: VocItemsTable;
  voc_imports: VocImportsTable;
  voc_item_departments: VocItemDepartmentsTable;
  voc_history: VocHistoryTable;
  voc_classifier_models: VocClassifierModelsTable;
  voc_saved_views: VocSavedViewsTable;
  personal_data_access_log: PersonalDataAccessLogTable;
  follow_up_settings: FollowUpSettingsTable;
  follow_up_lists: FollowUpListsTable;
  follow_up_entries: FollowUpEntriesTable;
  follow_up_attempts: FollowUpAttemptsTable;
  follow_up_ratings: FollowUpRatingsTable;
  follow_up_issues: FollowUpIssuesTable;
  alert_rules: AlertRulesTable;
  alerts: AlertsTable;
  alert_reads: AlertReadsTable;
  smtp_settings: SmtpSettingsTable;
  alert_recipients: AlertRecipientsTable;
  alert_outbox: AlertOutboxTable;
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
  | "surveys"
  | "voc_items"
  | "alert_rules";
