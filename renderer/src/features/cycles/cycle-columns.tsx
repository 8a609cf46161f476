import { Badge } from '@fluentui/react-components';
import { CYCLE_TYPE_LABELS, type CycleStatus, type CycleSummary } from '../../../../shared/domain/cycle';
import type { GridColumn } from '../../components/data-grid/data-grid';
import { formatDate } from '../../components/format-date';

export const cycleTypeText = (c: Pick<CycleSummary, 'cycleType' | 'typeLabel'>) =>
  c.cycleType === 'custom' && c.typeLabel ? c.typeLabel : CYCLE_TYPE_LABELS[c.cycleType];

export const CYCLE_STATUS_LABELS: Record<CycleStatus, string> = { draft: 'Draft', open: 'Open', closed: 'Closed' };

export const cycleStatusText = (c: Pick<CycleSummary, 'status' | 'historical'>) => (c.historical ? 'Past results' : CYCLE_STATUS_LABELS[c.status]);

export function CycleStatusBadge(props: { cycle: Pick<CycleSummary, 'status' | 'historical'> }) {
  const { cycle } = props;
  const color = cycle.historical ? 'subtle' : cycle.status === 'open' ? 'success' : cycle.status === 'draft' ? 'warning' : 'informative';
  return (
    <Badge appearance="tint" color={color}>
      {cycleStatusText(cycle)}
    </Badge>
  );
}

const dateColumn = (id: string, header: string, get: (c: CycleSummary) => string | null): GridColumn<CycleSummary> => ({
  id,
  header,
  value: (c) => get(c),
  render: (c) => formatDate(get(c)),
  width: 138,
});

export const CYCLE_COLUMNS: GridColumn<CycleSummary>[] = [
  { id: 'name', header: 'Name', value: (c) => c.name, width: 200, canHide: false },
  { id: 'type', header: 'Type', value: cycleTypeText, width: 105, filter: { kind: 'enum' } },
  { id: 'framework', header: 'Framework', value: (c) => `${c.frameworkName} (${c.frameworkVersion})`, width: 180 },
  { id: 'period', header: 'Period', value: (c) => c.periodLabel, width: 72 },
  dateColumn('launch', 'Launch', (c) => c.launchDate),
  dateColumn('initial', 'Initial deadline', (c) => c.initialDeadline),
  dateColumn('final', 'Final deadline', (c) => c.finalDeadline),
  {
    id: 'status',
    header: 'Status',
    value: cycleStatusText,
    render: (c) => <CycleStatusBadge cycle={c} />,
    width: 100,
    filter: { kind: 'enum', options: ['Draft', 'Open', 'Closed', 'Past results'] },
  },
  {
    id: 'returned',
    header: 'Returned',
    value: (c) => c.returned,
    render: (c) => `${c.returned} of ${c.inScope}`,
    width: 90,
    align: 'end',
    filter: { kind: 'none' },
  },
];
