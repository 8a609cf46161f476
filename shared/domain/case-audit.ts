import { z } from 'zod';
import { isoDate } from './cycle';
import { caseAuditScaleSchema, type ScaleDocInput } from './case-audit-scale';
import { localDateTime } from './scrutiny';
import {
  CASE_AUDIT_STATUSES,
  CASE_RETURN_STATUSES,
  DISSEMINATION_CHANNELS,
  FINDING_KINDS,
  METHODOLOGIES,
  QUESTION_AREAS,
  RISK_KINDS,
  SEND_BACK_REASONS,
} from './case-audit-vocab';

export type * from './case-audit-views';
export * from './case-audit-vocab';
export { DEFAULT_CASE_AUDIT_SCALE, DEFAULT_CASE_QUESTIONS, caseAuditScaleSchema, type CaseAuditScale, type ScaleDocInput } from './case-audit-scale';

// Themed multi-agency case-file audits (the Halton framework): four a year, each with a theme, a sample of cases
// known by a pseudonymous reference only, a common tool with its own rating scale, one return per involved agency
// per case, quality assurance, risk flags, a moderation meeting, findings, recommendations and dissemination.
// Dates are ISO yyyy-mm-dd in England's calendar; meeting times are London wall-clock "yyyy-mm-ddTHH:mm".

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : null));
const optionalId = z.number().int().positive().nullish().transform((v) => v ?? null);
const optionalDate = isoDate.nullish().transform((v) => v ?? null);
const idSchema = z.number().int().positive();

/** "2026/27": the partnership's business year, as the programme is planned. */
export const programmeYear = z.string().trim().regex(/^\d{4}\/\d{2}$/, 'a programme year is written 2026/27');

// ---- The audit ----------------------------------------------------------------------------------------

const auditFields = {
  programmeYear,
  theme: text(200).min(1, 'give the theme, e.g. neglect'),
  title: text(200).min(1, 'give the audit a title'),
  practiceFrom: optionalDate,
  practiceTo: optionalDate,
  /** The group that leads it (an action group, e.g. the Quality and Impact group). */
  leadGroupId: optionalId,
  chairContactId: optionalId,
  sampleAgreedBy: optionalDate,
  returnsDue: optionalDate,
  /** The planned date of the moderation meeting; the meeting itself is scheduled with times. */
  moderationPlanned: optionalDate,
  reportDue: optionalDate,
  status: z.enum(CASE_AUDIT_STATUSES).default('planned'),
  /** Added mid-year for an emerging issue, outside the programme agreed at the start of the year. */
  urgent: z.boolean().default(false),
  methodology: z.enum(METHODOLOGIES).default('deep_dive'),
  methodologyNotes: optionalText(4000),
  notes: optionalText(8000),
};
const checkDates = (a: { practiceFrom?: string | null; practiceTo?: string | null; sampleAgreedBy?: string | null; returnsDue?: string | null; moderationPlanned?: string | null }, ctx: z.RefinementCtx) => {
  if (a.practiceFrom && a.practiceTo && a.practiceTo < a.practiceFrom)
    ctx.addIssue({ code: 'custom', path: ['practiceTo'], message: 'the period of practice ends before it starts' });
  if (a.sampleAgreedBy && a.returnsDue && a.returnsDue < a.sampleAgreedBy)
    ctx.addIssue({ code: 'custom', path: ['returnsDue'], message: 'returns are due before the sample is agreed' });
  if (a.returnsDue && a.moderationPlanned && a.moderationPlanned < a.returnsDue)
    ctx.addIssue({ code: 'custom', path: ['moderationPlanned'], message: 'the moderation meeting is before the returns are due' });
};
export const caseAuditInputSchema = z.object(auditFields).superRefine(checkDates);
export type CaseAuditInput = z.input<typeof caseAuditInputSchema>;
export type CaseAuditFields = z.output<typeof caseAuditInputSchema>;

