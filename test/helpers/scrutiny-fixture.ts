import { createCycle } from '../../electron/backend/services/cycles';
import { FIXED_NOW } from './backend';
import { trackerFixture } from './tracker-fixtures';

// The scrutiny tests' starting point: the tracker register at FIXED_NOW, a cycle over five agencies, and the
// scrutineer and officer who attend every meeting.

export async function scrutinyFixture() {
  const f = await trackerFixture(FIXED_NOW);
  const { ids } = f;
  const cycle = await createCycle(f.ctx.db, f.ctx, f.cycleInput(), [ids.alder, ids.birch, ids.cedar, ids.damson, ids.elm]);
  const scrutineer = await f.person('Iris Scrutineer', 'iris@scrutiny.example');
  const officer = await f.person('Owen Officer', 'owen@northmoor-scp.example');
  return { f, ids, cycle, scrutineer, officer };
}
