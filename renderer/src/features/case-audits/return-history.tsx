import { makeStyles, tokens } from '@fluentui/react-components';
import { RISK_KIND_LABELS, type CaseReturnDetail } from '../../../../shared/domain/case-audit';
import { formatDate, formatDateTime } from '../../components/format-date';
import { RiskStatusBadge } from './case-audit-badges';

const useStyles = makeStyles({
  h: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  risk: { color: tokens.colorPaletteRedForeground1 },
});

/** What else is recorded against the return: risk flags found in it, files imported, chasers sent. */
export function ReturnHistory(props: { detail: CaseReturnDetail }) {
  const styles = useStyles();
  const d = props.detail;
  return (
    <>
      {d.risks.length > 0 && (
        <>
          <h3 className={styles.h}>Risk flags</h3>
          <ul className={styles.list} aria-label="Risk flags on this return">
            {d.risks.map((f) => (
              <li key={f.id} className={f.status === 'closed' ? undefined : styles.risk}>
                {formatDate(f.raisedOn)}: {RISK_KIND_LABELS[f.kind]}: {f.description} <RiskStatusBadge status={f.status} />
              </li>
            ))}
          </ul>
        </>
      )}
      {d.files.length > 0 && (
        <>
          <h3 className={styles.h}>Files imported</h3>
          <ul className={styles.list} aria-label="Files imported">
            {d.files.map((f) => (
              <li key={f.id}>
                {f.fileName}, {formatDateTime(f.importedAt)} by {f.importedBy}
              </li>
            ))}
          </ul>
        </>
      )}
      {d.chasers.length > 0 && (
        <>
          <h3 className={styles.h}>Chasers</h3>
          <ul className={styles.list} aria-label="Chasers sent">
            {d.chasers.map((c, i) => (
              <li key={i}>
                {formatDateTime(c.sentAt)}: {c.subject} to {c.to} ({c.method === 'eml' ? 'Outlook draft' : 'email link'})
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
