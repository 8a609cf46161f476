import { Field, Select, Toolbar, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, DocumentText20Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import type { CaseAuditSummary } from '../../../../shared/domain/case-audit';
import { navigate } from '../../app/router';
import { DataGrid } from '../../components/data-grid/data-grid';
import { LoadError, Page } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useFileActions } from '../../components/use-file-actions';
import { useApi } from '../../host/services-context';
import { CASE_AUDITS_KEY, RISKS_KEY, londonToday, programmeYearOf } from './case-audit-keys';
import { PROGRAMME_COLUMNS } from './case-audit-columns';
import { NewAuditDialog } from './new-audit-dialog';
import { RiskFlagsPanel } from './risk-flags-panel';

const NO_ROWS: CaseAuditSummary[] = [];
const ALL = 'all';
const useStyles = makeStyles({
  toolbar: { padding: 0, gap: tokens.spacingHorizontalXS, alignItems: 'flex-end' },
  year: { minWidth: '150px', marginRight: tokens.spacingHorizontalM },
});

/** The themed case-file audit programme, year by year, with the open risk flags across every audit above it. */
export function CaseAuditsPage() {
  const styles = useStyles();
  const api = useApi();
  const files = useFileActions();
  const [creating, setCreating] = useState(false);
  const list = useApiData(() => api.call('caseAudits.list'), [api], [CASE_AUDITS_KEY]);
  const risks = useApiData(() => api.call('caseAudits.risks', { openOnly: true }), [api], [RISKS_KEY]);
  const thisYear = programmeYearOf(londonToday());
  const years = useMemo(() => [...new Set([thisYear, ...(list.data ?? []).map((a) => a.programmeYear)])].sort().reverse(), [list.data, thisYear]);
  const [year, setYear] = useState<string | null>(null);
  // This year's programme first; a year with no audits yet falls back to the latest that has some.
  useEffect(() => {
    if (year !== null || !list.data) return;
    setYear(list.data.some((a) => a.programmeYear === thisYear) ? thisYear : (list.data.map((a) => a.programmeYear).sort().pop() ?? thisYear));
  }, [list.data, thisYear, year]);
  const shownYear = year ?? thisYear;
  const rows = useMemo(() => (list.data ?? NO_ROWS).filter((a) => shownYear === ALL || a.programmeYear === shownYear), [list.data, shownYear]);

  return (
    <Page title="Case-file audits" subtitle="The themed multi-agency audit programme: sample, returns, quality assurance, moderation and report">
      {list.error ? <LoadError error={list.error} what="the programme" onRetry={list.reload} /> : null}
      {risks.error ? <LoadError error={risks.error} what="the risk flags" onRetry={risks.reload} /> : <RiskFlagsPanel flags={risks.data ?? []} showAudit />}
      <DataGrid
        gridId="case-audits"
        label="Case-file audit programme"
        rows={rows}
        columns={PROGRAMME_COLUMNS}
        getRowId={(a) => String(a.id)}
        onOpen={(a) => navigate(`/case-audits/${a.id}/overview`)}
        noun={{ one: 'audit', many: 'audits' }}
        loading={list.loading && !list.data}
        isMuted={(a) => a.status === 'cancelled'}
        emptyText={`There are no audits in the ${shownYear === ALL ? '' : `${shownYear} `}programme yet. Select New audit to plan one.`}
        initialSort={[{ id: 'returns', desc: false }]}
        toolbar={
          <Toolbar aria-label="Programme actions" className={styles.toolbar}>
            <Field label="Year" orientation="horizontal" className={styles.year}>
              <Select aria-label="Programme year" value={shownYear} onChange={(_, d) => setYear(d.value)}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
                <option value={ALL}>All years</option>
              </Select>
            </Field>
            <ToolbarButton appearance="primary" icon={<Add20Regular />} onClick={() => setCreating(true)}>
              New audit
            </ToolbarButton>
            <ToolbarButton
              icon={<DocumentText20Regular />}
              disabled={shownYear === ALL || files.busy !== null}
              title={shownYear === ALL ? 'Choose a year first' : undefined}
              onClick={() => void files.saveGenerated('Programme overview', () => api.call('caseAudits.programmeDocx', { programmeYear: shownYear }))}
            >
              {files.busy ? 'Writing…' : 'Programme overview (Word)'}
            </ToolbarButton>
          </Toolbar>
        }
      />
      <NewAuditDialog open={creating} programmeYear={shownYear === ALL ? thisYear : shownYear} onClose={() => setCreating(false)} />
    </Page>
  );
}
