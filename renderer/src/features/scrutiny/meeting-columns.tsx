import { MEETING_STATUS_LABELS, type MeetingRow } from '../../../../shared/domain/scrutiny';
import type { GridColumn } from '../../components/data-grid/data-grid';
import { ClashFlag, MeetingStatusBadge } from './meeting-badges';
import { dateOf, shortDay, timeOf } from './scrutiny-format';

export const MEETING_COLUMNS: GridColumn<MeetingRow>[] = [
  { id: 'date', header: 'Date', value: (r) => r.start, render: (r) => shortDay(dateOf(r.start)), width: 140, filter: { kind: 'none' } },
  { id: 'time', header: 'Time', value: (r) => `${timeOf(r.start)}–${timeOf(r.end)}`, width: 110, filter: { kind: 'none' } },
  { id: 'agency', header: 'Agency', value: (r) => r.agencyName, width: 280, canHide: false },
  {
    id: 'status',
    header: 'Status',
    value: (r) => MEETING_STATUS_LABELS[r.status],
    render: (r) => <MeetingStatusBadge status={r.status} />,
    width: 120,
    filter: { kind: 'enum', options: Object.values(MEETING_STATUS_LABELS) },
  },
  { id: 'scrutineer', header: 'Scrutineer', value: (r) => r.scrutineer, width: 160, filter: { kind: 'enum' } },
  { id: 'officer', header: 'Officer', value: (r) => r.officer, width: 160, filter: { kind: 'enum' } },
  { id: 'where', header: 'Where', value: (r) => r.location ?? (r.onlineLink ? 'Online' : ''), width: 200, hiddenByDefault: true },
  { id: 'clashes', header: 'Clashes', value: (r) => (r.clashes.length ? r.clashes.join('; ') : ''), render: (r) => <ClashFlag clashes={r.clashes} />, width: 120, filter: { kind: 'none' } },
];
