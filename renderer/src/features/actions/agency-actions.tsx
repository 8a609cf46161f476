import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { isClosedAction, type ActionRow } from '../../../../shared/domain/action';
import { LoadError, Loading } from '../../components/page';
import { useApiData, type ApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { ActionFlags, ActionStatusBadge, DueDate } from './action-badges';
import { ACTIONS_KEY, boardHref, filterToQuery } from './action-query';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalXL },
  bar: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'baseline', flexWrap: 'wrap' },
  strip: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    alignItems: 'baseline',
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    marginBottom: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, textAlign: 'left', verticalAlign: 'top', fontWeight: tokens.fontWeightRegular },
  closed: { color: tokens.colorNeutralForeground3 },
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** Every action of one agency, open ones first by due date. */
export function useAgencyActions(agencyId: number | null): ApiData<ActionRow[]> {
  const api = useApi();
  return useApiData(
    async () => {
      if (!agencyId) return [];
      const rows = await api.call('actions.list', { bucket: 'all', agencyId });
      return rows.sort((a, b) => Number(isClosedAction(a.status)) - Number(isClosedAction(b.status)) || a.dueDate.localeCompare(b.dueDate));
    },
    [api, agencyId],
    [ACTIONS_KEY],
  );
}

const countsOf = (rows: ActionRow[]) => {
  const open = rows.filter((r) => !isClosedAction(r.status));
  return { open: open.length, overdue: open.filter((r) => r.overdue).length, closed: rows.length - open.length };
};

/** One line above the agency's tabs: how its actions stand, and the way into them. */
export function AgencyActionsStrip(props: { agencyId: number; rows: ActionRow[] | undefined; onShowList: () => void }) {
  const styles = useStyles();
  if (!props.rows) return null;
  const c = countsOf(props.rows);
  return (
    <div className={styles.strip} role="group" aria-label="Actions summary">
      <span>
        <strong>Actions:</strong> {c.open} open
        {c.overdue > 0 && <span className={styles.late}> ({c.overdue} overdue)</span>}, {c.closed} closed
      </span>
      {props.rows.length > 0 && <Link onClick={props.onShowList}>Show the list</Link>}
      <Link href={boardHref({ bucket: 'all', agencyId: props.agencyId })}>Open in the actions board</Link>
    </div>
  );
}

export const AGENCY_ACTIONS_ID = 'agency-actions';

/** The agency's actions as a table, with links into the board filtered to it. */
export function AgencyActions(props: { agencyId: number; agencyName: string; data: ApiData<ActionRow[]> }) {
  const styles = useStyles();
  const { agencyId, data } = props;
  const list = data.data ?? [];
  const c = countsOf(list);
  const qs = filterToQuery({ bucket: 'all', agencyId });

  return (
    <section id={AGENCY_ACTIONS_ID} className={styles.root} aria-label={`Actions of ${props.agencyName}`}>
      <div className={styles.bar}>
        <h3 className={styles.h3}>Actions</h3>
        {data.data && (
          <span>
            {c.open} open{c.overdue ? `, ${c.overdue} overdue` : ''}, {c.closed} closed
          </span>
        )}
        <Link href={`#/actions/new${qs}`}>New action for this agency</Link>
      </div>
      {data.error ? (
        <LoadError error={data.error} what="the agency's actions" onRetry={data.reload} />
      ) : !data.data ? (
        <Loading />
      ) : list.length === 0 ? (
        <p className={styles.empty}>No actions for this agency.</p>
      ) : (
        <table className={styles.table} aria-label={`Actions for ${props.agencyName}`}>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>Ref</th>
              <th scope="col" className={styles.cell}>Description</th>
              <th scope="col" className={styles.cell}>Due date</th>
              <th scope="col" className={styles.cell}>Status</th>
              <th scope="col" className={styles.cell}>Flags</th>
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <tr key={r.id} className={isClosedAction(r.status) ? styles.closed : undefined}>
                <td className={styles.cell}>
                  <Link href={`#/actions/${r.id}${qs}`}>{r.reference}</Link>
                </td>
                <td className={styles.cell}>{r.description}</td>
                <td className={styles.cell}>
                  <DueDate row={r} />
                </td>
                <td className={styles.cell}>
                  <ActionStatusBadge status={r.status} />
                </td>
                <td className={styles.cell}>
                  <ActionFlags row={r} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
