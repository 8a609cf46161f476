import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { AgencyListRow } from '../../../../shared/domain/agency';
import { DUTIES, DUTY_SHORT } from '../../../../shared/domain/enums';
import { DataGrid, type GridColumn } from '../../components/data-grid/data-grid';
import { selectionColumn, useSelectedIds, type RowSelection } from '../../components/row-selection';
import { VisuallyHidden } from '../../components/visually-hidden';

const dutiesText = (duties: AgencyListRow['duties']) => duties.map((d) => DUTY_SHORT[d]).join(', ');

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, flex: 1, minHeight: 0 },
  top: { display: 'grid', gridTemplateColumns: 'minmax(280px, 1fr) minmax(360px, 1.3fr)', gap: tokens.spacingHorizontalXL, alignItems: 'start' },
  picks: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  heading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  cell: { padding: `2px ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, textAlign: 'left' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  total: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  grid: { flex: 1, minHeight: '300px', display: 'flex', flexDirection: 'column' },
});

export interface QuickPick {
  label: string;
  ids: number[];
}

/** Agencies chosen from the register: quick picks by duty and by sector, counts per sector as you go, and the list itself. */
export function AgencyScopePicker(props: {
  agencies: AgencyListRow[];
  selection: RowSelection;
  extraPicks?: QuickPick[];
  gridId: string;
  /** "12 agencies in scope" unless given. */
  countText?: (n: number) => string;
}) {
  const styles = useStyles();
  const { agencies, selection } = props;
  const chosen = new Set(useSelectedIds(selection));
  const add = (ids: number[]) => selection.set([...chosen, ...ids]);
  const remove = (ids: number[]) => {
    const gone = new Set(ids);
    selection.set([...chosen].filter((id) => !gone.has(id)));
  };

  const sectors = useMemo(() => {
    const map = new Map<string, number[]>();
    for (const a of agencies) map.set(a.sectorName, [...(map.get(a.sectorName) ?? []), a.id]);
    return [...map.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }, [agencies]);

  const columns = useMemo<GridColumn<AgencyListRow>[]>(
    () => [
      selectionColumn(selection, (a) => a.id, (a) => `Include ${a.name}`),
      { id: 'name', header: 'Name', value: (a) => a.name, width: 260, canHide: false },
      { id: 'sector', header: 'Sector', value: (a) => a.sectorName, width: 170, filter: { kind: 'enum' } },
      { id: 'duties', header: 'Duties', value: (a) => dutiesText(a.duties), width: 150, filter: { kind: 'enum', multi: true, options: DUTIES.map((d) => DUTY_SHORT[d]) } },
      { id: 'lead', header: 'Safeguarding lead', value: (a) => a.safeguardingLead, width: 180 },
      { id: 'town', header: 'Town', value: (a) => a.town, width: 120, hiddenByDefault: true },
    ],
    [selection],
  );

  return (
    <div className={styles.root}>
      <div className={styles.top}>
        <div>
          <h3 className={styles.heading}>Quick picks</h3>
          <div className={styles.picks} role="group" aria-label="Quick picks">
            {DUTIES.map((d) => {
              const ids = agencies.filter((a) => a.duties.includes(d)).map((a) => a.id);
              return (
                <Button key={d} size="small" disabled={!ids.length} onClick={() => add(ids)}>
                  Add {DUTY_SHORT[d]} ({ids.length})
                </Button>
              );
            })}
            {props.extraPicks?.map((p) => (
              <Button key={p.label} size="small" disabled={!p.ids.length} onClick={() => add(p.ids)}>
                {p.label} ({p.ids.length})
              </Button>
            ))}
            <Button size="small" appearance="subtle" disabled={!chosen.size} onClick={() => selection.clear()}>
              Clear all
            </Button>
          </div>
          <p className={styles.total} role="status" data-testid="scope-count">
            {props.countText ? props.countText(chosen.size) : `${chosen.size} ${chosen.size === 1 ? 'agency' : 'agencies'} in scope`}
          </p>
        </div>
        <table className={styles.table} aria-label="Agencies in scope by sector">
          <thead>
            <tr>
              <th className={styles.cell} scope="col">Sector</th>
              <th className={`${styles.cell} ${styles.num}`} scope="col">In scope</th>
              <th className={styles.cell} scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </th>
            </tr>
          </thead>
          <tbody>
            {sectors.map(([name, ids]) => {
              const n = ids.filter((id) => chosen.has(id)).length;
              return (
                <tr key={name}>
                  <th className={styles.cell} scope="row">{name}</th>
                  <td className={`${styles.cell} ${styles.num}`}>
                    {n} of {ids.length}
                  </td>
                  <td className={styles.cell}>
                    <Button size="small" appearance="subtle" disabled={n === ids.length} onClick={() => add(ids)} aria-label={`Add all ${name}`}>
                      Add all
                    </Button>
                    <Button size="small" appearance="subtle" disabled={n === 0} onClick={() => remove(ids)} aria-label={`Remove all ${name}`}>
                      Remove all
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className={styles.grid}>
        <DataGrid
          gridId={props.gridId}
          label="Agencies to choose from"
          rows={agencies}
          columns={columns}
          getRowId={(a) => String(a.id)}
          onOpen={(a) => selection.toggle(a.id)}
          noun={{ one: 'agency', many: 'agencies' }}
          initialSort={[{ id: 'name', desc: false }]}
        />
      </div>
    </div>
  );
}
