import type { KyselyPlugin } from 'kysely';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ReturnRow } from '../../shared/domain/cycle';
import { loadTargets } from '../../electron/backend/services/answers-write';
import { createCycle } from '../../electron/backend/services/cycles';
import { listHistory } from '../../electron/backend/services/history';
import { buildBoard, getBoard, listReturns, percent, percentOf, setReturnStatus } from '../../electron/backend/services/returns-board';
import { daysOverdue, displayStatus } from '../../electron/backend/services/return-rules';
import { call } from '../helpers/backend';
import { failure, trackerFixture } from '../helpers/tracker-fixtures';

// Days overdue must count calendar days where the clocks change: run the date tests in UK time.
beforeAll(() => {
  process.env.TZ = 'Europe/London';
});

type Fixture = Awaited<ReturnType<typeof trackerFixture>>;
let f: Fixture;
afterEach(async () => {
  await f?.b.close();
});

describe('percent', () => {
  it('is a whole number rounded half up, and 0 of nothing is 0', () => {
    expect(percent(7, 9)).toBe(78);
    expect(percent(1, 8)).toBe(13);
    expect(percent(0, 0)).toBe(0);
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(1, 200)).toBe(1);
    expect(percent(5, 5)).toBe(100);
    expect(percent(0, 7)).toBe(0);
    expect(percentOf(4, 9)).toEqual({ count: 4, of: 9, percent: 44 });
  });
});

describe('days overdue and returned late', () => {
  it('counts calendar days past the initial deadline, across a month end and the clock changes', () => {
    expect(daysOverdue('issued', '2026-03-27', '2026-03-30')).toBe(3); // clocks went forward on 29 March
    expect(daysOverdue('in_progress', '2026-10-23', '2026-10-26')).toBe(3); // and back on 25 October
    expect(daysOverdue('not_issued', '2026-02-27', '2026-03-02')).toBe(3);
    expect(daysOverdue('issued', '2024-02-28', '2024-03-01')).toBe(2); // leap year
    expect(daysOverdue('issued', '2026-03-27', '2026-03-27')).toBeNull();
    expect(daysOverdue('issued', null, '2026-03-27')).toBeNull();
    expect(daysOverdue('sent_back', '2026-03-01', '2026-03-27')).toBeNull();
    expect(daysOverdue('returned', '2026-03-01', '2026-03-27')).toBeNull();
  });

  it('shows "returned late" only for returns in after the initial deadline', () => {
    expect(displayStatus('returned', '2026-03-28', '2026-03-27')).toBe('returned_late');
    expect(displayStatus('returned', '2026-03-27', '2026-03-27')).toBe('returned');
    expect(displayStatus('accepted', '2026-03-28', '2026-03-27')).toBe('accepted');
    expect(displayStatus('returned', '2026-03-28', null)).toBe('returned');
  });
});

/** Nine agencies: 4 in by the initial deadline, 7 in today, 2 overdue. */
async function boardFixture() {
  f = await trackerFixture();
  const { ids } = f;
  const more = {
    fig: await f.agency('Fig Tree Academy', 'education', { duties: ['s175'] }),
    gorse: await f.agency('Gorse Community Health', 'health'),
    hazel: await f.agency('Hazel Road Police Station', 'police'),
    ivy: await f.agency('Ivy Fire Station', 'fire'),
  };
  const all = { ...ids, ...more };
  const c = await createCycle(f.ctx.db, f.ctx, f.cycleInput(), [all.alder, all.birch, all.cedar, all.damson, all.elm, all.fig, all.gorse, all.hazel, all.ivy]);
  const ca = async (agencyId: number) => f.cycleAgencyId(c.id, agencyId);
  const set = async (agencyId: number, steps: Array<[Parameters<typeof setReturnStatus>[3], string?, string?]>) => {
    const id = await ca(agencyId);
    for (const [status, date, reason] of steps) await setReturnStatus(f.ctx.db, f.ctx, id, status, date, reason);
    return id;
  };
  await set(all.alder, [['issued', '2026-02-02'], ['returned', '2026-03-20']]);
  await set(all.birch, [['issued', '2026-02-02'], ['returned', '2026-03-27']]);
  await set(all.cedar, [['returned', '2026-03-28']]);
  await set(all.damson, [['returned', '2026-03-25'], ['accepted', '2026-03-29']]);
  await set(all.elm, [['returned', '2026-03-26'], ['sent_back', '2026-03-29', 'Send the training matrix']]);
  await set(all.fig, [['returned', '2026-03-29']]);
  await set(all.gorse, [['returned']]);
  await set(all.hazel, [['issued', '2026-02-02']]);
  return { c, all, ca };
}

