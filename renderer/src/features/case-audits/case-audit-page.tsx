import { Link, MessageBar, MessageBarBody, MessageBarTitle, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { CaseAuditDetail } from '../../../../shared/domain/case-audit';
import { navigate } from '../../app/router';
import { LoadError, Loading, Page } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { AuditStatusBadge, UrgentBadge } from './case-audit-badges';
import { auditKey } from './case-audit-keys';
import { CasesTab } from './cases-tab';
import { DisseminationTab } from './dissemination-tab';
import { ModerationTab } from './moderation-tab';
import { OverviewTab } from './overview-tab';
import { ReportTab } from './report-tab';
import { ReturnsTab } from './returns-tab';
import { RisksTab } from './risks-tab';
import { ToolTab } from './tool-tab';

const TABS = [
  ['overview', 'Overview'],
  ['tool', 'Tool'],
  ['cases', 'Cases'],
  ['returns', 'Returns'],
  ['risks', 'Risks'],
  ['moderation', 'Moderation'],
  ['dissemination', 'Dissemination'],
  ['report', 'Report'],
] as const;
type AuditTab = (typeof TABS)[number][0];

const useStyles = makeStyles({
  tab: { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  scroll: { overflowY: 'auto', padding: '2px 4px 8px', '& > *': { flexShrink: 0 } },
  risksTab: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  banner: { flexShrink: 0 },
});

export interface AuditTabProps {
  audit: CaseAuditDetail;
  /** The audit as a write returned it. */
  onAudit: (a: CaseAuditDetail) => void;
}

/** One audit from sample to report, a tab per stage (the tab is in the address). */
export function CaseAuditPage(props: { id: number; tab: string | undefined }) {
  const styles = useStyles();
  const api = useApi();
  const audit = useApiData(() => api.call('caseAudits.get', { id: props.id }), [api, props.id], [auditKey(props.id)]);
  const tab: AuditTab = TABS.some(([t]) => t === props.tab) ? (props.tab as AuditTab) : 'overview';

  if (audit.error) return <Page title="Case-file audit"><LoadError error={audit.error} what="the audit" onRetry={audit.reload} /></Page>;
  const a = audit.data;
  if (!a) return <Page title="Case-file audit"><Loading /></Page>;
  const tabProps: AuditTabProps = { audit: a, onAudit: audit.setData };
  return (
    <Page
      title={a.title}
      subtitle={
        <>
          <Link href="#/case-audits">Case-file audits</Link> · {a.programmeYear} · theme: {a.theme} · <AuditStatusBadge status={a.status} />
          {a.urgent && (
            <>
              {' '}
              <UrgentBadge />
            </>
          )}
        </>
      }
    >
      {a.openRisks > 0 && tab !== 'risks' && (
        <MessageBar intent="error" className={styles.banner} aria-label="Open risk flags on this audit">
          <MessageBarBody>
            <MessageBarTitle>
              {a.openRisks} open risk {a.openRisks === 1 ? 'flag' : 'flags'}
            </MessageBarTitle>
            A concern about a child or about practice is awaiting the agency’s response or assurance. <Link href={`#/case-audits/${a.id}/risks`}>Open the risks</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList selectedValue={tab} onTabSelect={(_, d) => navigate(`/case-audits/${a.id}/${String(d.value)}`)} aria-label="Audit stages">
        {TABS.map(([value, label]) => (
          <Tab key={value} value={value}>
            {value === 'risks' && a.openRisks > 0 ? <span className={styles.risksTab}>{`${label} (${a.openRisks} open)`}</span> : label}
          </Tab>
        ))}
      </TabList>
      <div className={`${styles.tab} ${tab === 'returns' ? '' : styles.scroll}`}>
        {tab === 'overview' && <OverviewTab {...tabProps} />}
        {tab === 'tool' && <ToolTab {...tabProps} />}
        {tab === 'cases' && <CasesTab {...tabProps} />}
        {tab === 'returns' && <ReturnsTab {...tabProps} />}
        {tab === 'risks' && <RisksTab {...tabProps} />}
        {tab === 'moderation' && <ModerationTab {...tabProps} />}
        {tab === 'dissemination' && <DisseminationTab {...tabProps} />}
        {tab === 'report' && <ReportTab {...tabProps} />}
      </div>
    </Page>
  );
}
