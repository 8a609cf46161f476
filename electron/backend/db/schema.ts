import type { Generated, Kysely, Transaction } from 'kysely';

// Column types are what SQLite returns: booleans are 0/1 integers, dates ISO text.
// Services convert at their edge so nothing above them sees 0/1.

export interface SettingsTable {
  key: string;
  value: string;
}

export interface SectorsTable {
  id: Generated<number>;
  code: string;
  name: string;
  sort_order: number;
  active: number;
}

export interface AgenciesTable {
  id: Generated<number>;
  name: string;
  sector_id: number;
  duty_s11: number;
  duty_s175: number;
  duty_childcare: number;
  school_urn: string | null;
  ofsted_urn: string | null;
  ods_code: string | null;
  charity_number: string | null;
  address_line1: string | null;
  address_line2: string | null;
  town: string | null;
  postcode: string | null;
  /** Lower-cased name with punctuation folded, for duplicate detection and search. */
  name_key: string;
  notes: string | null;
  active: number;
  deactivated_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface ContactsTable {
  id: Generated<number>;
  full_name: string;
  job_title: string | null;
  email: string | null;
  phone: string | null;
  organisation: string | null;
  is_business_unit: number;
  is_scrutineer: number;
  notes: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface AgencyContactsTable {
  id: Generated<number>;
  agency_id: number;
  contact_id: number;
  role: string;
  created_at: string;
}

export interface RatingScalesTable {
  id: Generated<number>;
  name: string;
  kind: string;
  higher_is_better: number;
  allows_na: number;
  na_label: string;
  min_value: number | null;
  max_value: number | null;
  step: number | null;
}

export interface ScaleLevelsTable {
  id: Generated<number>;
  scale_id: number;
  position: number;
  code: string;
  label: string;
  colour: string;
  score: number;
  description: string | null;
  band_min: number | null;
  band_max: number | null;
}

export interface FrameworksTable {
  id: Generated<number>;
  family_key: string;
  name: string;
  version_label: string;
  version_number: number;
  status: string;
  description: string | null;
  duties: string;
  rating_target: string;
  standard_rollup: string;
  wording_sectors: string;
  scale_id: number;
  built_in: number;
  derived_from_id: number | null;
  frozen_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface FrameworkStandardsTable {
  id: Generated<number>;
  framework_id: number;
  position: number;
  number: string;
  title: string;
  guidance: string | null;
}

export interface FrameworkItemsTable {
  id: Generated<number>;
  standard_id: number;
  position: number;
  number: string;
  text: string;
  evidence_prompt: string | null;
  guidance: string | null;
}

export interface FrameworkItemWordingsTable {
  id: Generated<number>;
  item_id: number;
  sector_code: string;
  text: string;
  evidence_prompt: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_name: string;
  entity_type: string;
  entity_id: number;
  action: string;
  summary: string;
  changes: string;
}

export interface CyclesTable {
  id: Generated<number>;
  name: string;
  cycle_type: string;
  type_label: string | null;
  framework_id: number;
  period_label: string;
  launch_date: string | null;
  initial_deadline: string | null;
  final_deadline: string | null;
  status: string;
  historical: number;
  previous_cycle_id: number | null;
  chaser_subject: string;
  chaser_body: string;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface CycleAgenciesTable {
  id: Generated<number>;
  cycle_id: number;
  agency_id: number;
  status: string;
  issued_on: string | null;
  returned_on: string | null;
  sent_back_on: string | null;
  sent_back_reason: string | null;
  accepted_on: string | null;
  last_chased_on: string | null;
  carried_forward: number;
  created_at: string;
  updated_at: string;
}

export interface AnswersTable {
  id: Generated<number>;
  cycle_agency_id: number;
  target_key: string;
  standard_id: number;
  item_id: number | null;
  self_code: string | null;
  self_score: number | null;
  self_na: number;
  na_reason: string | null;
  evidence: string | null;
  improvement: string | null;
  moderated_code: string | null;
  moderated_score: number | null;
  moderation_note: string | null;
  moderated_by: string | null;
  moderated_at: string | null;
  carried_forward: number;
  source: string;
  updated_at: string;
  updated_by: string;
}

export interface ReturnFilesTable {
  id: Generated<number>;
  cycle_agency_id: number;
  file_name: string;
  sha256: string;
  kind: string;
  answer_count: number;
  imported_at: string;
  imported_by: string;
  replaced: number;
}

export interface EvidenceFilesTable {
  id: Generated<number>;
  cycle_agency_id: number;
  target_key: string;
  kind: string;
  file_name: string | null;
  stored_path: string | null;
  sha256: string | null;
  size_bytes: number | null;
  url: string | null;
  carried_forward: number;
  added_at: string;
  added_by: string;
}

export interface ChasersTable {
  id: Generated<number>;
  cycle_agency_id: number;
  sent_at: string;
  method: string;
  to_addresses: string;
  cc_addresses: string;
  subject: string;
  created_by: string;
}

export interface ActionGroupsTable {
  id: Generated<number>;
  name: string;
  sort_order: number;
  active: number;
  created_at: string;
}

export interface ActionsTable {
  id: Generated<number>;
  kind: string;
  agency_id: number | null;
  group_id: number | null;
  cycle_id: number | null;
  target_key: string | null;
  standard_id: number | null;
  item_id: number | null;
  theme: string | null;
  description: string;
  owner_contact_id: number | null;
  owner_name: string | null;
  priority: string;
  status: string;
  dropped_reason: string | null;
  completion_note: string | null;
  completed_on: string | null;
  original_due_date: string;
  due_date: string;
  due_date_moves: number;
  last_update_on: string | null;
  last_update_text: string | null;
  last_rag: string | null;
  source: string;
  source_ref: string | null;
  created_on: string;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface ActionUpdatesTable {
  id: Generated<number>;
  action_id: number;
  update_date: string;
  text: string | null;
  rag: string | null;
  status: string | null;
  previous_due_date: string | null;
  new_due_date: string | null;
  slippage_reason: string | null;
  reported_by: string | null;
  created_at: string;
  created_by: string;
}

export interface ActionEvidenceTable {
  id: Generated<number>;
  action_id: number;
  kind: string;
  file_name: string | null;
  stored_path: string | null;
  sha256: string | null;
  size_bytes: number | null;
  url: string | null;
  added_at: string;
  added_by: string;
}

export interface ActionRequestsTable {
  id: Generated<number>;
  agency_id: number;
  sent_at: string;
  method: string;
  to_addresses: string;
  cc_addresses: string;
  subject: string;
  action_count: number;
  created_by: string;
}

export interface ChallengeEventsTable {
  id: Generated<number>;
  cycle_id: number;
  title: string;
  event_date: string;
  start_time: string;
  end_time: string;
  venue: string | null;
  online_link: string | null;
  notes: string | null;
  uid: string;
  sequence: number;
  created_at: string;
  updated_at: string;
}

export interface ChallengeQuestionsTable {
  id: Generated<number>;
  event_id: number;
  target_key: string;
  standard_id: number;
  item_id: number | null;
  bring: string | null;
  discussion: string | null;
  good_practice: string | null;
  recommendations: string | null;
  sort_order: number;
}

export interface ChallengeAgenciesTable {
  id: Generated<number>;
  event_id: number;
  agency_id: number;
  invited: number;
  brought_evidence: number | null;
  evidence_kind: string | null;
  notes: string | null;
}

export interface ChallengeAttendeesTable {
  id: Generated<number>;
  event_id: number;
  contact_id: number | null;
  agency_id: number | null;
  attended: number | null;
}

export interface CommonQuestionsTable {
  id: Generated<number>;
  cycle_id: number;
  text: string;
  sort_order: number;
}

export interface MeetingsTable {
  id: Generated<number>;
  cycle_id: number;
  agency_id: number;
  start_at: string;
  end_at: string;
  location: string | null;
  online_link: string | null;
  status: string;
  uid: string;
  sequence: number;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface MeetingAttendeesTable {
  id: Generated<number>;
  meeting_id: number;
  contact_id: number | null;
  role: string;
  attended: number | null;
}

export interface MeetingAnswersTable {
  id: Generated<number>;
  meeting_id: number;
  question_id: number;
  answer: string | null;
}

export interface MeetingNotesTable {
  id: Generated<number>;
  meeting_id: number;
  item_key: string;
  note: string;
}

export interface MeetingReschedulesTable {
  id: Generated<number>;
  meeting_id: number;
  previous_start: string;
  previous_end: string;
  reason: string | null;
  at: string;
  by: string;
}

export interface BoardPapersTable {
  id: Generated<number>;
  cycle_id: number;
  /** JSON object: header row label → the value the user set. */
  header_values: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export interface BoardPaperSectionsTable {
  id: Generated<number>;
  paper_id: number;
  section_key: string;
  /** Null: the built-in title. */
  title: string | null;
  position: number;
  level: number;
  hidden: number;
  builtin: number;
  /** Null: use the generated text. */
  edited_text: string | null;
  edited_fingerprint: string | null;
  /** JSON object of the facts the edit was made against, for the what-changed hint. */
  edited_facts: string | null;
  edited_at: string | null;
  edited_by: string | null;
}

// ---- Multi-agency case-file audits (migration 0006) ----

export interface CaseAuditsTable {
  id: Generated<number>;
  programme_year: string;
  theme: string;
  title: string;
  practice_from: string | null;
  practice_to: string | null;
  lead_group_id: number | null;
  chair_contact_id: number | null;
  sample_agreed_by: string | null;
  returns_due: string | null;
  moderation_planned: string | null;
  report_due: string | null;
  status: string;
  urgent: number;
  methodology: string;
  methodology_notes: string | null;
  notes: string | null;
  scale_id: number;
  theme_level_code: string | null;
  theme_summary: string | null;
  mod_start: string | null;
  mod_end: string | null;
  mod_location: string | null;
  mod_online_link: string | null;
  mod_uid: string | null;
  mod_sequence: number;
  mod_held: number;
  created_at: string;
  updated_at: string;
}

export interface CaseAuditAttendeesTable {
  id: Generated<number>;
  audit_id: number;
  contact_id: number;
}

export interface CaseAuditQuestionsTable {
  id: Generated<number>;
  audit_id: number;
  position: number;
  area: string;
  text: string;
  guidance: string | null;
}

export interface CaseAuditCasesTable {
  id: Generated<number>;
  audit_id: number;
  reference: string;
  summary: string | null;
  notes: string | null;
  judgement_code: string | null;
  judgement_note: string | null;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface CaseAuditReturnsTable {
  id: Generated<number>;
  case_id: number;
  agency_id: number;
  status: string;
  issued_on: string | null;
  returned_on: string | null;
  sent_back_on: string | null;
  send_back_reason: string | null;
  send_back_note: string | null;
  resubmit_by: string | null;
  accepted_on: string | null;
  last_chased_on: string | null;
  narrative: string | null;
  good_practice: string | null;
  gaps: string | null;
  auditor: string | null;
  updated_at: string;
  updated_by: string;
}

export interface CaseAuditRatingsTable {
  id: Generated<number>;
  return_id: number;
  question_id: number;
  level_code: string | null;
  not_applicable: number;
  comment: string | null;
}

export interface CaseAuditReturnFilesTable {
  id: Generated<number>;
  return_id: number;
  file_name: string;
  sha256: string;
  kind: string;
  imported_at: string;
  imported_by: string;
}

export interface CaseAuditChasersTable {
  id: Generated<number>;
  return_id: number;
  sent_at: string;
  method: string;
  to_addresses: string;
  cc_addresses: string;
  subject: string;
  created_by: string;
}

export interface CaseAuditRiskFlagsTable {
  id: Generated<number>;
  audit_id: number;
  case_id: number | null;
  return_id: number | null;
  agency_id: number | null;
  kind: string;
  description: string;
  raised_on: string;
  raised_by: string;
  escalated_to: string | null;
  response: string | null;
  response_on: string | null;
  assurance: string | null;
  assurance_on: string | null;
  closed_on: string | null;
  closure_note: string | null;
  created_at: string;
  updated_at: string;
}

export interface CaseAuditFindingsTable {
  id: Generated<number>;
  audit_id: number;
  kind: string;
  text: string;
  case_id: number | null;
  agency_id: number | null;
  position: number;
}

export interface CaseAuditFindingStandardsTable {
  id: Generated<number>;
  finding_id: number;
  standard_id: number;
}

export interface CaseAuditRecommendationsTable {
  id: Generated<number>;
  audit_id: number;
  text: string;
  owner_kind: string;
  group_id: number | null;
  agency_id: number | null;
  due_date: string | null;
  priority: string;
  action_id: number | null;
  position: number;
}

export interface CaseAuditDisseminationsTable {
  id: Generated<number>;
  audit_id: number;
  event_date: string;
  channel: string;
  audience: string;
  notes: string | null;
  created_at: string;
  created_by: string;
}

export interface DB {
  settings: SettingsTable;
  sectors: SectorsTable;
  agencies: AgenciesTable;
  contacts: ContactsTable;
  agency_contacts: AgencyContactsTable;
  rating_scales: RatingScalesTable;
  scale_levels: ScaleLevelsTable;
  frameworks: FrameworksTable;
  framework_standards: FrameworkStandardsTable;
  framework_items: FrameworkItemsTable;
  framework_item_wordings: FrameworkItemWordingsTable;
  audit_log: AuditLogTable;
  cycles: CyclesTable;
  cycle_agencies: CycleAgenciesTable;
  answers: AnswersTable;
  return_files: ReturnFilesTable;
  evidence_files: EvidenceFilesTable;
  chasers: ChasersTable;
  action_groups: ActionGroupsTable;
  actions: ActionsTable;
  action_updates: ActionUpdatesTable;
  action_evidence: ActionEvidenceTable;
  action_requests: ActionRequestsTable;
  challenge_events: ChallengeEventsTable;
  challenge_questions: ChallengeQuestionsTable;
  challenge_agencies: ChallengeAgenciesTable;
  challenge_attendees: ChallengeAttendeesTable;
  common_questions: CommonQuestionsTable;
  meetings: MeetingsTable;
  meeting_attendees: MeetingAttendeesTable;
  meeting_answers: MeetingAnswersTable;
  meeting_notes: MeetingNotesTable;
  meeting_reschedules: MeetingReschedulesTable;
  board_papers: BoardPapersTable;
  board_paper_sections: BoardPaperSectionsTable;
  case_audits: CaseAuditsTable;
  case_audit_attendees: CaseAuditAttendeesTable;
  case_audit_questions: CaseAuditQuestionsTable;
  case_audit_cases: CaseAuditCasesTable;
  case_audit_returns: CaseAuditReturnsTable;
  case_audit_ratings: CaseAuditRatingsTable;
  case_audit_return_files: CaseAuditReturnFilesTable;
  case_audit_chasers: CaseAuditChasersTable;
  case_audit_risk_flags: CaseAuditRiskFlagsTable;
  case_audit_findings: CaseAuditFindingsTable;
  case_audit_finding_standards: CaseAuditFindingStandardsTable;
  case_audit_recommendations: CaseAuditRecommendationsTable;
  case_audit_disseminations: CaseAuditDisseminationsTable;
}

/** Repositories and services take either the database or a transaction first. */
export type Db = Kysely<DB> | Transaction<DB>;
