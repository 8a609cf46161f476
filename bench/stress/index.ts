import type { ServiceContext } from '../../electron/backend/context';
import { makeRandom } from '../../electron/backend/demo/random';
import { generateActions, type StressActions } from './actions';
import { generateCaseAudits, type StressCaseAudits } from './case-audits';
import { agencyQualities } from './cycle-answers';
import { generateCycle, type StressCycle } from './cycles';
import { generateHistoryCycles } from './cycles-history';
import { generateFrameworks } from './frameworks';
import { generateMeetings, type StressMeetings } from './meetings';
import { generateRegister, type StressRegisterCounts } from './register';
import { scaled, type StressOptions } from './scale';

export type { StressOptions } from './scale';

export const STRESS_SEED = 20261122;

export interface StressCounts extends StressRegisterCounts {
  frameworks: number;
  /** The current cycle: the largest, the one the bench's cycle figures use. */
  cycle: StressCycle;
  /** All five cycles, oldest first; the last is `cycle`. */
  cycles: StressCycle[];
  actions: StressActions;
  meetings: StressMeetings;
  caseAudits: StressCaseAudits;
}

/**
 * The full stress partnership, deterministic from its seed: the same seed and scale give the same rows. The order
 * matters: earlier cycles before the current one (each links to the one before), actions before case audits (their
 * recommendations go to the action groups), meetings before case audits (the scrutineers chair them).
 */
export async function generateStressPartnership(ctx: ServiceContext, seed = STRESS_SEED, options: StressOptions = {}): Promise<StressCounts> {
  const scale = options.scale ?? 1;
  const r = makeRandom(seed);
  const register = await generateRegister(ctx, r, scale);
  await generateFrameworks(ctx);
  const frameworks = Number((await ctx.db.selectFrom('frameworks').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const qualities = await agencyQualities(ctx.db, r);
  const earlier = await generateHistoryCycles(ctx, r, qualities);
  const cycle = await generateCycle(ctx, r, qualities);
  const cycles = [...earlier, cycle];
  const actions = await generateActions(ctx, r, cycle, scaled(20_000, scale), scaled(100_000, scale));
  const meetings = await generateMeetings(ctx, r, cycles, scale);
  const caseAudits = await generateCaseAudits(ctx, r, scale);
  return { ...register, frameworks, cycle, cycles, actions, meetings, caseAudits };
}
