import type { ActionFilter } from '../shared/domain/action';
import { median, type Figure } from './measure';
import type { StressActions } from './stress/actions';

type Call = (method: string, input?: unknown) => Promise<unknown>;

/**
 * The actions board and list under each filter a manager uses, on 20,000 actions and 100,000 updates. The
 * board's counts are dashboard aggregates (issue 8: ≤ 10 ms). The list is a grid, not an aggregate: it is
 * timed beside them for the rows each filter returns, and its goals are the browser's (scrolling).
 */
export async function actionQueryFigures(call: Call, stress: StressActions): Promise<Figure[]> {
  const s = stress.sample;
  const filters: Array<[string, ActionFilter]> = [
    ['all', { bucket: 'all' }],
    ['by agency', { agencyId: s.agencyId }],
    ['by group', { groupId: s.groupId }],
    ['by cycle + standard', { cycleId: s.cycleId, standardId: s.standardId }],
    ['overdue bucket', { bucket: 'overdue' }],
    [`search "${s.search}"`, { search: s.search }],
  ];
  const figures: Figure[] = [];
  for (const [label, filter] of filters) {
    const board = await median(() => call('actions.board', filter), 15, 3);
    figures.push({ name: `actions board: ${label}`, ...board, goal: '≤ 10 ms', note: board.medianMs > 10 ? 'MISSED' : undefined });
    let rows = 0;
    const list = await median(async () => (rows = ((await call('actions.list', filter)) as unknown[]).length), 7, 2);
    figures.push({ name: `actions list: ${label} (${rows.toLocaleString('en-GB')} rows)`, ...list, note: `grid: every row built and sent, ${((list.medianMs * 1000) / Math.max(rows, 1)).toFixed(1)} µs a row` });
  }
  return figures;
}
