import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise16Regular } from '@fluentui/react-icons';
import { useApi } from '../host/services-context';
import { formatDateTime } from './format-date';
import { LoadError, Loading } from './page';
import { useApiData } from './use-api-data';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  entry: {
    borderLeft: `3px solid ${tokens.colorBrandStroke2}`,
    paddingLeft: tokens.spacingHorizontalM,
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  when: { fontWeight: tokens.fontWeightSemibold },
  who: { color: tokens.colorNeutralForeground3 },
  summary: { margin: `${tokens.spacingVerticalXXS} 0` },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  before: { color: tokens.colorNeutralForeground3 },
  bar: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: tokens.spacingVerticalS },
});

/** Actions whose summary already says everything ("Linked X as safeguarding lead at Y"). */
const QUIET_ACTIONS = new Set(['create', 'link', 'unlink']);

const ACTION_LABELS: Record<string, string> = {
  create: 'Created',
  update: 'Changed',
  deactivate: 'Deactivated',
  reactivate: 'Reactivated',
  delete: 'Deleted',
  import: 'Imported',
  freeze: 'Frozen',
  link: 'Linked',
  unlink: 'Unlinked',
};

export const describeValue = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '(blank)';
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (Array.isArray(v)) return v.length ? v.map(describeValue).join(', ') : '(none)';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

const humanise = (key: string) =>
  key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());

/** When, who and what changed (field: before → after), newest first. */
export function HistoryPanel(props: {
  entityType: string;
  entityId: number;
  fieldLabels?: Record<string, string>;
  /** Fields not worth showing (internal ids). */
  hideFields?: string[];
  /** Words for stored values (role codes, duty codes); falls back to describeValue. */
  formatValue?: (field: string, value: unknown) => string | null;
}) {
  const styles = useStyles();
  const api = useApi();
  const history = useApiData(
    () => api.call('history.list', { entityType: props.entityType, entityId: props.entityId }),
    [api, props.entityType, props.entityId],
    [`history:${props.entityType}:${props.entityId}`],
  );
  if (history.error) return <LoadError error={history.error} what="the history" onRetry={history.reload} />;
  if (!history.data) return <Loading />;
  const hidden = new Set(props.hideFields ?? []);
  const show = (field: string, v: unknown) => (v === null || v === undefined || v === '' ? describeValue(v) : (props.formatValue?.(field, v) ?? describeValue(v)));
  return (
    <div>
      <div className={styles.bar}>
        <span>{history.data.length === 0 ? 'No changes have been recorded yet.' : `${history.data.length} recorded changes`}</span>
        <Button size="small" appearance="subtle" icon={<ArrowClockwise16Regular />} onClick={history.reload}>
          Refresh
        </Button>
      </div>
      <ol className={styles.list} aria-label="History">
        {history.data.map((entry) => {
          const changes = Object.entries(entry.changes).filter(([k]) => !hidden.has(k));
          return (
            <li key={entry.id} className={styles.entry}>
              <div className={styles.head}>
                <span className={styles.when}>{formatDateTime(entry.at)}</span>
                <span className={styles.who}>by {entry.userName}</span>
                <Badge appearance="tint" size="small" color={entry.action === 'deactivate' ? 'danger' : 'informative'}>
                  {ACTION_LABELS[entry.action] ?? humanise(entry.action)}
                </Badge>
              </div>
              {entry.summary && <p className={styles.summary}>{entry.summary}</p>}
              {changes.length > 0 && !QUIET_ACTIONS.has(entry.action) && (
                <ul className={styles.changes}>
                  {changes.map(([field, [before, after]]) => (
                    <li key={field}>
                      {props.fieldLabels?.[field] ?? humanise(field)}: <span className={styles.before}>{show(field, before)}</span> → {show(field, after)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
