import type { Handlers } from './dispatcher';

// Cycles, scope, the returns tracker and chasers.
type Methods = 'cycles.list' | 'cycles.get' | 'cycles.create' | 'cycles.update' | 'cycles.setScope' | 'cycles.exportTracker' | 'returns.board' | 'returns.list' | 'returns.setStatus' | 'chasers.drafts' | 'chasers.create';

const todo = async (): Promise<never> => {
  throw new Error('not implemented yet');
};

export const cycleHandlers: Pick<Handlers, Methods> = {
  'cycles.list': todo,
  'cycles.get': todo,
  'cycles.create': todo,
  'cycles.update': todo,
  'cycles.setScope': todo,
  'cycles.exportTracker': todo,
  'returns.board': todo,
  'returns.list': todo,
  'returns.setStatus': todo,
  'chasers.drafts': todo,
  'chasers.create': todo,
};
