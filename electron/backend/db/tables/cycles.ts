import type { Generated } from 'kysely';

// Audit cycles, the agencies in scope, their returns, answers, evidence and chasers.

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

/** Derived from answers (services/return-summaries.ts): one standard's rating on both bases for one return. */
export interface ReturnStandardsTable {
  cycle_agency_id: number;
  standard_id: number;
  cycle_id: number;
  self_code: string | null;
  self_score: number | null;
  self_na: number;
  mod_code: string | null;
  mod_score: number | null;
  mod_na: number;
  moderated: number;
}

/** Derived from answers: a return's progress and moderation counts. */
export interface ReturnProgressTable {
  cycle_agency_id: number;
  cycle_id: number;
  answered: number;
  over_optimistic: number;
  underscored: number;
  weak: number;
}
