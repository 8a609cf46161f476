import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { formatDateTime } from '../../components/format-date';
import { LoadError, Loading } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';

const HREF: Record<string, string> = { agency: 'agencies', contact: 'contacts', framework: 'frameworks' };

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  when: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, display: 'block' },
});

/** The latest changes anyone made, newest first, each linking to what changed. */
export function RecentChanges(props: { limit?: number }) {
  const styles = useStyles();
  const api = useApi();
  const limit = props.limit ?? 10;
  const recent = useApiData(() => api.call('history.recent', { limit }), [api, limit], ['agencies', 'contacts', 'frameworks', 'settings']);
  if (recent.error) return <LoadError error={recent.error} what="recent changes" onRetry={recent.reload} />;
  if (!recent.data) return <Loading />;
  if (recent.data.length === 0) return <p>No changes have been recorded yet.</p>;
  return (
    <ul className={styles.list} aria-label="Recent changes">
      {recent.data.map((e) => {
        const area = HREF[e.entityType];
        return (
          <li key={e.id}>
            {area ? <Link href={`#/${area}/${e.entityId}`}>{e.summary}</Link> : e.summary}
            <span className={styles.when}>
              {formatDateTime(e.at)} by {e.userName}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
