import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { DocumentText20Regular } from '@fluentui/react-icons';
import { METHODOLOGY_LABELS } from '../../../../shared/domain/case-audit';
import { ScaleChip } from '../../components/scale-chip';
import { useFileActions } from '../../components/use-file-actions';
import { useApi } from '../../host/services-context';
import type { AuditTabProps } from './case-audit-page';
import { periodText } from './case-audit-columns';
import { Section } from './section';

const useStyles = makeStyles({
  list: { margin: 0, display: 'grid', gridTemplateColumns: '220px 1fr', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}` },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0 },
});

/** The audit's summary report for the partnership, in Word: what goes into it, and the button that writes it. */
export function ReportTab(props: AuditTabProps) {
  const styles = useStyles();
  const api = useApi();
  const files = useFileActions();
  const { audit: a } = props;
  const made = a.recommendations.filter((r) => r.actionId).length;
  const rows: Array<[string, ReactNode]> = [
    ['Theme', a.theme],
    ['Period of practice', periodText(a) || 'Not set'],
    ['Methodology', METHODOLOGY_LABELS[a.methodology]],
    ['Sample', `${a.caseCount} ${a.caseCount === 1 ? 'case' : 'cases'}, ${a.returnCount} agency returns (${a.returnsAccepted} accepted)`],
    ['Findings', `${a.findings.length} recorded`],
    ['Theme judgement', <ScaleChip key="j" rating={a.themeJudgement} emptyText="Not yet agreed" />],
    ['Recommendations', `${a.recommendations.length}, of which ${made} made into actions`],
    ['Risk flags', `${a.risks.length} raised, ${a.openRisks} still open`],
  ];
  return (
    <Section
      title="Summary report"
      intro="The report for the partnership: theme, methodology, sample, findings, judgements, recommendations and the actions made from them."
      actions={
        <Button appearance="primary" icon={<DocumentText20Regular />} disabled={files.busy !== null} onClick={() => void files.saveGenerated('Summary report', () => api.call('caseAudits.reportDocx', { auditId: a.id }))}>
          {files.busy ? 'Writing…' : 'Summary report (Word)'}
        </Button>
      }
    >
      <dl className={styles.list} aria-label="What the report covers">
        {rows.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt className={styles.dt}>{k}</dt>
            <dd className={styles.dd}>{v}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
