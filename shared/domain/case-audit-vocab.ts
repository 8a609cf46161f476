// The fixed vocabularies of case-file audits and the words screens and documents use for them.

export const CASE_AUDIT_STATUSES = ['planned', 'sampling', 'auditing', 'moderation', 'reporting', 'complete', 'cancelled'] as const;
export type CaseAuditStatus = (typeof CASE_AUDIT_STATUSES)[number];
export const CASE_AUDIT_STATUS_LABELS: Record<CaseAuditStatus, string> = {
  planned: 'Planned',
  sampling: 'Sampling',
  auditing: 'Auditing',
  moderation: 'Moderation',
  reporting: 'Reporting',
  complete: 'Complete',
  cancelled: 'Cancelled',
};

export const METHODOLOGIES = ['deep_dive', 'light_touch'] as const;
export type Methodology = (typeof METHODOLOGIES)[number];
export const METHODOLOGY_LABELS: Record<Methodology, string> = {
  deep_dive: 'Deep dive (a few cases in depth)',
  light_touch: 'Light touch (a larger sample, less depth)',
};

export const QUESTION_AREAS = ['lived_experience', 'voice_of_child', 'timeliness', 'communication', 'engagement_with_family', 'other'] as const;
export type QuestionArea = (typeof QUESTION_AREAS)[number];
export const QUESTION_AREA_LABELS: Record<QuestionArea, string> = {
  lived_experience: "The child's lived experience",
  voice_of_child: 'Voice of the child',
  timeliness: 'Timeliness',
  communication: 'Communication between agencies',
  engagement_with_family: 'Engagement with the family',
  other: 'Other',
};

/** One agency's return for one case. "Overdue" is worked out from the due dates, never stored. */
export const CASE_RETURN_STATUSES = ['not_issued', 'issued', 'returned', 'sent_back', 'accepted'] as const;
export type CaseReturnStatus = (typeof CASE_RETURN_STATUSES)[number];
export const CASE_RETURN_STATUS_LABELS: Record<CaseReturnStatus, string> = {
  not_issued: 'Not issued',
  issued: 'Issued',
  returned: 'Returned, awaiting QA',
  sent_back: 'Sent back',
  accepted: 'Accepted',
};
/** Returns the business unit still has to act on or wait for: the "open QA" list. */
export const OPEN_QA_STATUSES: readonly CaseReturnStatus[] = ['issued', 'returned', 'sent_back'];

/** Why quality assurance sends a return back (the Halton wording: "not sufficiently robust, or comprehensive"). */
export const SEND_BACK_REASONS = ['not_robust', 'not_comprehensive'] as const;
export type SendBackReason = (typeof SEND_BACK_REASONS)[number];
export const SEND_BACK_REASON_LABELS: Record<SendBackReason, string> = { not_robust: 'Not robust', not_comprehensive: 'Not comprehensive' };

export const RISK_KINDS = ['immediate_risk', 'unsafe_practice'] as const;
export type RiskKind = (typeof RISK_KINDS)[number];
export const RISK_KIND_LABELS: Record<RiskKind, string> = {
  immediate_risk: 'Concern about immediate risk to a child',
  unsafe_practice: 'Unsafe practice',
};
/** Worked out from the dates recorded: raised → agency responded → assurance received → closed. */
export type RiskStatus = 'raised' | 'responded' | 'assured' | 'closed';
export const RISK_STATUS_LABELS: Record<RiskStatus, string> = {
  raised: 'Raised, awaiting response',
  responded: 'Response received, awaiting assurance',
  assured: 'Assured, to close',
  closed: 'Closed',
};

export const FINDING_KINDS = ['working_well', 'emerging_concern', 'process_learning'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  working_well: 'What is working well',
  emerging_concern: 'Emerging concerns',
  process_learning: 'Learning about the audit process',
};

export const DISSEMINATION_CHANNELS = ['briefing', 'newsletter', 'training', 'seven_minute_briefing', 'website', 'other'] as const;
export type DisseminationChannel = (typeof DISSEMINATION_CHANNELS)[number];
export const DISSEMINATION_CHANNEL_LABELS: Record<DisseminationChannel, string> = {
  briefing: 'Partnership briefing',
  newsletter: 'Newsletter',
  training: 'Training',
  seven_minute_briefing: '7-minute briefing',
  website: 'Website',
  other: 'Other',
};
