import { Button, Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { CycleSummary } from '../../../../shared/domain/cycle';
import { formatDate } from '../../components/format-date';
import { LoadError, Loading } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { ChallengeAgenciesCard } from './challenge-agencies';
import { ChallengeAttendeesCard } from './challenge-attendees';
import { ChallengeDetailsCard } from './challenge-details';
import { ChallengeQuestionsCard } from './challenge-questions';
import { challengeKey } from './scrutiny-keys';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  picker: { minWidth: '360px' },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1280px' },
});

/** The cycle's multi-agency challenge event(s): details, sampled questions, agencies and their evidence, attendees. */
export function ChallengeTab(props: { cycle: CycleSummary; eventId: number | null }) {
  const styles = useStyles();
  const api = useApi();
  const { cycle } = props;
  const key = challengeKey(cycle.id);
  const events = useApiData(() => api.call('challenge.list', { cycleId: cycle.id }), [api, cycle.id], [key]);
  const [chosen, setChosen] = useState<number | 'new' | null>(props.eventId);
  const list = events.data ?? [];
  // Until the user picks one: the event asked for, else the cycle's first; "new" when there is none.
  const id = chosen ?? list[0]?.id ?? (events.data ? 'new' : null);
  useEffect(() => {
    if (typeof chosen === 'number' && events.data && !events.data.some((e) => e.id === chosen)) setChosen(null);
  }, [chosen, events.data]);
  const event = useApiData(() => (typeof id === 'number' ? api.call('challenge.get', { id }) : Promise.resolve(null)), [api, id], [key]);

  if (events.error) return <LoadError error={events.error} what="the challenge events" onRetry={events.reload} />;
  if (!events.data) return <Loading />;
  const e = typeof id === 'number' && event.data?.id === id ? event.data : null;

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        {list.length > 0 && (
          <Field label="Challenge event" className={styles.picker}>
            <Select value={id === 'new' ? '' : String(id ?? '')} onChange={(_, d) => setChosen(d.value ? Number(d.value) : 'new')}>
              {list.map((x) => (
                <option key={x.id} value={String(x.id)}>
                  {x.title}, {formatDate(x.date)}
                </option>
              ))}
              {id === 'new' && <option value="">New challenge event</option>}
            </Select>
          </Field>
        )}
        {id !== 'new' && (
          <Button icon={<Add20Regular />} onClick={() => setChosen('new')}>
            New challenge event
          </Button>
        )}
      </div>
      {id === 'new' ? (
        <>
          {list.length === 0 && (
            <MessageBar intent="info">
              <MessageBarBody>{cycle.name} has no challenge event yet. Set its date and place, then choose the questions and invite the agencies.</MessageBarBody>
            </MessageBar>
          )}
          <ChallengeDetailsCard cycle={cycle} event={null} onCreated={(made) => {
              // Listed at once, so the choice is not reset while the list reloads.
              events.setData([...list, made]);
              setChosen(made.id);
            }} onDeleted={() => undefined} />
        </>
      ) : event.error ? (
        <LoadError error={event.error} what="the challenge event" onRetry={event.reload} />
      ) : !e ? (
        <Loading />
      ) : (
        <>
          <ChallengeDetailsCard
            key={`d${e.id}`}
            cycle={cycle}
            event={e}
            onSaved={event.setData}
            onDeleted={() => {
              events.setData(list.filter((x) => x.id !== e.id));
              setChosen(null);
            }}
          />
          <ChallengeQuestionsCard key={`q${e.id}`} cycle={cycle} event={e} onSaved={event.setData} />
          <ChallengeAgenciesCard key={`a${e.id}`} cycle={cycle} event={e} onSaved={event.setData} />
          <ChallengeAttendeesCard key={`p${e.id}`} cycle={cycle} event={e} onSaved={event.setData} />
        </>
      )}
    </div>
  );
}
