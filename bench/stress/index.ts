import type { ServiceContext } from '../../electron/backend/context';
import { makeRandom } from '../../electron/backend/demo/random';
import { generateActions, type StressActions } from './actions';
import { generateCycle, type StressCycle } from './cycles';
import { generateFrameworks } from './frameworks';
import { generateRegister, type StressRegisterCounts } from './register';

export const STRESS_SEED = 20261122;

export interface StressCounts extends StressRegisterCounts {
  frameworks: number;
  cycle: StressCycle;
  actions: StressActions;
}

/**
 * The full stress partnership, deterministic from its seed. Each later feature adds its own generator
 * here (cycles and ratings, actions, meetings, case-file audits).
 */
export async function generateStressPartnership(ctx: ServiceContext, seed = STRESS_SEED): Promise<StressCounts> {
  const r = makeRandom(seed);
  const register = await generateRegister(ctx, r);
  await generateFrameworks(ctx);
  const frameworks = Number((await ctx.db.selectFrom('frameworks').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const cycle = await generateCycle(ctx, r);
  const actions = await generateActions(ctx, r, cycle);
  return { ...register, frameworks, cycle, actions };
}
