import { afterEach, describe, expect, it } from 'vitest';
import { loadTargets } from '../../electron/backend/services/answers-write';
import { createCycle, getCycle, listCycles, setScope, updateCycle } from '../../electron/backend/services/cycles';
import { duplicateFramework, saveFramework } from '../../electron/backend/services/framework-write';
import { getFramework } from '../../electron/backend/services/frameworks';
import { listHistory } from '../../electron/backend/services/history';
import { call } from '../helpers/backend';
import { failure, trackerFixture } from '../helpers/tracker-fixtures';

type Fixture = Awaited<ReturnType<typeof trackerFixture>>;
let f: Fixture;
afterEach(async () => {
  await f?.b.close();
});

describe('opening a cycle', () => {
  it('opens with the agencies in scope, counts per sector, a default chaser template, and history', async () => {
    f = await trackerFixture();
    const { ids } = f;
    const c = await createCycle(f.ctx.db, f.ctx, f.cycleInput(), [ids.alder, ids.birch, ids.elm, ids.alder]);
    expect(c).toMatchObject({ status: 'open', inScope: 3, returned: 0, historical: false, previousCycleId: null, frameworkVersion: 'test v1' });
    expect(c.scopeBySector.map((s) => [s.sectorName, s.count])).toEqual([['Health', 1], ['Education', 2]]);
    expect(c.chaserTemplate.subject).toBe('Reminder: {cycle} self-assessment due {deadline}');
    expect(c.chaserTemplate.body).toMatch(/\{sender\}[\s\S]*\{partnership\}/);
    const history = await listHistory(f.ctx.db, 'cycle', c.id);
    expect(history[0]).toMatchObject({ action: 'create', userName: 'tester' });
    expect(history[0]!.summary).toContain('3 agencies in scope');
    expect((await listCycles(f.ctx.db)).map((x) => x.id)).toEqual([c.id]);
  });

  it('is a draft until it has a launch date', async () => {
    f = await trackerFixture();
    const c = await createCycle(f.ctx.db, f.ctx, f.cycleInput({ launchDate: null, initialDeadline: null, finalDeadline: null }), []);
    expect(c.status).toBe('draft');
    expect((await updateCycle(f.ctx.db, f.ctx, c.id, { launchDate: '2026-04-01', status: 'open' })).status).toBe('open');
  });

  it('freezes the framework version it uses', async () => {
    f = await trackerFixture();
    expect((await getFramework(f.ctx.db, f.framework.id)).frozen).toBe(false);
    await createCycle(f.ctx.db, f.ctx, f.cycleInput(), [f.ids.alder]);
    const fw = await getFramework(f.ctx.db, f.framework.id);
    expect(fw).toMatchObject({ frozen: true, status: 'published' });
    const err = await failure(saveFramework(f.ctx.db, f.ctx, fw.id, fw.doc));
    expect(err.code).toBe('frozen');
  });

  it('refuses an inactive agency, naming it, and creates nothing', async () => {
    f = await trackerFixture();
    const err = await failure(createCycle(f.ctx.db, f.ctx, f.cycleInput(), [f.ids.alder, f.ids.closed]));
    expect(err.code).toBe('validation');
    expect(err.message).toContain('Closed Youth Club');
    expect(err.details[0]).toMatchObject({ field: 'agencyIds', message: 'Closed Youth Club is inactive' });
    expect(await listCycles(f.ctx.db)).toEqual([]);
    expect((await getFramework(f.ctx.db, f.framework.id)).frozen).toBe(false);
  });

  it('links the previous cycle of the same type, not of another type', async () => {
    f = await trackerFixture();
    const first = await createCycle(f.ctx.db, f.ctx, f.cycleInput({ name: 'S.11 2024', launchDate: '2024-02-01', initialDeadline: '2024-03-29', finalDeadline: null }), [f.ids.birch]);
    const schools = await createCycle(f.ctx.db, f.ctx, f.cycleInput({ name: 'S.175 2025', cycleType: 's175', launchDate: '2025-02-01', initialDeadline: null, finalDeadline: null }), [f.ids.alder]);
    const second = await createCycle(f.ctx.db, f.ctx, f.cycleInput(), [f.ids.birch]);
    expect(second.previousCycleId).toBe(first.id);
    expect(schools.previousCycleId).toBeNull();
    expect((await listCycles(f.ctx.db)).map((c) => c.name)).toEqual(['S.11 Self-Assessment Audit 2026', 'S.175 2025', 'S.11 2024']);
  });

  it('refuses deadlines in the wrong order on update, naming the field', async () => {
    f = await trackerFixture();
    const c = await createCycle(f.ctx.db, f.ctx, f.cycleInput(), []);
    const err = await failure(updateCycle(f.ctx.db, f.ctx, c.id, { initialDeadline: '2026-01-01' }));
    expect(err.details).toContainEqual({ field: 'initialDeadline', message: 'the initial deadline is before the launch date' });
    const t = { subject: 'Chasing {agency}', body: 'Dear {lead}, please send it by {finalDeadline}.' };
    const u = await updateCycle(f.ctx.db, f.ctx, c.id, { chaserTemplate: t, status: 'closed', name: 'Renamed' });
    expect(u).toMatchObject({ chaserTemplate: t, status: 'closed', name: 'Renamed', initialDeadline: '2026-03-27' });
    const h = await listHistory(f.ctx.db, 'cycle', c.id);
    expect(h[0]!.changes).toMatchObject({ status: ['open', 'closed'], name: ['S.11 Self-Assessment Audit 2026', 'Renamed'] });
  });
});