describe('returns board', () => {
  it('counts by status and sector, gives rates at each deadline, and lists who is overdue', async () => {
    const { c } = await boardFixture();
    const board = await getBoard(f.ctx.db, c.id, '2026-03-30');
    expect(board.inScope).toBe(9);
    expect(board.rates.initialDeadline).toEqual({ date: '2026-03-27', count: 4, of: 9, percent: 44 });
    expect(board.rates.finalDeadline).toEqual({ date: '2026-04-24', count: 7, of: 9, percent: 78 });
    expect(board.rates.today).toEqual({ count: 7, of: 9, percent: 78 });
    expect(Object.fromEntries(board.byStatus.map((s) => [s.status, [s.count, s.percent]]))).toEqual({
      not_issued: [1, 11],
      issued: [1, 11],
      in_progress: [0, 0],
      returned: [2, 22],
      returned_late: [3, 33],
      sent_back: [1, 11],
      accepted: [1, 11],
    });
    expect(board.byStatus.find((s) => s.status === 'returned_late')!.label).toBe('Returned late');
    expect(board.bySector.map((s) => [s.sectorName, s.returned.count, s.returned.of, s.returned.percent])).toEqual([
      ['Health', 2, 2, 100],
      ['Police', 1, 2, 50],
      ['Fire and rescue', 0, 1, 0],
      ['Housing', 1, 1, 100],
      ['Education', 3, 3, 100],
    ]);
    expect(board.overdue.map((o) => [o.agencyName, o.daysOverdue, o.status])).toEqual([
      ['Hazel Road Police Station', 3, 'issued'],
      ['Ivy Fire Station', 3, 'not_issued'],
    ]);
    // Through the API, "today" is the pinned clock: 30 March 2026.
    expect(await call(f.b, 'returns.board', { cycleId: c.id })).toEqual(board);
  });

  it('sorts the overdue list by days overdue, most first', () => {
    const row = (name: string, days: number | null): ReturnRow =>
      ({ cycleAgencyId: days ?? 0, agencyName: name, sectorId: 1, sectorName: 'Health', status: 'issued', displayStatus: 'issued', returnedOn: null, lastChasedOn: null, daysOverdue: days }) as ReturnRow;
    const b = buildBoard({ id: 1, name: 'x', framework_id: 1, initial_deadline: '2026-03-01', final_deadline: null }, [row('A', 2), row('B', 10), row('C', null), row('D', 5)], '2026-03-11');
    expect(b.overdue.map((o) => o.agencyName)).toEqual(['B', 'D', 'A']);
    expect(b.rates.finalDeadline).toBeNull();
  });

  it('lists each return with lead, progress and moderation flags', async () => {
    const { c, all, ca } = await boardFixture();
    const alder = await ca(all.alder);
    const fw = await f.answer(alder, f.framework.id, [
      { number: '1', rating: 'G' },
      { number: '1.1', rating: 'O' },
      { number: '1.2', rating: 'RI' },
      { number: '1.3', rating: 'I' },
      { number: '1.4', rating: 'G' },
      { number: '1.5', notApplicable: true, naReason: 'No volunteers' },
      { number: '2.1', evidence: 'Narrative only, no rating yet' },
    ]);
    const key = (n: string) => (n.includes('.') ? fw.itemByNumber : fw.standardByNumber).get(n)!.key;
    await f.moderate(alder, key('1'), 'G');
    await f.moderate(alder, key('1.1'), 'G'); // over-optimistic
    await f.moderate(alder, key('1.2'), 'G'); // underscored; Good in force, so not weak
    await f.moderate(alder, key('1.4'), 'RI'); // over-optimistic and weak
    const rows = await listReturns(f.ctx.db, c.id, '2026-03-30');
    expect(rows.map((r) => r.agencyName)).toEqual([
      'Alder Primary School',
      'Birch Health Trust',
      'Cedar Police',
      'Damson Housing',
      'Elm Nursery: Main/Annex site.',
      'Fig Tree Academy',
      'Gorse Community Health',
      'Hazel Road Police Station',
      'Ivy Fire Station',
    ]);
    const expected = (await loadTargets(f.ctx.db, f.framework.id)).targets.length; // standards and items are both rated
    expect(rows[0]).toMatchObject({
      agencyName: 'Alder Primary School',
      sectorName: 'Education',
      safeguardingLead: 'Jane Hollins',
      status: 'returned',
      displayStatus: 'returned',
      issuedOn: '2026-02-02',
      returnedOn: '2026-03-20',
      answered: 6,
      expected,
      overOptimistic: 2,
      underscored: 1,
      weak: 2,
      chaserCount: 0,
      daysOverdue: null,
      carriedForward: false,
    });
    expect(expected).toBe(75);
    expect(rows.find((r) => r.agencyName === 'Cedar Police')).toMatchObject({ displayStatus: 'returned_late', answered: 0, safeguardingLead: 'Karen Blythe' });
    expect(rows.find((r) => r.agencyName === 'Elm Nursery: Main/Annex site.')).toMatchObject({ status: 'sent_back', sentBackOn: '2026-03-29', returnedOn: '2026-03-26' });
    expect(rows.find((r) => r.agencyName === 'Ivy Fire Station')).toMatchObject({ daysOverdue: 3, safeguardingLead: null });
    expect(await call(f.b, 'returns.list', { cycleId: c.id })).toEqual(rows);
  });

  it('reads the list in the same number of queries however many agencies are in scope', async () => {
    const { c, all } = await boardFixture();
    const small = await createCycle(f.ctx.db, f.ctx, f.cycleInput({ name: 'Small' }), [all.alder]);
    let queries = 0;
    const counter: KyselyPlugin = { transformQuery: (a) => (queries++, a.node), transformResult: async (a) => a.result };
    const db = f.ctx.db.withPlugin(counter);
    await listReturns(db, small.id, '2026-03-30');
    const forOne = queries;
    queries = 0;
    await listReturns(db, c.id, '2026-03-30');
    expect(queries).toBe(forOne);
  });
});

