import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ApiCallError } from '../../../../shared/api/client';
import { DISSEMINATION_CHANNELS, DISSEMINATION_CHANNEL_LABELS, type DisseminationChannel } from '../../../../shared/domain/case-audit';
import { useNotify } from '../../app/notify';
import { DateField } from '../../components/date-field';
import { formatDate } from '../../components/format-date';
import { useApi } from '../../host/services-context';
import { londonToday, refreshAudit } from './case-audit-keys';
import type { AuditTabProps } from './case-audit-page';
import { Section } from './section';

const useStyles = makeStyles({
  form: { '& .fui-Input': { minWidth: 0, width: '100%' }, display: 'grid', gridTemplateColumns: '180px 220px minmax(0, 1fr) minmax(0, 1fr) auto', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left', verticalAlign: 'top' },
});

/** How the findings reached the workforce: briefings, newsletters, training, each dated. */
export function DisseminationTab(props: AuditTabProps) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { audit: a } = props;
  const blank = () => ({ date: londonToday(), channel: 'briefing' as DisseminationChannel, audience: '', notes: '' });
  const [v, setV] = useState(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const add = async () => {
    if (!v.audience.trim()) return setErrors({ audience: 'Say who it reached.' });
    setBusy(true);
    try {
      props.onAudit(await api.call('caseAudits.addDissemination', { auditId: a.id, entry: { date: v.date, channel: v.channel, audience: v.audience.trim(), notes: v.notes.trim() || null } }));
      refreshAudit(a.id);
      setV(blank());
      setErrors({});
      notify.success('Added to the dissemination log.');
    } catch (err) {
      if (err instanceof ApiCallError) setErrors(Object.fromEntries(err.details.filter((d) => d.field).map((d) => [d.field!.replace(/^entry\./, ''), d.message])));
      notify.error(err, 'The entry was not added');
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id: number) => {
    try {
      props.onAudit(await api.call('caseAudits.removeDissemination', { id }));
      refreshAudit(a.id);
    } catch (err) {
      notify.error(err, 'The entry was not removed');
    }
  };

  return (
    <Section title="Dissemination log" intro="Each time the learning from this audit was shared: the date, how, and who it reached.">
      <div className={styles.form} role="group" aria-label="New entry">
        <DateField label="Date" required value={v.date} error={errors.date} onChange={(date) => setV((x) => ({ ...x, date }))} />
        <Field label="Channel" required>
          <Select value={v.channel} onChange={(_, d) => setV((x) => ({ ...x, channel: d.value as DisseminationChannel }))}>
            {DISSEMINATION_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {DISSEMINATION_CHANNEL_LABELS[c]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Audience" required validationMessage={errors.audience} hint="For example: Designated safeguarding leads">
          <Input value={v.audience} onChange={(_, d) => setV((x) => ({ ...x, audience: d.value }))} />
        </Field>
        <Field label="Notes" validationMessage={errors.notes}>
          <Textarea value={v.notes} rows={1} resize="vertical" onChange={(_, d) => setV((x) => ({ ...x, notes: d.value }))} />
        </Field>
        <Button appearance="primary" icon={<Add20Regular />} style={{ marginTop: 24 }} disabled={busy} onClick={() => void add()}>
          Add to log
        </Button>
      </div>
      {a.disseminations.length > 0 ? (
        <table className={styles.table} aria-label="Dissemination log">
          <thead>
            <tr>
              <th className={styles.cell} scope="col">Date</th>
              <th className={styles.cell} scope="col">Channel</th>
              <th className={styles.cell} scope="col">Audience</th>
              <th className={styles.cell} scope="col">Notes</th>
              <th className={styles.cell} scope="col">Recorded by</th>
              <th className={styles.cell} scope="col"><span aria-hidden>&nbsp;</span></th>
            </tr>
          </thead>
          <tbody>
            {a.disseminations.map((e) => (
              <tr key={e.id}>
                <td className={styles.cell}>{formatDate(e.date)}</td>
                <td className={styles.cell}>{DISSEMINATION_CHANNEL_LABELS[e.channel]}</td>
                <td className={styles.cell}>{e.audience}</td>
                <td className={styles.cell}>{e.notes}</td>
                <td className={styles.cell}>{e.createdBy}</td>
                <td className={styles.cell}>
                  <Button size="small" appearance="subtle" icon={<Delete20Regular />} aria-label={`Remove the entry of ${formatDate(e.date)}`} onClick={() => void remove(e.id)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p style={{ margin: 0 }}>Nothing logged yet.</p>
      )}
    </Section>
  );
}
