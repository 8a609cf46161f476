import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ACTION_BUCKET_LABELS, type ActionBoard, type ActionBucket } from '../../../../shared/domain/action';
import { formatDate } from '../../components/format-date';

/** The board's tiles, in the order a manager reads them: what is late first, then what is coming. */
export const BOARD_BUCKETS: ActionBucket[] = ['overdue', 'due_30', 'due_this_month', 'no_update_90', 'completed_this_quarter', 'open', 'all'];

const useStyles = makeStyles({
  tiles: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: tokens.spacingHorizontalS },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    textAlign: 'left',
    cursor: 'pointer',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  count: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  late: { color: tokens.colorPaletteRedForeground1 },
  tick: { fontSize: tokens.fontSizeBase200, color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

/** Deadline buckets as toggle buttons: the count, and a click filters the list. The chosen one says so in words too. */
export function BucketTiles(props: { board: ActionBoard | undefined; selected: ActionBucket; onSelect: (b: ActionBucket) => void }) {
  const styles = useStyles();
  const { board } = props;
  const note = (b: ActionBucket) =>
    b === 'completed_this_quarter' && board ? board.quarterLabel : b === 'overdue' && board ? `as of ${formatDate(board.today)}` : null;
  return (
    <div className={styles.tiles} role="group" aria-label="Deadline buckets">
      {BOARD_BUCKETS.map((b) => {
        const on = props.selected === b;
        const count = board?.counts[b];
        return (
          <button
            key={b}
            type="button"
            aria-pressed={on}
            data-testid={`bucket-${b}`}
            className={mergeClasses(styles.tile, on && styles.selected)}
            onClick={() => props.onSelect(b)}
          >
            <span className={styles.label}>{ACTION_BUCKET_LABELS[b]}</span>
            <span className={mergeClasses(styles.count, b === 'overdue' && Boolean(count) && styles.late)} data-testid={`bucket-${b}-count`}>
              {count ?? '…'}
            </span>
            {on ? <span className={styles.tick}>✓ Showing</span> : note(b) ? <span className={styles.note}>{note(b)}</span> : null}
          </button>
        );
      })}
    </div>
  );
}
