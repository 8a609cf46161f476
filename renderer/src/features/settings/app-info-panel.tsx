import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons';
import { formatDate } from '../../components/format-date';
import { LoadError, Loading } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useApi, useHost } from '../../host/services-context';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: '180px 1fr', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontFamily: tokens.fontFamilyBase, wordBreak: 'break-all' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  actions: { marginTop: tokens.spacingVerticalM },
});

/** Where the data lives and which version is running: what IT support asks for. */
export function AppInfoPanel() {
  const styles = useStyles();
  const api = useApi();
  const host = useHost();
  const info = useApiData(() => api.call('app.info'), [api]);
  if (info.error) return <LoadError error={info.error} what="information about the app" onRetry={info.reload} />;
  if (!info.data) return <Loading />;
  const i = info.data;
  const rows: Array<[string, string, boolean?]> = [
    ['Version', i.version],
    ['Running as', i.mode === 'desktop' ? 'Desktop app' : 'Browser (local service)'],
    ['Signed in as', i.userName],
    ['Data folder', i.dataDir, true],
    ['Database', i.databasePath, true],
    ['Database schema', String(i.schemaVersion)],
    ['Today', formatDate(i.today)],
  ];
  return (
    <>
      <dl className={styles.list} aria-label="About this installation">
        {rows.map(([term, value, mono]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={`${styles.value} ${mono ? styles.mono : ''}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.actions}>
        <Button icon={<FolderOpen20Regular />} onClick={() => void host.showInFolder(i.databasePath)}>
          Show data folder
        </Button>
      </div>
    </>
  );
}
