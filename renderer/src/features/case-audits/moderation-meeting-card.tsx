import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarLtr20Regular, Save20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { ApiCallError } from '../../../../shared/api/client';
import { useNotify } from '../../app/notify';
import { DateField } from '../../components/date-field';
import { useFileActions } from '../../components/use-file-actions';
import { useApi } from '../../host/services-context';
import { AgencyListPicker } from './agency-list-picker';
import { refreshAudit } from './case-audit-keys';
import type { AuditTabProps } from './case-audit-page';
import { Section } from './section';
import { useCaseAuditLookups } from './use-case-audit-lookups';

const useStyles = makeStyles({
  grid: { '& .fui-Input': { minWidth: 0, width: '100%' }, display: 'grid', gridTemplateColumns: '200px 120px 120px minmax(0, 1fr) minmax(0, 1fr)', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
  full: { width: '100%', minWidth: 0 },
});

/** "9:30", "0930", "9.30" → "09:30"; null when it is not a time. */
export function parseTime(text: string): string | null {
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h < 24 && min < 60 ? `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` : null;
}

/** The moderation meeting, scheduled like other meetings: when, where, who; then a calendar file (.ics) to send. */
export function ModerationMeetingCard(props: AuditTabProps) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const files = useFileActions();
  const lookups = useCaseAuditLookups();
  const { audit: a } = props;
  const m = a.moderation;
  const init = () => ({
    date: m?.start.slice(0, 10) ?? a.moderationPlanned ?? '',
    start: m?.start.slice(11, 16) ?? '10:00',
    end: m?.end.slice(11, 16) ?? '12:30',
    location: m?.location ?? '',
    onlineLink: m?.onlineLink ?? '',
    attendees: m?.attendees.map((p) => p.contactId) ?? [],
    held: m?.held ?? false,
    reason: '',
  });
  const [v, setV] = useState(init);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const savedKey = JSON.stringify([a.moderation, a.moderationPlanned]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setV(init()), [savedKey]);
  const set = (patch: Partial<ReturnType<typeof init>>) => setV((x) => ({ ...x, ...patch }));

  const save = async () => {
    const start = parseTime(v.start);
    const end = parseTime(v.end);
    const local: Record<string, string> = {};
    if (!v.date) local.date = 'Give the date of the meeting.';
    if (!start) local.start = 'Type the start time as 10:00.';
    if (!end) local.end = 'Type the end time as 12:30.';
    if (Object.keys(local).length) return setErrors(local);
    setSaving(true);
    try {
      const next = await api.call('caseAudits.scheduleModeration', {
        auditId: a.id,
        start: `${v.date}T${start}`,
        end: `${v.date}T${end}`,
        location: v.location.trim() || null,
        onlineLink: v.onlineLink.trim() || null,
        attendeeContactIds: v.attendees,
        reason: v.reason.trim() || null,
        held: v.held,
      });
      setErrors({});
      props.onAudit(next);
      refreshAudit(a.id);
      notify.success(m ? 'The moderation meeting has been updated.' : 'The moderation meeting has been scheduled.');
    } catch (err) {
      if (err instanceof ApiCallError) setErrors(Object.fromEntries(err.details.filter((d) => d.field).map((d) => [d.field!, d.message])));
      notify.error(err, 'The meeting was not saved');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Section
      title="Moderation meeting"
      intro={m ? undefined : 'Not scheduled yet. The auditors meet to review the returns and agree findings, judgements and recommendations.'}
      actions={
        <>
          <Button appearance="primary" icon={<Save20Regular />} disabled={saving} onClick={() => void save()}>
            {saving ? 'Saving…' : m ? 'Save meeting' : 'Schedule meeting'}
          </Button>
          <Button icon={<CalendarLtr20Regular />} disabled={!m || files.busy !== null} onClick={() => void files.saveGenerated('Calendar invitation', () => api.call('caseAudits.moderationIcs', { auditId: a.id }))}>
            Calendar file (.ics)
          </Button>
        </>
      }
    >
      <div className={styles.grid}>
        <DateField label="Meeting date" required value={v.date} error={errors.date} onChange={(date) => set({ date })} />
        <Field label="Starts" required validationMessage={errors.start}>
          <Input className={styles.full} value={v.start} placeholder="hh:mm" onChange={(_, d) => set({ start: d.value })} />
        </Field>
        <Field label="Ends" required validationMessage={errors.end}>
          <Input className={styles.full} value={v.end} placeholder="hh:mm" onChange={(_, d) => set({ end: d.value })} />
        </Field>
        <Field label="Location" validationMessage={errors.location}>
          <Input className={styles.full} value={v.location} onChange={(_, d) => set({ location: d.value })} />
        </Field>
        <Field label="Online link" validationMessage={errors.onlineLink}>
          <Input className={styles.full} value={v.onlineLink} placeholder="https://" onChange={(_, d) => set({ onlineLink: d.value })} />
        </Field>
        <Field label="Invited" className={styles.wide}>
          <AgencyListPicker label="Invite someone" listLabel="People invited" emptyText="No one invited yet." placeholder="Type part of a name to invite them" options={lookups.contactOptions} value={v.attendees} onChange={(attendees) => set({ attendees })} />
        </Field>
        {m && (
          <Field label="Why it moved (if it has)" className={styles.wide}>
            <Input value={v.reason} onChange={(_, d) => set({ reason: d.value })} />
          </Field>
        )}
        <Checkbox className={styles.wide} checked={v.held} label="The meeting has been held" onChange={(_, d) => set({ held: d.checked === true })} />
      </div>
    </Section>
  );
}
