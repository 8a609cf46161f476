import type { Generated } from 'kysely';

// Multi-agency case-file audits.

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
