import { Card, CardHeader, Link, makeStyles, tokens } from '@fluentui/react-components';
import { LoadError, Loading } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { MeetingStatusBadge } from './meeting-badges';
import { slotText } from './scrutiny-format';
import { MEETINGS_KEY } from './scrutiny-keys';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  when: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
});

/** The home screen's next scrutiny meetings and challenge events, soonest first; each opens its page. */
export function NextMeetingsTile(props: { limit?: number; className?: string }) {
  const styles = useStyles();
  const api = useApi();
  const limit = props.limit ?? 5;
  const next = useApiData(() => api.call('home.nextMeetings', { limit }), [api, limit], ['home', MEETINGS_KEY]);
  return (
    <Card className={`${styles.card} ${props.className ?? ''}`} aria-label="Next meetings">
      <CardHeader header={<h2 className={styles.title}>Next meetings</h2>} />
      {next.error ? (
        <LoadError error={next.error} what="the next meetings" onRetry={next.reload} />
      ) : !next.data ? (
        <Loading />
      ) : next.data.length === 0 ? (
        <p className={styles.muted}>No scrutiny meetings or challenge events coming up.</p>
      ) : (
        <ul className={styles.list} aria-label="Next meetings and events">
          {next.data.map((n) => (
            <li key={`${n.kind}-${n.id}`}>
              <Link href={n.kind === 'meeting' ? `#/meetings/${n.id}` : `#/scrutiny/event/${n.id}`}>{n.title}</Link>{' '}
              {n.status && n.status !== 'confirmed' ? <MeetingStatusBadge status={n.status} /> : null}
              <span className={styles.when}>{slotText(n.start, n.end)}</span>
            </li>
          ))}
        </ul>
      )}
      <Link href="#/scrutiny">Open scrutiny</Link>
    </Card>
  );
}
