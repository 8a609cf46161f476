import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch, type Handlers } from '../../electron/backend/api/dispatcher';
import { registerHandlers } from '../../electron/backend/api/register-handlers';
import { makeTestContext, type TestContext } from '../helpers/context';
import { csvFile } from '../helpers/register-files';

let ctx: TestContext;
let dispatch: Dispatch;
beforeEach(async () => {
  ctx = await makeTestContext();
  // Only the register's handlers: the test checks their wiring, not the rest of the API.
  dispatch = createDispatcher(ctx, registerHandlers as Handlers, () => undefined);
});
afterEach(async () => {
  await ctx.close();
});

describe('register handlers', () => {
  it('run the services behind the API and return typed errors', async () => {
    const created = await dispatch('agencies.create', { name: 'Northmoor Police', sectorId: ctx.sectorId('police'), duties: ['s11'] });
    expect(created).toMatchObject({ ok: true, value: { name: 'Northmoor Police', sectorName: 'Police', duties: ['s11'] } });
    const id = (created as { ok: true; value: { id: number } }).value.id;
    expect(await dispatch('agencies.setActive', { id, active: false, reason: 'merged' })).toMatchObject({ ok: true, value: { active: false } });
    expect(await dispatch('agencies.list', { includeInactive: true })).toMatchObject({ ok: true, value: [{ id, active: false }] });
    expect(await dispatch('agencies.get', { id: 999 })).toEqual({ ok: false, error: { code: 'not_found', message: 'Agency 999 does not exist.', details: [] } });
    expect(await dispatch('sectors.create', { name: 'Faith groups' })).toMatchObject({ ok: true, value: { code: 'faith_groups' } });
    const contact = await dispatch('contacts.create', { fullName: 'Sam Patel', email: 'sam@police.example' });
    const contactId = (contact as { ok: true; value: { id: number } }).value.id;
    expect(await dispatch('contacts.link', { contactId, agencyId: id, role: 'representative' })).toMatchObject({
      ok: true,
      value: { links: [{ agencyName: 'Northmoor Police', role: 'representative' }] },
    });
  });

  it('turn a refused import into import_invalid with row details', async () => {
    const file = csvFile('bad.csv', 'Name,Sector\nA School,Nowhere\n');
    const preview = await dispatch('agencies.importPreview', file);
    expect(preview).toMatchObject({ ok: true, value: { counts: { error: 1 } } });
    const result = await dispatch('agencies.importCommit', file);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'import_invalid', message: 'bad.csv: 1 row has errors; nothing was imported', details: [{ file: 'bad.csv', row: 2, field: 'Sector' }] },
    });
    const exported = await dispatch('agencies.exportXlsx', {});
    expect(exported).toMatchObject({ ok: true, value: { fileName: 'agencies-2026-11-22.xlsx' } });
  });
});
