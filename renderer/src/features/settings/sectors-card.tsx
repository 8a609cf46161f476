import { Badge, Button, Card, CardHeader, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, ArrowDown20Regular, ArrowUp20Regular, Checkmark20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { Sector } from '../../../../shared/domain/agency';
import { useNotify } from '../../app/notify';
import { invalidate, useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left' },
  num: { textAlign: 'right' },
  actions: { whiteSpace: 'nowrap' },
  add: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', marginTop: tokens.spacingVerticalM },
  retired: { color: tokens.colorNeutralForeground3 },
});

/** The partnership's own list of sectors: rename, reorder, add, retire. Sectors with agencies are never deleted. */
export function SectorsCard() {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const sectors = useApiData(() => api.call('sectors.list'), [api], ['sectors']);
  const [names, setNames] = useState<Record<number, string>>({});
  const [newName, setNewName] = useState('');

  useEffect(() => {
    if (sectors.data) setNames(Object.fromEntries(sectors.data.map((s) => [s.id, s.name])));
  }, [sectors.data]);

  const run = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      invalidate('sectors', 'agencies');
      notify.success(done);
    } catch (err) {
      notify.error(err);
    }
  };
  const list = sectors.data ?? [];
  const move = (s: Sector, by: -1 | 1) => {
    const ids = list.map((x) => x.id);
    const i = ids.indexOf(s.id);
    const j = i + by;
    if (j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    void run(() => api.call('sectors.reorder', { ids }), `${s.name} moved ${by < 0 ? 'up' : 'down'}.`);
  };

  return (
    <Card className={styles.card}>
      <CardHeader
        header={<h2 style={{ margin: 0, fontSize: 18 }}>Sectors</h2>}
        description="Agencies are grouped by sector in lists, returns and board papers. Retire a sector rather than delete it."
      />
      <table className={styles.table} aria-label="Sectors">
        <thead>
          <tr>
            <th className={styles.cell} scope="col">Name</th>
            <th className={`${styles.cell} ${styles.num}`} scope="col">Active agencies</th>
            <th className={styles.cell} scope="col">Status</th>
            <th className={styles.cell} scope="col"><span style={{ position: 'absolute', left: -9999 }}>Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {list.map((s, i) => {
            const edited = (names[s.id] ?? s.name).trim();
            return (
              <tr key={s.id} className={s.active ? undefined : styles.retired}>
                <td className={styles.cell}>
                  <Input size="small" aria-label={`Name of sector ${s.name}`} value={names[s.id] ?? s.name} onChange={(_, d) => setNames({ ...names, [s.id]: d.value })} />
                  {edited !== s.name && edited && (
                    <Button appearance="subtle" icon={<Checkmark20Regular />} aria-label={`Save name of ${s.name}`} onClick={() => void run(() => api.call('sectors.update', { id: s.id, name: edited }), `Renamed to ${edited}.`)} />
                  )}
                </td>
                <td className={`${styles.cell} ${styles.num}`}>{s.agencyCount}</td>
                <td className={styles.cell}>{s.active ? <Badge appearance="tint" color="success">In use</Badge> : <Badge appearance="tint" color="subtle">Retired</Badge>}</td>
                <td className={`${styles.cell} ${styles.actions}`}>
                  <Button size="small" appearance="subtle" icon={<ArrowUp20Regular />} aria-label={`Move ${s.name} up`} disabled={i === 0} onClick={() => move(s, -1)} />
                  <Button size="small" appearance="subtle" icon={<ArrowDown20Regular />} aria-label={`Move ${s.name} down`} disabled={i === list.length - 1} onClick={() => move(s, 1)} />
                  <Button size="small" appearance="subtle" onClick={() => void run(() => api.call('sectors.update', { id: s.id, active: !s.active }), `${s.name} ${s.active ? 'retired' : 'restored'}.`)}>
                    {s.active ? 'Retire' : 'Restore'}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className={styles.add}>
        <Field label="New sector">
          <Input value={newName} onChange={(_, d) => setNewName(d.value)} placeholder="For example Faith groups" />
        </Field>
        <Button
          icon={<Add20Regular />}
          disabled={!newName.trim()}
          onClick={() => void run(async () => { await api.call('sectors.create', { name: newName.trim() }); setNewName(''); }, `${newName.trim()} added.`)}
        >
          Add sector
        </Button>
      </div>
    </Card>
  );
}
