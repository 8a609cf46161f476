import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular, ArrowRight20Regular, CalendarSearch20Regular, Save20Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import type { CycleSummary } from '../../../../shared/domain/cycle';
import { LIVE_MEETING_STATUSES, type MeetingInput, type MeetingRow, type ScheduleProposal, type ScheduleRequest } from '../../../../shared/domain/scrutiny';
import { useNotify } from '../../app/notify';
import { navigate } from '../../app/router';
import { LoadError, Loading } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { ScheduleAgencies } from './schedule-agencies';
import { emptyPlan, planProblems, toRequest, type Plan } from './schedule-plan';
import { ScheduleReview } from './schedule-review';
import { ScheduleSetup } from './schedule-setup';
import { MEETINGS_KEY, refreshMeetings, scrutinyPath } from './scrutiny-keys';
import { useSaving } from './section-card';
import { usePeople, useScope } from './use-scrutiny-data';

type Step = 'setup' | 'agencies' | 'review';
const STEPS: Array<[Step, string]> = [
  ['setup', 'Days and people'],
  ['agencies', 'Agencies'],
  ['review', 'Review and save'],
];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1280px' },
  steps: { display: 'flex', gap: tokens.spacingHorizontalL, listStyle: 'none', margin: 0, padding: 0, flexWrap: 'wrap' },
  step: { color: tokens.colorNeutralForeground3 },
  current: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold, borderBottom: `2px solid ${tokens.colorBrandStroke1}` },
  nav: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

/** Plans a run of individual meetings: days and people, then agencies, then the scheduler's proposal to save. */
export function ScheduleTab(props: { cycle: CycleSummary }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { cycle } = props;
  const people = usePeople();
  const scope = useScope(cycle.id);
  const meetings = useApiData(() => api.call('meetings.list', { cycleId: cycle.id, statuses: [...LIVE_MEETING_STATUSES] }), [api, cycle.id], [MEETINGS_KEY]);
  const [plan, setPlan] = useState<Plan>(emptyPlan);
  const [step, setStep] = useState<Step>('setup');
  const [problems, setProblems] = useState<string[]>([]);
  const [proposal, setProposal] = useState<{ request: ScheduleRequest; result: ScheduleProposal } | null>(null);
  const saving = useSaving();

  const booked = useMemo(() => new Map<number, MeetingRow>((meetings.data ?? []).map((m) => [m.agencyId, m])), [meetings.data]);
  // Defaults once the lists arrive: the flagged scrutineer, every business-unit officer, agencies without a meeting.
  useEffect(() => {
    setPlan((p) => ({
      ...p,
      scrutineerId: p.scrutineerId ?? people.scrutineers[0]?.id ?? null,
      officerIds: p.officerIds.length ? p.officerIds : people.businessUnit.map((c) => c.id),
    }));
  }, [people.scrutineers, people.businessUnit]);
  useEffect(() => {
    if (scope.loaded && meetings.data) setPlan((p) => (p.agencyIds ? p : { ...p, agencyIds: scope.rows.filter((a) => !booked.has(a.agencyId)).map((a) => a.agencyId) }));
  }, [scope.loaded, scope.rows, meetings.data, booked]);

  const change = (p: Plan) => {
    setPlan(p);
    setProblems([]);
  };

  const propose = () =>
    saving.run('The scheduler could not propose a timetable', async () => {
      const found = planProblems(cycle.id, plan);
      setProblems(found);
      if (found.length) return;
      const request = toRequest(cycle.id, plan);
      const result = await api.call('meetings.propose', request);
      setProposal({ request, result });
      setStep('review');
    });

  const saveAll = () =>
    saving.run('The meetings were not saved', async () => {
      if (!proposal) return;
      const r = proposal.request;
      const input: MeetingInput[] = proposal.result.placed.map((m) => ({
        cycleId: cycle.id,
        agencyId: m.agencyId,
        start: m.start,
        end: m.end,
        location: r.location ?? null,
        onlineLink: r.onlineLink ?? null,
        status: 'proposed',
        attendees: [
          { contactId: r.scrutineerContactId, role: 'scrutineer' },
          { contactId: m.officerContactId, role: 'officer' },
        ],
      }));
      const saved = await api.call('meetings.createMany', { meetings: input });
      refreshMeetings(cycle.id);
      notify.success(`${saved.length} ${saved.length === 1 ? 'meeting' : 'meetings'} saved as proposed. Confirm them with each agency, then send the invitations.`, 'Meetings saved');
      setProposal(null);
      setPlan(emptyPlan());
      setStep('setup');
      navigate(scrutinyPath(cycle.id, 'meetings'));
    });

  if (scope.error) return <LoadError error={scope.error} what="the agencies in scope" onRetry={scope.reload} />;
  if (meetings.error) return <LoadError error={meetings.error} what="the meetings" onRetry={meetings.reload} />;
  const at = STEPS.findIndex(([s]) => s === step);

  return (
    <div className={styles.root}>
      <ol className={styles.steps} aria-label="Scheduling steps">
        {STEPS.map(([s, label], i) => (
          <li key={s} className={mergeClasses(styles.step, s === step && styles.current)} aria-current={s === step ? 'step' : undefined}>
            {i + 1}. {label}
          </li>
        ))}
      </ol>
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The plan is not complete</MessageBarTitle>
            <ul className={styles.list} aria-label="Problems with the plan">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {step === 'setup' && <ScheduleSetup plan={plan} people={people} onChange={change} />}
      {step === 'agencies' && (scope.loaded ? <ScheduleAgencies plan={plan} scope={scope.rows} booked={booked} onChange={change} /> : <Loading />)}
      {step === 'review' && proposal && <ScheduleReview proposal={proposal.result} />}
      <div className={styles.nav}>
        {at > 0 && (
          <Button icon={<ArrowLeft20Regular />} disabled={saving.busy} onClick={() => setStep(STEPS[at - 1]![0])}>
            Back
          </Button>
        )}
        {step === 'setup' && (
          <Button appearance="primary" icon={<ArrowRight20Regular />} iconPosition="after" onClick={() => setStep('agencies')}>
            Next: agencies
          </Button>
        )}
        {step !== 'review' && (
          <Button appearance={step === 'agencies' ? 'primary' : 'secondary'} icon={<CalendarSearch20Regular />} disabled={saving.busy} onClick={() => void propose()}>
            {saving.busy ? 'Proposing…' : 'Propose timetable'}
          </Button>
        )}
        {step === 'review' && proposal && (
          <Button appearance="primary" icon={<Save20Regular />} disabled={saving.busy || proposal.result.placed.length === 0} onClick={() => void saveAll()}>
            {saving.busy ? 'Saving…' : `Save all ${proposal.result.placed.length} ${proposal.result.placed.length === 1 ? 'meeting' : 'meetings'}`}
          </Button>
        )}
      </div>
    </div>
  );
}
