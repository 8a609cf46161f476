import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/backend/errors';
import { createAgency, getAgency, listAgencies, setAgencyActive, updateAgency } from '../../electron/backend/services/agencies';
import { createContact, linkContact } from '../../electron/backend/services/contacts';
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

const caught = async (p: Promise<unknown>): Promise<AppError> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
};

describe('createAgency', () => {
  it('stores the agency with a name key, normalised identifiers and a create history row', async () => {
    const a = await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('early_years'), {
      name: "St. Mary's  Nursery & Pre-school",
      duties: ['childcare', 's11', 'childcare'],
      ofstedUrn: 'ey123456',
      postcode: 'NM1 2AB',
    }));
    expect(a).toMatchObject({ name: "St. Mary's Nursery & Pre-school", sectorName: 'Early years', duties: ['s11', 'childcare'], ofstedUrn: 'EY123456', active: true });
    const row = await ctx.db.selectFrom('agencies').select('name_key').where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(row.name_key).toBe('st marys nursery and pre school');
    const history = await listHistory(ctx.db, 'agency', a.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'create', userName: 'tester', at: '2026-11-22T10:00:00.000Z' });
    expect(history[0]!.changes.name).toEqual([null, "St. Mary's Nursery & Pre-school"]);
    expect(history[0]!.changes.sector).toEqual([null, 'Early years']);
  });

  it('refuses an identifier another agency holds, naming that agency, and writes nothing', async () => {
    await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('education'), { schoolUrn: '123456' }));
    const err = await caught(createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('education'), { name: 'Other School', schoolUrn: '123456' })));
    expect(err.code).toBe('conflict');
    expect(err.message).toBe('School URN 123456 already belongs to Northmoor Primary School.');
    expect(await listAgencies(ctx.db, { includeInactive: true })).toHaveLength(1);
  });

  it('refuses a sector that is no longer in use', async () => {
    await ctx.db.updateTable('sectors').set({ active: 0 }).where('id', '=', ctx.sectorId('sport')).execute();
    const err = await caught(createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('sport'))));
    expect(err.code).toBe('validation');
    expect(err.message).toContain('Sport and leisure is no longer in use');
  });
});

describe('updateAgency', () => {
  it('changes only the patched fields and records before and after', async () => {
    const a = await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('education'), { duties: ['s175'], town: 'Northmoor', schoolUrn: '111111' }));
    const b = await updateAgency(ctx.db, ctx, a.id, { town: 'Eastfield', postcode: 'nm12ab' });
    expect(b).toMatchObject({ town: 'Eastfield', postcode: 'NM1 2AB', duties: ['s175'], schoolUrn: '111111' });
    const h = await listHistory(ctx.db, 'agency', a.id);
    expect(h.map((e) => e.action)).toEqual(['update', 'create']);
    expect(h[0]!.changes).toEqual({ town: ['Northmoor', 'Eastfield'], postcode: [null, 'NM1 2AB'] });
  });

  it('keeps the name key in step with a rename', async () => {
    const a = await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('education')));
    await updateAgency(ctx.db, ctx, a.id, { name: 'Northmoor C of E Primary' });
    expect((await listAgencies(ctx.db, { search: 'c of e' })).map((r) => r.id)).toEqual([a.id]);
  });

  it('refuses to take another agency\'s identifier and rejects an invalid merged record', async () => {
    await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('health'), { name: 'Northmoor NHS Trust', odsCode: 'RXY' }));
    const b = await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('health'), { name: 'Eastfield Clinic' }));
    const clash = await caught(updateAgency(ctx.db, ctx, b.id, { odsCode: 'rxy' }));
    expect(clash.message).toBe('ODS code RXY already belongs to Northmoor NHS Trust.');
    const bad = await caught(updateAgency(ctx.db, ctx, b.id, { schoolUrn: '12' }));
    expect(bad.code).toBe('validation');
    expect(bad.details).toEqual([{ field: 'schoolUrn', message: 'a school URN is 6 digits' }]);
  });

  it('records no history for an update that changes nothing', async () => {
    const a = await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('police'), { name: 'Northmoor Police' }));
    await updateAgency(ctx.db, ctx, a.id, { name: 'Northmoor Police' });
    expect(await listHistory(ctx.db, 'agency', a.id)).toHaveLength(1);
  });
});

