import { RETURN_STATUS_LABELS, type Percent, type ReturnDisplayStatus, type ReturnRow, type ReturnStatus, type ReturnsBoard } from '../../../shared/domain/cycle';
import type { Db } from '../db/schema';
import { daysOverdue, displayStatus, isReturned } from './return-rules';
import { loadCycleDates, type CycleDates } from './returns-list';

export { listReturns } from './returns-list';
export { setReturnStatus } from './returns-status';

// The returns board: counts and rates the business unit reports to the partnership.

/**
 * A whole-number percentage, rounded half up: 7 of 9 is 78, 1 of 8 is 13, 0 of 0 is 0. Integer arithmetic,
 * so 12.5 never becomes 12.4999… in floating point.
 */
export const percent = (count: number, of: number): number => (of > 0 ? Math.floor((200 * count + of) / (2 * of)) : 0);

export const percentOf = (count: number, of: number): Percent => ({ count, of, percent: percent(count, of) });

/** Display statuses in the order the board shows them. */
const STATUS_ORDER = Object.keys(RETURN_STATUS_LABELS) as ReturnDisplayStatus[];

/** What the board needs of each return: the tracker row without its progress, lead and chaser count. */
export type BoardRow = Pick<ReturnRow, 'cycleAgencyId' | 'agencyName' | 'sectorId' | 'sectorName' | 'status' | 'displayStatus' | 'returnedOn' | 'lastChasedOn' | 'daysOverdue'>;

/** Returned by the end of `date`: returned_on on or before it, and still counted as returned. */
const returnedBy = (rows: BoardRow[], date: string) => rows.filter((r) => isReturned(r.status) && r.returnedOn !== null && r.returnedOn <= date).length;

/** The board from rows already loaded (the tracker export reuses them). */
export function buildBoard(cycle: CycleDates, rows: BoardRow[], today: string, sectorOrder = new Map<number, number>()): ReturnsBoard {
  const inScope = rows.length;
  const byStatus = STATUS_ORDER.map((status) => ({
    status,
    label: RETURN_STATUS_LABELS[status],
    ...percentOf(rows.filter((r) => r.displayStatus === status).length, inScope),
  }));
  const sectors = new Map<number, { sectorId: number; sectorName: string; returned: number; of: number }>();
  for (const r of rows) {
    const s = sectors.get(r.sectorId) ?? { sectorId: r.sectorId, sectorName: r.sectorName, returned: 0, of: 0 };
    s.of++;
    if (isReturned(r.status)) s.returned++;
    sectors.set(r.sectorId, s);
  }
  const rateAt = (date: string | null) => (date ? { date, ...percentOf(returnedBy(rows, date), inScope) } : null);
  return {
    cycleId: cycle.id,
    today,
    inScope,
    byStatus,
    bySector: [...sectors.values()]
      .sort((a, b) => (sectorOrder.get(a.sectorId) ?? 0) - (sectorOrder.get(b.sectorId) ?? 0) || a.sectorName.localeCompare(b.sectorName))
      .map((s) => ({ sectorId: s.sectorId, sectorName: s.sectorName, returned: percentOf(s.returned, s.of) })),
    rates: {
      initialDeadline: rateAt(cycle.initial_deadline),
      finalDeadline: rateAt(cycle.final_deadline),
      today: percentOf(rows.filter((r) => isReturned(r.status)).length, inScope),
    },
    overdue: rows
      .filter((r) => r.daysOverdue !== null)
      .sort((a, b) => b.daysOverdue! - a.daysOverdue! || a.agencyName.localeCompare(b.agencyName))
      .map((r) => ({ cycleAgencyId: r.cycleAgencyId, agencyName: r.agencyName, sectorName: r.sectorName, daysOverdue: r.daysOverdue!, lastChasedOn: r.lastChasedOn, status: r.status })),
  };
}

/** Sectors in the order the partnership set, as every other screen lists them. */
export async function sectorOrder(db: Db): Promise<Map<number, number>> {
  return new Map((await db.selectFrom('sectors').select(['id', 'sort_order']).execute()).map((s) => [s.id, s.sort_order]));
}

/** The board's rows in one narrow query: the counts need no answers, leads or chasers. */
async function boardRows(db: Db, cycle: CycleDates, today: string): Promise<BoardRow[]> {
  const rows = await db
    .selectFrom('cycle_agencies as ca')
    .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
    .innerJoin('sectors as s', 's.id', 'a.sector_id')
    .select(['ca.id', 'ca.status', 'ca.returned_on', 'ca.last_chased_on', 'a.name', 'a.sector_id', 's.name as sector_name'])
    .where('ca.cycle_id', '=', cycle.id)
    .execute();
  return rows.map((r) => {
    const status = r.status as ReturnStatus;
    return {
      cycleAgencyId: r.id,
      agencyName: r.name,
      sectorId: r.sector_id,
      sectorName: r.sector_name,
      status,
      displayStatus: displayStatus(status, r.returned_on, cycle.initial_deadline),
      returnedOn: r.returned_on,
      lastChasedOn: r.last_chased_on,
      daysOverdue: daysOverdue(status, cycle.initial_deadline, today),
    };
  });
}

export async function getBoard(db: Db, cycleId: number, today: string): Promise<ReturnsBoard> {
  const cycle = await loadCycleDates(db, cycleId);
  return buildBoard(cycle, await boardRows(db, cycle, today), today, await sectorOrder(db));
}
