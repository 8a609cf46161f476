import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { Save20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { meetingInputSchema, type MeetingDetail } from '../../../../shared/domain/scrutiny';
import { useNotify } from '../../app/notify';
import { DateField } from '../../components/date-field';
import { formatDateTime } from '../../components/format-date';
import { serverFieldErrors } from '../../components/form-errors';
import { useApi } from '../../host/services-context';
import { dateOf, slotText, timeOf } from './scrutiny-format';
import { refreshMeetings } from './scrutiny-keys';
import { SectionCard, useSaving } from './section-card';
import { TimeField } from './time-field';
import { useDraft } from './use-draft';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`, alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  history: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase300 },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Values {
  date: string;
  start: string;
  end: string;
  location: string;
  onlineLink: string;
}

const toValues = (m: MeetingDetail): Values => ({ date: dateOf(m.start), start: timeOf(m.start), end: timeOf(m.end), location: m.location ?? '', onlineLink: m.onlineLink ?? '' });

/** When and where, edited by hand: clashes are checked as the time changes, and a move keeps the old time with the reason. */
export function MeetingWhenCard(props: { meeting: MeetingDetail; onSaved: (m: MeetingDetail) => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { meeting: m } = props;
  const draft = useDraft(toValues(m));
  const v = draft.values;
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [clashes, setClashes] = useState<string[] | null>(null);
  const saving = useSaving();
  const set = (patch: Partial<Values>) => draft.setValues({ ...v, ...patch });
  const start = `${v.date}T${v.start}`;
  const end = `${v.date}T${v.end}`;
  const moved = start !== m.start || end !== m.end;

  // Clash warnings as the user edits, before anything is saved.
  const candidate = {
    cycleId: m.cycleId,
    agencyId: m.agencyId,
    start,
    end,
    location: v.location || null,
    onlineLink: v.onlineLink.trim() || null,
    status: m.status,
    attendees: m.attendees.flatMap((a) => (a.contactId ? [{ contactId: a.contactId, role: a.role }] : [])),
  };
  const check = meetingInputSchema.safeParse(candidate);
  const checkKey = check.success && moved ? JSON.stringify([start, end]) : '';
  useEffect(() => {
    if (!checkKey) {
      setClashes(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api.call('meetings.checkClashes', { meeting: candidate, ignoreId: m.id }).then(
        (found) => live && setClashes(found),
        () => live && setClashes(null),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, checkKey, m.id]);

  const shown = moved ? (clashes ?? []) : m.clashes;
  const save = () =>
    saving.run('The meeting was not saved', async () => {
      if (!check.success) {
        setErrors(Object.fromEntries(check.error.issues.map((i) => [String(i.path[0]), i.message])));
        return;
      }
      setErrors({});
      try {
        const saved = await api.call('meetings.update', {
          id: m.id,
          patch: { start, end, location: v.location.trim() || null, onlineLink: v.onlineLink.trim() || null },
          ...(moved && reason.trim() ? { reason: reason.trim() } : {}),
          allowClashes: shown.length > 0,
        });
        props.onSaved(saved);
        setReason('');
        refreshMeetings(m.cycleId, m.id);
        notify.success(moved ? `Moved to ${slotText(saved.start, saved.end)}.` : 'The meeting has been saved.');
      } catch (err) {
        const fields = serverFieldErrors(err);
        if (fields) setErrors(fields);
        throw err;
      }
    });

  return (
    <SectionCard title="When and where" dirty={draft.dirty}>
      <div className={styles.grid}>
        <div className={styles.wide}>
          <DateField label="Date" required value={v.date} error={errors.start} onChange={(date) => set({ date })} />
        </div>
        <TimeField label="Starts" required value={v.start} onChange={(s) => set({ start: s })} />
        <TimeField label="Ends" required value={v.end} error={errors.end} onChange={(e) => set({ end: e })} />
        <Field label="Location" className={styles.wide} validationMessage={errors.location}>
          <Input value={v.location} onChange={(_, d) => set({ location: d.value })} />
        </Field>
        <Field label="Online link" className={styles.wide} validationMessage={errors.onlineLink}>
          <Input type="url" value={v.onlineLink} onChange={(_, d) => set({ onlineLink: d.value })} />
        </Field>
        {moved && (
          <Field label="Reason for moving" className={styles.wide} hint="Kept in the meeting’s history; the calendar invite is updated, not duplicated.">
            <Textarea value={reason} rows={2} resize="vertical" onChange={(_, d) => setReason(d.value)} />
          </Field>
        )}
      </div>
      {shown.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{moved ? 'The new time clashes' : 'This meeting clashes'}</MessageBarTitle>
            <ul className={styles.list} aria-label="Clashes">
              {shown.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" icon={<Save20Regular />} disabled={!draft.dirty || saving.busy} onClick={() => void save()}>
          {saving.busy ? 'Saving…' : shown.length ? 'Save despite the clashes' : moved ? 'Move the meeting' : 'Save changes'}
        </Button>{' '}
        {draft.dirty && (
          <Button
            onClick={() => {
              draft.reset();
              setReason('');
              setErrors({});
            }}
          >
            Undo changes
          </Button>
        )}
      </div>
      {m.reschedules.length > 0 && (
        <>
          <h3 className={styles.muted} style={{ margin: 0, fontSize: 'inherit' }}>
            Moved before
          </h3>
          <ul className={styles.history} aria-label="Reschedule history">
            {m.reschedules.map((r, i) => (
              <li key={`${r.at}-${i}`}>
                Was {slotText(r.previousStart, r.previousEnd)}; moved {formatDateTime(r.at)} by {r.by}
                {r.reason ? `: ${r.reason}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </SectionCard>
  );
}
