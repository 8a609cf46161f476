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
}

/** Repositories and services take either the database or a transaction first. */
export type Db = Kysely<DB> | Transaction<DB>;
