import { Badge, Card, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** What every reminder/request draft has, whichever feature wrote it. */
export interface EmailDraftLike {
  agencyName: string;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  problem: string | null;
}

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
});

/** Each email as it will be sent: who to, subject and text; or why it cannot be made. */
export function EmailDraftList<T extends EmailDraftLike>(props: {
  /** The list's accessible name ("Chaser emails"). */
  label: string;
  /** Each card's accessible name ("Chaser to Northmoor School"). */
  cardLabel: (draft: T) => string;
  drafts: T[];
  keyOf: (draft: T) => number;
  /** Extra words beside the name ("3 actions · last asked …"). */
  detail?: (draft: T) => ReactNode;
  /** A mailto link to open the email, when one has been made. */
  link?: (draft: T) => string | null;
  onLink?: (draft: T) => void;
  problemPrefix?: string;
}) {
  const styles = useStyles();
  if (!props.drafts.length) return null;
  return (
    <ul className={styles.list} aria-label={props.label}>
      {props.drafts.map((d) => {
        const link = props.link?.(d) ?? null;
        return (
          <li key={props.keyOf(d)}>
            <Card className={styles.card} aria-label={props.cardLabel(d)}>
              <div className={styles.head}>
                <span className={styles.name}>{d.agencyName}</span>
                {props.detail?.(d)}
                {d.problem && (
                  <Badge appearance="tint" color="danger">
                    Cannot email
                  </Badge>
                )}
                {link && !d.problem && (
                  <Link href={link} onClick={() => props.onLink?.(d)}>
                    Open email to {d.agencyName}
                  </Link>
                )}
              </div>
              {d.problem ? (
                <p className={styles.problem}>
                  {props.problemPrefix}
                  {d.problem}
                </p>
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
