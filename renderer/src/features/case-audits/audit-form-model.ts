import {
  caseAuditInputSchema,
  type CaseAuditDetail,
  type CaseAuditInput,
  type CaseAuditStatus,
  type Methodology,
} from '../../../../shared/domain/case-audit';
import { validate, type FieldErrors } from '../../components/form-errors';

/** The audit's fields as the form holds them: text boxes hold '' for nothing. */
export interface AuditFormValues {
  programmeYear: string;
  theme: string;
  title: string;
  practiceFrom: string;
  practiceTo: string;
  leadGroupId: number | null;
  chairContactId: number | null;
  sampleAgreedBy: string;
  returnsDue: string;
  moderationPlanned: string;
  reportDue: string;
  status: CaseAuditStatus;
  urgent: boolean;
  methodology: Methodology;
  methodologyNotes: string;
  notes: string;
}

export const emptyAudit = (programmeYear: string, urgent = false): AuditFormValues => ({
  programmeYear,
  theme: '',
  title: '',
  practiceFrom: '',
  practiceTo: '',
  leadGroupId: null,
  chairContactId: null,
  sampleAgreedBy: '',
  returnsDue: '',
  moderationPlanned: '',
  reportDue: '',
  status: 'planned',
  urgent,
  methodology: 'deep_dive',
  methodologyNotes: '',
  notes: '',
});

export const auditValues = (a: CaseAuditDetail): AuditFormValues => ({
  programmeYear: a.programmeYear,
  theme: a.theme,
  title: a.title,
  practiceFrom: a.practiceFrom ?? '',
  practiceTo: a.practiceTo ?? '',
  leadGroupId: a.leadGroupId,
  chairContactId: a.chairContactId,
  sampleAgreedBy: a.sampleAgreedBy ?? '',
  returnsDue: a.returnsDue ?? '',
  moderationPlanned: a.moderationPlanned ?? '',
  reportDue: a.reportDue ?? '',
  status: a.status,
  urgent: a.urgent,
  methodology: a.methodology,
  methodologyNotes: a.methodologyNotes ?? '',
  notes: a.notes ?? '',
});

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export const auditInput = (v: AuditFormValues): CaseAuditInput => ({
  programmeYear: v.programmeYear.trim(),
  theme: v.theme,
  title: v.title,
  practiceFrom: orNull(v.practiceFrom),
  practiceTo: orNull(v.practiceTo),
  leadGroupId: v.leadGroupId,
  chairContactId: v.chairContactId,
  sampleAgreedBy: orNull(v.sampleAgreedBy),
  returnsDue: orNull(v.returnsDue),
  moderationPlanned: orNull(v.moderationPlanned),
  reportDue: orNull(v.reportDue),
  status: v.status,
  urgent: v.urgent,
  methodology: v.methodology,
  methodologyNotes: orNull(v.methodologyNotes),
  notes: orNull(v.notes),
});

/** Checked in the window first, so each problem shows next to its field before anything is sent. */
export function checkAudit(v: AuditFormValues): { ok: true; input: CaseAuditInput } | { ok: false; errors: FieldErrors } {
  const input = auditInput(v);
  const r = validate(caseAuditInputSchema, input);
  return r.ok ? { ok: true, input } : { ok: false, errors: r.errors };
}

export const sameValues = (a: AuditFormValues, b: AuditFormValues) => JSON.stringify(a) === JSON.stringify(b);
