import { Button, Checkbox, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { Save20Regular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import type { CycleSummary } from '../../../../shared/domain/cycle';
import type { ChallengeEvent } from '../../../../shared/domain/scrutiny';
import { useNotify } from '../../app/notify';
import { LoadError } from '../../components/page';
import { useApi } from '../../host/services-context';
import { refreshChallenge } from './scrutiny-keys';
import { SectionCard, useSaving } from './section-card';
import { useDraft } from './use-draft';
import { useScope } from './use-scrutiny-data';

const useStyles = makeStyles({
  frame: { maxHeight: '460px', overflow: 'auto', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300 },
  th: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  td: { padding: `2px ${tokens.spacingHorizontalS}`, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, verticalAlign: 'middle' },
  sector: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  count: { color: tokens.colorNeutralForeground2 },
  full: { width: '100%', minWidth: 0 },
});

type Brought = 'yes' | 'no' | 'unknown';
interface Row {
  agencyId: number;
  name: string;
  sector: string;
  invited: boolean;
  brought: Brought;
  kind: string;
  notes: string;
}

const KINDS = ['Case study', 'Single-agency audit', 'Case study and audit', 'Other evidence'];
const broughtOf = (v: boolean | null): Brought => (v === null ? 'unknown' : v ? 'yes' : 'no');

/** Agencies invited (from the cycle's scope) and, per agency, whether it brought its evidence and what kind. */
export function ChallengeAgenciesCard(props: { cycle: CycleSummary; event: ChallengeEvent; onSaved: (e: ChallengeEvent) => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { cycle, event } = props;
  const scope = useScope(cycle.id);

  // Every agency in scope, and any invited agency that has left the scope since.
  const base = useMemo<Row[]>(() => {
    const byId = new Map(event.agencies.map((a) => [a.agencyId, a]));
    const rows: Row[] = scope.rows.map((s) => {
      const a = byId.get(s.agencyId);
      return { agencyId: s.agencyId, name: s.agencyName, sector: s.sectorName, invited: a?.invited ?? false, brought: broughtOf(a?.broughtEvidence ?? null), kind: a?.evidenceKind ?? '', notes: a?.notes ?? '' };
    });
    for (const a of event.agencies)
      if (!scope.rows.some((s) => s.agencyId === a.agencyId))
        rows.push({ agencyId: a.agencyId, name: a.agencyName, sector: a.sectorName, invited: a.invited, brought: broughtOf(a.broughtEvidence), kind: a.evidenceKind ?? '', notes: a.notes ?? '' });
    return rows;
  }, [event.agencies, scope.rows]);
  const draft = useDraft(base);
  const rows = draft.values;
  const saving = useSaving();
  const change = (id: number, patch: Partial<Row>) => draft.setValues(rows.map((r) => (r.agencyId === id ? { ...r, ...patch } : r)));
  const invited = rows.filter((r) => r.invited);

  const save = () =>
    saving.run('The agencies were not saved', async () => {
      // Only agencies invited, or with something recorded, are kept on the event.
      const kept = rows.filter((r) => r.invited || r.brought !== 'unknown' || r.kind || r.notes);
      const saved = await api.call('challenge.setAgencies', {
        id: event.id,
        agencies: kept.map((r) => ({ agencyId: r.agencyId, invited: r.invited, broughtEvidence: r.brought === 'unknown' ? null : r.brought === 'yes', evidenceKind: r.kind || null, notes: r.notes || null })),
      });
      props.onSaved(saved);
      refreshChallenge(cycle.id);
      notify.success(`${saved.invitedCount} ${saved.invitedCount === 1 ? 'agency' : 'agencies'} invited.`, 'Agencies saved');
    });

  return (
    <SectionCard
      title="Invited agencies"
      hint="From the cycle’s scope. On the day, record whether each brought its evidence and what it was."
      dirty={draft.dirty}
      actions={
        <Button appearance="primary" icon={<Save20Regular />} disabled={!draft.dirty || saving.busy} onClick={() => void save()}>
          {saving.busy ? 'Saving…' : 'Save agencies'}
        </Button>
      }
    >
      {scope.error ? <LoadError error={scope.error} what="the agencies in scope" onRetry={scope.reload} /> : null}
      <div className={styles.bar}>
        <Button onClick={() => draft.setValues(rows.map((r) => ({ ...r, invited: true })))}>Invite all in scope</Button>
        <Button onClick={() => draft.setValues(rows.map((r) => ({ ...r, invited: false })))}>Invite none</Button>
        <span className={styles.count} role="status">
          {invited.length} of {rows.length} invited · {invited.filter((r) => r.brought === 'yes').length} brought evidence
        </span>
      </div>
      <div className={styles.frame}>
        <table className={styles.table} aria-label="Invited agencies and their evidence">
          <thead>
            <tr>
              <th className={styles.th}>Agency</th>
              <th className={styles.th} style={{ width: 80 }}>Invited</th>
              <th className={styles.th} style={{ width: 150 }}>Brought evidence</th>
              <th className={styles.th} style={{ width: 220 }}>Kind of evidence</th>
              <th className={styles.th}>Notes</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.agencyId}>
                <td className={styles.td}>
                  {r.name}
                  <div className={styles.sector}>{r.sector}</div>
                </td>
                <td className={styles.td}>
                  <Checkbox aria-label={`Invite ${r.name}`} checked={r.invited} onChange={(_, d) => change(r.agencyId, { invited: d.checked === true })} />
                </td>
                <td className={styles.td}>
                  <Select aria-label={`Evidence brought by ${r.name}`} value={r.brought} disabled={!r.invited} onChange={(_, d) => change(r.agencyId, { brought: d.value as Brought })}>
                    <option value="unknown">Not known</option>
                    <option value="yes">Yes</option>
                    <option value="no">No</option>
                  </Select>
                </td>
                <td className={styles.td}>
                  <Select className={styles.full} aria-label={`Kind of evidence from ${r.name}`} value={r.kind} disabled={!r.invited} onChange={(_, d) => change(r.agencyId, { kind: d.value })}>
                    <option value="">—</option>
                    {(KINDS.includes(r.kind) || !r.kind ? KINDS : [r.kind, ...KINDS]).map((k) => (
                      <option key={k} value={k}>
                        {k}
                      </option>
                    ))}
                  </Select>
                </td>
                <td className={styles.td}>
                  <Input className={styles.full} aria-label={`Notes on ${r.name}`} value={r.notes} disabled={!r.invited && !r.notes} onChange={(_, d) => change(r.agencyId, { notes: d.value })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SectionCard>
  );
}