/** Every field optional and without defaults, so a patch changes only what it names. */
export const caseAuditPatchSchema = z
  .object({
    programmeYear: programmeYear.optional(),
    theme: auditFields.theme.optional(),
    title: auditFields.title.optional(),
    practiceFrom: optionalDate.optional(),
    practiceTo: optionalDate.optional(),
    leadGroupId: optionalId.optional(),
    chairContactId: optionalId.optional(),
    sampleAgreedBy: optionalDate.optional(),
    returnsDue: optionalDate.optional(),
    moderationPlanned: optionalDate.optional(),
    reportDue: optionalDate.optional(),
    status: z.enum(CASE_AUDIT_STATUSES).optional(),
    urgent: z.boolean().optional(),
    methodology: z.enum(METHODOLOGIES).optional(),
    methodologyNotes: optionalText(4000).optional(),
    notes: optionalText(8000).optional(),
  })
  .superRefine(checkDates);
export type CaseAuditPatch = z.output<typeof caseAuditPatchSchema>;

// ---- The tool -----------------------------------------------------------------------------------------

export const caseQuestionInputSchema = z.object({
  /** Kept questions keep their id (and the ratings given against them). */
  id: idSchema.optional(),
  area: z.enum(QUESTION_AREAS),
  text: text(2000).min(1, 'a question needs its text'),
  guidance: optionalText(4000),
});
export type CaseQuestionInput = z.input<typeof caseQuestionInputSchema>;

export const caseToolInputSchema = z.object({
  auditId: idSchema,
  scale: caseAuditScaleSchema,
  questions: z.array(caseQuestionInputSchema).min(1, 'the tool needs at least one question').max(60),
});
export type CaseToolInput = z.input<typeof caseToolInputSchema>;
export type { ScaleDocInput as CaseScaleInput };

// ---- Cases --------------------------------------------------------------------------------------------

/** "NSCP-26-04-C3": letters, digits and - / _ . only, so a name or a date of birth has nowhere to go. */
export const caseReference = z
  .string()
  .trim()
  .min(2, 'give the case a pseudonymous reference, e.g. NSCP-26-04-C3')
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9\-/_.]*$/, 'a case reference is letters, digits and - / _ . only (no spaces), e.g. NSCP-26-04-C3');

export const caseInputSchema = z.object({
  reference: caseReference,
  /** Why the case is in the sample, in words with no identifiers: "Child on a CP plan for neglect, 3 agencies". */
  summary: optionalText(2000),
  notes: optionalText(4000),
  /** The agencies involved: each gets a return to complete. */
  agencyIds: z.array(idSchema).max(60).default([]),
});
export type CaseInput = z.input<typeof caseInputSchema>;

export const casePatchSchema = z.object({
  reference: caseReference.optional(),
  summary: optionalText(2000).optional(),
  notes: optionalText(4000).optional(),
  agencyIds: z.array(idSchema).max(60).optional(),
});

// ---- Returns ------------------------------------------------------------------------------------------

export const caseRatingInputSchema = z.object({
  questionId: idSchema,
  /** A level's code or label; null leaves the question unrated. */
  level: z.string().trim().max(80).nullish().transform((v) => (v ? v : null)),
  comment: optionalText(8000),
});

export const caseReturnInputSchema = z.object({
  returnId: idSchema,
  ratings: z.array(caseRatingInputSchema).max(60).default([]),
  narrative: optionalText(20_000),
  goodPractice: optionalText(20_000),
  gaps: optionalText(20_000),
  /** The agency's auditor: "Team manager, Early Help" (not involved in the case). */
  auditor: optionalText(200),
});
export type CaseReturnInput = z.input<typeof caseReturnInputSchema>;

export const caseReturnStatusSchema = z
  .object({
    returnId: idSchema,
    status: z.enum(CASE_RETURN_STATUSES),
    /** Defaults to today. */
    date: isoDate.optional(),
    sendBackReason: z.enum(SEND_BACK_REASONS).optional(),
    /** What is missing, in words: required when sending back. */
    reason: optionalText(2000),
    /** When the revised return is due: required when sending back. */
    dueDate: isoDate.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.status !== 'sent_back') return;
    if (!s.sendBackReason) ctx.addIssue({ code: 'custom', path: ['sendBackReason'], message: 'say whether it is not robust or not comprehensive' });
    if (!s.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'say what the agency needs to add' });
    if (!s.dueDate) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'give the date the revised return is due' });
  });
export type CaseReturnStatusInput = z.input<typeof caseReturnStatusSchema>;

// ---- Risk flags ---------------------------------------------------------------------------------------

