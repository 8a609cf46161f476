import { Card, CardHeader, Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { LoadError, Loading } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { CASE_AUDITS_KEY, RISKS_KEY } from './case-audit-keys';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  figures: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalL },
  figure: { display: 'flex', flexDirection: 'column' },
  big: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  red: { color: tokens.colorPaletteRedForeground1 },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The home screen's case-file audit tile: open risk flags (red when any) and returns open for quality assurance. */
export function CaseAuditRiskTile() {
  const styles = useStyles();
  const api = useApi();
  const risks = useApiData(() => api.call('caseAudits.risks', { openOnly: true }), [api], ['home', RISKS_KEY]);
  const qa = useApiData(() => api.call('caseAudits.returns', { statuses: ['issued', 'returned', 'sent_back'] }), [api], ['home', CASE_AUDITS_KEY]);
  const error = risks.error ?? qa.error;
  const flags = risks.data?.length ?? 0;
  const awaiting = (qa.data ?? []).filter((r) => r.status === 'returned').length;
  return (
    <Card className={styles.card} aria-label="Case-file audits">
      <CardHeader header={<h2 className={styles.title}>Case-file audits</h2>} />
      {error ? (
        <LoadError error={error} what="the case-file audits" onRetry={() => (risks.reload(), qa.reload())} />
      ) : !risks.data || !qa.data ? (
        <Loading />
      ) : (
        <div className={styles.figures}>
          <div className={styles.figure}>
            <span className={mergeClasses(styles.big, flags > 0 && styles.red)} data-testid="home-open-risks">
              {flags}
            </span>
            <span className={styles.label}>open risk {flags === 1 ? 'flag' : 'flags'}</span>
          </div>
          <div className={styles.figure}>
            <span className={styles.big} data-testid="home-open-qa">
              {qa.data.length}
            </span>
            <span className={styles.label}>returns open for QA ({awaiting} awaiting QA)</span>
          </div>
        </div>
      )}
      <Link href="#/case-audits">Open the audit programme</Link>
    </Card>
  );
}
