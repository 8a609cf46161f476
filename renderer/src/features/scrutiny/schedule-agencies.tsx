import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { ReturnRow } from '../../../../shared/domain/cycle';
import type { MeetingRow } from '../../../../shared/domain/scrutiny';
import { validDays, type Plan } from './schedule-plan';
import { shortDay, slotText } from './scrutiny-format';
import { SectionCard } from './section-card';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  frame: { maxHeight: '520px', overflow: 'auto', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300 },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3 },
  td: { padding: `0 ${tokens.spacingHorizontalS}`, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  center: { textAlign: 'center' },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Step 2: which agencies to meet (by default those in scope with no meeting yet), and the days each cannot do. */
export function ScheduleAgencies(props: { plan: Plan; scope: ReturnRow[]; booked: Map<number, MeetingRow>; onChange: (p: Plan) => void }) {
  const styles = useStyles();
  const { plan: p, scope, booked } = props;
  const chosen = p.agencyIds ?? [];
  const days = validDays(p);
  const set = (patch: Partial<Plan>) => props.onChange({ ...p, ...patch });
  const off = (agencyId: number, date: string) => p.agencyOff.some((o) => o.agencyId === agencyId && o.date === date);
  const setOff = (agencyId: number, date: string, on: boolean) =>
    set({ agencyOff: on ? [...p.agencyOff, { agencyId, date }] : p.agencyOff.filter((o) => !(o.agencyId === agencyId && o.date === date)) });

  return (
    <SectionCard title="Agencies to meet" hint="Agencies in the cycle’s scope without a meeting are chosen to start with. Tick the days an agency has said it cannot do.">
      <div className={styles.bar}>
        <Button onClick={() => set({ agencyIds: scope.filter((a) => !booked.has(a.agencyId)).map((a) => a.agencyId) })}>All without a meeting</Button>
        <Button onClick={() => set({ agencyIds: [] })}>None</Button>
        <span role="status">
          {chosen.length} of {scope.length} chosen
        </span>
      </div>
      <div className={styles.frame}>
        <table className={styles.table} aria-label="Agencies and the days they cannot do">
          <thead>
            <tr>
              <th className={styles.th}>Agency</th>
              {days.map((d) => (
                <th key={d} className={`${styles.th} ${styles.center}`}>
                  Cannot do {shortDay(d)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scope.map((a) => {
              const on = chosen.includes(a.agencyId);
              const m = booked.get(a.agencyId);
              return (
                <tr key={a.agencyId}>
                  <td className={styles.td}>
                    <Checkbox
                      label={a.agencyName}
                      aria-label={`Meet ${a.agencyName}`}
                      checked={on}
                      onChange={(_, e) => set({ agencyIds: e.checked ? [...chosen, a.agencyId] : chosen.filter((x) => x !== a.agencyId) })}
                    />
                    {m && <span className={styles.muted}> · meeting {slotText(m.start, m.end)}</span>}
                  </td>
                  {days.map((d) => (
                    <td key={d} className={`${styles.td} ${styles.center}`}>
                      <Checkbox aria-label={`${a.agencyName} cannot do ${shortDay(d)}`} disabled={!on} checked={off(a.agencyId, d)} onChange={(_, e) => setOff(a.agencyId, d, e.checked === true)} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </SectionCard>
  );
}
