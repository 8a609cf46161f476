import { afterEach, describe, expect, it } from 'vitest';
import type { ActionDetail } from '../../shared/domain/action';
import type { HistoryEntry } from '../../shared/domain/settings';
import { appendUpdate, updateInWords } from '../../electron/backend/services/action-updates';
import { inTransaction } from '../../electron/backend/db/transaction';
import { call } from '../helpers/backend';
import { actionFixture, type ActionFixture } from '../helpers/action-fixture';

let f: ActionFixture;
afterEach(async () => {
  await f?.b.close();
});

const refused = async (id: number, update: Record<string, unknown>) => {
  const r = await f.b.dispatch('actions.addUpdate', { id, update });
  if (r.ok) throw new Error('expected the update to be refused');
  return r.error;
};

describe('progress updates', () => {
  it('are appended with who reported them, newest first, and never overwrite earlier ones', async () => {
    f = await actionFixture('2026-10-01T10:00:00Z');
    const a = await f.create();
    f.setNow('2026-11-22T10:00:00Z');
    await f.update(a.id, { date: '2026-10-15', text: 'Training booked', rag: 'green', status: 'on_track', reportedBy: 'Jane Hollins (Alder)' });
    await f.update(a.id, { date: '2026-11-20', text: 'Half the staff trained', rag: 'amber' });
    // Back-dated: entered last, but not the latest.
    const d = await f.update(a.id, { date: '2026-11-01', text: 'Dates confirmed' });
    expect(d.updates.map((u) => [u.date, u.text, u.rag, u.status, u.reportedBy])).toEqual([
      ['2026-11-20', 'Half the staff trained', 'amber', null, 'tester'],
      ['2026-11-01', 'Dates confirmed', null, null, 'tester'],
      ['2026-10-15', 'Training booked', 'green', 'on_track', 'Jane Hollins (Alder)'],
    ]);
    expect(d).toMatchObject({ status: 'on_track', lastUpdateOn: '2026-11-20', lastUpdateText: 'Half the staff trained', lastRag: 'amber' });
    // A later update with no RAG keeps the last RAG given; its text becomes the last update.
    const e = await f.update(a.id, { text: 'Nearly there' });
    expect(e).toMatchObject({ lastUpdateOn: '2026-11-22', lastUpdateText: 'Nearly there', lastRag: 'amber' });
    expect(await f.ctx.db.selectFrom('action_updates').select('text').orderBy('id').execute()).toEqual([
      { text: 'Training booked' },
      { text: 'Half the staff trained' },
      { text: 'Dates confirmed' },
      { text: 'Nearly there' },
    ]);
    const h = await call<HistoryEntry[]>(f.b, 'history.list', { entityType: 'action', entityId: a.id });
    expect(h.filter((x) => x.action === 'progress')).toHaveLength(4);
  });

  it('are refused when dated after today or before the action was made, or when they say nothing', async () => {
    f = await actionFixture();
    const a = await f.create();
    expect((await refused(a.id, { date: '2026-11-23', text: 'x' })).details).toEqual([{ field: 'date', message: '2026-11-23 is after today (2026-11-22); an update reports what has happened' }]);
    expect((await refused(a.id, { date: '2026-11-21', text: 'x' })).details?.[0]?.field).toBe('date');
    expect((await refused(a.id, {})).details?.[0]?.field).toBe('update.text');
    expect((await refused(a.id, { status: 'not_started' })).details?.[0]?.field).toBe('status');
    expect((await call<ActionDetail>(f.b, 'actions.get', { id: a.id })).updates).toEqual([]);
  });

  it('move the due date only with a reason, keep the original, and flag a date moved twice', async () => {
    f = await actionFixture();
    const a = await f.create({ dueDate: '2026-12-01' });
    expect((await refused(a.id, { newDueDate: '2027-01-31' })).details).toEqual([{ field: 'update.slippageReason', message: 'give the reason the due date has moved' }]);
    expect((await refused(a.id, { newDueDate: '2026-12-01', slippageReason: 'same' })).details?.[0]?.field).toBe('newDueDate');
    const once = await f.update(a.id, { newDueDate: '2027-01-31', slippageReason: 'Trainer off sick' });
    expect(once).toMatchObject({ originalDueDate: '2026-12-01', dueDate: '2027-01-31', dueDateMoves: 1, slipping: false, lastUpdateText: 'Due date moved to 2027-01-31: Trainer off sick' });
    const twice = await f.update(a.id, { newDueDate: '2027-03-31', slippageReason: 'New provider', text: 'Provider changed' });
    expect(twice).toMatchObject({ originalDueDate: '2026-12-01', dueDate: '2027-03-31', dueDateMoves: 2, slipping: true });
    expect(twice.updates.map((u) => [u.previousDueDate, u.newDueDate, u.slippageReason])).toEqual([
      ['2027-01-31', '2027-03-31', 'New provider'],
      ['2026-12-01', '2027-01-31', 'Trainer off sick'],
    ]);
    const h = await call<HistoryEntry[]>(f.b, 'history.list', { entityType: 'action', entityId: a.id });
    expect(h[0]!.changes).toMatchObject({ dueDate: ['2027-01-31', '2027-03-31'] });
  });

  it('complete an action on the update’s date, and clear it again when reopened', async () => {
    f = await actionFixture('2026-10-01T10:00:00Z');
    const a = await f.create({ dueDate: '2026-10-20' });
    f.setNow('2026-11-22T10:00:00Z');
    const done = await f.update(a.id, { date: '2026-11-02', status: 'complete', text: 'All trained' });
    expect(done).toMatchObject({ status: 'complete', completedOn: '2026-11-02', overdue: false });
    expect((await refused(a.id, { newDueDate: '2027-01-01', slippageReason: 'x' })).details?.[0]?.field).toBe('newDueDate');
    const reopened = await f.update(a.id, { status: 'at_risk', text: 'Bank staff missed' });
    expect(reopened).toMatchObject({ status: 'at_risk', completedOn: null, overdue: true, daysOverdue: 33 });
  });

  it('drop an action only with a reason, refuse progress on it, and allow it to be reopened', async () => {
    f = await actionFixture();
    const a = await f.create();
    expect((await refused(a.id, { status: 'dropped' })).details).toEqual([{ field: 'update.droppedReason', message: 'give the reason the action is dropped' }]);
    const dropped = await f.update(a.id, { status: 'dropped', droppedReason: 'Covered by the partnership action' });
    expect(dropped).toMatchObject({ status: 'dropped', droppedReason: 'Covered by the partnership action', lastUpdateText: 'Dropped' });
    const err = await refused(a.id, { text: 'More progress' });
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('Covered by the partnership action');
    const back = await f.update(a.id, { status: 'on_track', text: 'Reinstated by the Executive' });
    expect(back).toMatchObject({ status: 'on_track', droppedReason: null });
    expect(back.updates.map((u) => u.status)).toEqual(['on_track', 'dropped']);
  });

  it('appendUpdate joins the caller’s transaction', async () => {
    f = await actionFixture();
    const a = await f.create();
    const u = { text: 'From an import', rag: null, status: null, newDueDate: null, slippageReason: null, droppedReason: null, reportedBy: null };
    await expect(
      inTransaction(f.ctx.db, async (trx) => {
        await appendUpdate(trx, f.ctx, a.id, u, '2026-11-22');
        throw new Error('import failed');
      }),
    ).rejects.toThrow('import failed');
    const d = await call<ActionDetail>(f.b, 'actions.get', { id: a.id });
    expect(d).toMatchObject({ updates: [], lastUpdateOn: null });
  });

  it('describe an update without text by what it did', () => {
    expect(updateInWords({ text: null, status: 'complete', rag: 'green', new_due_date: null, slippage_reason: null })).toBe('Complete. RAG green');
    expect(updateInWords({ text: 'Done', status: 'complete', rag: null, new_due_date: null, slippage_reason: null })).toBe('Done');
  });
});
