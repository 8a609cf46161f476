import { Link, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { navigate } from '../../app/router';
import { formatDate } from '../../components/format-date';
import { LoadError, Loading, Page } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { ReturnsGrid } from '../returns/returns-grid';
import { AnalysisTab } from './analysis-tab';
import { CycleSettingsTab } from './cycle-settings-tab';
import { CycleStatusBadge, cycleTypeText } from './cycle-columns';
import { HeatmapTab } from './heatmap-tab';
import { ReturnsBoardTab } from './returns-board';
import { ScopeTab } from './scope-tab';
import { useCycleActions } from './use-cycle-actions';

const TABS = [
  ['board', 'Returns board'],
  ['returns', 'Returns'],
  ['heatmap', 'Heatmap'],
  ['analysis', 'Distribution and comparison'],
  ['scope', 'Scope'],
  ['settings', 'Settings'],
] as const;
export type CycleTab = (typeof TABS)[number][0];

const useStyles = makeStyles({
  tab: { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Room for the cards' shadows inside the scrolling area.
  scroll: { overflowY: 'auto', padding: '2px 4px 8px', '& > *': { flexShrink: 0 } },
});

/** One cycle: its board, returns, analysis, scope and settings, as tabs (the tab is in the address). */
export function CyclePage(props: { id: number; tab: string | undefined }) {
  const styles = useStyles();
  const api = useApi();
  const cycle = useApiData(() => api.call('cycles.get', { id: props.id }), [api, props.id], [`cycle:${props.id}`, 'cycles']);
  const tab: CycleTab = TABS.some(([t]) => t === props.tab) ? (props.tab as CycleTab) : 'board';
  const actions = useCycleActions(cycle.data ?? null);

  if (cycle.error) return <Page title="Audit cycle"><LoadError error={cycle.error} what="the cycle" onRetry={cycle.reload} /></Page>;
  const c = cycle.data;
  if (!c) return <Page title="Audit cycle"><Loading /></Page>;

  const deadlines = [c.initialDeadline && `initial deadline ${formatDate(c.initialDeadline)}`, c.finalDeadline && `final deadline ${formatDate(c.finalDeadline)}`]
    .filter(Boolean)
    .join(', ');
  return (
    <Page
      title={c.name}
      subtitle={
        <>
          <Link href="#/cycles">Audit cycles</Link> · {cycleTypeText(c)} · {c.frameworkName} ({c.frameworkVersion}) · {c.periodLabel}
          {deadlines ? ` · ${deadlines}` : ''} · <CycleStatusBadge cycle={c} /> · <Link href={`#/scrutiny/${c.id}/challenge`}>Scrutiny</Link> · <Link href={`#/board-paper/${c.id}`}>Board paper</Link>
        </>
      }
    >
      <TabList selectedValue={tab} onTabSelect={(_, d) => navigate(`/cycles/${c.id}/${String(d.value)}`)} aria-label="Cycle views">
        {TABS.map(([value, label]) => (
          <Tab key={value} value={value}>
            {label}
          </Tab>
        ))}
      </TabList>
      <div className={`${styles.tab} ${tab === 'board' || tab === 'settings' || tab === 'analysis' ? styles.scroll : ''}`}>
        {tab === 'board' && <ReturnsBoardTab cycle={c} actions={actions} />}
        {tab === 'returns' && <ReturnsGrid cycle={c} actions={actions} />}
        {tab === 'heatmap' && <HeatmapTab cycle={c} />}
        {tab === 'analysis' && <AnalysisTab cycle={c} />}
        {tab === 'scope' && <ScopeTab cycle={c} />}
        {tab === 'settings' && <CycleSettingsTab cycle={c} onSaved={cycle.setData} />}
      </div>
      {actions.dialogs}
    </Page>
  );
}