export const riskFlagInputSchema = z
  .object({
    auditId: idSchema,
    caseId: optionalId,
    /** The return it was found in, when it came from one. */
    returnId: optionalId,
    /** The agency asked for a response and assurance. */
    agencyId: optionalId,
    kind: z.enum(RISK_KINDS),
    description: text(8000).min(1, 'describe the concern'),
    /** Defaults to today. */
    raisedOn: isoDate.optional(),
    /** Defaults to the user. */
    raisedBy: optionalText(200),
    /** Who it was escalated to, e.g. "MASH duty manager". */
    escalatedTo: optionalText(300),
  })
  .refine((r) => r.caseId || r.returnId, { path: ['caseId'], message: 'say which case (or return) the concern is about' });
export type RiskFlagInput = z.input<typeof riskFlagInputSchema>;

export const riskFlagPatchSchema = z.object({
  description: text(8000).min(1).optional(),
  agencyId: optionalId.optional(),
  escalatedTo: optionalText(300).optional(),
  response: optionalText(8000).optional(),
  responseOn: optionalDate.optional(),
  assurance: optionalText(8000).optional(),
  assuranceOn: optionalDate.optional(),
  closedOn: optionalDate.optional(),
  closureNote: optionalText(4000).optional(),
});
export type RiskFlagPatch = z.output<typeof riskFlagPatchSchema>;

// ---- Moderation meeting, findings, recommendations, dissemination ---------------------------------------

export const moderationMeetingSchema = z
  .object({
    auditId: idSchema,
    start: localDateTime,
    end: localDateTime,
    location: optionalText(300),
    onlineLink: z.string().trim().url('not a web address').max(2000).nullish().transform((v) => v ?? null),
    attendeeContactIds: z.array(idSchema).max(200).default([]),
    /** Why it moved, when it is rescheduled. */
    reason: optionalText(2000),
    held: z.boolean().default(false),
  })
  .refine((m) => m.end > m.start, { path: ['end'], message: 'the meeting ends before it starts' });
export type ModerationMeetingInput = z.input<typeof moderationMeetingSchema>;

export const findingInputSchema = z.object({
  id: idSchema.optional(),
  kind: z.enum(FINDING_KINDS),
  text: text(8000).min(1, 'a finding needs its text'),
  /** The case it is about, when it is about one. */
  caseId: optionalId,
  agencyId: optionalId,
  /** framework_standards ids of the s11 standards the finding bears on. */
  standardIds: z.array(idSchema).max(40).default([]),
});
export type FindingInput = z.input<typeof findingInputSchema>;

export const findingsInputSchema = z.object({
  auditId: idSchema,
  findings: z.array(findingInputSchema).max(500),
  /** Overall judgement per case, as a level of the audit's scale (code or label). */
  caseJudgements: z.array(z.object({ caseId: idSchema, level: z.string().trim().max(80).nullable(), note: optionalText(4000) })).max(500).default([]),
  /** Overall judgement for the theme. */
  theme: z.object({ level: z.string().trim().max(80).nullable(), summary: optionalText(8000) }).optional(),
});
export type FindingsInput = z.input<typeof findingsInputSchema>;

export const recommendationInputSchema = z
  .object({
    id: idSchema.optional(),
    text: text(4000).min(1, 'a recommendation needs its text'),
    ownerKind: z.enum(['partnership', 'agency']),
    groupId: optionalId,
    agencyId: optionalId,
    dueDate: optionalDate,
    priority: z.enum(['high', 'medium', 'low']).default('medium'),
  })
  .superRefine((r, ctx) => {
    if (r.ownerKind === 'partnership' && !r.groupId) ctx.addIssue({ code: 'custom', path: ['groupId'], message: 'a partnership recommendation needs the group that owns it' });
    if (r.ownerKind === 'agency' && !r.agencyId) ctx.addIssue({ code: 'custom', path: ['agencyId'], message: 'an agency recommendation needs its agency' });
  });
export type RecommendationInput = z.input<typeof recommendationInputSchema>;

export const disseminationInputSchema = z.object({
  date: isoDate,
  channel: z.enum(DISSEMINATION_CHANNELS),
  audience: text(300).min(1, 'say who it reached'),
  notes: optionalText(4000),
});
export type DisseminationInput = z.input<typeof disseminationInputSchema>;
