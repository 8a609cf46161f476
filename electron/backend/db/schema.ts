import type { Kysely, Transaction } from 'kysely';
import type { SettingsTable, SectorsTable, AgenciesTable, ContactsTable, AgencyContactsTable, AuditLogTable } from './tables/register';
import type { RatingScalesTable, ScaleLevelsTable, FrameworksTable, FrameworkStandardsTable, FrameworkItemsTable, FrameworkItemWordingsTable } from './tables/frameworks';
import type { CyclesTable, CycleAgenciesTable, AnswersTable, ReturnFilesTable, EvidenceFilesTable, ChasersTable, ReturnStandardsTable, ReturnProgressTable } from './tables/cycles';
import type { ActionGroupsTable, ActionsTable, ActionUpdatesTable, ActionEvidenceTable, ActionRequestsTable } from './tables/actions';
import type { ChallengeEventsTable, ChallengeQuestionsTable, ChallengeAgenciesTable, ChallengeAttendeesTable, CommonQuestionsTable, MeetingsTable, MeetingAttendeesTable, MeetingAnswersTable, MeetingNotesTable, MeetingReschedulesTable } from './tables/scrutiny';
import type { BoardPapersTable, BoardPaperSectionsTable } from './tables/board-papers';
import type { CaseAuditsTable, CaseAuditAttendeesTable, CaseAuditQuestionsTable, CaseAuditCasesTable, CaseAuditReturnsTable, CaseAuditRatingsTable, CaseAuditReturnFilesTable, CaseAuditChasersTable, CaseAuditRiskFlagsTable, CaseAuditFindingsTable, CaseAuditFindingStandardsTable, CaseAuditRecommendationsTable, CaseAuditDisseminationsTable } from './tables/case-audits';

// Table types live in tables/<area>.ts, one file per aggregate; this file joins them into the database type.
// Column types are what SQLite returns: booleans are 0/1 integers, dates ISO text.
// Services convert at their edge so nothing above them sees 0/1.
export type * from './tables/register';
export type * from './tables/frameworks';
export type * from './tables/cycles';
export type * from './tables/actions';
export type * from './tables/scrutiny';
export type * from './tables/board-papers';
export type * from './tables/case-audits';

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
  return_standards: ReturnStandardsTable;
  return_progress: ReturnProgressTable;
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
