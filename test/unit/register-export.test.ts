import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgencyFields } from '../../shared/domain/agency';
import { DUTIES } from '../../shared/domain/enums';
import { commitAgencyImport } from '../../electron/backend/io/agencies-import';
import { commitContactImport } from '../../electron/backend/io/contacts-import';
import { exportAgenciesXlsx, exportContactsXlsx, XLSX_MIME } from '../../electron/backend/io/register-export';
import { createAgency, getAgency, listAgencies, setAgencyActive } from '../../electron/backend/services/agencies';
import { createContact, linkContact, listContacts } from '../../electron/backend/services/contacts';
import { makeTestContext, TEST_NOW, type TestContext } from '../helpers/context';
import { agencyFields, readXlsx } from '../helpers/register-files';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await makeTestContext();
});
afterEach(async () => {
  await ctx.close();
});

const upload = (f: { fileName: string; contentBase64: string }) => ({ fileName: f.fileName, contentBase64: f.contentBase64 });

/** Agencies as comparable data: no ids or timestamps. */
const registerOf = async (c: TestContext) =>
  Promise.all(
    (await listAgencies(c.db, { includeInactive: true })).map(async (row) => {
      const { id: _i, createdAt: _c, updatedAt: _u, sectorId: _s, contacts, ...rest } = await getAgency(c.db, row.id);
      return { ...rest, contacts: contacts.map((k) => [k.fullName, k.email, k.phone, k.role]) };
    }),
  );

async function seedRegister() {
  const edu = ctx.sectorId('education');
  const school = await createAgency(ctx.db, ctx, agencyFields(edu, {
    name: "St. Mary's C of E Primary & Nursery",
    duties: ['s175', 'childcare'],
    schoolUrn: '012345',
    ofstedUrn: 'EY123456',
    addressLine1: '1 Church Lane, Upper Town',
    addressLine2: 'Kirkby',
    town: 'Kirkby Vale',
    postcode: 'KB1 2CD',
    notes: '=not a formula\nsecond line',
  }));
  const trust = await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('health'), { name: 'Moorside NHS Trust', duties: ['s11'], odsCode: 'RX1' }));
  const charity = await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('voluntary'), { name: 'Northmoor Youth Trust', duties: ['s11'], charityNumber: '1123456' }));
  const closed = await createAgency(ctx.db, ctx, agencyFields(edu, { name: 'Old School', duties: ['s175'] }));
  await setAgencyActive(ctx.db, ctx, closed.id, false, 'closed 2025');
  const jane = await createContact(ctx.db, ctx, { fullName: 'Jane Hollins', jobTitle: 'Headteacher', email: 'jane@stmarys.example', phone: '01632 960001', organisation: "St Mary's", isBusinessUnit: false, isScrutineer: false, notes: null });
  const sam = await createContact(ctx.db, ctx, { fullName: 'Sam Patel', jobTitle: null, email: null, phone: '07700 900123', organisation: 'Moorside', isBusinessUnit: false, isScrutineer: false, notes: null });
  const bu = await createContact(ctx.db, ctx, { fullName: 'Pat Officer', jobTitle: 'Business manager', email: 'pat@scp.example', phone: null, organisation: 'NSCP', isBusinessUnit: true, isScrutineer: false, notes: null });
  await linkContact(ctx.db, ctx, jane.id, school.id, 'safeguarding_lead');
  await linkContact(ctx.db, ctx, jane.id, charity.id, 'representative');
  await linkContact(ctx.db, ctx, sam.id, trust.id, 'safeguarding_lead');
  return { school, trust, charity, closed, jane, sam, bu };
}

