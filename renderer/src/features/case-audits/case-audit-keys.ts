import { ApiCallError } from '../../../../shared/api/client';
import { formatDetail } from '../../components/error-list';
import { londonDate } from '../../../../shared/domain/dates';
import { invalidate } from '../../components/use-api-data';

// The data keys the case-audit screens load under, so a save anywhere refreshes the programme, the audit, its
// returns tracker, the risk panel and the home tile together.

export const CASE_AUDITS_KEY = 'case-audits';
export const RISKS_KEY = 'case-audit-risks';
export const auditKey = (id: number) => `case-audit:${id}`;
export const caseReturnsKey = (auditId: number) => `case-returns:${auditId}`;
export const caseReturnKey = (returnId: number) => `case-return:${returnId}`;

export function refreshAudit(auditId: number, ...more: string[]): void {
  invalidate(auditKey(auditId), caseReturnsKey(auditId), CASE_AUDITS_KEY, RISKS_KEY, 'home', ...more);
}

/** One line for a failure in a list of many: the message and where each problem is. */
export function describeError(err: unknown): string {
  if (err instanceof ApiCallError && err.details.length)
    return `${err.message} ${err.details.slice(0, 5).map((d) => formatDetail(d)).join('; ')}${err.details.length > 5 ? ` and ${err.details.length - 5} more` : ''}`;
  return err instanceof Error ? err.message : String(err);
}

/** "2026/27": the business year (April to March) a London date falls in. */
export function programmeYearOf(isoDate: string): string {
  const [y, m] = [Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7))];
  const start = m >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Today in England, for defaults only (the backend decides what is overdue). */
export const londonToday = (): string => londonDate(new Date());
