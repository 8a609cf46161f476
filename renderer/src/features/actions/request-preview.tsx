import { Badge, Card, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ActionRequestDraft } from '../../../../shared/domain/action';
import { formatDate } from '../../components/format-date';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { padding: tokens.spacingVerticalS },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap' },
  name: { fontWeight: tokens.fontWeightSemibold },
  meta: { display: 'grid', gridTemplateColumns: '70px 1fr', columnGap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  label: { color: tokens.colorNeutralForeground3 },
  body: {
    whiteSpace: 'pre-wrap',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    maxHeight: '140px',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground2,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
  },
  problem: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  small: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Each request as it will be sent (to, subject, the actions listed), or why it cannot be made. */
export function RequestPreview(props: { drafts: ActionRequestDraft[]; links: Map<number, string> }) {
  const styles = useStyles();
  if (!props.drafts.length) return null;
  return (
    <ul className={styles.list} aria-label="Requests for updates">
      {props.drafts.map((d) => {
        const link = props.links.get(d.agencyId);
        return (
          <li key={d.agencyId}>
            <Card className={styles.card} aria-label={`Request to ${d.agencyName}`}>
              <div className={styles.head}>
                <span className={styles.name}>{d.agencyName}</span>
                <span className={styles.small}>
                  {d.actionIds.length} {d.actionIds.length === 1 ? 'action' : 'actions'}
                  {d.lastRequestedAt ? ` · last asked ${formatDate(d.lastRequestedAt)}` : ' · not asked before'}
                </span>
                {d.problem && (
                  <Badge appearance="tint" color="danger">
                    Cannot email
                  </Badge>
                )}
                {link && <Link href={link}>Open email to {d.agencyName}</Link>}
              </div>
              {d.problem ? (
                <p className={styles.problem}>Skipped: {d.problem}</p>
              ) : (
                <>
                  <div className={styles.meta}>
                    <span className={styles.label}>To</span>
                    <span>{d.to.join('; ')}</span>
                    <span className={styles.label}>Cc</span>
                    <span>{d.cc.join('; ') || '—'}</span>
                    <span className={styles.label}>Subject</span>
                    <span>{d.subject}</span>
                  </div>
                  <pre className={styles.body}>{d.body}</pre>
                </>
              )}
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
