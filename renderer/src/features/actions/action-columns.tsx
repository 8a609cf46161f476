import { makeStyles, tokens } from '@fluentui/react-components';
import { ACTION_PRIORITY_LABELS, ACTION_STATUS_LABELS, RAG_LABELS, type ActionRow } from '../../../../shared/domain/action';
import type { GridColumn } from '../../components/data-grid/data-grid';
import { formatDate } from '../../components/format-date';
import { ActionFlags, ActionStatusBadge, DueDate, RagChip, flagsText } from './action-badges';

const useStyles = makeStyles({
  update: { display: 'inline-flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  none: { color: tokens.colorNeutralForeground3 },
});

/** Who the action belongs to: the agency, or the group for a partnership action. */
export const holderText = (r: Pick<ActionRow, 'kind' | 'agencyName' | 'groupName'>) =>
  r.kind === 'agency' ? (r.agencyName ?? '') : `${r.groupName ?? 'Partnership'} (partnership)`;

export const standardText = (r: Pick<ActionRow, 'standardNumber' | 'standardTitle' | 'theme'>) =>
  r.standardNumber ? `${r.standardNumber} ${r.standardTitle ?? ''}`.trim() : (r.theme ?? '');

function LastUpdate(props: { row: ActionRow }) {
  const styles = useStyles();
  const { row } = props;
  if (!row.lastUpdateOn) return <span className={styles.none}>No update yet</span>;
  return (
    <span className={styles.update}>
      {row.lastRag && <RagChip rag={row.lastRag} />}
      {formatDate(row.lastUpdateOn)}
    </span>
  );
}

export const ACTION_COLUMNS: GridColumn<ActionRow>[] = [
  { id: 'reference', header: 'Ref', value: (r) => r.reference, width: 76, canHide: false },
  { id: 'holder', header: 'Agency or group', value: holderText, width: 190, filter: { kind: 'enum' } },
  { id: 'standard', header: 'Standard or theme', value: standardText, width: 160 },
  { id: 'description', header: 'Description', value: (r) => r.description, width: 280, canHide: false },
  { id: 'owner', header: 'Owner', value: (r) => r.owner, width: 140 },
  {
    id: 'priority',
    header: 'Priority',
    value: (r) => ACTION_PRIORITY_LABELS[r.priority],
    width: 80,
    filter: { kind: 'enum', options: Object.values(ACTION_PRIORITY_LABELS) },
  },
  { id: 'due', header: 'Due date', value: (r) => r.dueDate, render: (r) => <DueDate row={r} />, width: 245, filter: { kind: 'none' } },
  {
    id: 'status',
    header: 'Status',
    value: (r) => ACTION_STATUS_LABELS[r.status],
    render: (r) => <ActionStatusBadge status={r.status} />,
    width: 104,
    filter: { kind: 'enum', options: Object.values(ACTION_STATUS_LABELS) },
  },
  {
    id: 'lastUpdate',
    header: 'Last update',
    value: (r) => r.lastUpdateOn,
    render: (r) => <LastUpdate row={r} />,
    width: 150,
    filter: { kind: 'none' },
  },
  {
    id: 'flags',
    header: 'Flags',
    value: flagsText,
    render: (r) => <ActionFlags row={r} />,
    width: 250,
    filter: { kind: 'enum', options: ['Slipping', 'Stale'], multi: true },
  },
  { id: 'rag', header: 'RAG', value: (r) => (r.lastRag ? RAG_LABELS[r.lastRag] : ''), width: 70, hiddenByDefault: true, filter: { kind: 'enum', options: Object.values(RAG_LABELS) } },
  { id: 'cycle', header: 'Cycle', value: (r) => r.cycleName, width: 180, hiddenByDefault: true, filter: { kind: 'enum' } },
  { id: 'created', header: 'Created', value: (r) => r.createdOn, render: (r) => formatDate(r.createdOn), width: 140, hiddenByDefault: true, filter: { kind: 'none' } },
];
