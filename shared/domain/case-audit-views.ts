import type { ActionStatus } from './action';
import type {
  CaseAuditScale,
  CaseAuditStatus,
  CaseReturnStatus,
  DisseminationChannel,
  FindingKind,
  Methodology,
  QuestionArea,
  RiskKind,
  RiskStatus,
  SendBackReason,
} from './case-audit';
import type { IdentifierIssue } from './identifiers';

// What the case-file audit methods return. Dates are ISO yyyy-mm-dd; "overdue" and a risk flag's status are
// worked out from today, never stored.

/** A level of the audit's scale as screens and documents show it. */
export interface CaseLevel {
  code: string;
  label: string;
  colour: string;
  score: number;
}

export interface CaseAuditSummary {
  id: number;
  programmeYear: string;
  theme: string;
  title: string;
  practiceFrom: string | null;
  practiceTo: string | null;
  leadGroupId: number | null;
  leadGroupName: string | null;
  chairContactId: number | null;
  chairName: string | null;
  sampleAgreedBy: string | null;
  returnsDue: string | null;
  moderationPlanned: string | null;
  reportDue: string | null;
  status: CaseAuditStatus;
  urgent: boolean;
  methodology: Methodology;
  caseCount: number;
  /** One per involved agency per case. */
  returnCount: number;
  returnsAccepted: number;
  /** Issued, returned awaiting QA, or sent back. */
  openQa: number;
  overdueReturns: number;
  /** Risk flags not yet closed: shown prominently wherever the audit is listed. */
  openRisks: number;
  themeJudgement: CaseLevel | null;
  /** The moderation meeting's start, once scheduled. */
  moderationStart: string | null;
}

export interface CaseQuestion {
  id: number;
  /** "Q1", "Q2", …: the Ref of the issued tool. */
  ref: string;
  area: QuestionArea;
  text: string;
  guidance: string | null;
}

export interface CaseAuditTool {
  scale: CaseAuditScale;
  questions: CaseQuestion[];
  /** Questions with ratings against them cannot be removed; the scale's codes in use cannot go either. */
  ratedQuestionIds: number[];
}

export interface CaseReturnRow {
  id: number;
  auditId: number;
  auditTitle: string;
  caseId: number;
  caseReference: string;
  agencyId: number;
  agencyName: string;
  status: CaseReturnStatus;
  issuedOn: string | null;
  returnedOn: string | null;
  sentBackOn: string | null;
  sendBackReason: SendBackReason | null;
  sendBackNote: string | null;
  /** When a sent-back return is due again. */
  resubmitBy: string | null;
  acceptedOn: string | null;
  lastChasedOn: string | null;
  /** The date it is due: the resubmission date when sent back, else the audit's returns date. */
  dueDate: string | null;
  overdue: boolean;
  daysOverdue: number | null;
  ratedCount: number;
  questionCount: number;
  openRisks: number;
}

export interface CaseAuditCase {
  id: number;
  reference: string;
  summary: string | null;
  notes: string | null;
  judgement: CaseLevel | null;
  judgementNote: string | null;
  /** One per involved agency, by agency name. */
  returns: CaseReturnRow[];
  openRisks: number;
}

export interface CaseRating {
  questionId: number;
  level: CaseLevel | null;
  notApplicable: boolean;
  comment: string | null;
}

export interface RiskFlag {
  id: number;
  auditId: number;
  auditTitle: string;
  caseId: number | null;
  caseReference: string | null;
  returnId: number | null;
  agencyId: number | null;
  agencyName: string | null;
  kind: RiskKind;
  description: string;
  raisedOn: string;
  raisedBy: string;
  escalatedTo: string | null;
  response: string | null;
  responseOn: string | null;
  assurance: string | null;
  assuranceOn: string | null;
  closedOn: string | null;
  closureNote: string | null;
  status: RiskStatus;
  /** Calendar days since raised, while open. */
  daysOpen: number | null;
}

