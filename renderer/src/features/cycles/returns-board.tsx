import { Card, Link, Toolbar, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, ArrowUpload20Regular, DocumentArrowRight20Regular, MailAlert20Regular } from '@fluentui/react-icons';
import type { CycleDetail, Percent, ReturnsBoard } from '../../../../shared/domain/cycle';
import { formatDate } from '../../components/format-date';
import { LoadError, Loading } from '../../components/page';
import { PercentBar } from '../../components/percent-bar';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { ReturnStatusBadge } from '../returns/return-status';
import { returnsKey } from './cycle-refresh';
import type { CycleActions } from './use-cycle-actions';

const useStyles = makeStyles({
  toolbar: { padding: 0, gap: tokens.spacingHorizontalXS },
  tiles: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: tokens.spacingHorizontalM },
  tile: { padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalXXS },
  big: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  tileLabel: { color: tokens.colorNeutralForeground2 },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  card: { padding: tokens.spacingHorizontalL },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

function Tile(props: { label: string; value: string | number; note?: string; testId: string }) {
  const styles = useStyles();
  return (
    <Card className={styles.tile} aria-label={props.label} data-testid={props.testId}>
      <span className={styles.tileLabel}>{props.label}</span>
      <span className={styles.big}>{props.value}</span>
      {props.note && <span className={styles.small}>{props.note}</span>}
    </Card>
  );
}

const rateNote = (r: ({ date: string } & Percent) | null, what: string) => (r ? `${r.count} of ${r.of} by ${formatDate(r.date)}` : `no ${what} set`);

/** Who has returned, who is late, and the return rates the board paper reports. */
export function ReturnsBoardTab(props: { cycle: CycleDetail; actions: CycleActions }) {
  const styles = useStyles();
  const api = useApi();
  const { cycle, actions } = props;
  const board = useApiData<ReturnsBoard>(() => api.call('returns.board', { cycleId: cycle.id }), [api, cycle.id], [returnsKey(cycle.id)]);
  const b = board.data;
  const returned = b?.rates.today;
  return (
    <>
      <Toolbar aria-label="Returns actions" className={styles.toolbar}>
        <ToolbarButton appearance="primary" icon={<DocumentArrowRight20Regular />} onClick={() => actions.issueTools()}>
          Issue tools…
        </ToolbarButton>
        <ToolbarButton icon={<MailAlert20Regular />} onClick={() => actions.chase()}>
          Chase overdue…
        </ToolbarButton>
        <ToolbarButton icon={<ArrowUpload20Regular />} onClick={actions.importReturns}>
          Import returns…
        </ToolbarButton>
        <ToolbarButton icon={<ArrowDownload20Regular />} disabled={actions.busy} onClick={actions.exportTracker}>
          Export tracker
        </ToolbarButton>
      </Toolbar>
      {board.error ? <LoadError error={board.error} what="the returns board" onRetry={board.reload} /> : null}
      {!b ? (
        !board.error && <Loading />
      ) : (
        <>
          <div className={styles.tiles}>
            <Tile testId="tile-in-scope" label="In scope" value={b.inScope} note={`${cycle.scopeBySector.length} sectors`} />
            <Tile testId="tile-returned" label="Returned" value={`${returned!.percent}%`} note={`${returned!.count} of ${returned!.of} as of today, ${formatDate(b.today)}`} />
            <Tile testId="tile-overdue" label="Overdue" value={b.overdue.length} note={b.overdue.length ? 'past the deadline in force' : 'nobody is late'} />
            <Tile testId="rate-initial" label="By the initial deadline" value={b.rates.initialDeadline ? `${b.rates.initialDeadline.percent}%` : '—'} note={rateNote(b.rates.initialDeadline, 'initial deadline')} />
            <Tile testId="rate-final" label="By the final deadline" value={b.rates.finalDeadline ? `${b.rates.finalDeadline.percent}%` : '—'} note={rateNote(b.rates.finalDeadline, 'final deadline')} />
          </div>
          <div className={styles.columns}>
            <Card className={styles.card}>
              <h2 className={styles.h2}>By status</h2>
              <table className={styles.table} aria-label="Returns by status">
                <tbody>
                  {b.byStatus.map((s) => (
                    <tr key={s.status}>
                      <th scope="row" className={styles.cell}>
                        <ReturnStatusBadge status={s.status} />
                      </th>
                      <td className={styles.cell}>
                        <PercentBar count={s.count} of={s.of} percent={s.percent} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Card>
            <Card className={styles.card}>
              <h2 className={styles.h2}>Returned, by sector</h2>
              <table className={styles.table} aria-label="Returned by sector">
                <tbody>
                  {b.bySector.map((s) => (
                    <tr key={s.sectorId}>
                      <th scope="row" className={styles.cell}>{s.sectorName}</th>
                      <td className={styles.cell}>
                        <PercentBar count={s.returned.count} of={s.returned.of} percent={s.returned.percent} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Card>
          </div>
          <Card className={styles.card}>
            <h2 className={styles.h2}>Overdue ({b.overdue.length})</h2>
            {b.overdue.length === 0 ? (
              <p>No return is overdue.</p>
            ) : (
              <table className={styles.table} aria-label="Overdue returns">
                <thead>
                  <tr>
                    <th scope="col" className={styles.cell}>Agency</th>
                    <th scope="col" className={styles.cell}>Sector</th>
                    <th scope="col" className={styles.cell}>Status</th>
                    <th scope="col" className={`${styles.cell} ${styles.num}`}>Days overdue</th>
                    <th scope="col" className={styles.cell}>Last chased</th>
                  </tr>
                </thead>
                <tbody>
                  {b.overdue.map((o) => (
                    <tr key={o.cycleAgencyId}>
                      <td className={styles.cell}>
                        <Link href={`#/returns/${o.cycleAgencyId}`}>{o.agencyName}</Link>
                      </td>
                      <td className={styles.cell}>{o.sectorName}</td>
                      <td className={styles.cell}>
                        <ReturnStatusBadge status={o.status} />
                      </td>
                      <td className={`${styles.cell} ${styles.num} ${styles.late}`}>{o.daysOverdue}</td>
                      <td className={styles.cell}>{o.lastChasedOn ? formatDate(o.lastChasedOn) : 'Not chased'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Card>
        </>
      )}
    </>
  );
}
