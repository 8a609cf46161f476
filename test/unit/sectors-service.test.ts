import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SECTORS } from '../../shared/domain/enums';
import { createAgency, setAgencyActive } from '../../electron/backend/services/agencies';
import { listHistory } from '../../electron/backend/services/history';
import { createSector, ensureDefaultSectors, listSectors, reorderSectors, updateSector } from '../../electron/backend/services/sectors';
import { makeTestContext, type TestContext } from '../helpers/context';
import { agencyFields } from '../helpers/register-files';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await makeTestContext();
});
afterEach(async () => {
  await ctx.close();
});

describe('sectors', () => {
  it('seeds the defaults once, in order, and leaves an edited table alone', async () => {
    const first = await listSectors(ctx.db);
    expect(first.map((s) => s.code)).toEqual(DEFAULT_SECTORS.map((s) => s.code));
    await updateSector(ctx.db, ctx, first[0]!.id, { name: "Children's social care" });
    await ensureDefaultSectors(ctx.db);
    const again = await listSectors(ctx.db);
    expect(again).toHaveLength(DEFAULT_SECTORS.length);
    expect(again[0]!.name).toBe("Children's social care");
  });

  it('derives a unique code from the name and refuses a duplicate name', async () => {
    const a = await createSector(ctx.db, ctx, "Children's Centres & Family Hubs");
    expect(a).toMatchObject({ code: 'childrens_centres_and_family_hubs', active: true, agencyCount: 0, sortOrder: DEFAULT_SECTORS.length + 1 });
    await expect(createSector(ctx.db, ctx, 'HEALTH')).rejects.toThrow('There is already a sector called Health.');
    // A renamed sector frees its name but keeps its code, so a new sector with the old name gets a suffix.
    await updateSector(ctx.db, ctx, a.id, { name: 'Family hubs' });
    const b = await createSector(ctx.db, ctx, "Children's centres and family hubs");
    expect(b.code).toBe('childrens_centres_and_family_hubs_2');
    expect((await listHistory(ctx.db, 'sector', a.id)).map((h) => h.action)).toEqual(['update', 'create']);
  });

  it('refuses to retire a sector with active agencies, then allows it once they are inactive', async () => {
    const sport = ctx.sectorId('sport');
    const club = await createAgency(ctx.db, ctx, agencyFields(sport, { name: 'Northmoor FC' }));
    await expect(updateSector(ctx.db, ctx, sport, { active: false })).rejects.toThrow(
      'The sector Sport and leisure still has 1 active agency. Move them to another sector or deactivate them first.',
    );
    expect((await listSectors(ctx.db)).find((s) => s.id === sport)).toMatchObject({ active: true, agencyCount: 1 });
    await setAgencyActive(ctx.db, ctx, club.id, false, 'folded');
    const retired = await updateSector(ctx.db, ctx, sport, { active: false });
    expect(retired).toMatchObject({ active: false, agencyCount: 0 });
    const h = await listHistory(ctx.db, 'sector', sport);
    expect(h[0]).toMatchObject({ action: 'deactivate', changes: { active: [true, false] } });
    // Its agency cannot come back while the sector is retired.
    await expect(setAgencyActive(ctx.db, ctx, club.id, true)).rejects.toThrow('retired sector Sport and leisure');
  });

  it('reorders: named sectors first, the rest keep their order', async () => {
    const before = await listSectors(ctx.db);
    const other = ctx.sectorId('other');
    const police = ctx.sectorId('police');
    const after = await reorderSectors(ctx.db, ctx, [other, police]);
    expect(after.map((s) => s.id)).toEqual([other, police, ...before.map((s) => s.id).filter((id) => id !== other && id !== police)]);
    expect(after.map((s) => s.sortOrder)).toEqual(after.map((_, i) => i + 1));
    await expect(reorderSectors(ctx.db, ctx, [999])).rejects.toThrow('Sector 999 does not exist.');
  });
});
