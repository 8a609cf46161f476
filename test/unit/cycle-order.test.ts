import { afterEach, describe, expect, it } from 'vitest';
import { latestEarlierCycle, previousCycleOf } from '../../electron/backend/services/cycle-order';
import { createCycle } from '../../electron/backend/services/cycles';
import { trackerFixture } from '../helpers/tracker-fixtures';

// One "previous cycle of the same type" rule, used when a cycle is opened and when it is compared.

let f: Awaited<ReturnType<typeof trackerFixture>>;
afterEach(async () => {
  await f?.b.close();
});

describe('the previous cycle of the same type', () => {
  it('matches the partnership’s own audits by label, ignoring case, and never a later cycle', async () => {
    f = await trackerFixture();
    const open = (name: string, typeLabel: string, launchDate: string) =>
      createCycle(f.ctx.db, f.ctx, f.cycleInput({ name, cycleType: 'custom', typeLabel, launchDate, initialDeadline: null, finalDeadline: null }), []);
    const faith2024 = await open('Faith 2024', 'Faith groups', '2024-01-10');
    const sport2025 = await open('Sport 2025', 'Sports clubs', '2025-01-10');
    const faith2026 = await open('Faith 2026', 'FAITH GROUPS', '2026-01-10');
    expect(faith2026.previousCycleId).toBe(faith2024.id);
    expect(sport2025.previousCycleId).toBeNull();
    // Entered later but dated earlier: the 2026 cycle is not its previous one.
    const faith2022 = await open('Faith 2022', 'faith groups', '2022-01-10');
    expect(faith2022.previousCycleId).toBeNull();
    expect(await latestEarlierCycle(f.ctx.db, faith2024.id)).toBe(faith2022.id);
  });

  it('breaks a tie on date by the order cycles were entered, and prefers the recorded previous cycle', async () => {
    f = await trackerFixture();
    const a = await createCycle(f.ctx.db, f.ctx, f.cycleInput({ name: 'A' }), []);
    const b = await createCycle(f.ctx.db, f.ctx, f.cycleInput({ name: 'B' }), []);
    expect(b.previousCycleId).toBe(a.id);
    expect(await latestEarlierCycle(f.ctx.db, a.id)).toBeNull();
    await f.ctx.db.updateTable('cycles').set({ previous_cycle_id: null }).where('id', '=', b.id).execute();
    expect(await previousCycleOf(f.ctx.db, b.id)).toBe(a.id);
    await f.ctx.db.updateTable('cycles').set({ previous_cycle_id: b.id }).where('id', '=', a.id).execute();
    expect(await previousCycleOf(f.ctx.db, a.id)).toBe(b.id);
  });
});
