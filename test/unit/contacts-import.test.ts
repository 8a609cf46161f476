import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/backend/errors';
import { commitContactImport, previewContactImport } from '../../electron/backend/io/contacts-import';
import { createAgency } from '../../electron/backend/services/agencies';
import { createContact, getContact, listContacts } from '../../electron/backend/services/contacts';
import { makeTestContext, type TestContext } from '../helpers/context';
import { agencyFields, csvFile } from '../helpers/register-files';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await makeTestContext();
});
afterEach(async () => {
  await ctx.close();
});

const seedAgencies = async () => {
  const edu = ctx.sectorId('education');
  return {
    northmoor: await createAgency(ctx.db, ctx, agencyFields(edu, { name: 'Northmoor Primary School', schoolUrn: '123456', postcode: 'NM1 2AB' })),
    stMarysA: await createAgency(ctx.db, ctx, agencyFields(edu, { name: "St Mary's Primary", postcode: 'NM2 2AA' })),
    stMarysB: await createAgency(ctx.db, ctx, agencyFields(edu, { name: "St Mary's Primary", postcode: 'KB1 1BB', schoolUrn: '654321' })),
  };
};

describe('contact import', () => {
  it('creates contacts and links them to agencies found by name, identifier, or name and postcode', async () => {
    const { northmoor, stMarysA, stMarysB } = await seedAgencies();
    const file = csvFile('contacts.csv', [
      'Name,Job title,E-mail,Telephone,Agency,Agency postcode,Role',
      'Jane Hollins,Headteacher,jane@northmoor.example,01632 960001,Northmoor Primary School,,DSL',
      'Jane Hollins,Headteacher,jane@northmoor.example,,654321,,Senior manager',
      "Ann Lee,,ann@stmarys.example,,St. Mary's Primary,nm2 2aa,Deputy safeguarding lead",
      'Sam Patel,Detective Sergeant,sam@police.example,,,,',
    ].join('\n'));
    const preview = await previewContactImport(ctx.db, file);
    expect(preview.rows.map((r) => [r.row, r.status, r.matchReason])).toEqual([
      [2, 'new', null],
      [3, 'update', 'the same person as row 2'],
      [4, 'new', null],
      [5, 'new', null],
    ]);
    expect(await commitContactImport(ctx.db, ctx, file)).toEqual({ created: 3, updated: 1, skipped: 0 });
    const contacts = await listContacts(ctx.db);
    expect(contacts.map((c) => [c.fullName, c.agencySummary])).toEqual([
      ['Ann Lee', "Deputy safeguarding lead at St Mary's Primary"],
      ['Jane Hollins', "Safeguarding lead at Northmoor Primary School; Senior manager at St Mary's Primary"],
      ['Sam Patel', ''],
    ]);
    const jane = await getContact(ctx.db, contacts[1]!.id);
    expect(jane.links.map((l) => l.agencyId)).toEqual([northmoor.id, stMarysB.id]);
    expect((await getContact(ctx.db, contacts[0]!.id)).links[0]!.agencyId).toBe(stMarysA.id);
  });

  it('updates a contact found by email, fills only given cells, and skips what is already there', async () => {
    await seedAgencies();
    const c = await createContact(ctx.db, ctx, { fullName: 'Jane Hollins', jobTitle: 'Head', email: 'jane@northmoor.example', phone: '01632 960001', organisation: null, isBusinessUnit: true, isScrutineer: false, notes: 'n' });
    const file = csvFile('c.csv', 'Full name,Job title,Email,Phone\nJane Hollins,Executive Head,JANE@northmoor.example,\n');
    const preview = await previewContactImport(ctx.db, file);
    expect(preview.rows[0]).toMatchObject({ status: 'update', matchId: c.id, matchReason: 'email jane@northmoor.example' });
    expect(await commitContactImport(ctx.db, ctx, file)).toEqual({ created: 0, updated: 1, skipped: 0 });
    expect(await getContact(ctx.db, c.id)).toMatchObject({ jobTitle: 'Executive Head', phone: '01632 960001', isBusinessUnit: true, notes: 'n' });
    expect(await commitContactImport(ctx.db, ctx, file)).toEqual({ created: 0, updated: 0, skipped: 1 });
  });

  it('reports unknown and ambiguous agencies and bad roles, and writes nothing', async () => {
    await seedAgencies();
    const file = csvFile('bad-contacts.csv', [
      'Name,Email,Agency,Role at agency',
      'A Person,a@x.example,Nowhere School,',
      "B Person,b@x.example,St Mary's Primary,",
      'C Person,c@x.example,Northmoor Primary School,Caretaker',
      'D Person,d@x.example,,Senior manager',
    ].join('\n'));
    const preview = await previewContactImport(ctx.db, file);
    expect(preview.rows.flatMap((r) => r.issues)).toEqual([
      { row: 2, column: 'Agency', message: 'no agency called "Nowhere School" is in the register' },
      { row: 3, column: 'Agency', message: `2 agencies are called "St Mary's Primary"; add an Agency postcode column or give the agency's URN or other identifier` },
      { row: 4, column: 'Role at agency', message: expect.stringMatching(/^"Caretaker" is not a role; use Safeguarding lead, /) },
      { row: 5, column: 'Role at agency', message: 'a role needs an agency in the Agency column' },
    ]);
    await expect(commitContactImport(ctx.db, ctx, file)).rejects.toSatisfy(
      (e: unknown) => e instanceof AppError && e.code === 'import_invalid' && e.message === 'bad-contacts.csv: 4 rows have errors; nothing was imported',
    );
    expect(await listContacts(ctx.db, { includeInactive: true })).toHaveLength(0);
  });

  it('skips a repeated row for the same person and link', async () => {
    await seedAgencies();
    const file = csvFile('dup.csv', 'Name,Email,Agency\nJo Bloggs,jo@x.example,123456\nJo Bloggs,jo@x.example,123456\n');
    const preview = await previewContactImport(ctx.db, file);
    expect(preview.rows[1]).toMatchObject({ status: 'duplicate_in_file', issues: [{ row: 3, column: 'Name', message: 'the same contact as row 2; this row will be skipped' }] });
    expect(await commitContactImport(ctx.db, ctx, file)).toEqual({ created: 1, updated: 0, skipped: 1 });
  });
});
