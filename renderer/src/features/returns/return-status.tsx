import { Badge, type BadgeProps } from '@fluentui/react-components';
import { RETURN_STATUS_LABELS, type ReturnDisplayStatus } from '../../../../shared/domain/cycle';

const LOOK: Record<ReturnDisplayStatus, { color: NonNullable<BadgeProps['color']>; appearance: NonNullable<BadgeProps['appearance']> }> = {
  not_issued: { color: 'informative', appearance: 'outline' },
  issued: { color: 'informative', appearance: 'tint' },
  in_progress: { color: 'brand', appearance: 'tint' },
  returned: { color: 'success', appearance: 'tint' },
  returned_late: { color: 'warning', appearance: 'filled' },
  sent_back: { color: 'severe', appearance: 'tint' },
  accepted: { color: 'success', appearance: 'filled' },
};

/** A return's status in words; colour only repeats what the words say. */
export function ReturnStatusBadge(props: { status: ReturnDisplayStatus }) {
  const look = LOOK[props.status];
  return (
    <Badge appearance={look.appearance} color={look.color} data-status={props.status}>
      {RETURN_STATUS_LABELS[props.status]}
    </Badge>
  );
}

/** Moderation flags as words. */
export const FLAG_LABELS = { overOptimistic: 'Over-optimistic', underscored: 'Underscored', weak: 'Weak' } as const;

export function FlagBadges(props: { overOptimistic?: boolean | number; underscored?: boolean | number; weak?: boolean | number; counts?: boolean }) {
  const show = (key: keyof typeof FLAG_LABELS, color: NonNullable<BadgeProps['color']>) => {
    const v = props[key];
    if (!v) return null;
    const n = typeof v === 'number' && props.counts ? `${v} ` : '';
    return (
      <Badge key={key} appearance="tint" color={color} size="small" style={{ marginRight: 4 }}>
        {n}
        {FLAG_LABELS[key]}
      </Badge>
    );
  };
  return (
    <>
      {show('overOptimistic', 'danger')}
      {show('underscored', 'informative')}
      {show('weak', 'warning')}
    </>
  );
}
