import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete16Regular } from '@fluentui/react-icons';
import { DateField } from '../../components/date-field';
import { NumberInput } from '../../components/number-input';
import { RecordPicker } from '../actions/record-picker';
import { nextDay, validDays, type Plan } from './schedule-plan';
import { shortDay } from './scrutiny-format';
import { SectionCard } from './section-card';
import { TimeField } from './time-field';
import type { PeopleLookups } from './use-scrutiny-data';

const useStyles = makeStyles({
  day: { display: 'grid', gridTemplateColumns: '220px 120px 120px auto', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  remove: { marginTop: '26px' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, alignItems: 'start' },
  two: { gridColumn: 'span 2' },
  checks: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300 },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, backgroundColor: tokens.colorNeutralBackground3 },
  td: { padding: `0 ${tokens.spacingHorizontalS}`, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  center: { textAlign: 'center' },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** Step 1: the days offered and the slots in them, the scrutineer and the officers, and where. */
export function ScheduleSetup(props: { plan: Plan; people: PeopleLookups; onChange: (p: Plan) => void }) {
  const styles = useStyles();
  const { plan: p, people } = props;
  const set = (patch: Partial<Plan>) => props.onChange({ ...p, ...patch });
  const days = validDays(p);
  const officers = people.businessUnit.filter((c) => c.id !== p.scrutineerId || p.officerIds.includes(c.id));
  const toggle = <T,>(list: T[], item: T, on: boolean, same: (a: T, b: T) => boolean) => (on ? [...list.filter((x) => !same(x, item)), item] : list.filter((x) => !same(x, item)));

  return (
    <>
      <SectionCard title="Days offered" hint="Each day with the hours meetings can be held. Add as many days as the run needs.">
        {p.days.map((d, i) => (
          <div key={i} className={styles.day} role="group" aria-label={`Day ${i + 1}`}>
            <DateField label={`Day ${i + 1}`} required value={d.date} onChange={(date) => set({ days: p.days.map((x, k) => (k === i ? { ...x, date } : x)) })} />
            <TimeField label="From" value={d.start} onChange={(start) => set({ days: p.days.map((x, k) => (k === i ? { ...x, start } : x)) })} />
            <TimeField label="Until" value={d.end} onChange={(end) => set({ days: p.days.map((x, k) => (k === i ? { ...x, end } : x)) })} />
            {p.days.length > 1 && (
              <Button className={styles.remove} appearance="subtle" icon={<Delete16Regular />} aria-label={`Remove day ${i + 1}`} onClick={() => set({ days: p.days.filter((_, k) => k !== i) })} />
            )}
          </div>
        ))}
        <div>
          <Button icon={<Add20Regular />} onClick={() => set({ days: [...p.days, { date: nextDay(p), start: p.days.at(-1)?.start ?? '09:30', end: p.days.at(-1)?.end ?? '16:30' }] })}>
            Add a day
          </Button>
        </div>
        <div className={styles.grid}>
          <Field label="Meeting length (minutes)">
            <NumberInput value={p.meetingMinutes} onValueChange={(meetingMinutes) => set({ meetingMinutes })} />
          </Field>
          <Field label="Gap between meetings (minutes)">
            <NumberInput value={p.gapMinutes} onValueChange={(gapMinutes) => set({ gapMinutes })} />
          </Field>
          <Field label="Location" className={styles.two}>
            <Input value={p.location} onChange={(_, d) => set({ location: d.value })} />
          </Field>
          <Field label="Online link" className={styles.two} hint="Teams or Zoom address, if meetings are online">
            <Input type="url" value={p.onlineLink} onChange={(_, d) => set({ onlineLink: d.value })} />
          </Field>
        </div>
      </SectionCard>

      <SectionCard title="Scrutineer" hint="The independent scrutineer is at every meeting.">
        <Field label="Scrutineer" required>
          <RecordPicker label="Scrutineer" options={people.options} value={p.scrutineerId} placeholder="Type a name" onChange={(scrutineerId) => set({ scrutineerId })} />
        </Field>
        <Field label="Available on">
          {days.length ? (
            <div className={styles.checks}>
              {days.map((d) => (
                <Checkbox
                  key={d}
                  label={shortDay(d)}
                  aria-label={`Scrutineer available on ${shortDay(d)}`}
                  checked={!p.scrutineerAway.includes(d)}
                  onChange={(_, e) => set({ scrutineerAway: e.checked ? p.scrutineerAway.filter((x) => x !== d) : [...p.scrutineerAway, d] })}
                />
              ))}
            </div>
          ) : (
            <p className={styles.muted}>Enter the days first.</p>
          )}
        </Field>
      </SectionCard>

      <SectionCard title="Business-unit officers" hint="One officer is at each meeting, alongside the scrutineer. Tick the days an officer is off.">
        {officers.length === 0 ? <p className={styles.muted}>No business-unit contacts: mark them in Contacts first.</p> : null}
        <table className={styles.table} aria-label="Officers and their days off">
          <thead>
            <tr>
              <th className={styles.th}>Officer</th>
              {days.map((d) => (
                <th key={d} className={`${styles.th} ${styles.center}`}>
                  Off {shortDay(d)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {officers.map((c) => {
              const on = p.officerIds.includes(c.id);
              return (
                <tr key={c.id}>
                  <td className={styles.td}>
                    <Checkbox label={c.fullName} checked={on} onChange={(_, e) => set({ officerIds: e.checked ? [...p.officerIds, c.id] : p.officerIds.filter((x) => x !== c.id) })} />
                  </td>
                  {days.map((d) => (
                    <td key={d} className={`${styles.td} ${styles.center}`}>
                      <Checkbox
                        aria-label={`${c.fullName} is off on ${shortDay(d)}`}
                        disabled={!on}
                        checked={p.officerOff.some((o) => o.contactId === c.id && o.date === d)}
                        onChange={(_, e) => set({ officerOff: toggle(p.officerOff, { contactId: c.id, date: d }, e.checked === true, (a, b) => a.contactId === b.contactId && a.date === b.date) })}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </SectionCard>
    </>
  );
}
