import { exportTracker } from '../io/tracker-export';
import { chaserDrafts, createChasers } from '../services/chasers';
import { createCycle, getCycle, listCycles, setScope, updateCycle } from '../services/cycles';
import { getBoard, listReturns, setReturnStatus } from '../services/returns-board';
import { todayOf } from '../services/write-context';
import { answerHandlers } from './answer-handlers';
import type { Handlers } from './dispatcher';

// Cycles, scope, the returns tracker and chasers.
type Methods = 'cycles.list' | 'cycles.get' | 'cycles.create' | 'cycles.update' | 'cycles.setScope' | 'cycles.exportTracker' | 'returns.board' | 'returns.list' | 'returns.setStatus' | 'chasers.drafts' | 'chasers.create';

export const cycleHandlers: Pick<Handlers, Methods> = {
  'cycles.list': (ctx) => listCycles(ctx.db),
  'cycles.get': (ctx, { id }) => getCycle(ctx.db, id),
  'cycles.create': (ctx, { cycle, agencyIds, copyForwardFrom }) => createCycle(ctx.db, ctx, cycle, agencyIds, copyForwardFrom),
  'cycles.update': (ctx, { id, patch }) => updateCycle(ctx.db, ctx, id, patch),
  'cycles.setScope': (ctx, { id, add, remove }) => setScope(ctx.db, ctx, id, add, remove),
  'cycles.exportTracker': (ctx, { id }) => exportTracker(ctx.db, id, todayOf(ctx)),
  'returns.board': (ctx, { cycleId }) => getBoard(ctx.db, cycleId, todayOf(ctx)),
  'returns.list': (ctx, { cycleId }) => listReturns(ctx.db, cycleId, todayOf(ctx)),
  // The answer of a status change is the whole return, which the answers area builds.
  'returns.setStatus': async (ctx, { cycleAgencyId, status, date, reason }) => {
    await setReturnStatus(ctx.db, ctx, cycleAgencyId, status, date, reason);
    return answerHandlers['returns.get'](ctx, { cycleAgencyId });
  },
  'chasers.drafts': (ctx, { cycleId, cycleAgencyIds }) => chaserDrafts(ctx.db, cycleId, cycleAgencyIds),
  'chasers.create': (ctx, { cycleId, cycleAgencyIds, method, folder }) => createChasers(ctx.db, ctx, cycleId, cycleAgencyIds, method, folder),
};
