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
}

/** Repositories and services take either the database or a transaction first. */
export type Db = Kysely<DB> | Transaction<DB>;
