import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete16Regular, Save20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { CycleSummary } from '../../../../shared/domain/cycle';
import type { ChallengeEvent } from '../../../../shared/domain/scrutiny';
import { useNotify } from '../../app/notify';
import { useApi } from '../../host/services-context';
import { RecordPicker } from '../actions/record-picker';
import { refreshChallenge } from './scrutiny-keys';
import { SectionCard, useSaving } from './section-card';
import { useDraft } from './use-draft';
import { usePeople } from './use-scrutiny-data';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300 },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, backgroundColor: tokens.colorNeutralBackground3 },
  td: { padding: `2px ${tokens.spacingHorizontalS}`, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  add: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  picker: { minWidth: '320px' },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

type Came = 'yes' | 'no' | 'unknown';
interface Row {
  contactId: number;
  name: string;
  agencyId: number | null;
  came: Came;
}

const toRows = (e: ChallengeEvent): Row[] =>
  e.attendees
    .filter((a) => a.contactId !== null)
    .map((a) => ({ contactId: a.contactId!, name: a.name, agencyId: a.agencyId, came: a.attended === null ? 'unknown' : a.attended ? 'yes' : 'no' }));

/** Who was invited as a person, for which agency, and whether they came. */
export function ChallengeAttendeesCard(props: { cycle: CycleSummary; event: ChallengeEvent; onSaved: (e: ChallengeEvent) => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const people = usePeople();
  const { cycle, event } = props;
  const draft = useDraft(toRows(event));
  const rows = draft.values;
  const saving = useSaving();
  const [adding, setAdding] = useState<number | null>(null);
  const agencies = event.agencies.filter((a) => a.invited);
  const change = (id: number, patch: Partial<Row>) => draft.setValues(rows.map((r) => (r.contactId === id ? { ...r, ...patch } : r)));

  const add = () => {
    const c = people.active.find((p) => p.id === adding);
    if (!c || rows.some((r) => r.contactId === c.id)) return;
    // A contact named on one invited agency is probably there for it.
    const agency = agencies.find((a) => c.agencySummary.includes(a.agencyName));
    draft.setValues([...rows, { contactId: c.id, name: c.fullName, agencyId: agency?.agencyId ?? null, came: 'unknown' }]);
    setAdding(null);
  };

  const save = () =>
    saving.run('The attendees were not saved', async () => {
      const saved = await api.call('challenge.setAttendees', {
        id: event.id,
        attendees: rows.map((r) => ({ contactId: r.contactId, agencyId: r.agencyId, attended: r.came === 'unknown' ? null : r.came === 'yes' })),
      });
      props.onSaved(saved);
      refreshChallenge(cycle.id);
      notify.success(`${saved.attendees.length} ${saved.attendees.length === 1 ? 'attendee' : 'attendees'} saved.`);
    });

  return (
    <SectionCard
      title="Attendees"
      dirty={draft.dirty}
      actions={
        <Button appearance="primary" icon={<Save20Regular />} disabled={!draft.dirty || saving.busy} onClick={() => void save()}>
          {saving.busy ? 'Saving…' : 'Save attendees'}
        </Button>
      }
    >
      <table className={styles.table} aria-label="Attendees of the event">
        <thead>
          <tr>
            <th className={styles.th}>Name</th>
            <th className={styles.th}>For</th>
            <th className={styles.th} style={{ width: 170 }}>Attended</th>
            <th className={styles.th} style={{ width: 48 }}>
              <span className={styles.muted}>Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.contactId}>
              <td className={styles.td}>{r.name}</td>
              <td className={styles.td}>
                <Select aria-label={`${r.name} attends for`} value={r.agencyId ? String(r.agencyId) : ''} onChange={(_, d) => change(r.contactId, { agencyId: d.value ? Number(d.value) : null })}>
                  <option value="">The partnership</option>
                  {agencies.map((a) => (
                    <option key={a.agencyId} value={String(a.agencyId)}>
                      {a.agencyName}
                    </option>
                  ))}
                  {r.agencyId && !agencies.some((a) => a.agencyId === r.agencyId) && <option value={String(r.agencyId)}>Agency {r.agencyId}</option>}
                </Select>
              </td>
              <td className={styles.td}>
                <Select aria-label={`${r.name} attended`} value={r.came} onChange={(_, d) => change(r.contactId, { came: d.value as Came })}>
                  <option value="unknown">Not recorded</option>
                  <option value="yes">Attended</option>
                  <option value="no">Did not attend</option>
                </Select>
              </td>
              <td className={styles.td}>
                <Button size="small" appearance="subtle" icon={<Delete16Regular />} aria-label={`Remove ${r.name}`} onClick={() => draft.setValues(rows.filter((x) => x.contactId !== r.contactId))} />
              </td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td className={styles.td} colSpan={4}>
                Nobody listed yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <div className={styles.add}>
        <Field label="Add a person" className={styles.picker}>
          <RecordPicker label="Add a person" options={people.options.filter((o) => !rows.some((r) => r.contactId === o.id))} value={adding} placeholder="Type a name" onChange={setAdding} />
        </Field>
        <Button icon={<Add20Regular />} disabled={!adding} onClick={add}>
          Add
        </Button>
      </div>
    </SectionCard>
  );
}
