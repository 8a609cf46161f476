import { Field, Link, Select, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { navigate } from '../../app/router';
import { LoadError, Loading, Page } from '../../components/page';
import { ChallengeTab } from './challenge-tab';
import { MeetingsTab } from './meetings-tab';
import { OverviewTab } from './overview-tab';
import { ScheduleTab } from './schedule-tab';
import { scrutinyPath } from './scrutiny-keys';
import { defaultCycle, useCycles } from './use-scrutiny-data';

const TABS = [
  ['challenge', 'Challenge event'],
  ['schedule', 'Schedule'],
  ['meetings', 'Meetings'],
  ['overview', 'Overview'],
] as const;
export type ScrutinyTab = (typeof TABS)[number][0];

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalXL, flexWrap: 'wrap' },
  picker: { minWidth: '320px' },
  tab: { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Room for the cards' shadows inside the scrolling area.
  scroll: { overflowY: 'auto', padding: '2px 4px 8px', '& > *': { flexShrink: 0 } },
});

/** Scrutiny of one cycle: its challenge event, scheduling the individual meetings, the meetings, the overview. */
export function ScrutinyPage(props: { cycleId: number | null; tab: string | undefined; eventId?: number }) {
  const styles = useStyles();
  const cycles = useCycles();
  const tab: ScrutinyTab = TABS.some(([t]) => t === props.tab) ? (props.tab as ScrutinyTab) : 'challenge';

  if (cycles.error) return <Page title="Scrutiny"><LoadError error={cycles.error} what="the audit cycles" onRetry={cycles.reload} /></Page>;
  if (!cycles.data) return <Page title="Scrutiny"><Loading /></Page>;
  const list = cycles.data.filter((c) => !c.historical);
  const cycle = props.cycleId ? cycles.data.find((c) => c.id === props.cycleId) : defaultCycle(cycles.data);
  if (!cycle)
    return (
      <Page title="Scrutiny">
        {props.cycleId ? <LoadError error={new Error(`There is no cycle ${props.cycleId}.`)} what="the cycle" /> : <p>Open an audit cycle first: scrutiny follows its returns.</p>}
      </Page>
    );

  return (
    <Page
      title="Scrutiny"
      subtitle={
        <>
          Challenge event and individual scrutiny meetings · <Link href={`#/cycles/${cycle.id}/board`}>{cycle.name}</Link> · {cycle.frameworkName}
        </>
      }
    >
      <div className={styles.bar}>
        <Field label="Cycle" className={styles.picker}>
          <Select value={String(cycle.id)} onChange={(_, d) => navigate(scrutinyPath(Number(d.value), tab))}>
            {(list.some((c) => c.id === cycle.id) ? list : [cycle, ...list]).map((c) => (
              <option key={c.id} value={String(c.id)}>
                {c.name}
                {c.status === 'open' ? ' (open)' : c.status === 'closed' ? ' (closed)' : ' (draft)'}
              </option>
            ))}
          </Select>
        </Field>
        <TabList selectedValue={tab} onTabSelect={(_, d) => navigate(scrutinyPath(cycle.id, String(d.value)))} aria-label="Scrutiny views">
          {TABS.map(([value, label]) => (
            <Tab key={value} value={value}>
              {label}
            </Tab>
          ))}
        </TabList>
      </div>
      <div className={`${styles.tab} ${tab === 'meetings' ? '' : styles.scroll}`}>
        {tab === 'challenge' && <ChallengeTab key={cycle.id} cycle={cycle} eventId={props.eventId ?? null} />}
        {tab === 'schedule' && <ScheduleTab key={cycle.id} cycle={cycle} />}
        {tab === 'meetings' && <MeetingsTab key={cycle.id} cycle={cycle} />}
        {tab === 'overview' && <OverviewTab key={cycle.id} cycle={cycle} />}
      </div>
    </Page>
  );
}