describe('setAgencyActive', () => {
  it('deactivates with a reason, never deletes, and can reactivate', async () => {
    const a = await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('education')));
    const off = await setAgencyActive(ctx.db, ctx, a.id, false, 'Closed August 2026');
    expect(off).toMatchObject({ active: false, deactivatedReason: 'Closed August 2026' });
    expect(await listAgencies(ctx.db)).toHaveLength(0);
    expect(await listAgencies(ctx.db, { includeInactive: true })).toHaveLength(1);
    const on = await setAgencyActive(ctx.db, ctx, a.id, true);
    expect(on).toMatchObject({ active: true, deactivatedReason: null });
    const h = await listHistory(ctx.db, 'agency', a.id);
    expect(h.map((e) => e.action)).toEqual(['reactivate', 'deactivate', 'create']);
    expect(h[1]!.changes.active).toEqual([true, false]);
    expect(h[1]!.summary).toBe('Deactivated Northmoor Primary School: Closed August 2026');
  });

  it('throws not_found for an unknown agency', async () => {
    expect((await caught(setAgencyActive(ctx.db, ctx, 999, false))).code).toBe('not_found');
  });
});

describe('listAgencies', () => {
  const seed = async () => {
    const edu = ctx.sectorId('education');
    const school = await createAgency(ctx.db, ctx, agencyFields(edu, { name: "St Mary's Primary", duties: ['s175'], schoolUrn: '100014', town: 'Kirkby Vale', postcode: 'KB1 2CD' }));
    const nursery = await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('early_years'), { name: 'Little Acorns Nursery', duties: ['childcare', 's11'], ofstedUrn: 'EY300001', town: 'Northmoor' }));
    const trust = await createAgency(ctx.db, ctx, agencyFields(ctx.sectorId('health'), { name: 'Moorside NHS Trust', duties: ['s11'], odsCode: 'RX1' }));
    const closed = await createAgency(ctx.db, ctx, agencyFields(edu, { name: 'Old Moorside School', duties: ['s175'] }));
    await setAgencyActive(ctx.db, ctx, closed.id, false, 'closed');
    return { school, nursery, trust, closed };
  };

  it('filters by sector, duty and activity', async () => {
    const { school, nursery, trust, closed } = await seed();
    const ids = async (f: Parameters<typeof listAgencies>[1]) => (await listAgencies(ctx.db, f)).map((r) => r.id).sort();
    expect(await ids({})).toEqual([school.id, nursery.id, trust.id].sort());
    expect(await ids({ includeInactive: true })).toHaveLength(4);
    expect(await ids({ sectorIds: [ctx.sectorId('education')], includeInactive: true })).toEqual([school.id, closed.id].sort());
    expect(await ids({ duty: 's11' })).toEqual([nursery.id, trust.id].sort());
    expect(await ids({ duty: 'childcare', sectorIds: [ctx.sectorId('health')] })).toEqual([]);
  });

  it('searches name, town, postcode and identifiers, ignoring case and punctuation', async () => {
    const { school, nursery, trust } = await seed();
    const ids = async (search: string) => (await listAgencies(ctx.db, { search })).map((r) => r.id).sort();
    expect(await ids('ST. MARYS')).toEqual([school.id]);
    expect(await ids('moorside')).toEqual([trust.id]);
    expect(await ids('kirkby')).toEqual([school.id]);
    expect(await ids('kb12cd')).toEqual([school.id]);
    expect(await ids('100014')).toEqual([school.id]);
    expect(await ids('ey300001')).toEqual([nursery.id]);
    expect(await ids('rx1')).toEqual([trust.id]);
    expect(await ids('50%')).toEqual([]);
  });

  it('shows the safeguarding lead and counts active contacts', async () => {
    const { school } = await seed();
    const lead = await createContact(ctx.db, ctx, { fullName: 'Jane Hollins', jobTitle: null, email: 'jane@stmarys.example', phone: null, organisation: null, isBusinessUnit: false, isScrutineer: false, notes: null });
    const deputy = await createContact(ctx.db, ctx, { fullName: 'Sam Patel', jobTitle: null, email: null, phone: null, organisation: null, isBusinessUnit: false, isScrutineer: false, notes: null });
    await linkContact(ctx.db, ctx, lead.id, school.id, 'safeguarding_lead');
    await linkContact(ctx.db, ctx, lead.id, school.id, 'senior_manager');
    await linkContact(ctx.db, ctx, deputy.id, school.id, 'deputy_lead');
    const row = (await listAgencies(ctx.db, { search: 'st marys' }))[0]!;
    expect(row).toMatchObject({ safeguardingLead: 'Jane Hollins', contactCount: 2, sectorName: 'Education', duties: ['s175'] });
    const detail = await getAgency(ctx.db, school.id);
    expect(detail.contacts.map((c) => [c.fullName, c.role])).toEqual([
      ['Jane Hollins', 'safeguarding_lead'],
      ['Sam Patel', 'deputy_lead'],
      ['Jane Hollins', 'senior_manager'],
    ]);
  });
});
