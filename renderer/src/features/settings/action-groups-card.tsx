import { Badge, Button, Card, CardHeader, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Checkmark20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useNotify } from '../../app/notify';
import { invalidate, useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { GROUPS_KEY } from '../actions/use-action-lookups';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left' },
  num: { textAlign: 'right' },
  actions: { whiteSpace: 'nowrap' },
  add: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', marginTop: tokens.spacingVerticalM },
  retired: { color: tokens.colorNeutralForeground3 },
  hidden: { position: 'absolute', left: '-9999px' },
});

/** The groups that own partnership actions (Executive, subgroups, Business Unit): add, rename, deactivate. Never deleted. */
export function ActionGroupsCard() {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const groups = useApiData(() => api.call('actionGroups.list', { includeInactive: true }), [api], [GROUPS_KEY]);
  const [names, setNames] = useState<Record<number, string>>({});
  const [newName, setNewName] = useState('');

  useEffect(() => {
    if (groups.data) setNames(Object.fromEntries(groups.data.map((g) => [g.id, g.name])));
  }, [groups.data]);

  const run = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      invalidate(GROUPS_KEY, 'actions');
      notify.success(done);
    } catch (err) {
      notify.error(err);
    }
  };
  const list = groups.data ?? [];

  return (
    <Card className={styles.card}>
      <CardHeader
        header={<h2 style={{ margin: 0, fontSize: 18 }}>Action groups</h2>}
        description="The boards and subgroups that own partnership actions. Deactivate a group rather than delete it: its actions keep their owner."
      />
      <table className={styles.table} aria-label="Action groups">
        <thead>
          <tr>
            <th className={styles.cell} scope="col">Name</th>
            <th className={`${styles.cell} ${styles.num}`} scope="col">Open actions</th>
            <th className={styles.cell} scope="col">Status</th>
            <th className={styles.cell} scope="col"><span className={styles.hidden}>Change</span></th>
          </tr>
        </thead>
        <tbody>
          {list.length === 0 && groups.data && (
            <tr>
              <td className={styles.cell} colSpan={4}>No groups yet. Add the first below.</td>
            </tr>
          )}
          {list.map((g) => {
            const edited = (names[g.id] ?? g.name).trim();
            return (
              <tr key={g.id} className={g.active ? undefined : styles.retired}>
                <td className={styles.cell}>
                  <Input size="small" aria-label={`Name of group ${g.name}`} value={names[g.id] ?? g.name} onChange={(_, d) => setNames({ ...names, [g.id]: d.value })} />
                  {edited !== g.name && edited && (
                    <Button appearance="subtle" icon={<Checkmark20Regular />} aria-label={`Save name of ${g.name}`} onClick={() => void run(() => api.call('actionGroups.update', { id: g.id, name: edited }), `Renamed to ${edited}.`)} />
                  )}
                </td>
                <td className={`${styles.cell} ${styles.num}`}>{g.openActions}</td>
                <td className={styles.cell}>{g.active ? <Badge appearance="tint" color="success">Active</Badge> : <Badge appearance="tint" color="subtle">Inactive</Badge>}</td>
                <td className={`${styles.cell} ${styles.actions}`}>
                  <Button size="small" appearance="subtle" onClick={() => void run(() => api.call('actionGroups.update', { id: g.id, active: !g.active }), `${g.name} ${g.active ? 'deactivated' : 'reactivated'}.`)}>
                    {g.active ? 'Deactivate' : 'Reactivate'}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className={styles.add}>
        <Field label="New group">
          <Input value={newName} onChange={(_, d) => setNewName(d.value)} placeholder="For example Learning and Development subgroup" />
        </Field>
        <Button
          icon={<Add20Regular />}
          disabled={!newName.trim()}
          onClick={() =>
            void run(async () => {
              await api.call('actionGroups.create', { name: newName.trim() });
              setNewName('');
            }, `${newName.trim()} added.`)
          }
        >
          Add group
        </Button>
      </div>
    </Card>
  );
}
