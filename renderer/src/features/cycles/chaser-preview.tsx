import { Badge, Card, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ChaserDraft } from '../../../../shared/domain/cycle';

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
    maxHeight: '120px',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground2,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
  },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** Each reminder as it will be sent: who to, subject and text; or why it cannot be made. */
export function ChaserPreview(props: { drafts: ChaserDraft[]; mailto: boolean; onMailto: (cycleAgencyId: number) => void }) {
  const styles = useStyles();
  if (!props.drafts.length) return null;
  return (
    <ul className={styles.list} aria-label="Chaser emails">
      {props.drafts.map((d) => (
        <li key={d.cycleAgencyId}>
          <Card className={styles.card} aria-label={`Chaser to ${d.agencyName}`}>
            <div className={styles.head}>
              <span className={styles.name}>{d.agencyName}</span>
              {d.problem && (
                <Badge appearance="tint" color="danger">
                  Cannot email
                </Badge>
              )}
              {props.mailto && d.mailto && !d.problem && (
                <Link href={d.mailto} onClick={() => props.onMailto(d.cycleAgencyId)}>
                  Open email to {d.agencyName}
                </Link>
              )}
            </div>
            {d.problem ? (
              <p className={styles.problem}>{d.problem}</p>
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
      ))}
    </ul>
  );
}
