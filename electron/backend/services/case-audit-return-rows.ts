import type { CaseReturnRow, CaseReturnStatus, SendBackReason } from '../../../shared/domain/case-audit';
import type { Db } from '../db/schema';
import { chunks } from './cycle-scope';
import { daysBetween } from './return-rules';

// One agency's return for one case as every list shows it (the case's agencies, the QA list, the CLI). Overdue
// is worked out here and nowhere else: an issued return after the audit's returns date, a sent-back one after
// its resubmission date.

export interface CaseReturnFilter {
  auditId?: number;
  caseIds?: number[];
  returnIds?: number[];
  statuses?: readonly CaseReturnStatus[];
  agencyId?: number;
  /** Leave out the returns of cancelled audits (lists across audits, such as open QA). */
  liveAuditsOnly?: boolean;
}

/** When the return is due, and whether it is late, from its status and dates. */
export function dueOf(status: string, returnsDue: string | null, resubmitBy: string | null, today: string) {
  const dueDate = status === 'sent_back' ? (resubmitBy ?? returnsDue) : status === 'issued' || status === 'not_issued' ? returnsDue : null;
  const late = (status === 'issued' || status === 'sent_back') && dueDate !== null && dueDate < today;
  return { dueDate, overdue: late, daysOverdue: late ? daysBetween(dueDate!, today) : null };
}

export async function listCaseReturns(db: Db, f: CaseReturnFilter, today: string): Promise<CaseReturnRow[]> {
  if (f.returnIds && f.returnIds.length > 500) {
    const out: CaseReturnRow[] = [];
    for (const part of chunks(f.returnIds)) out.push(...(await listCaseReturns(db, { ...f, returnIds: part }, today)));
    return out;
  }
  let q = db
    .selectFrom('case_audit_returns as r')
    .innerJoin('case_audit_cases as c', 'c.id', 'r.case_id')
    .innerJoin('case_audits as a', 'a.id', 'c.audit_id')
    .innerJoin('agencies as ag', 'ag.id', 'r.agency_id')
    .selectAll('r')
    .select((eb) => [
      'c.audit_id',
      'a.title as audit_title',
      'a.returns_due',
      'c.reference',
      'ag.name as agency_name',
      eb
        .selectFrom('case_audit_ratings as x')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('x.return_id', '=', 'r.id')
        .where((e) => e.or([e('x.level_code', 'is not', null), e('x.not_applicable', '=', 1)]))
        .as('rated'),
      eb
        .selectFrom('case_audit_questions as q')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('q.audit_id', '=', 'c.audit_id')
        .as('questions'),
      eb
        .selectFrom('case_audit_risk_flags as f')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('f.return_id', '=', 'r.id')
        .where('f.closed_on', 'is', null)
        .as('open_risks'),
    ]);
  if (f.auditId !== undefined) q = q.where('c.audit_id', '=', f.auditId);
  if (f.caseIds) q = q.where('r.case_id', 'in', f.caseIds.length ? f.caseIds : [0]);
  if (f.returnIds) q = q.where('r.id', 'in', f.returnIds.length ? f.returnIds : [0]);
  if (f.statuses) q = q.where('r.status', 'in', f.statuses.length ? [...f.statuses] : ['']);
  if (f.agencyId !== undefined) q = q.where('r.agency_id', '=', f.agencyId);
  if (f.liveAuditsOnly) q = q.where('a.status', '!=', 'cancelled');
  const rows = await q.orderBy('c.audit_id').orderBy('c.position').orderBy('c.id').orderBy('ag.name_key').orderBy('r.id').execute();
  return rows.map((r): CaseReturnRow => {
    const due = dueOf(r.status, r.returns_due, r.resubmit_by, today);
    return {
      id: r.id,
      auditId: r.audit_id,
      auditTitle: r.audit_title,
      caseId: r.case_id,
      caseReference: r.reference,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      status: r.status as CaseReturnStatus,
      issuedOn: r.issued_on,
      returnedOn: r.returned_on,
      sentBackOn: r.sent_back_on,
      sendBackReason: r.send_back_reason as SendBackReason | null,
      sendBackNote: r.send_back_note,
      resubmitBy: r.resubmit_by,
      acceptedOn: r.accepted_on,
      lastChasedOn: r.last_chased_on,
      ...due,
      ratedCount: Number(r.rated ?? 0),
      questionCount: Number(r.questions ?? 0),
      openRisks: Number(r.open_risks ?? 0),
    };
  });
}
