import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/backend/errors';
import { commitAgencyImport, previewAgencyImport } from '../../electron/backend/io/agencies-import';
import { createAgency, getAgency, listAgencies } from '../../electron/backend/services/agencies';
import { createContact, listContacts } from '../../electron/backend/services/contacts';
import { makeTestContext, type TestContext } from '../helpers/context';
import { agencyFields, csvFile, xlsxFile } from '../helpers/register-files';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await makeTestContext();
});
afterEach(async () => {
  await ctx.close();
});

const commitError = async (p: Promise<unknown>): Promise<AppError> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected the import to be refused');
};
const countOf = async (table: 'agencies' | 'contacts' | 'agency_contacts' | 'audit_log') =>
  Number((await ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

const GOOD_CSV = [
  'Name,Sector,Duties,School URN,Ofsted URN,Postcode,Town,Safeguarding lead,Safeguarding lead email',
  'Northmoor Primary School,Education,s175,123456,,NM1 2AB,Northmoor,Jane Hollins,jane@northmoor.example',
  'Little Acorns Nursery,early_years,"Section 11, Childcare Act",,EY300001,nm3 4cd,Northmoor,,',
  'Moorside NHS Trust,HEALTH,s11,,,,Eastfield,Sam Patel,sam@moorside.example',
].join('\r\n');

describe('agency import: good files', () => {
  it('previews then imports a CSV: agencies, duties, leads and one import history row per agency', async () => {
    const file = csvFile('agencies.csv', GOOD_CSV);
    const preview = await previewAgencyImport(ctx.db, file);
    expect(preview.fileIssues).toEqual([]);
    expect(preview.counts).toEqual({ total: 3, new: 3, update: 0, duplicateInFile: 0, error: 0 });
    expect(preview.mapping).toMatchObject({ name: 'Name', sector: 'Sector', schoolUrn: 'School URN', leadEmail: 'Safeguarding lead email' });
    expect(await countOf('agencies')).toBe(0);

    expect(await commitAgencyImport(ctx.db, ctx, file)).toEqual({ created: 3, updated: 0, skipped: 0 });
    const rows = await listAgencies(ctx.db);
    expect(rows.map((r) => [r.name, r.sectorName, r.duties, r.postcode, r.safeguardingLead])).toEqual([
      ['Little Acorns Nursery', 'Early years', ['s11', 'childcare'], 'NM3 4CD', null],
      ['Moorside NHS Trust', 'Health', ['s11'], null, 'Sam Patel'],
      ['Northmoor Primary School', 'Education', ['s175'], 'NM1 2AB', 'Jane Hollins'],
    ]);
    const history = await ctx.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'agency').execute();
    expect(history.map((h) => h.action)).toEqual(['import', 'import', 'import']);
    expect(history[0]!.summary).toBe('Imported Northmoor Primary School from agencies.csv row 2; safeguarding lead Jane Hollins');
    const contacts = await listContacts(ctx.db);
    expect(contacts.map((c) => [c.fullName, c.email, c.organisation, c.agencySummary])).toEqual([
      ['Jane Hollins', 'jane@northmoor.example', 'Northmoor Primary School', 'Safeguarding lead at Northmoor Primary School'],
      ['Sam Patel', 'sam@moorside.example', 'Moorside NHS Trust', 'Safeguarding lead at Moorside NHS Trust'],
    ]);
  });

  it('imports an XLSX built in Excel style, with Y/N duty columns', async () => {
    const file = await xlsxFile('register.xlsx', [
      ['Name', 'Sector', 'S11', 'S175', 'Childcare', 'Charity number', 'ODS code'],
      ['Northmoor Youth Trust', 'Voluntary and community', 'Y', 'N', '', 1123456, null],
      ['Eastfield Health Centre', 'Health', 'x', '', 'TRUE', null, 'rxy12'],
    ]);
    expect(await commitAgencyImport(ctx.db, ctx, file)).toEqual({ created: 2, updated: 0, skipped: 0 });
    const rows = await listAgencies(ctx.db);
    expect(rows.map((r) => [r.name, r.duties, r.charityNumber, r.odsCode])).toEqual([
      ['Eastfield Health Centre', ['s11', 'childcare'], null, 'RXY12'],
      ['Northmoor Youth Trust', ['s11'], '1123456', null],
    ]);
  });

  it('reads a "tidied" spreadsheet: title row, renamed and reordered columns, blank rows, numeric URN, trailing spaces', async () => {
    const file = await xlsxFile('Schools list FINAL v3 (2).xlsx', [
      ['Schools and settings - updated by Business Unit 14/11/2024'],
      [],
      ['Post code ', 'Organisation', 'URN', 'DSL', 'DSL email', 'Sector', 'Town/City'],
      ['nm1 2ab ', 'Northmoor Primary School  ', 123456, 'Jane Hollins ', 'Jane@Northmoor.example ', 'education ', ' Northmoor'],
      [],
      [],
      ['KB2 9XY', "St. Mary's C of E Academy", 100014, '', '', 'Education', 'Kirkby Vale'],
      [],
    ]);
    const preview = await previewAgencyImport(ctx.db, file);
    expect(preview.sheetName).toBe('Sheet1');
    expect(preview.mapping).toEqual({
      name: 'Organisation',
      sector: 'Sector',
      schoolUrn: 'URN',
      town: 'Town/City',
      postcode: 'Post code',
      leadName: 'DSL',
      leadEmail: 'DSL email',
    });
    expect(preview.rows.map((r) => [r.row, r.status, r.values.name, r.values.schoolUrn])).toEqual([
      [4, 'new', 'Northmoor Primary School', '123456'],
      [7, 'new', "St. Mary's C of E Academy", '100014'],
    ]);
    await commitAgencyImport(ctx.db, ctx, file);
    const school = (await listAgencies(ctx.db, { search: '123456' }))[0]!;
    expect(school).toMatchObject({ name: 'Northmoor Primary School', postcode: 'NM1 2AB', town: 'Northmoor', schoolUrn: '123456', safeguardingLead: 'Jane Hollins' });
    expect((await listContacts(ctx.db))[0]!.email).toBe('jane@northmoor.example');
  });

  it('accepts a CSV with a BOM and semicolons', async () => {
    const file = csvFile('export-from-excel.csv', '\uFEFFAgency name;Sector;Address line 1;Postcode\r\nCafé Crèche;Early years;1 High St, Northmoor;NM1 2AB\r\n');
    expect(await commitAgencyImport(ctx.db, ctx, file)).toMatchObject({ created: 1 });
    expect((await listAgencies(ctx.db))[0]).toMatchObject({ name: 'Café Crèche', sectorName: 'Early years', postcode: 'NM1 2AB' });
  });

  it('lets the user mapping override the automatic one, and "" leaves a column out', async () => {
    const file = csvFile('m.csv', 'Setting,Area,Notes,Kind\nAcorns,Northmoor,keep out,Early years\n');
    const preview = await previewAgencyImport(ctx.db, file, { town: 'Area', sector: 'Kind', notes: '' });
    expect(preview.mapping).toEqual({ name: 'Setting', town: 'Area', sector: 'Kind' });
    await commitAgencyImport(ctx.db, ctx, file, { town: 'Area', sector: 'Kind', notes: '' });
    const a = await getAgency(ctx.db, (await listAgencies(ctx.db))[0]!.id);
    expect(a).toMatchObject({ town: 'Northmoor', notes: null, sectorName: 'Early years' });
  });
});

describe('agency import: errors are all or nothing', () => {
  it('reports each problem as row, the user\'s column heading and a message', async () => {
    const file = csvFile('bad.csv', [
      'Name,Sector,URN,DSL,Email,Postcode,Duties',
      'Good School,Education,123456,Ann Head,head@good.example,NM1 2AB,s175',
      'Bad Email School,Education,234567,Bob Head,not-an-email,NM1 2AB,s175',
      ',Hospitals,12,,,ZZZ,s12',
    ].join('\n'));
    const preview = await previewAgencyImport(ctx.db, file);
    expect(preview.counts).toMatchObject({ total: 3, new: 1, error: 2 });
    expect(preview.rows[1]!.issues).toEqual([{ row: 3, column: 'Email', message: 'not an email address' }]);
    expect(preview.rows[2]!.issues).toEqual([
      { row: 4, column: 'Name', message: 'a name is required' },
      { row: 4, column: 'Sector', message: expect.stringMatching(/^"Hospitals" is not a sector; use one of: LA children's services, Health, Police, .*, Other$/) },
      { row: 4, column: 'Duties', message: '"s12" is not a duty; use s11, s175 or Childcare Act' },
      { row: 4, column: 'URN', message: 'a school URN is 6 digits' },
      { row: 4, column: 'Postcode', message: 'not a UK postcode' },
    ]);
  });

  it('writes nothing when one row is bad, and lists every error with the file name', async () => {
    await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('education'), { name: 'Existing School', schoolUrn: '111111' }));
    const before = await Promise.all(['agencies', 'contacts', 'agency_contacts', 'audit_log'].map((t) => countOf(t as 'agencies')));
    const file = csvFile('half-good.csv', [
      'Name,Sector,School URN,DSL,DSL email',
      'Existing School renamed,Education,111111,Ann Lee,ann@existing.example',
      'New School,Education,222222,Bob Roe,bob@new.example',
      'Broken School,Education,333333,Cat Poe,cat-at-broken',
    ].join('\n'));
    const err = await commitError(commitAgencyImport(ctx.db, ctx, file));
    expect(err.code).toBe('import_invalid');
    expect(err.message).toBe('half-good.csv: 1 row has errors; nothing was imported');
    expect(err.details).toEqual([{ file: 'half-good.csv', row: 4, field: 'DSL email', message: 'not an email address' }]);
    const after = await Promise.all(['agencies', 'contacts', 'agency_contacts', 'audit_log'].map((t) => countOf(t as 'agencies')));
    expect(after).toEqual(before);
    expect((await listAgencies(ctx.db))[0]!.name).toBe('Existing School');
  });

  it('refuses a file without a name column, and a corrupt workbook, naming the file', async () => {
    const noName = csvFile('no-name.csv', 'Sector,Town\nEducation,Leeds\n');
    const preview = await previewAgencyImport(ctx.db, noName);
    expect(preview.fileIssues).toEqual(['There is no column for Name: add a column headed "Name", or choose which column holds it.']);
    const err = await commitError(commitAgencyImport(ctx.db, ctx, noName));
    expect(err.message).toMatch(/^no-name\.csv: There is no column for Name.*Nothing was imported\.$/);
    const corrupt = await commitError(previewAgencyImport(ctx.db, { fileName: 'register.xlsx', contentBase64: Buffer.from('PK\u0003\u0004garbage').toString('base64') }));
    expect(corrupt.code).toBe('import_invalid');
    expect(corrupt.details[0]!.file).toBe('register.xlsx');
    expect(corrupt.message).toContain('register.xlsx could not be read');
  });
});

describe('agency import: matching and duplicates', () => {
  it('matches by identifier first, then by name and postcode, and flags repeats within the file', async () => {
    const edu = ctx.sectorId('education');
    const byUrn = await createAgency(ctx.db, ctx, agencyFields(edu, { name: 'Northmoor Primary', schoolUrn: '123456', notes: 'keep me' }));
    const byName = await createAgency(ctx.db, ctx, agencyFields(edu, { name: "St Mary's Infants", postcode: 'NM2 3EF' }));
    const file = csvFile('match.csv', [
      'Name,Sector,School URN,Postcode,Notes',
      'Northmoor Primary School,Education,123456,NM1 2AB,',
      'ST. MARYS INFANTS,Education,,nm2 3ef,',
      'Brand New School,Education,,NM5 5AA,',
      'Northmoor Primary (again),Education,123456,,',
      'brand new school,Education,,NM5 5AA,',
    ].join('\n'));
    const preview = await previewAgencyImport(ctx.db, file);
    expect(preview.rows.map((r) => [r.row, r.status, r.matchId, r.matchReason])).toEqual([
      [2, 'update', byUrn.id, 'school URN 123456'],
      [3, 'update', byName.id, 'name and postcode'],
      [4, 'new', null, null],
      [5, 'duplicate_in_file', byUrn.id, 'school URN 123456'],
      [6, 'duplicate_in_file', null, null],
    ]);
    expect(preview.rows[3]!.issues[0]!.message).toBe('the same agency as row 2 (school URN 123456); this row will be skipped');
    expect(preview.rows[4]!.issues[0]!.message).toBe('the same agency as row 4 (same name and postcode); this row will be skipped');
    expect(await commitAgencyImport(ctx.db, ctx, file)).toEqual({ created: 1, updated: 2, skipped: 2 });
    // Matched rows update what the file gives; empty cells leave values alone.
    expect(await getAgency(ctx.db, byUrn.id)).toMatchObject({ name: 'Northmoor Primary School', postcode: 'NM1 2AB', notes: 'keep me' });
    const history = await ctx.db.selectFrom('audit_log').select(['action', 'changes']).where('entity_id', '=', byUrn.id).where('entity_type', '=', 'agency').orderBy('id').execute();
    expect(history.map((h) => h.action)).toEqual(['create', 'import']);
    expect(JSON.parse(history[1]!.changes)).toEqual({ name: ['Northmoor Primary', 'Northmoor Primary School'], postcode: [null, 'NM1 2AB'] });
  });

  it('keeps agencies that share a name but not a postcode apart', async () => {
    const file = csvFile('shared.csv', 'Name,Sector,Postcode\nSt Mary\'s Primary School,Education,NM1 2AB\nSt Mary\'s Primary School,Education,KB4 4ZZ\n');
    expect(await commitAgencyImport(ctx.db, ctx, file)).toEqual({ created: 2, updated: 0, skipped: 0 });
    expect((await listAgencies(ctx.db)).map((a) => a.postcode).sort()).toEqual(['KB4 4ZZ', 'NM1 2AB']);
  });

  it('refuses a row whose identifiers belong to two different agencies', async () => {
    await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('education'), { name: 'School A', schoolUrn: '111111' }));
    await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('early_years'), { name: 'Nursery B', ofstedUrn: 'EY222222' }));
    const preview = await previewAgencyImport(ctx.db, csvFile('mixed.csv', 'Name,School URN,Ofsted URN\nSchool A,111111,EY222222\n'));
    expect(preview.rows[0]!.issues).toEqual([
      { row: 2, column: 'Ofsted URN', message: 'Ofsted URN EY222222 belongs to Nursery B, but school URN 111111 belongs to School A' },
    ]);
  });

  it('reuses an existing contact with the same email as the lead and re-importing changes nothing', async () => {
    const jane = await createContact(ctx.db, ctx, { fullName: 'Jane Hollins', jobTitle: null, email: 'jane@northmoor.example', phone: null, organisation: null, isBusinessUnit: false, isScrutineer: false, notes: null });
    const file = csvFile('leads.csv', 'Name,Sector,DSL email,DSL phone\nNorthmoor Primary,Education,JANE@northmoor.example,01632 960000\nNorthmoor Infants,Education,jane@northmoor.example,\n');
    expect(await commitAgencyImport(ctx.db, ctx, file)).toEqual({ created: 2, updated: 0, skipped: 0 });
    const contacts = await listContacts(ctx.db);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ id: jane.id, phone: '01632 960000', agencySummary: 'Safeguarding lead at Northmoor Infants; Safeguarding lead at Northmoor Primary' });
    expect(await commitAgencyImport(ctx.db, ctx, file)).toEqual({ created: 0, updated: 0, skipped: 2 });
  });

  it('previews 2,000 rows with a fixed number of queries and imports them all', async () => {
    const lines = ['Name,Sector,Duties,School URN,Ofsted URN,Postcode,DSL,DSL email'];
    for (let i = 0; i < 2000; i++) {
      const school = i % 2 === 0;
      lines.push(`Setting ${i},${school ? 'Education' : 'Early years'},${school ? 's175' : 'childcare'},${school ? 100000 + i : ''},${school ? '' : `EY${String(300000 + i)}`},NM${1 + (i % 9)} ${i % 10}AB,Lead ${i},lead${i}@example.org`);
    }
    const file = csvFile('big.csv', lines.join('\n'));
    let queries = 0;
    const counted = ctx.db.withPlugin({
      transformQuery: (args) => {
        queries++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const preview = await previewAgencyImport(counted, file);
    expect(preview.counts).toMatchObject({ total: 2000, new: 2000, error: 0 });
    // Matching reads lookups once; a per-row query would make this 2,000 or more.
    expect(queries).toBeLessThanOrEqual(5);
    expect(await commitAgencyImport(ctx.db, ctx, file)).toEqual({ created: 2000, updated: 0, skipped: 0 });
    expect(await countOf('agencies')).toBe(2000);
    expect(await countOf('agency_contacts')).toBe(2000);
  });
});
