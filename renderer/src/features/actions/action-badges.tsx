import { Badge, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import {
  ACTION_PRIORITY_LABELS,
  ACTION_STATUS_LABELS,
  RAG_COLOURS,
  RAG_LABELS,
  type ActionPriority,
  type ActionRow,
  type ActionStatus,
  type Rag,
} from '../../../../shared/domain/action';
import { formatDate } from '../../components/format-date';

const useStyles = makeStyles({
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  rag: {
    display: 'inline-block',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    color: '#000',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  flags: { display: 'inline-flex', gap: tokens.spacingHorizontalXS },
});

const STATUS_LOOK: Record<ActionStatus, { color: NonNullable<BadgeProps['color']>; appearance: NonNullable<BadgeProps['appearance']> }> = {
  not_started: { color: 'informative', appearance: 'outline' },
  on_track: { color: 'success', appearance: 'tint' },
  at_risk: { color: 'warning', appearance: 'tint' },
  complete: { color: 'success', appearance: 'filled' },
  dropped: { color: 'subtle', appearance: 'tint' },
};

/** An action's status in words; the colour only repeats them. */
export function ActionStatusBadge(props: { status: ActionStatus }) {
  const look = STATUS_LOOK[props.status];
  return (
    <Badge appearance={look.appearance} color={look.color} data-status={props.status}>
      {ACTION_STATUS_LABELS[props.status]}
    </Badge>
  );
}

export const priorityText = (p: ActionPriority) => ACTION_PRIORITY_LABELS[p];

/** Red, amber or green as its fill and its word. */
export function RagChip(props: { rag: Rag }) {
  const styles = useStyles();
  return (
    <span className={styles.rag} style={{ backgroundColor: RAG_COLOURS[props.rag] }}>
      {RAG_LABELS[props.rag]}
    </span>
  );
}

export const overdueText = (days: number) => `overdue by ${days} ${days === 1 ? 'day' : 'days'}`;

/** "12 October 2026 · overdue by 41 days": the lateness in words (red as well), never colour alone. */
export function DueDate(props: { row: Pick<ActionRow, 'dueDate' | 'overdue' | 'daysOverdue'> }) {
  const styles = useStyles();
  const { row } = props;
  return (
    <span data-overdue={row.overdue ? 'yes' : 'no'}>
      {formatDate(row.dueDate)}
      {row.overdue && row.daysOverdue !== null && <span className={styles.late}> · {overdueText(row.daysOverdue)}</span>}
    </span>
  );
}

export const slippingText = (moves: number) => `Slipping: due date moved ${moves} ${moves === 1 ? 'time' : 'times'}`;

/** The flags in words, for sorting and searching. */
export const flagsText = (r: Pick<ActionRow, 'slipping' | 'stale'>): string => [r.slipping && 'Slipping', r.stale && 'Stale'].filter(Boolean).join(', ');

/** Slipping (the due date moved twice or more) and Stale (no update for 90 days). */
export function ActionFlags(props: { row: Pick<ActionRow, 'slipping' | 'stale' | 'dueDateMoves'> }) {
  const styles = useStyles();
  const { row } = props;
  if (!row.slipping && !row.stale) return null;
  return (
    <span className={styles.flags}>
      {row.slipping && (
        <Badge appearance="tint" color="danger" size="small" title={slippingText(row.dueDateMoves)}>
          {slippingText(row.dueDateMoves)}
        </Badge>
      )}
      {row.stale && (
        <Badge appearance="tint" color="warning" size="small" title="No update for 90 days">
          Stale
        </Badge>
      )}
    </span>
  );
}