describe('scope', () => {
  it('adds and removes agencies, and refuses to remove one with answers, changing nothing', async () => {
    f = await trackerFixture();
    const c = await createCycle(f.ctx.db, f.ctx, f.cycleInput(), [f.ids.alder, f.ids.birch]);
    const s = await setScope(f.ctx.db, f.ctx, c.id, [f.ids.cedar], [f.ids.birch]);
    expect(s.inScope).toBe(2);
    expect(s.scopeBySector.map((x) => x.sectorName)).toEqual(['Police', 'Education']);
    await f.answer(await f.cycleAgencyId(c.id, f.ids.alder), f.framework.id, [{ number: '1.1', rating: 'Good' }]);
    const err = await failure(setScope(f.ctx.db, f.ctx, c.id, [f.ids.damson], [f.ids.alder]));
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('Alder Primary School already has answers');
    expect(err.details).toEqual([{ field: 'remove', message: 'Alder Primary School has answers in this cycle' }]);
    const after = await getCycle(f.ctx.db, c.id);
    expect(after.inScope).toBe(2);
    expect(after.scopeBySector.map((x) => x.sectorName)).toEqual(['Police', 'Education']);
    const inactive = await failure(setScope(f.ctx.db, f.ctx, c.id, [f.ids.closed], []));
    expect(inactive.message).toContain('Closed Youth Club');
    const h = await listHistory(f.ctx.db, 'cycle', c.id);
    expect(h[0]!.summary).toBe(`Scope of ${c.name}: 1 added, 1 removed`);
    expect(h[0]!.changes).toMatchObject({ added: [null, ['Cedar Police']], removed: [['Birch Health Trust'], null] });
  });

  it('is reachable through the API', async () => {
    f = await trackerFixture();
    const c = await call(f.b, 'cycles.create', { cycle: f.cycleInput(), agencyIds: [f.ids.alder] });
    const s = await call(f.b, 'cycles.setScope', { id: c.id, add: [f.ids.birch] });
    expect(s.inScope).toBe(2);
    expect((await call(f.b, 'cycles.get', { id: c.id })).inScope).toBe(2);
    expect((await call(f.b, 'cycles.list')).map((x: { id: number }) => x.id)).toContain(c.id);
  });
});

