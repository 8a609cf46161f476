import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_BUCKETS, type ActionBoard, type ActionBucket, type ActionFilter, type ActionRow } from '../../shared/domain/action';
import { actionBoard, countByIndex, countInOnePass, narrows } from '../../electron/backend/services/actions-board';
import { bucketDates } from '../../electron/backend/services/actions-query';
import { listActions } from '../../electron/backend/services/actions-read';
import { call } from '../helpers/backend';
import { actionFixture, type ActionFixture } from '../helpers/action-fixture';

// "Today" is London's date whatever the machine's zone: run these in a zone far from it, so a test that
// passes only because the machine happens to be in UTC or London fails here.
beforeAll(() => {
  process.env.TZ = 'Asia/Tokyo';
});

let f: ActionFixture;
afterEach(async () => {
  await f?.b.close();
});

const ids = (rows: ActionRow[]) => rows.map((r) => r.id).sort((a, b) => a - b);
const list = (filter: ActionFilter) => call<ActionRow[]>(f.b, 'actions.list', filter);
const board = (filter: ActionFilter = {}) => call<ActionBoard>(f.b, 'actions.board', filter);

describe('deadline buckets on 22 November 2026', () => {
  it('counts each bucket exactly at its edges, and each list holds what its tile counts', async () => {
    f = await actionFixture('2026-08-01T10:00:00Z');
    // Made on 1 August: finished last quarter (I) and this quarter (J).
    const I = await f.create({ description: 'I', dueDate: '2026-10-31' });
    const J = await f.create({ description: 'J', dueDate: '2026-10-31' });
    f.setNow('2026-06-01T10:00:00Z');
    const L = await f.create({ description: 'L', dueDate: '2027-03-01' });
    const M = await f.create({ description: 'M', dueDate: '2027-03-01' });
    f.setNow('2026-08-24T10:00:00Z');
    const G = await f.create({ description: 'G', dueDate: '2027-03-01' });
    f.setNow('2026-08-25T10:00:00Z');
    const H = await f.create({ description: 'H', dueDate: '2027-03-01' });
    f.setNow('2026-11-22T10:00:00Z');
    const made = async (description: string, dueDate: string) => (await f.create({ description, dueDate })).id;
    const A = await made('A', '2026-11-21');
    const B = await made('B', '2026-11-22');
    const C = await made('C', '2026-11-30');
    const D = await made('D', '2026-12-01');
    const E = await made('E', '2026-12-22');
    const F = await made('F', '2026-12-23');
    const K = await made('K', '2026-12-01');
    await f.update(I.id, { date: '2026-09-30', status: 'complete' });
    await f.update(J.id, { date: '2026-10-01', status: 'complete' });
    await f.update(L.id, { date: '2026-09-01', text: 'Under way' });
    await f.update(M.id, { date: '2026-08-24', text: 'Under way' });
    await f.update(K, { status: 'dropped', droppedReason: 'No longer needed' });

    const expected: Record<ActionBucket, number[]> = {
      open: [A, B, C, D, E, F, G.id, H.id, L.id, M.id],
      overdue: [A],
      due_30: [B, C, D, E],
      due_this_month: [B, C],
      no_update_90: [G.id, M.id],
      completed_this_quarter: [J.id],
      all: [I.id, J.id, L.id, M.id, G.id, H.id, A, B, C, D, E, F, K],
    };
    const b = await board();
    expect(b).toMatchObject({ today: '2026-11-22', quarterLabel: 'October to December 2026', quarterStart: '2026-10-01', quarterEnd: '2026-12-31' });
    for (const bucket of ACTION_BUCKETS) {
      expect({ bucket, ids: ids(await list({ bucket })) }).toEqual({ bucket, ids: [...expected[bucket]].sort((x, y) => x - y) });
      expect({ bucket, n: b.counts[bucket] }).toEqual({ bucket, n: expected[bucket].length });
    }
    // The board counts the whole partnership from indexes and a narrowed part in one pass: both agree.
    expect(narrows({})).toBe(false);
    expect(narrows({ kind: 'agency' })).toBe(true);
    expect(await countInOnePass(f.ctx.db, {}, bucketDates('2026-11-22'))).toEqual(b.counts);
    for (const filter of [{ kind: 'agency' as const }, { statuses: ['complete' as const, 'not_started' as const] }])
      expect(await countInOnePass(f.ctx.db, filter, bucketDates('2026-11-22'))).toEqual(await countByIndex(f.ctx.db, filter, bucketDates('2026-11-22')));
    const rows = await list({ bucket: 'all' });
    const row = (id: number) => rows.find((r) => r.id === id)!;
    expect(row(A)).toMatchObject({ overdue: true, daysOverdue: 1, stale: false });
    expect(row(B)).toMatchObject({ overdue: false, daysOverdue: null });
    expect(row(K)).toMatchObject({ status: 'dropped', overdue: false, stale: false });
    expect(row(G.id).stale).toBe(true);
    expect(row(H.id).stale).toBe(false);
    expect(row(I.id)).toMatchObject({ status: 'complete', completedOn: '2026-09-30', stale: false });
    // Soonest due first.
    expect(rows.map((r) => r.dueDate)).toEqual([...rows.map((r) => r.dueDate)].sort());
  });
});

