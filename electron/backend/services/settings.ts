import { settingsSchema, type Settings } from '../../../shared/domain/settings';
import type { ServiceContext } from '../context';
import type { Db } from '../db/schema';
import { recordChange } from './history';
import { inTransaction } from '../db/transaction';

const KEY = 'partnership';

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({
  partnershipName: 'Safeguarding Children Partnership',
  partnershipShortName: 'SCP',
});

export async function getSettings(db: Db): Promise<Settings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return DEFAULT_SETTINGS;
  // Fields added by later versions take their defaults when an older row lacks them.
  return settingsSchema.parse({ ...DEFAULT_SETTINGS, ...(JSON.parse(row.value) as object) });
}

export async function updateSettings(db: Db, ctx: Pick<ServiceContext, 'userName' | 'now'>, patch: Partial<Settings>): Promise<Settings> {
  return inTransaction(db, async (trx) => {
    const before = await getSettings(trx);
    const after = settingsSchema.parse({ ...before, ...patch });
    const value = JSON.stringify(after);
    const updated = await trx.updateTable('settings').set({ value }).where('key', '=', KEY).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) await trx.insertInto('settings').values({ key: KEY, value }).execute();
    // The logo is large and unreadable in history; record that it changed, not its bytes.
    const strip = (s: Settings) => ({ ...s, logoBase64: s.logoBase64 ? `(image, ${s.logoBase64.length} chars)` : null });
    await recordChange(trx, ctx, {
      entityType: 'settings',
      entityId: 1,
      action: 'update',
      summary: 'Partnership settings changed',
      before: strip(before),
      after: strip(after),
    });
    return after;
  });
}
