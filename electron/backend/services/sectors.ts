import type { Sector } from '../../../shared/domain/agency';
import { DEFAULT_SECTORS } from '../../../shared/domain/enums';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, invalid, notFound } from '../errors';
import { recordChange } from './history';
import { nameKey } from './name-key';
import type { WriteCtx } from './write-context';

const snapshot = (s: { name: string; code: string; sort_order: number; active: number }) => ({
  name: s.name,
  code: s.code,
  sortOrder: s.sort_order,
  active: s.active === 1,
});

/** Seeds the starting sectors into an empty table; a partnership that has edited its sectors keeps them. */
export async function ensureDefaultSectors(db: Db): Promise<void> {
  const existing = await db.selectFrom('sectors').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  await db
    .insertInto('sectors')
    .values(DEFAULT_SECTORS.map((s, i) => ({ code: s.code, name: s.name, sort_order: i + 1, active: 1 })))
    .execute();
}

/** Sectors in display order; agencyCount counts active agencies only (what blocks retiring a sector). */
export async function listSectors(db: Db): Promise<Sector[]> {
  const rows = await db
    .selectFrom('sectors as s')
    .select((eb) => [
      's.id',
      's.code',
      's.name',
      's.sort_order',
      's.active',
      eb
        .selectFrom('agencies as a')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('a.sector_id', '=', 's.id')
        .where('a.active', '=', 1)
        .as('agency_count'),
    ])
    .orderBy('s.sort_order')
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    sortOrder: r.sort_order,
    active: r.active === 1,
    agencyCount: Number(r.agency_count ?? 0),
  }));
}

async function getSector(db: Db, id: number): Promise<Sector> {
  const found = (await listSectors(db)).find((s) => s.id === id);
  if (!found) throw notFound('Sector', id);
  return found;
}

/** "Children's Centres & Family Hubs" -> "childrens_centres_and_family_hubs". */
export const sectorCode = (name: string): string => nameKey(name).replace(/ /g, '_').slice(0, 50) || 'sector';

async function assertNameFree(db: Db, name: string, exceptId?: number): Promise<void> {
  const key = nameKey(name);
  const all = await db.selectFrom('sectors').select(['id', 'name']).execute();
  const clash = all.find((s) => s.id !== exceptId && nameKey(s.name) === key);
  if (clash) throw conflict(`There is already a sector called ${clash.name}.`);
}

export async function createSector(db: Db, ctx: WriteCtx, name: string): Promise<Sector> {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (!clean) throw invalid('A sector needs a name.');
  return inTransaction(db, async (trx) => {
    await assertNameFree(trx, clean);
    const codes = new Set((await trx.selectFrom('sectors').select('code').execute()).map((r) => r.code));
    const base = sectorCode(clean);
    let code = base;
    // Codes are permanent keys (framework wordings refer to them), so a clash gets a suffix, never a reuse.
    for (let n = 2; codes.has(code); n++) code = `${base}_${n}`;
    const max = await trx.selectFrom('sectors').select((eb) => eb.fn.max('sort_order').as('m')).executeTakeFirst();
    const row = { code, name: clean, sort_order: Number(max?.m ?? 0) + 1, active: 1 };
    const { id } = await trx.insertInto('sectors').values(row).returning('id').executeTakeFirstOrThrow();
    await recordChange(trx, ctx, {
      entityType: 'sector',
      entityId: id,
      action: 'create',
      summary: `Added sector ${clean}`,
      after: snapshot(row),
    });
    return getSector(trx, id);
  });
}

export async function updateSector(
  db: Db,
  ctx: WriteCtx,
  id: number,
  patch: { name?: string; active?: boolean },
): Promise<Sector> {
  return inTransaction(db, async (trx) => {
    const before = await trx.selectFrom('sectors').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw notFound('Sector', id);
    const name = patch.name?.trim().replace(/\s+/g, ' ');
    if (patch.name !== undefined && !name) throw invalid('A sector needs a name.');
    if (name && name !== before.name) await assertNameFree(trx, name, id);
    if (patch.active === false && before.active === 1) {
      const { n } = await trx
        .selectFrom('agencies')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('sector_id', '=', id)
        .where('active', '=', 1)
        .executeTakeFirstOrThrow();
      if (Number(n) > 0)
        throw conflict(
          `The sector ${before.name} still has ${n} active ${Number(n) === 1 ? 'agency' : 'agencies'}. ` +
            'Move them to another sector or deactivate them first.',
        );
    }
    const after = { ...before, name: name ?? before.name, active: patch.active === undefined ? before.active : patch.active ? 1 : 0 };
    await trx.updateTable('sectors').set({ name: after.name, active: after.active }).where('id', '=', id).execute();
    const action = after.active === before.active ? 'update' : after.active ? 'reactivate' : 'deactivate';
    await recordChange(trx, ctx, {
      entityType: 'sector',
      entityId: id,
      action,
      summary: action === 'update' ? `Renamed sector ${before.name} to ${after.name}` : `${action === 'deactivate' ? 'Retired' : 'Restored'} sector ${after.name}`,
      before: snapshot(before),
      after: snapshot(after),
    });
    return getSector(trx, id);
  });
}

/** Puts the given sectors first in the given order; any not named keep their relative order after them. */
export async function reorderSectors(db: Db, ctx: WriteCtx, ids: number[]): Promise<Sector[]> {
  return inTransaction(db, async (trx) => {
    const current = await trx.selectFrom('sectors').selectAll().orderBy('sort_order').orderBy('id').execute();
    const byId = new Map(current.map((s) => [s.id, s]));
    const missing = ids.find((id) => !byId.has(id));
    if (missing !== undefined) throw notFound('Sector', missing);
    const wanted = [...new Set(ids)];
    const order = [...wanted, ...current.map((s) => s.id).filter((id) => !wanted.includes(id))];
    for (const [i, id] of order.entries()) {
      const before = byId.get(id)!;
      if (before.sort_order === i + 1) continue;
      await trx.updateTable('sectors').set({ sort_order: i + 1 }).where('id', '=', id).execute();
      await recordChange(trx, ctx, {
        entityType: 'sector',
        entityId: id,
        action: 'update',
        summary: `Moved sector ${before.name} to position ${i + 1}`,
        before: { sortOrder: before.sort_order },
        after: { sortOrder: i + 1 },
      });
    }
    return listSectors(trx);
  });
}
