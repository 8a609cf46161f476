import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { CommentAdd20Regular } from '@fluentui/react-icons';
import { ACTION_SOURCES, type ActionDetail } from '../../../../shared/domain/action';
import { formatDate } from '../../components/format-date';
import { ActionFlags, ActionStatusBadge, DueDate, RagChip } from './action-badges';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    alignItems: 'center',
    padding: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  fact: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  push: { marginLeft: 'auto' },
});

const SOURCE_WORDS: Record<(typeof ACTION_SOURCES)[number], string> = {
  manual: 'Added by hand',
  rating: 'From a weak rating',
  import: 'Imported from a plan',
  meeting: 'From a meeting',
  demo: 'Demo data',
};

/** Status and due date, read-only: they change only through a progress update, so their history is kept. */
export function ActionSummary(props: { action: ActionDetail; onAddUpdate: () => void }) {
  const styles = useStyles();
  const a = props.action;
  return (
    <div className={styles.box} role="group" aria-label="Status and due date">
      <div className={styles.fact}>
        <span className={styles.label}>Status</span>
        <ActionStatusBadge status={a.status} />
      </div>
      <div className={styles.fact} data-testid="action-due">
        <span className={styles.label}>Due date</span>
        <DueDate row={a} />
        {a.dueDateMoves > 0 && (
          <span className={styles.note}>
            Originally {formatDate(a.originalDueDate)}; moved {a.dueDateMoves} {a.dueDateMoves === 1 ? 'time' : 'times'}
          </span>
        )}
      </div>
      <div className={styles.fact}>
        <span className={styles.label}>Last update</span>
        <span>
          {a.lastRag && <RagChip rag={a.lastRag} />} {a.lastUpdateOn ? formatDate(a.lastUpdateOn) : 'None yet'}
        </span>
      </div>
      {a.completedOn && (
        <div className={styles.fact}>
          <span className={styles.label}>Completed</span>
          <span>{formatDate(a.completedOn)}</span>
        </div>
      )}
      <div className={styles.fact}>
        <span className={styles.label}>Source</span>
        <span>
          {SOURCE_WORDS[a.source]}, {formatDate(a.createdOn)}
        </span>
      </div>
      <ActionFlags row={a} />
      <Button className={styles.push} appearance="primary" icon={<CommentAdd20Regular />} onClick={props.onAddUpdate}>
        Add update…
      </Button>
      {a.status === 'dropped' && a.droppedReason && <span className={styles.note}>Dropped: {a.droppedReason}</span>}
    </div>
  );
}
