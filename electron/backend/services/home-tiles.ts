import { RETURNED_STATUSES } from '../../../shared/domain/cycle';
import type { HomeTiles } from '../../../shared/domain/action';
import type { Db } from '../db/schema';
import { actionBoard } from './actions-board';
import { cycleSortDate } from './cycle-order';

// The home screen: what needs attention today. The action counts are the board's own (no filters), so a
// tile and the list it opens agree; returns outstanding are those not yet in (see isReturned) in open cycles.

export async function homeTiles(db: Db, today: string): Promise<HomeTiles> {
  const board = await actionBoard(db, { bucket: 'open' }, today);
  const cycles = await db
    .selectFrom('cycles as c')
    .select((eb) => [
      'c.id',
      'c.name',
      'c.launch_date',
      'c.initial_deadline',
      'c.final_deadline',
      'c.created_at',
      eb
        .selectFrom('cycle_agencies as ca')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('ca.cycle_id', '=', 'c.id')
        .where('ca.status', 'not in', [...RETURNED_STATUSES])
        .as('outstanding'),
    ])
    .where('c.status', '=', 'open')
    .execute();
  // Newest first, as the cycles list shows them; sorted here because NULL ordering differs between databases.
  cycles.sort((a, b) => cycleSortDate(b).localeCompare(cycleSortDate(a)) || b.id - a.id);
  const openCycles = cycles.map((c) => ({ id: c.id, name: c.name, outstanding: Number(c.outstanding ?? 0) }));
  return {
    today,
    actionsOverdue: board.counts.overdue,
    actionsDueThisMonth: board.counts.due_this_month,
    actionsCompletedThisQuarter: board.counts.completed_this_quarter,
    returnsOutstanding: openCycles.reduce((n, c) => n + c.outstanding, 0),
    openCycles,
  };
}
