import { Badge, Button, Card, CardHeader, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, ArrowDown20Regular, ArrowUp20Regular, Checkmark20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useNotify } from '../../app/notify';
import { invalidate } from '../../components/use-api-data';

export interface NamedItem {
  id: number;
  name: string;
  active: boolean;
  /** Agencies or open actions: what hangs off the item. */
  count: number;
}

/** The words that differ between the lists (sectors, action groups). */
export interface NamedListWords {
  title: string;
  description: string;
  /** "sector": for "Name of sector Health". */
  item: string;
  countHeader: string;
  /** The hidden header of the buttons column. */
  actionsHeader: string;
  status: { active: string; inactive: string };
  /** Button and message words: Retire/retired, Restore/restored. */
  off: { button: string; done: string };
  on: { button: string; done: string };
  newLabel: string;
  placeholder: string;
  addLabel: string;
  empty?: string;
}

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

/** A settings list the partnership keeps itself: rename, add, retire (never delete), and reorder where `move` is given. */
export function NamedListCard(props: {
  words: NamedListWords;
  items: NamedItem[] | null;
  /** Data keys to refresh after any change. */
  keys: string[];
  rename: (id: number, name: string) => Promise<unknown>;
  setActive: (id: number, active: boolean) => Promise<unknown>;
  create: (name: string) => Promise<unknown>;
  move?: (ids: number[]) => Promise<unknown>;
}) {
  const styles = useStyles();
  const notify = useNotify();
  const w = props.words;
  const [names, setNames] = useState<Record<number, string>>({});
  const [newName, setNewName] = useState('');

  useEffect(() => {
    if (props.items) setNames(Object.fromEntries(props.items.map((s) => [s.id, s.name])));
  }, [props.items]);

  const run = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      invalidate(...props.keys);
      notify.success(done);
    } catch (err) {
      notify.error(err);
    }
  };
  const list = props.items ?? [];
  const move = (s: NamedItem, by: -1 | 1) => {
    const ids = list.map((x) => x.id);
    const i = ids.indexOf(s.id);
    const j = i + by;
    if (!props.move || j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    const reorder = props.move;
    void run(() => reorder(ids), `${s.name} moved ${by < 0 ? 'up' : 'down'}.`);
  };

  return (
    <Card className={styles.card}>
      <CardHeader header={<h2 style={{ margin: 0, fontSize: 18 }}>{w.title}</h2>} description={w.description} />
      <table className={styles.table} aria-label={w.title}>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">Name</th>
            <th className={`${styles.cell} ${styles.num}`} scope="col">{w.countHeader}</th>
            <th className={styles.cell} scope="col">Status</th>
            <th className={styles.cell} scope="col"><span className={styles.hidden}>{w.actionsHeader}</span></th>
          </tr>
        </thead>
        <tbody>
          {list.length === 0 && props.items && w.empty && (
            <tr>
              <td className={styles.cell} colSpan={4}>{w.empty}</td>
            </tr>
          )}
          {list.map((s, i) => {
            const edited = (names[s.id] ?? s.name).trim();
            const toggle = s.active ? w.off : w.on;
            return (
              <tr key={s.id} className={s.active ? undefined : styles.retired}>
                <td className={styles.cell}>
                  <Input size="small" aria-label={`Name of ${w.item} ${s.name}`} value={names[s.id] ?? s.name} onChange={(_, d) => setNames({ ...names, [s.id]: d.value })} />
                  {edited !== s.name && edited && (
                    <Button appearance="subtle" icon={<Checkmark20Regular />} aria-label={`Save name of ${s.name}`} onClick={() => void run(() => props.rename(s.id, edited), `Renamed to ${edited}.`)} />
                  )}
                </td>
                <td className={`${styles.cell} ${styles.num}`}>{s.count}</td>
                <td className={styles.cell}>{s.active ? <Badge appearance="tint" color="success">{w.status.active}</Badge> : <Badge appearance="tint" color="subtle">{w.status.inactive}</Badge>}</td>
                <td className={`${styles.cell} ${styles.actions}`}>
                  {props.move && (
                    <>
                      <Button size="small" appearance="subtle" icon={<ArrowUp20Regular />} aria-label={`Move ${s.name} up`} disabled={i === 0} onClick={() => move(s, -1)} />
                      <Button size="small" appearance="subtle" icon={<ArrowDown20Regular />} aria-label={`Move ${s.name} down`} disabled={i === list.length - 1} onClick={() => move(s, 1)} />
                    </>
                  )}
                  <Button size="small" appearance="subtle" onClick={() => void run(() => props.setActive(s.id, !s.active), `${s.name} ${toggle.done}.`)}>
                    {toggle.button}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className={styles.add}>
        <Field label={w.newLabel}>
          <Input value={newName} onChange={(_, d) => setNewName(d.value)} placeholder={w.placeholder} />
        </Field>
        <Button
          icon={<Add20Regular />}
          disabled={!newName.trim()}
          onClick={() =>
            void run(async () => {
              await props.create(newName.trim());
              setNewName('');
            }, `${newName.trim()} added.`)
          }
        >
          {w.addLabel}
        </Button>
      </div>
    </Card>
  );
}
