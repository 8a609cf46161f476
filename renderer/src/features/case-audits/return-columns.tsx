import { CASE_RETURN_STATUS_LABELS, SEND_BACK_REASON_LABELS, type CaseReturnRow } from '../../../../shared/domain/case-audit';
import type { GridColumn } from '../../components/data-grid/data-grid';
import { formatDate } from '../../components/format-date';
import { OpenRisks, ReturnStatusBadge } from './case-audit-badges';

/** The tracker: one row per involved agency per case. */
export const RETURN_COLUMNS: GridColumn<CaseReturnRow>[] = [
  { id: 'case', header: 'Case', value: (r) => r.caseReference, width: 150, filter: { kind: 'enum' }, canHide: false },
  { id: 'agency', header: 'Agency', value: (r) => r.agencyName, width: 240, canHide: false },
  {
    id: 'status',
    header: 'Status',
    value: (r) => CASE_RETURN_STATUS_LABELS[r.status],
    render: (r) => <ReturnStatusBadge status={r.status} overdue={r.overdue} />,
    width: 220,
    filter: { kind: 'enum', options: Object.values(CASE_RETURN_STATUS_LABELS) },
  },
  { id: 'due', header: 'Due', value: (r) => r.dueDate, render: (r) => formatDate(r.dueDate), width: 140 },
  { id: 'late', header: 'Days overdue', value: (r) => r.daysOverdue, width: 100, align: 'end', filter: { kind: 'none' } },
  {
    id: 'sentBack',
    header: 'Sent back because',
    value: (r) => (r.sendBackReason ? `${SEND_BACK_REASON_LABELS[r.sendBackReason]}: ${r.sendBackNote ?? ''}` : ''),
    width: 260,
  },
  { id: 'rated', header: 'Rated', value: (r) => r.ratedCount, render: (r) => `${r.ratedCount} of ${r.questionCount}`, width: 80, align: 'end', filter: { kind: 'none' } },
  { id: 'issued', header: 'Issued', value: (r) => r.issuedOn, render: (r) => formatDate(r.issuedOn), width: 140, hiddenByDefault: true },
  { id: 'returned', header: 'Returned', value: (r) => r.returnedOn, render: (r) => formatDate(r.returnedOn), width: 140 },
  { id: 'accepted', header: 'Accepted', value: (r) => r.acceptedOn, render: (r) => formatDate(r.acceptedOn), width: 140, hiddenByDefault: true },
  { id: 'chased', header: 'Last chased', value: (r) => r.lastChasedOn, render: (r) => formatDate(r.lastChasedOn), width: 140, hiddenByDefault: true },
  { id: 'risks', header: 'Open risks', value: (r) => r.openRisks, render: (r) => (r.openRisks ? <OpenRisks count={r.openRisks} short /> : '0'), width: 90, align: 'end', filter: { kind: 'none' } },
];
