import { Button, Checkbox, Field, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { MeetingDetail } from '../../../../shared/domain/scrutiny';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { RecordPicker } from '../actions/record-picker';
import type { RecordValues } from './meeting-record-model';
import { SectionCard } from './section-card';

const ROLE: Record<string, string> = { scrutineer: 'Scrutineer', officer: 'Business-unit officer', agency: 'Agency', other: 'Other' };

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column' },
  role: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  add: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  picker: { flex: 1 },
});

/** Who was expected and who came; people from the agency can be added on the day. */
export function MeetingAttendance(props: { meeting: MeetingDetail; values: RecordValues; onChange: (v: RecordValues) => void }) {
  const styles = useStyles();
  const api = useApi();
  const { meeting: m, values: v } = props;
  const agency = useApiData(() => api.call('agencies.get', { id: m.agencyId }), [api, m.agencyId], [`agency:${m.agencyId}`]);
  const [adding, setAdding] = useState<number | null>(null);
  const listed = new Set([...m.attendees.map((a) => a.contactId), ...v.added.map((a) => a.contactId)]);
  const options = (agency.data?.contacts ?? []).filter((c) => c.active && !listed.has(c.contactId)).map((c) => ({ id: c.contactId, text: c.fullName, detail: c.jobTitle }));

  return (
    <SectionCard title="Attendance">
      <ul className={styles.list} aria-label="Attendees">
        {m.attendees.map((a) => (
          <li key={a.id}>
            <Checkbox
              checked={v.attendance[a.id] === true}
              onChange={(_, d) => props.onChange({ ...v, attendance: { ...v.attendance, [a.id]: d.checked === true } })}
              label={
                <>
                  {a.name} attended <span className={styles.role}>· {ROLE[a.role] ?? a.role}</span>
                </>
              }
              aria-label={`${a.name} attended`}
            />
          </li>
        ))}
        {v.added.map((a) => (
          <li key={`new-${a.contactId}`}>
            <Checkbox checked disabled label={`${a.name} attended (added)`} />
            <Button size="small" appearance="subtle" icon={<Delete16Regular />} aria-label={`Remove ${a.name}`} onClick={() => props.onChange({ ...v, added: v.added.filter((x) => x.contactId !== a.contactId) })} />
          </li>
        ))}
      </ul>
      <div className={styles.add}>
        <Field label={`Someone else from ${m.agencyName} came`} className={styles.picker}>
          <RecordPicker label={`Someone else from ${m.agencyName} came`} options={options} value={adding} placeholder="Type a name" onChange={setAdding} />
        </Field>
        <Button
          icon={<Add20Regular />}
          disabled={!adding}
          onClick={() => {
            const c = options.find((o) => o.id === adding);
            if (c) props.onChange({ ...v, added: [...v.added, { contactId: c.id, name: c.text }] });
            setAdding(null);
          }}
        >
          Add
        </Button>
      </div>
    </SectionCard>
  );
}