describe('copy forward', () => {
  it('carries answers and evidence to a new framework version, matching items by number', async () => {
    f = await trackerFixture();
    const { ctx, ids } = f;
    const old = await createCycle(ctx.db, ctx, f.cycleInput({ name: 'S.11 2024', launchDate: '2024-02-01', initialDeadline: '2024-03-29', finalDeadline: null }), [ids.alder, ids.cedar]);
    const alderOld = await f.cycleAgencyId(old.id, ids.alder);
    const fwOld = await f.answer(alderOld, f.framework.id, [
      { number: '1', rating: 'G', evidence: 'Board minutes' },
      { number: '1.1', rating: 'Good', evidence: 'Named lead in post', improvement: 'Refresh training' },
      { number: '1.2', notApplicable: true, naReason: 'No volunteers' },
      { number: '1.6', rating: 'RI', evidence: 'Dropped next time' },
    ]);
    const key11 = fwOld.itemByNumber.get('1.1')!.key;
    await f.moderate(alderOld, key11, 'RI');
    await ctx.db
      .insertInto('evidence_files')
      .values([
        { cycle_agency_id: alderOld, target_key: key11, kind: 'file', file_name: 'policy.pdf', stored_path: 'ab/abcdef.pdf', sha256: 'abcdef', size_bytes: 1234, url: null, carried_forward: 0, added_at: '2024-03-01T10:00:00.000Z', added_by: 'old user' },
        { cycle_agency_id: alderOld, target_key: key11, kind: 'link', file_name: null, stored_path: null, sha256: null, size_bytes: null, url: 'https://example.org/policy', carried_forward: 0, added_at: '2024-03-01T10:00:00.000Z', added_by: 'old user' },
        { cycle_agency_id: alderOld, target_key: fwOld.itemByNumber.get('1.6')!.key, kind: 'link', file_name: null, stored_path: null, sha256: null, size_bytes: null, url: 'https://example.org/gone', carried_forward: 0, added_at: '2024-03-01T10:00:00.000Z', added_by: 'old user' },
      ])
      .execute();

    // The next version renumbers nothing but drops item 1.6; its ids are all new.
    const v2 = await duplicateFramework(ctx.db, ctx, f.framework.id, 'test v2');
    const doc = structuredClone(v2.doc);
    doc.standards[0]!.items = doc.standards[0]!.items.filter((i) => i.number !== '1.6');
    await saveFramework(ctx.db, ctx, v2.id, doc);

    const next = await createCycle(ctx.db, ctx, f.cycleInput({ frameworkId: v2.id }), [ids.alder, ids.birch], old.id);
    expect(next.previousCycleId).toBe(old.id);
    const alderNew = await f.cycleAgencyId(next.id, ids.alder);
    const rows = await ctx.db.selectFrom('answers').selectAll().where('cycle_agency_id', '=', alderNew).orderBy('id').execute();
    const fwNew = await loadTargets(ctx.db, v2.id);
    const byNumber = new Map(rows.map((r) => [fwNew.byKey.get(r.target_key)!.number, r]));
    expect([...byNumber.keys()].sort()).toEqual(['1', '1.1', '1.2']);
    expect(byNumber.get('1.1')).toMatchObject({
      target_key: fwNew.itemByNumber.get('1.1')!.key,
      self_code: 'G',
      evidence: 'Named lead in post',
      improvement: 'Refresh training',
      moderated_code: null,
      carried_forward: 1,
      source: 'carried',
    });
    expect(byNumber.get('1.1')!.target_key).not.toBe(key11);
    expect(byNumber.get('1.2')).toMatchObject({ self_na: 1, na_reason: 'No volunteers' });
    const evidence = await ctx.db.selectFrom('evidence_files').selectAll().where('cycle_agency_id', '=', alderNew).orderBy('id').execute();
    expect(evidence.map((e) => [e.kind, e.stored_path ?? e.url, e.carried_forward, e.target_key])).toEqual([
      ['file', 'ab/abcdef.pdf', 1, fwNew.itemByNumber.get('1.1')!.key],
      ['link', 'https://example.org/policy', 1, fwNew.itemByNumber.get('1.1')!.key],
    ]);
    const scope = await ctx.db.selectFrom('cycle_agencies').select(['agency_id', 'carried_forward']).where('cycle_id', '=', next.id).execute();
    expect(Object.fromEntries(scope.map((s) => [s.agency_id, s.carried_forward]))).toEqual({ [ids.alder]: 1, [ids.birch]: 0 });
    // The old cycle is untouched.
    expect(await ctx.db.selectFrom('answers').select('id').where('cycle_agency_id', '=', alderOld).execute()).toHaveLength(4);
    const returnHistory = await listHistory(ctx.db, 'return', alderNew);
    expect(returnHistory[0]!.summary).toBe('Answers carried forward from S.11 2024');
    expect((await listHistory(ctx.db, 'cycle', next.id))[0]!.summary).toContain('carried forward 3 answers and 2 evidence items for 1 agency from S.11 2024');
  });

  it('refuses to copy from a cycle that does not exist', async () => {
    f = await trackerFixture();
    const err = await failure(createCycle(f.ctx.db, f.ctx, f.cycleInput(), [f.ids.alder], 999));
    expect(err.details).toEqual([{ field: 'copyForwardFrom', message: 'choose an earlier cycle' }]);
    expect(await listCycles(f.ctx.db)).toEqual([]);
  });
});