export interface CaseReturnDetail {
  row: CaseReturnRow;
  questions: CaseQuestion[];
  levels: CaseLevel[];
  allowsNa: boolean;
  naLabel: string;
  ratings: CaseRating[];
  narrative: string | null;
  goodPractice: string | null;
  gaps: string | null;
  auditor: string | null;
  files: Array<{ id: number; fileName: string; kind: 'xlsx' | 'docx'; importedAt: string; importedBy: string }>;
  chasers: Array<{ sentAt: string; method: 'eml' | 'mailto'; to: string; subject: string; createdBy: string }>;
  risks: RiskFlag[];
}

/** A save that went through, with the name-like text the user should check. */
export interface CaseReturnSaved {
  detail: CaseReturnDetail;
  warnings: IdentifierIssue[];
}

export interface ModerationMeeting {
  start: string;
  end: string;
  location: string | null;
  onlineLink: string | null;
  uid: string;
  /** Raised each time the meeting moves, so calendars update the invitation. */
  sequence: number;
  held: boolean;
  attendees: Array<{ contactId: number; name: string; email: string | null }>;
}

export interface CaseFinding {
  id: number;
  kind: FindingKind;
  text: string;
  caseId: number | null;
  caseReference: string | null;
  agencyId: number | null;
  agencyName: string | null;
  /** s11 standards the finding bears on. */
  standards: Array<{ id: number; number: string; title: string; frameworkName: string; versionLabel: string }>;
}

export interface CaseRecommendation {
  id: number;
  text: string;
  ownerKind: 'partnership' | 'agency';
  groupId: number | null;
  groupName: string | null;
  agencyId: number | null;
  agencyName: string | null;
  dueDate: string | null;
  priority: 'high' | 'medium' | 'low';
  /** The action made from it, once made. */
  actionId: number | null;
  actionReference: string | null;
  actionStatus: ActionStatus | null;
}

export interface DisseminationEntry {
  id: number;
  date: string;
  channel: DisseminationChannel;
  audience: string;
  notes: string | null;
  createdBy: string;
}

export interface CaseAuditDetail extends CaseAuditSummary {
  methodologyNotes: string | null;
  notes: string | null;
  tool: CaseAuditTool;
  cases: CaseAuditCase[];
  /** Every flag of the audit, open first. */
  risks: RiskFlag[];
  moderation: ModerationMeeting | null;
  themeSummary: string | null;
  findings: CaseFinding[];
  recommendations: CaseRecommendation[];
  disseminations: DisseminationEntry[];
  createdAt: string;
  updatedAt: string;
}

/** Adding or editing a case: the audit as it now is, the case's id, and name-like text to check. */
export interface CaseSaved {
  audit: CaseAuditDetail;
  caseId: number;
  warnings: IdentifierIssue[];
}

export interface CaseReturnProblem {
  file: string;
  row?: number;
  field?: string;
  message: string;
}

/** One completed case return read and checked; nothing saved. */
export interface CaseReturnImportPreview {
  fileName: string;
  kind: 'xlsx' | 'docx';
  sha256: string;
  returnId: number | null;
  caseReference: string | null;
  agencyName: string | null;
  /** Questions rated (or marked not applicable). */
  ratings: number;
  /** The return already has content that this file would replace. */
  replaces: boolean;
  /** This exact file was imported before. */
  duplicate: boolean;
  /** Text in the file's "concern about immediate risk" box: importing raises a risk flag with it. */
  riskConcern: string | null;
  problems: CaseReturnProblem[];
  /** Name-like text: does not stop the import. */
  warnings: CaseReturnProblem[];
}

export interface CaseAuditChaserDraft {
  agencyId: number;
  agencyName: string;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  returnIds: number[];
  /** Why no draft can be made (no safeguarding lead with an email). */
  problem: string | null;
  mailto: string | null;
}

/** Practice evidence from case-file audits against an s11 standard, for board papers and scrutiny agendas. */
export interface CaseStandardEvidence {
  standardId: number;
  auditId: number;
  auditTitle: string;
  programmeYear: string;
  kind: FindingKind;
  finding: string;
  /** The judgement of the finding's case when it names one, else the audit's theme judgement (label). */
  judgement: string | null;
  judgementLevel: CaseLevel | null;
}
