import { CASE_AUDIT_STATUS_LABELS, METHODOLOGY_LABELS, type CaseAuditSummary } from '../../../../shared/domain/case-audit';
import type { GridColumn } from '../../components/data-grid/data-grid';
import { formatDate, formatShortDate } from '../../components/format-date';
import { AuditStatusBadge, OpenRisks, UrgentBadge } from './case-audit-badges';

/** "1 March 2025 to 31 August 2025", or what there is of it. */
export const periodText = (a: Pick<CaseAuditSummary, 'practiceFrom' | 'practiceTo'>) =>
  a.practiceFrom && a.practiceTo ? `${formatDate(a.practiceFrom)} to ${formatDate(a.practiceTo)}` : a.practiceFrom ? `From ${formatDate(a.practiceFrom)}` : a.practiceTo ? `To ${formatDate(a.practiceTo)}` : '';

const shortPeriod = (a: CaseAuditSummary) => (a.practiceFrom || a.practiceTo ? `${formatShortDate(a.practiceFrom) || '…'} – ${formatShortDate(a.practiceTo) || '…'}` : '');

const dateColumn = (id: string, header: string, get: (a: CaseAuditSummary) => string | null): GridColumn<CaseAuditSummary> => ({
  id,
  header,
  value: (a) => get(a),
  render: (a) => formatDate(get(a)),
  width: 140,
});

export const METHOD_SHORT = { deep_dive: 'Deep dive', light_touch: 'Light touch' } as const;

export const PROGRAMME_COLUMNS: GridColumn<CaseAuditSummary>[] = [
  { id: 'theme', header: 'Theme', value: (a) => a.theme, width: 160 },
  { id: 'title', header: 'Title', value: (a) => a.title, width: 260, canHide: false },
  { id: 'year', header: 'Year', value: (a) => a.programmeYear, width: 80, filter: { kind: 'enum' } },
  { id: 'period', header: 'Period of practice', value: (a) => a.practiceFrom ?? '', render: shortPeriod, width: 190, filter: { kind: 'none' } },
  { id: 'group', header: 'Lead group', value: (a) => a.leadGroupName, width: 190, filter: { kind: 'enum' } },
  { id: 'chair', header: 'Chair', value: (a) => a.chairName, width: 150 },
  dateColumn('sample', 'Sample agreed by', (a) => a.sampleAgreedBy),
  dateColumn('returns', 'Returns due', (a) => a.returnsDue),
  dateColumn('moderation', 'Moderation', (a) => a.moderationStart?.slice(0, 10) ?? a.moderationPlanned),
  dateColumn('report', 'Report due', (a) => a.reportDue),
  {
    id: 'status',
    header: 'Status',
    value: (a) => CASE_AUDIT_STATUS_LABELS[a.status],
    render: (a) => <AuditStatusBadge status={a.status} />,
    width: 110,
    filter: { kind: 'enum', options: Object.values(CASE_AUDIT_STATUS_LABELS) },
  },
  { id: 'urgent', header: 'Urgent', value: (a) => (a.urgent ? 'Yes' : 'No'), render: (a) => (a.urgent ? <UrgentBadge /> : 'No'), width: 80, filter: { kind: 'enum', options: ['Yes', 'No'] } },
  {
    id: 'methodology',
    header: 'Methodology',
    value: (a) => METHOD_SHORT[a.methodology],
    render: (a) => <span title={METHODOLOGY_LABELS[a.methodology]}>{METHOD_SHORT[a.methodology]}</span>,
    width: 110,
    filter: { kind: 'enum' },
  },
  { id: 'cases', header: 'Cases', value: (a) => a.caseCount, width: 70, align: 'end', filter: { kind: 'none' } },
  { id: 'accepted', header: 'Returns accepted', value: (a) => a.returnsAccepted, render: (a) => `${a.returnsAccepted} of ${a.returnCount}`, width: 130, align: 'end', filter: { kind: 'none' } },
  { id: 'risks', header: 'Open risks', value: (a) => a.openRisks, render: (a) => (a.openRisks ? <OpenRisks count={a.openRisks} short /> : '0'), width: 95, align: 'end', filter: { kind: 'none' } },
];