describe('overdue at the edges of the calendar', () => {
  it('falls due across a month end: due 31 January is overdue on 1 February, by one day', async () => {
    f = await actionFixture('2027-01-10T10:00:00Z');
    const a = await f.create({ dueDate: '2027-01-31' });
    const on = async (today: string) => (await listActions(f.ctx.db, { bucket: 'all' }, today)).find((r) => r.id === a.id)!;
    expect(await on('2027-01-31')).toMatchObject({ overdue: false, daysOverdue: null });
    expect(await on('2027-02-01')).toMatchObject({ overdue: true, daysOverdue: 1 });
    expect(await on('2027-03-01')).toMatchObject({ overdue: true, daysOverdue: 29 });
    // Through the API, at half past midnight on 1 February (GMT: London and UTC agree).
    f.setNow('2027-02-01T00:30:00Z');
    expect(ids(await list({ bucket: 'overdue' }))).toEqual([a.id]);
    f.setNow('2027-01-31T23:30:00Z');
    expect(await list({ bucket: 'overdue' })).toEqual([]);
    expect((await board()).counts.due_this_month).toBe(1);
  });

  it('knows 29 February 2028: month end, due dates and days overdue', async () => {
    f = await actionFixture('2028-02-01T10:00:00Z');
    const feb28 = await f.create({ dueDate: '2028-02-28' });
    const feb29 = await f.create({ dueDate: '2028-02-29' });
    const mar1 = await f.create({ dueDate: '2028-03-01' });
    expect((await actionBoard(f.ctx.db, { bucket: 'open' }, '2028-02-01')).counts).toMatchObject({ due_this_month: 2, due_30: 3, overdue: 0 });
    const b = await actionBoard(f.ctx.db, { bucket: 'open' }, '2028-02-29');
    expect(b.counts).toMatchObject({ overdue: 1, due_this_month: 1, due_30: 2 });
    expect(b.quarterLabel).toBe('January to March 2028');
    const rows = await listActions(f.ctx.db, { bucket: 'overdue' }, '2028-03-01');
    expect(rows.map((r) => [r.id, r.daysOverdue])).toEqual([
      [feb28.id, 2],
      [feb29.id, 1],
    ]);
    expect(mar1.dueDate).toBe('2028-03-01');
    // A date that is not on the calendar is refused, naming the field.
    const r = await f.b.dispatch('actions.create', { kind: 'agency', agencyId: f.alder.id, description: 'x', dueDate: '2027-02-29' });
    expect(r.ok ? null : r.error.details).toEqual([{ field: 'dueDate', message: '2027-02-29 is not a date on the calendar' }]);
  });

  it('takes today from London across the clocks going forward: 23:30 GMT on 28 March is still 28 March', async () => {
    f = await actionFixture('2026-03-20T10:00:00Z');
    const due27 = await f.create({ dueDate: '2026-03-27' });
    const due28 = await f.create({ dueDate: '2026-03-28' });
    f.setNow('2026-03-28T23:30:00Z');
    const b = await board();
    expect(b.today).toBe('2026-03-28');
    expect(ids(await list({ bucket: 'overdue' }))).toEqual([due27.id]);
    expect((await list({ bucket: 'all' })).find((r) => r.id === due28.id)!.overdue).toBe(false);
    // After the change, 23:30 UTC on 29 March is 00:30 BST on the 30th.
    f.setNow('2026-03-29T23:30:00Z');
    expect((await board()).today).toBe('2026-03-30');
    expect((await list({ bucket: 'overdue' })).map((r) => [r.id, r.daysOverdue])).toEqual([
      [due27.id, 3],
      [due28.id, 2],
    ]);
  });

  it('and across the clocks going back: 23:30 UTC on 24 October is already 25 October in London', async () => {
    f = await actionFixture('2026-10-01T10:00:00Z');
    const due24 = await f.create({ dueDate: '2026-10-24' });
    f.setNow('2026-10-24T22:30:00Z');
    expect((await board()).counts.overdue).toBe(0);
    f.setNow('2026-10-24T23:30:00Z');
    const b = await board();
    expect(b.today).toBe('2026-10-25');
    expect(b.counts.overdue).toBe(1);
    expect((await list({ bucket: 'overdue' }))[0]).toMatchObject({ id: due24.id, daysOverdue: 1 });
  });
});