describe('register export', () => {
  it('writes a formatted workbook whose headings the importer maps by itself', async () => {
    await seedRegister();
    const file = await exportAgenciesXlsx(ctx.db, { now: TEST_NOW });
    expect(file.fileName).toBe('agencies-2026-11-22.xlsx');
    expect(file.mimeType).toBe(XLSX_MIME);
    const ws = (await readXlsx(file.contentBase64)).worksheets[0]!;
    expect(ws.name).toBe('Agencies');
    expect(ws.getRow(1).values).toEqual([
      undefined, 'Name', 'Sector', 'Duties', 'School URN', 'Ofsted URN', 'ODS code', 'Charity number', 'Address line 1', 'Address line 2',
      'Town', 'Postcode', 'Notes', 'Safeguarding lead', 'Safeguarding lead email', 'Safeguarding lead phone',
    ]);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(1).width).toBeGreaterThan(20);
    expect(ws.actualRowCount).toBe(4);
    const school = ws.getRow(4);
    expect(school.getCell(1).value).toBe("St. Mary's C of E Primary & Nursery");
    expect(school.getCell(3).value).toBe('s175/157; Childcare Act');
    // Identifiers are text, so a leading zero survives Excel.
    expect(school.getCell(4).value).toBe('012345');
    expect(school.getCell(12).value).toBe('=not a formula\nsecond line');
    expect(school.getCell(13).value).toBe('Jane Hollins');
    const withInactive = await readXlsx((await exportAgenciesXlsx(ctx.db, { includeInactive: true, now: TEST_NOW })).contentBase64);
    const rows = withInactive.worksheets[0]!;
    expect(rows.actualRowCount).toBe(5);
    expect(rows.getRow(1).getCell(16).value).toBe('Status');
    const statuses = [2, 3, 4, 5].map((n) => [rows.getRow(n).getCell(1).value, rows.getRow(n).getCell(16).value]);
    expect(statuses).toContainEqual(['Old School', 'Inactive: closed 2025']);
    expect(statuses).toContainEqual(['Moorside NHS Trust', 'Active']);
  });

  it('round trip: re-importing an export into the same register changes nothing', async () => {
    await seedRegister();
    const before = await registerOf(ctx);
    const agencies = await exportAgenciesXlsx(ctx.db, { includeInactive: true, now: TEST_NOW });
    const historyBefore = await ctx.db.selectFrom('audit_log').select('id').execute();
    expect(await commitAgencyImport(ctx.db, ctx, upload(agencies))).toEqual({ created: 0, updated: 0, skipped: 4 });
    const contacts = await exportContactsXlsx(ctx.db, { now: TEST_NOW });
    expect(contacts.fileName).toBe('contacts-2026-11-22.xlsx');
    expect(await commitContactImport(ctx.db, ctx, upload(contacts))).toEqual({ created: 0, updated: 0, skipped: 4 });
    expect(await registerOf(ctx)).toEqual(before);
    expect(await ctx.db.selectFrom('audit_log').select('id').execute()).toHaveLength(historyBefore.length);
  });

  it('round trip: an export rebuilds the register and contacts in an empty database', async () => {
    await seedRegister();
    const agencies = await exportAgenciesXlsx(ctx.db, { now: TEST_NOW });
    const contacts = await exportContactsXlsx(ctx.db, { now: TEST_NOW });
    const fresh = await makeTestContext();
    try {
      expect(await commitAgencyImport(fresh.db, fresh, upload(agencies))).toEqual({ created: 3, updated: 0, skipped: 0 });
      // The leads came with the agencies; the contacts file adds the rest and finds the leads by email.
      expect(await commitContactImport(fresh.db, fresh, upload(contacts))).toMatchObject({ created: 1 });
      const active = (await registerOf(ctx)).filter((a) => a.active);
      const rebuilt = await registerOf(fresh);
      expect(rebuilt.map(({ contacts: _k, ...a }) => a)).toEqual(active.map(({ contacts: _k, ...a }) => a));
      const summary = async (c: TestContext) => (await listContacts(c.db)).map((k) => [k.fullName, k.email, k.phone, k.jobTitle, k.agencySummary]);
      expect(await summary(fresh)).toEqual(await summary(ctx));
    } finally {
      await fresh.close();
    }
  });
});

// Text as people type it: accents, apostrophes, ampersands, a leading "=", commas and semicolons.
const CHARS = [...'abcdeyzABCXYZ019 &\'’-.,;:()/=+é£"'];
const text = (max: number) =>
  fc.string({ unit: fc.constantFrom(...CHARS), maxLength: max }).map((s) => s.trim().replace(/\s+/g, ' '));
const postcode = fc.tuple(fc.constantFrom('NM', 'KB', 'W'), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom('AB', 'ZZ', 'QX')).map(([a, n, d, b]) => `${a}${n} ${d}${b}`);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const agencyArb = fc.record({
  name: text(40).filter((s) => s.length > 0),
  sector: fc.constantFrom('education', 'health', 'early_years', 'voluntary', 'other'),
  duties: fc.subarray([...DUTIES]),
  hasUrn: fc.boolean(),
  ofsted: fc.boolean(),
  addressLine1: maybe(text(30)),
  town: maybe(text(20)),
  postcode: maybe(postcode),
  notes: maybe(fc.string({ unit: fc.constantFrom(...CHARS, '\n'), maxLength: 60 }).map((s) => s.trim())),
});

describe('register export property', () => {
  it('any valid set of agencies survives export then import unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(agencyArb, { minLength: 1, maxLength: 6 }), async (specs) => {
        const source = await makeTestContext();
        const target = await makeTestContext();
        try {
          for (const [i, s] of specs.entries()) {
            const fields: AgencyFields = agencyFields(source.sectorId(s.sector), {
              // The index keeps records distinct, as the register's own rules would.
              name: `${s.name} ${i}`,
              duties: s.duties,
              schoolUrn: s.hasUrn ? String(100000 + i) : null,
              ofstedUrn: s.ofsted ? `EY${String(500000 + i)}` : null,
              addressLine1: s.addressLine1 || null,
              town: s.town || null,
              postcode: s.postcode,
              notes: s.notes || null,
            });
            await createAgency(source.db, source, fields);
          }
          const file = await exportAgenciesXlsx(source.db, { now: TEST_NOW });
          const result = await commitAgencyImport(target.db, target, upload(file));
          expect(result).toEqual({ created: specs.length, updated: 0, skipped: 0 });
          expect(await registerOf(target)).toEqual(await registerOf(source));
        } finally {
          await source.close();
          await target.close();
        }
      }),
      { numRuns: 25, seed: 20261122 },
    );
  });
});
