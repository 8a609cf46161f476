import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Rating } from '../../../shared/domain/cycle';
import { textOn } from '../features/frameworks/doc-edit';

const useStyles = makeStyles({
  chip: {
    display: 'inline-block',
    padding: `1px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: 'nowrap',
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    verticalAlign: 'middle',
  },
  na: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  none: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, border: `1px dashed ${tokens.colorNeutralStroke1}` },
});

/**
 * A rating as its level colour AND its words, never colour alone. `short` shows the code ("G") with the
 * label kept for screen readers and the tooltip.
 */
export function ScaleChip(props: {
  rating: Pick<Rating, 'code' | 'label' | 'colour'> | null;
  notApplicable?: boolean;
  naLabel?: string;
  short?: boolean;
  /** Shown when there is no rating; nothing when absent. */
  emptyText?: string;
  className?: string;
}) {
  const styles = useStyles();
  const { rating } = props;
  if (props.notApplicable) {
    const label = props.naLabel ?? 'Not applicable';
    return (
      <span className={mergeClasses(styles.chip, styles.na, props.className)} title={label} aria-label={label}>
        {props.short ? 'N/A' : label}
      </span>
    );
  }
  if (!rating) {
    if (!props.emptyText) return null;
    return <span className={mergeClasses(styles.chip, styles.none, props.className)}>{props.emptyText}</span>;
  }
  return (
    <span
      className={mergeClasses(styles.chip, props.className)}
      style={{ backgroundColor: rating.colour, color: textOn(rating.colour) }}
      title={`${rating.label} (${rating.code})`}
      aria-label={props.short ? rating.label : undefined}
    >
      {props.short ? rating.code : rating.label}
    </span>
  );
}
