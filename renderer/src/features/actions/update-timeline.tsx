import { makeStyles, tokens } from '@fluentui/react-components';
import type { ActionUpdate } from '../../../../shared/domain/action';
import { formatDate, formatDateTime } from '../../components/format-date';
import { ActionStatusBadge, RagChip } from './action-badges';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  entry: { borderLeft: `3px solid ${tokens.colorBrandStroke2}`, paddingLeft: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  when: { fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, whiteSpace: 'pre-wrap' },
  moved: { margin: 0, color: tokens.colorPaletteDarkOrangeForeground1 },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  empty: { color: tokens.colorNeutralForeground3, margin: 0 },
});

/** Progress updates, newest first, as they were written. */
export function UpdateTimeline(props: { updates: ActionUpdate[] }) {
  const styles = useStyles();
  if (!props.updates.length) return <p className={styles.empty}>No progress updates yet.</p>;
  return (
    <ol className={styles.list} aria-label="Progress updates">
      {props.updates.map((u) => (
        <li key={u.id} className={styles.entry}>
          <div className={styles.head}>
            <span className={styles.when}>{formatDate(u.date)}</span>
            {u.rag && <RagChip rag={u.rag} />}
            {u.status && (
              <>
                <span>Status set to</span>
                <ActionStatusBadge status={u.status} />
              </>
            )}
          </div>
          {u.newDueDate && (
            <p className={styles.moved}>
              Due date moved from {formatDate(u.previousDueDate)} to {formatDate(u.newDueDate)}
              {u.slippageReason ? `: ${u.slippageReason}` : ''}
            </p>
          )}
          {u.text && <p className={styles.text}>{u.text}</p>}
          <span className={styles.meta}>
            {u.reportedBy ? `Reported by ${u.reportedBy} · ` : ''}recorded by {u.createdBy}, {formatDateTime(u.createdAt)}
          </span>
        </li>
      ))}
    </ol>
  );
}
