import { RETURN_STATUS_LABELS, type ReturnRow } from '../../../../shared/domain/cycle';
import type { GridColumn } from '../../components/data-grid/data-grid';
import { formatShortDate } from '../../components/format-date';
import { FlagBadges, ReturnStatusBadge } from './return-status';

const dateColumn = (id: string, header: string, get: (r: ReturnRow) => string | null, hidden = false): GridColumn<ReturnRow> => ({
  id,
  header,
  value: get,
  render: (r) => formatShortDate(get(r)),
  width: 104,
  hiddenByDefault: hidden,
});

/** The returns grid's columns (the tick-box column is added by the grid). */
export const RETURN_COLUMNS: GridColumn<ReturnRow>[] = [
  { id: 'agency', header: 'Agency', value: (r) => r.agencyName, width: 220, canHide: false },
  { id: 'sector', header: 'Sector', value: (r) => r.sectorName, width: 140, filter: { kind: 'enum' } },
  {
    id: 'status',
    header: 'Status',
    value: (r) => RETURN_STATUS_LABELS[r.displayStatus],
    render: (r) => <ReturnStatusBadge status={r.displayStatus} />,
    width: 190,
    filter: { kind: 'enum', options: Object.values(RETURN_STATUS_LABELS) },
  },
  {
    id: 'overdue',
    header: 'Days overdue',
    value: (r) => r.daysOverdue,
    render: (r) => (r.daysOverdue === null ? '' : r.daysOverdue),
    width: 108,
    align: 'end',
    filter: { kind: 'none' },
  },
  {
    id: 'chasers',
    header: 'Chasers',
    value: (r) => r.chaserCount,
    render: (r) => (r.chaserCount ? `${r.chaserCount}, last ${formatShortDate(r.lastChasedOn)}` : '0'),
    width: 140,
    filter: { kind: 'none' },
  },
  {
    id: 'answered',
    header: 'Answered',
    value: (r) => r.answered,
    render: (r) => `${r.answered} of ${r.expected}`,
    width: 90,
    align: 'end',
    filter: { kind: 'none' },
  },
  {
    id: 'flags',
    header: 'Flags',
    value: (r) => [r.overOptimistic && `${r.overOptimistic} over-optimistic`, r.underscored && `${r.underscored} underscored`, r.weak && `${r.weak} weak`].filter(Boolean).join(', '),
    render: (r) => <FlagBadges overOptimistic={r.overOptimistic} underscored={r.underscored} weak={r.weak} counts />,
    width: 230,
  },
  dateColumn('issued', 'Issued', (r) => r.issuedOn),
  dateColumn('returnedOn', 'Returned', (r) => r.returnedOn),
  { id: 'lead', header: 'Safeguarding lead', value: (r) => r.safeguardingLead, width: 170, hiddenByDefault: true },
  dateColumn('sentBack', 'Sent back', (r) => r.sentBackOn, true),
  dateColumn('accepted', 'Accepted', (r) => r.acceptedOn, true),
  {
    id: 'carried',
    header: 'Carried forward',
    value: (r) => (r.carriedForward ? 'Yes' : 'No'),
    width: 120,
    hiddenByDefault: true,
    filter: { kind: 'enum', options: ['Yes', 'No'] },
  },
];
