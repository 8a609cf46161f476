import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactFields } from '../../shared/domain/agency';
import { createAgency, setAgencyActive } from '../../electron/backend/services/agencies';
import {
  createContact,
  getContact,
  linkContact,
  listContacts,
  setContactActive,
  unlinkContact,
  updateContact,
} from '../../electron/backend/services/contacts';
import { listHistory } from '../../electron/backend/services/history';
import { makeTestContext, type TestContext } from '../helpers/context';
import { agencyFields } from '../helpers/register-files';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await makeTestContext();
});
afterEach(async () => {
  await ctx.close();
});

const person = (over: Partial<ContactFields> = {}): ContactFields => ({
  fullName: 'Jane Hollins',
  jobTitle: 'Headteacher',
  email: 'jane.hollins@northmoor.example',
  phone: null,
  organisation: 'Northmoor Primary School',
  isBusinessUnit: false,
  isScrutineer: false,
  notes: null,
  ...over,
});

describe('contacts', () => {
  it('creates, updates and deactivates with history, and refuses a second contact with one email', async () => {
    const c = await createContact(ctx.db, ctx, person({ email: 'Jane.Hollins@Northmoor.example' }));
    expect(c.email).toBe('jane.hollins@northmoor.example');
    const u = await updateContact(ctx.db, ctx, c.id, { jobTitle: 'Executive headteacher' });
    expect(u).toMatchObject({ jobTitle: 'Executive headteacher', fullName: 'Jane Hollins' });
    await expect(createContact(ctx.db, ctx, person({ fullName: 'J Hollins' }))).rejects.toThrow(
      'The email jane.hollins@northmoor.example already belongs to Jane Hollins.',
    );
    const off = await setContactActive(ctx.db, ctx, c.id, false);
    expect(off.active).toBe(false);
    const h = await listHistory(ctx.db, 'contact', c.id);
    expect(h.map((e) => e.action)).toEqual(['deactivate', 'update', 'create']);
    expect(h[1]!.changes).toEqual({ jobTitle: ['Headteacher', 'Executive headteacher'] });
    expect(await listContacts(ctx.db)).toHaveLength(0);
    expect(await listContacts(ctx.db, { includeInactive: true })).toHaveLength(1);
  });

  it('links idempotently per agency and role, summarises roles, and unlinks with history on both sides', async () => {
    const school = await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('education')));
    const nursery = await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('early_years'), { name: 'Acorns Nursery' }));
    const c = await createContact(ctx.db, ctx, person());
    await linkContact(ctx.db, ctx, c.id, school.id, 'safeguarding_lead');
    await linkContact(ctx.db, ctx, c.id, school.id, 'safeguarding_lead');
    const linked = await linkContact(ctx.db, ctx, c.id, nursery.id, 'senior_manager');
    expect(linked.links.map((l) => [l.agencyName, l.role])).toEqual([
      ['Northmoor Primary School', 'safeguarding_lead'],
      ['Acorns Nursery', 'senior_manager'],
    ]);
    expect((await listHistory(ctx.db, 'contact', c.id)).filter((h) => h.action === 'link')).toHaveLength(2);
    expect((await listHistory(ctx.db, 'agency', school.id)).map((h) => h.action)).toEqual(['link', 'create']);
    await setAgencyActive(ctx.db, ctx, nursery.id, false, 'closed');
    const [row] = await listContacts(ctx.db);
    expect(row!.agencySummary).toBe('Safeguarding lead at Northmoor Primary School; Senior manager at Acorns Nursery (inactive)');

    const after = await unlinkContact(ctx.db, ctx, linked.links[0]!.linkId);
    expect(after.links.map((l) => l.agencyName)).toEqual(['Acorns Nursery']);
    const unlink = (await listHistory(ctx.db, 'agency', school.id))[0]!;
    expect(unlink).toMatchObject({ action: 'unlink', summary: 'Unlinked Jane Hollins no longer Safeguarding lead of Northmoor Primary School' });
    await expect(unlinkContact(ctx.db, ctx, 999)).rejects.toThrow('Link 999 does not exist.');
  });

  it('searches name, email, organisation and the names of linked agencies', async () => {
    const school = await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('education'), { name: 'Hollins Bridge Academy' }));
    const a = await createContact(ctx.db, ctx, person());
    const b = await createContact(ctx.db, ctx, person({ fullName: 'Sam Patel', email: 'sam@police.example', organisation: 'Constabulary' }));
    await linkContact(ctx.db, ctx, b.id, school.id, 'representative');
    const ids = async (search: string) => (await listContacts(ctx.db, { search })).map((c) => c.id);
    expect(await ids('JANE')).toEqual([a.id]);
    // Jane by her name, Sam through the agency he is linked to.
    expect(await ids('HOLLINS')).toEqual([a.id, b.id]);
    expect(await ids('police.example')).toEqual([b.id]);
    expect(await ids('constab')).toEqual([b.id]);
    expect(await ids('hollins bridge')).toEqual([b.id]);
    expect((await getContact(ctx.db, b.id)).links[0]!.role).toBe('representative');
  });
});
