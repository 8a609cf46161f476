import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarAdd20Regular, Delete20Regular, DocumentText20Regular, Save20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { CycleSummary } from '../../../../shared/domain/cycle';
import { challengeEventInputSchema, type ChallengeEvent } from '../../../../shared/domain/scrutiny';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DateField } from '../../components/date-field';
import { serverFieldErrors, validate, type FieldErrors } from '../../components/form-errors';
import { useFileActions } from '../../components/use-file-actions';
import { useApi } from '../../host/services-context';
import { refreshChallenge } from './scrutiny-keys';
import { SectionCard, useSaving } from './section-card';
import { TimeField } from './time-field';
import { useDraft } from './use-draft';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
  two: { gridColumn: 'span 2' },
});

interface Values {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
  onlineLink: string;
  notes: string;
}

const toValues = (e: ChallengeEvent | null): Values => ({
  title: e?.title ?? 'Challenge event',
  date: e?.date ?? '',
  startTime: e?.startTime ?? '09:30',
  endTime: e?.endTime ?? '12:30',
  venue: e?.venue ?? '',
  onlineLink: e?.onlineLink ?? '',
  notes: e?.notes ?? '',
});

const WORDING: Record<string, string> = { date: 'Enter the date, for example 18/03/2027.', startTime: 'Enter the start, for example 09:30.', endTime: 'Enter the end, for example 12:30.' };

/** The event's date, times and place; creates the event when there is none yet. */
export function ChallengeDetailsCard(props: {
  cycle: CycleSummary;
  event: ChallengeEvent | null;
  onSaved?: (e: ChallengeEvent) => void;
  onCreated?: (e: ChallengeEvent) => void;
  onDeleted: () => void;
}) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const files = useFileActions();
  const { cycle, event } = props;
  const draft = useDraft(toValues(event));
  const v = draft.values;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [asking, setAsking] = useState(false);
  const saving = useSaving();
  const set = (patch: Partial<Values>) => draft.setValues({ ...v, ...patch });

  const save = async () => {
    const input = { cycleId: cycle.id, ...v, venue: v.venue || null, onlineLink: v.onlineLink.trim() || null, notes: v.notes || null };
    const checked = validate(challengeEventInputSchema, input);
    if (!checked.ok) {
      setErrors(Object.fromEntries(Object.entries(checked.errors).map(([k, m]) => [k, k === 'endTime' && /ends before/.test(m) ? m : (WORDING[k] ?? m)])));
      return;
    }
    setErrors({});
    await saving.run(event ? 'The event was not saved' : 'The event was not created', async () => {
      try {
        if (event) {
          const { cycleId: _c, ...patch } = checked.value;
          const saved = await api.call('challenge.update', { id: event.id, patch });
          props.onSaved?.(saved);
          notify.success(`${saved.title} has been saved.`);
        } else {
          const made = await api.call('challenge.create', checked.value);
          notify.success(`${made.title} has been created. Now choose its questions and invite the agencies.`);
          props.onCreated?.(made);
        }
        refreshChallenge(cycle.id);
      } catch (err) {
        const fields = serverFieldErrors(err);
        if (fields) setErrors(fields);
        throw err;
      }
    });
  };

  const remove = async () => {
    if (!event) return;
    const ok = await saving.run('The event was not deleted', async () => {
      await api.call('challenge.delete', { id: event.id });
      notify.success(`${event.title} has been deleted.`);
    });
    setAsking(false);
    if (ok) {
      props.onDeleted();
      refreshChallenge(cycle.id);
    }
  };

  return (
    <SectionCard
      title={event ? 'Event details' : 'New challenge event'}
      dirty={Boolean(event) && draft.dirty}
      actions={
        event && (
          <>
            <Button icon={<CalendarAdd20Regular />} disabled={files.busy !== null} onClick={() => void files.saveGenerated('Calendar invite', () => api.call('challenge.ics', { id: event.id }))}>
              Calendar invite (.ics)
            </Button>
            <Button icon={<DocumentText20Regular />} disabled={files.busy !== null} onClick={() => void files.saveGenerated('Challenge event summary', () => api.call('challenge.summaryDocx', { id: event.id }))}>
              Summary (Word)
            </Button>
          </>
        )
      }
    >
      <div className={styles.grid}>
        <Field label="Title" required className={styles.two} validationMessage={errors.title}>
          <Input value={v.title} onChange={(_, d) => set({ title: d.value })} />
        </Field>
        <DateField label="Date" required value={v.date} error={errors.date} onChange={(date) => set({ date })} />
        <TimeField label="Starts" required value={v.startTime} error={errors.startTime} onChange={(startTime) => set({ startTime })} />
        <TimeField label="Ends" required value={v.endTime} error={errors.endTime} onChange={(endTime) => set({ endTime })} />
        <Field label="Venue" className={styles.two} validationMessage={errors.venue}>
          <Input value={v.venue} onChange={(_, d) => set({ venue: d.value })} />
        </Field>
        <Field label="Online link" className={styles.two} validationMessage={errors.onlineLink} hint="Teams or Zoom address, if it is online or hybrid">
          <Input value={v.onlineLink} type="url" onChange={(_, d) => set({ onlineLink: d.value })} />
        </Field>
        <Field label="Notes" className={styles.wide} validationMessage={errors.notes}>
          <Textarea value={v.notes} rows={2} resize="vertical" onChange={(_, d) => set({ notes: d.value })} />
        </Field>
      </div>
      <div>
        <Button appearance="primary" icon={<Save20Regular />} disabled={saving.busy || (Boolean(event) && !draft.dirty)} onClick={() => void save()}>
          {saving.busy ? 'Saving…' : event ? 'Save details' : 'Create event'}
        </Button>{' '}
        {event && (
          <Button icon={<Delete20Regular />} disabled={saving.busy} onClick={() => setAsking(true)}>
            Delete event…
          </Button>
        )}
      </div>
      <ConfirmDialog open={asking} title={`Delete ${event?.title ?? 'the event'}?`} confirmLabel="Delete" busy={saving.busy} onConfirm={() => void remove()} onCancel={() => setAsking(false)}>
        Its questions, invited agencies, attendees and notes are deleted with it. The deletion is kept in the history.
      </ConfirmDialog>
    </SectionCard>
  );
}
