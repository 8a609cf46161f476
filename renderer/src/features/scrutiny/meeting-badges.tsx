import { Badge, Tooltip, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { Warning16Regular } from '@fluentui/react-icons';
import { MEETING_STATUS_LABELS, type MeetingStatus } from '../../../../shared/domain/scrutiny';

const LOOK: Record<MeetingStatus, { color: NonNullable<BadgeProps['color']>; appearance: NonNullable<BadgeProps['appearance']> }> = {
  proposed: { color: 'informative', appearance: 'outline' },
  confirmed: { color: 'brand', appearance: 'tint' },
  held: { color: 'success', appearance: 'filled' },
  cancelled: { color: 'subtle', appearance: 'tint' },
  rescheduled: { color: 'warning', appearance: 'tint' },
};

/** A meeting's status in words; the colour only repeats them. */
export function MeetingStatusBadge(props: { status: MeetingStatus }) {
  const look = LOOK[props.status];
  return (
    <Badge appearance={look.appearance} color={look.color} data-status={props.status}>
      {MEETING_STATUS_LABELS[props.status]}
    </Badge>
  );
}

const useStyles = makeStyles({
  clash: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  none: { color: tokens.colorNeutralForeground3 },
});

/** "2 clashes", with the clashes themselves on hover and for screen readers. */
export function ClashFlag(props: { clashes: string[] }) {
  const styles = useStyles();
  const n = props.clashes.length;
  if (!n) return <span className={styles.none}>None</span>;
  const text = props.clashes.join('; ');
  return (
    <Tooltip content={text} relationship="description">
      <span className={styles.clash} aria-label={`${n} ${n === 1 ? 'clash' : 'clashes'}: ${text}`}>
        <Warning16Regular />
        {n} {n === 1 ? 'clash' : 'clashes'}
      </span>
    </Tooltip>
  );
}