describe('setting a return status', () => {
  it('keeps the dates the rates depend on, and records each change', async () => {
    f = await trackerFixture();
    const c = await createCycle(f.ctx.db, f.ctx, f.cycleInput(), [f.ids.alder, f.ids.birch]);
    const id = await f.cycleAgencyId(c.id, f.ids.alder);
    const row = async () => (await listReturns(f.ctx.db, c.id, '2026-03-30')).find((r) => r.cycleAgencyId === id)!;

    await setReturnStatus(f.ctx.db, f.ctx, id, 'issued', '2026-02-02');
    expect(await row()).toMatchObject({ status: 'issued', issuedOn: '2026-02-02', returnedOn: null });
    await setReturnStatus(f.ctx.db, f.ctx, id, 'returned');
    expect(await row()).toMatchObject({ status: 'returned', displayStatus: 'returned_late', returnedOn: '2026-03-30' });
    await setReturnStatus(f.ctx.db, f.ctx, id, 'returned', '2026-03-26');
    expect((await row()).displayStatus).toBe('returned');

    const noReason = await failure(setReturnStatus(f.ctx.db, f.ctx, id, 'sent_back'));
    expect(noReason.details).toEqual([{ field: 'reason', message: 'a reason is needed to send a return back' }]);
    await setReturnStatus(f.ctx.db, f.ctx, id, 'sent_back', '2026-03-28', 'Send the training matrix');
    expect(await row()).toMatchObject({ status: 'sent_back', sentBackOn: '2026-03-28', returnedOn: '2026-03-26' });
    // Sending the extra evidence does not make the return late: the first return date stands.
    await setReturnStatus(f.ctx.db, f.ctx, id, 'returned');
    expect(await row()).toMatchObject({ status: 'returned', returnedOn: '2026-03-26', displayStatus: 'returned' });
    await setReturnStatus(f.ctx.db, f.ctx, id, 'accepted');
    expect(await row()).toMatchObject({ status: 'accepted', acceptedOn: '2026-03-30' });

    const future = await failure(setReturnStatus(f.ctx.db, f.ctx, id, 'accepted', '2026-04-01'));
    expect(future.message).toContain('1 April 2026 is in the future');

    await setReturnStatus(f.ctx.db, f.ctx, id, 'not_issued');
    expect(await row()).toMatchObject({ status: 'not_issued', issuedOn: null, returnedOn: null, sentBackOn: null, acceptedOn: null, daysOverdue: 3 });

    const other = await f.cycleAgencyId(c.id, f.ids.birch);
    const notIn = await failure(setReturnStatus(f.ctx.db, f.ctx, other, 'sent_back', undefined, 'More please'));
    expect(notIn.code).toBe('conflict');
    expect(notIn.message).toContain('Birch Health Trust has not returned');

    const history = await listHistory(f.ctx.db, 'return', id);
    expect(history[0]).toMatchObject({ summary: `Alder Primary School (${c.name}): Accepted → Not issued`, userName: 'tester' });
    expect(history[0]!.changes).toMatchObject({ status: ['Accepted', 'Not issued'], acceptedOn: ['2026-03-30', null] });
    expect(history.some((h) => JSON.stringify(h.changes).includes('Send the training matrix'))).toBe(true);
  });

  it('accepting a return never recorded as returned dates its return too', async () => {
    f = await trackerFixture();
    const c = await createCycle(f.ctx.db, f.ctx, f.cycleInput(), [f.ids.alder]);
    const id = await f.cycleAgencyId(c.id, f.ids.alder);
    await setReturnStatus(f.ctx.db, f.ctx, id, 'accepted', '2026-03-20');
    const [r] = await listReturns(f.ctx.db, c.id, '2026-03-30');
    expect(r).toMatchObject({ returnedOn: '2026-03-20', acceptedOn: '2026-03-20' });
    const board = await getBoard(f.ctx.db, c.id, '2026-03-30');
    expect(board.rates.initialDeadline!.percent).toBe(100);
  });

  it('answers through the API with the whole return', async () => {
    f = await trackerFixture();
    const c = await createCycle(f.ctx.db, f.ctx, f.cycleInput(), [f.ids.alder]);
    const id = await f.cycleAgencyId(c.id, f.ids.alder);
    const detail = await call(f.b, 'returns.setStatus', { cycleAgencyId: id, status: 'issued', date: '2026-02-02' });
    expect(detail.row).toMatchObject({ cycleAgencyId: id, status: 'issued', issuedOn: '2026-02-02' });
    const bad = await f.b.dispatch('returns.setStatus', { cycleAgencyId: id, status: 'sent_back' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
