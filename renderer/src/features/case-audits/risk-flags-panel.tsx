import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { Warning20Filled } from '@fluentui/react-icons';
import { RISK_KIND_LABELS, type RiskFlag } from '../../../../shared/domain/case-audit';
import { formatDate } from '../../components/format-date';
import { RiskStatusBadge } from './case-audit-badges';

const useStyles = makeStyles({
  panel: {
    flexShrink: 0,
    border: `2px solid ${tokens.colorPaletteRedBorder2}`,
    borderLeft: `8px solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteRedBackground1,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    maxHeight: '260px',
    overflowY: 'auto',
  },
  title: { margin: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase400 },
  list: { listStyleType: 'none', margin: `${tokens.spacingVerticalS} 0 0`, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'grid', gridTemplateColumns: '220px 1fr auto', gap: tokens.spacingHorizontalL, alignItems: 'baseline', borderTop: `1px solid ${tokens.colorPaletteRedBorder1}`, paddingTop: tokens.spacingVerticalXS },
  when: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  text: { overflowWrap: 'anywhere' },
  none: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export const riskWhere = (f: RiskFlag) => [f.caseReference && `case ${f.caseReference}`, f.agencyName].filter(Boolean).join(', ');

/** Concerns about immediate risk or unsafe practice not yet closed: red, dated, each linked to its audit's risk tab. */
export function RiskFlagsPanel(props: { flags: RiskFlag[]; showAudit: boolean }) {
  const styles = useStyles();
  const open = props.flags.filter((f) => f.status !== 'closed');
  if (!open.length) return null;
  return (
    <section className={styles.panel} aria-label="Open risk flags" data-testid="open-risk-flags">
      <h2 className={styles.title}>
        <Warning20Filled aria-hidden />
        {open.length} open risk {open.length === 1 ? 'flag' : 'flags'}: concerns about a child or about practice, awaiting response or assurance
      </h2>
      <ul className={styles.list}>
        {open.map((f) => (
          <li key={f.id} className={styles.item} aria-label={`Risk flag: ${RISK_KIND_LABELS[f.kind]}, ${riskWhere(f)}`}>
            <span>
              <span className={styles.when}>Raised {formatDate(f.raisedOn)}</span>
              <div className={styles.meta}>
                {f.daysOpen !== null ? `${f.daysOpen} ${f.daysOpen === 1 ? 'day' : 'days'} open` : ''} · by {f.raisedBy}
              </div>
            </span>
            <span className={styles.text}>
              <strong>{RISK_KIND_LABELS[f.kind]}</strong>
              {riskWhere(f) ? ` (${riskWhere(f)})` : ''}: {f.description}
              <div className={styles.meta}>
                {props.showAudit && (
                  <>
                    <Link href={`#/case-audits/${f.auditId}/risks`}>{f.auditTitle}</Link>
                    {' · '}
                  </>
                )}
                {f.escalatedTo ? `Escalated to ${f.escalatedTo}` : 'Not yet escalated'}
                {f.responseOn ? ` · response ${formatDate(f.responseOn)}` : ''}
                {f.assuranceOn ? ` · assurance ${formatDate(f.assuranceOn)}` : ''}
              </div>
            </span>
            <RiskStatusBadge status={f.status} />
          </li>
        ))}
      </ul>
    </section>
  );
}
