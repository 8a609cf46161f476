import { Button, Card, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { Save20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { CYCLE_STATUSES, type CycleDetail, type CycleStatus } from '../../../../shared/domain/cycle';
import { useNotify } from '../../app/notify';
import { serverFieldErrors, type FieldErrors } from '../../components/form-errors';
import { CYCLE_STATUS_LABELS } from './cycle-columns';
import { refreshCycle } from './cycle-refresh';
import { DateField } from '../../components/date-field';
import { useApi } from '../../host/services-context';

const PLACEHOLDERS: Array<[string, string]> = [
  ['{agency}', 'the agency’s name'],
  ['{lead}', 'the safeguarding lead’s name'],
  ['{cycle}', 'this cycle’s name'],
  ['{deadline}', 'the initial deadline, e.g. 18 November 2024'],
  ['{finalDeadline}', 'the final deadline'],
  ['{partnership}', 'the partnership’s name'],
  ['{sender}', 'your name'],
];

interface Values {
  name: string;
  periodLabel: string;
  launchDate: string;
  initialDeadline: string;
  finalDeadline: string;
  status: CycleStatus;
  notes: string;
  subject: string;
  body: string;
}

const toValues = (c: CycleDetail): Values => ({
  name: c.name,
  periodLabel: c.periodLabel,
  launchDate: c.launchDate ?? '',
  initialDeadline: c.initialDeadline ?? '',
  finalDeadline: c.finalDeadline ?? '',
  status: c.status,
  notes: c.notes ?? '',
  subject: c.chaserTemplate.subject,
  body: c.chaserTemplate.body,
});

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1100px' },
  card: { padding: tokens.spacingHorizontalL },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`, alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  placeholders: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200 },
  code: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Dates, status, notes and the chaser email template of a cycle. */
export function CycleSettingsTab(props: { cycle: CycleDetail; onSaved: (c: CycleDetail) => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { cycle } = props;
  const [v, setV] = useState<Values>(() => toValues(cycle));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => setV(toValues(cycle)), [cycle]);
  const set = (patch: Partial<Values>) => setV((old) => ({ ...old, ...patch }));
  const dirty = JSON.stringify(v) !== JSON.stringify(toValues(cycle));

  const save = async () => {
    const local: FieldErrors = {};
    if (!v.name.trim()) local.name = 'A cycle needs a name.';
    if (!v.periodLabel.trim()) local.periodLabel = 'Give the period, e.g. 2024/25.';
    if (v.initialDeadline && v.finalDeadline && v.finalDeadline < v.initialDeadline) local.finalDeadline = 'The final deadline is before the initial deadline.';
    if (v.launchDate && v.initialDeadline && v.initialDeadline < v.launchDate) local.initialDeadline = 'The initial deadline is before the launch date.';
    for (const k of ['launchDate', 'initialDeadline', 'finalDeadline'] as const)
      if (v[k] && !/^\d{4}-\d{2}-\d{2}$/.test(v[k])) local[k] = 'Not a date: type it as 18/11/2024.';
    if (!v.subject.trim()) local.subject = 'The email needs a subject.';
    if (!v.body.trim()) local.body = 'The email needs some text.';
    setErrors(local);
    if (Object.keys(local).length) return;
    setSaving(true);
    try {
      const saved = await api.call('cycles.update', {
        id: cycle.id,
        patch: {
          name: v.name,
          periodLabel: v.periodLabel,
          launchDate: v.launchDate || null,
          initialDeadline: v.initialDeadline || null,
          finalDeadline: v.finalDeadline || null,
          status: v.status,
          notes: v.notes.trim() || null,
          chaserTemplate: { subject: v.subject, body: v.body },
        },
      });
      props.onSaved(saved);
      refreshCycle(cycle.id);
      notify.success(`${saved.name} has been saved.`, 'Saved');
    } catch (err) {
      const fields = serverFieldErrors(err, ['patch', 'chaserTemplate']);
      if (fields) setErrors(fields);
      notify.error(err, 'The cycle was not saved');
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={styles.root}>
      <Card className={styles.card}>
        <h2 className={styles.h2}>Cycle</h2>
        <div className={styles.grid}>
          <Field label="Name" required validationMessage={errors.name} className={styles.wide}>
            <Input value={v.name} onChange={(_, d) => set({ name: d.value })} />
          </Field>
          <Field label="Period" required validationMessage={errors.periodLabel}>
            <Input value={v.periodLabel} onChange={(_, d) => set({ periodLabel: d.value })} />
          </Field>
          <Field label="Status" validationMessage={errors.status}>
            <Select value={v.status} onChange={(_, d) => set({ status: d.value as CycleStatus })}>
              {CYCLE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {CYCLE_STATUS_LABELS[s]}
                </option>
              ))}
            </Select>
          </Field>
          <DateField label="Launch date" value={v.launchDate} error={errors.launchDate} onChange={(launchDate) => set({ launchDate })} />
          <DateField label="Initial deadline" value={v.initialDeadline} error={errors.initialDeadline} onChange={(initialDeadline) => set({ initialDeadline })} />
          <DateField label="Final deadline" value={v.finalDeadline} error={errors.finalDeadline} onChange={(finalDeadline) => set({ finalDeadline })} />
          <Field label="Notes" validationMessage={errors.notes} className={styles.wide}>
            <Textarea value={v.notes} resize="vertical" onChange={(_, d) => set({ notes: d.value })} />
          </Field>
        </div>
      </Card>
      <Card className={styles.card}>
        <h2 className={styles.h2}>Chaser email</h2>
        <div className={styles.grid}>
          <Field label="Subject" required validationMessage={errors.subject} className={styles.wide}>
            <Input value={v.subject} onChange={(_, d) => set({ subject: d.value })} />
          </Field>
          <Field label="Text" required validationMessage={errors.body} className={styles.wide}>
            <Textarea value={v.body} rows={10} resize="vertical" onChange={(_, d) => set({ body: d.value })} />
          </Field>
          <span className={styles.wide}>These placeholders are replaced in each email:</span>
          <dl className={`${styles.placeholders} ${styles.wide}`} aria-label="Placeholders you can use">
            {PLACEHOLDERS.map(([code, what]) => (
              <div key={code} style={{ display: 'contents' }}>
                <dt className={styles.code}>{code}</dt>
                <dd style={{ margin: 0 }}>{what}</dd>
              </div>
            ))}
          </dl>
        </div>
      </Card>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<Save20Regular />} disabled={!dirty || saving} onClick={save}>
          {saving ? 'Saving…' : 'Save'}
        </Button>
        <Button disabled={!dirty || saving} onClick={() => {
            setV(toValues(cycle));
            setErrors({});
          }}>
          Undo changes
        </Button>
      </div>
    </div>
  );
}