describe('filters', () => {
  it('narrow the list and the board alike: agency, owner, group, cycle, standard, status, kind and search', async () => {
    f = await actionFixture();
    const lnd = f.groups.find((g) => g.name === 'Learning & Development subgroup')!;
    const exec = f.groups.find((g) => g.name === 'Executive')!;
    const a1 = await f.create({ cycleId: f.cycle.id, targetKey: f.key('3.2'), ownerContactId: f.alder.leadId, description: 'Check references for new starters', dueDate: '2026-11-01' });
    const a2 = await f.create({ cycleId: f.cycle.id, targetKey: f.key('3'), description: 'Recruitment policy review' });
    const b1 = await f.create({ agencyId: f.birch.id, ownerContactId: f.birch.leadId, cycleId: f.cycle.id, targetKey: f.key('4'), description: 'Training plan' });
    const p1 = await f.create({ kind: 'partnership', agencyId: null, groupId: lnd.id, ownerName: 'Chair, L&D', description: 'Commission recruitment training', dueDate: '2026-11-10' });
    const p2 = await f.create({ kind: 'partnership', agencyId: null, groupId: exec.id, description: 'Annual report' });
    await f.update(a2.id, { status: 'at_risk', rag: 'red' });

    const both = async (filter: Omit<ActionFilter, 'bucket'>) => {
      const rows = await list({ ...filter, bucket: 'all' });
      const b = await board(filter);
      expect(b.counts.all).toBe(rows.length);
      expect(b.counts.overdue).toBe(rows.filter((r) => r.overdue).length);
      return ids(rows);
    };
    expect(await both({ agencyId: f.alder.id })).toEqual([a1.id, a2.id]);
    expect(await both({ ownerContactId: f.birch.leadId! })).toEqual([b1.id]);
    expect(await both({ groupId: lnd.id })).toEqual([p1.id]);
    expect(await both({ cycleId: f.cycle.id })).toEqual([a1.id, a2.id, b1.id]);
    // Item 3.2 belongs to standard 3, so filtering by the standard finds both.
    expect(await both({ cycleId: f.cycle.id, standardId: f.fw.byKey.get(f.key('3'))!.standardId })).toEqual([a1.id, a2.id]);
    expect(await both({ statuses: ['at_risk'] })).toEqual([a2.id]);
    expect(await both({ kind: 'partnership' })).toEqual([p1.id, p2.id]);
    expect(await both({ search: 'RECRUITMENT' })).toEqual([a2.id, p1.id]);
    expect(await both({ search: 'hollins' })).toEqual([a1.id]);
    expect(await both({ search: 'chair, l' })).toEqual([p1.id]);
    expect(await both({ search: 'birch' })).toEqual([b1.id]);
    expect(await both({ search: b1.reference })).toEqual([b1.id]);
    expect(await both({ search: '100%' })).toEqual([]);
    expect(await both({ agencyId: f.alder.id, statuses: ['not_started'] })).toEqual([a1.id]);
    expect((await board({ kind: 'partnership' })).counts).toMatchObject({ all: 2, overdue: 1, open: 2 });
  });
});
