import { afterEach, describe, expect, it } from 'vitest';
import type { ActionBoard, ActionDetail, ActionGroup, ActionRow, HomeTiles } from '../../shared/domain/action';
import { DEFAULT_ACTION_GROUPS } from '../../electron/backend/services/action-groups';
import { createCycle, updateCycle } from '../../electron/backend/services/cycles';
import { setReturnStatus } from '../../electron/backend/services/returns-status';
import { call, tempBackend } from '../helpers/backend';
import { actionFixture, type ActionFixture } from '../helpers/action-fixture';

let f: ActionFixture;
afterEach(async () => {
  await f?.b.close();
});

describe('home tiles', () => {
  it('count actions overdue, due this month and completed this quarter, as the lists they open', async () => {
    f = await actionFixture('2026-09-15T10:00:00Z');
    const early = await f.create({ dueDate: '2026-09-30' });
    f.setNow('2026-11-22T10:00:00Z');
    await f.create({ dueDate: '2026-11-20' });
    await f.create({ dueDate: '2026-11-21' });
    await f.create({ dueDate: '2026-11-30' });
    await f.create({ dueDate: '2026-12-01' });
    await f.update(early.id, { date: '2026-10-05', status: 'complete' });
    const t = await call<HomeTiles>(f.b, 'home.tiles');
    expect(t).toMatchObject({ today: '2026-11-22', actionsOverdue: 2, actionsDueThisMonth: 1, actionsCompletedThisQuarter: 1 });
    expect(await call<ActionRow[]>(f.b, 'actions.list', { bucket: 'overdue' })).toHaveLength(t.actionsOverdue);
    expect(await call<ActionRow[]>(f.b, 'actions.list', { bucket: 'due_this_month' })).toHaveLength(t.actionsDueThisMonth);
    expect(await call<ActionRow[]>(f.b, 'actions.list', { bucket: 'completed_this_quarter' })).toHaveLength(t.actionsCompletedThisQuarter);
  });

  it('count returns not yet in across open cycles only, by cycle', async () => {
    f = await actionFixture();
    const alder = await f.cycleAgencyId(f.alder.id);
    const birch = await f.cycleAgencyId(f.birch.id);
    await setReturnStatus(f.ctx.db, f.ctx, alder, 'returned', '2026-11-01');
    await setReturnStatus(f.ctx.db, f.ctx, birch, 'in_progress', '2026-11-01');
    const second = await createCycle(f.ctx.db, f.ctx, { name: 'Early years audit', cycleType: 's11', frameworkId: f.framework.id, periodLabel: '2026/27', launchDate: '2026-10-01' }, [f.alder.id, f.birch.id]);
    const closed = await createCycle(f.ctx.db, f.ctx, { name: 'Old audit', cycleType: 's11', frameworkId: f.framework.id, periodLabel: '2024/25', launchDate: '2024-10-01' }, [f.alder.id]);
    await updateCycle(f.ctx.db, f.ctx, closed.id, { status: 'closed' });
    const draft = await createCycle(f.ctx.db, f.ctx, { name: 'Draft audit', cycleType: 's11', frameworkId: f.framework.id, periodLabel: '2027/28' }, [f.alder.id]);
    const t = await call<HomeTiles>(f.b, 'home.tiles');
    expect(t.returnsOutstanding).toBe(3);
    expect(t.openCycles).toEqual([
      { id: second.id, name: 'Early years audit', outstanding: 2 },
      { id: f.cycle.id, name: 'S.11 Audit 2026', outstanding: 1 },
    ]);
    expect(t.openCycles.map((c) => c.id)).not.toContain(draft.id);
  });
});

describe('action groups', () => {
  it('start with the usual groups, can be added, renamed and retired, and refuse a duplicate name', async () => {
    f = await actionFixture();
    expect(f.groups.map((g) => g.name)).toEqual([...DEFAULT_ACTION_GROUPS]);
    const g = await call<ActionGroup>(f.b, 'actionGroups.create', { name: '  Child Death   Overview Panel ' });
    expect(g).toMatchObject({ name: 'Child Death Overview Panel', active: true, sortOrder: 6, openActions: 0 });
    const dup = await f.b.dispatch('actionGroups.create', { name: 'executive' });
    expect(dup.ok ? null : dup.error.code).toBe('conflict');
    const renamed = await call<ActionGroup>(f.b, 'actionGroups.update', { id: g.id, name: 'CDOP' });
    expect(renamed.name).toBe('CDOP');
    await call(f.b, 'actionGroups.update', { id: g.id, active: false });
    expect((await call<ActionGroup[]>(f.b, 'actionGroups.list')).map((x) => x.name)).not.toContain('CDOP');
    expect((await call<ActionGroup[]>(f.b, 'actionGroups.list', { includeInactive: true })).find((x) => x.id === g.id)!.active).toBe(false);
    // A retired group takes no new actions.
    const r = await f.b.dispatch('actions.create', { kind: 'partnership', groupId: g.id, description: 'x', dueDate: '2027-01-01' });
    expect(r.ok ? null : r.error.details).toEqual([{ field: 'groupId', message: 'CDOP is no longer in use' }]);
  });
});

describe('the demo partnership', () => {
  it('has agency and partnership actions in every state the board tracks', async () => {
    const b = await tempBackend({ seedDemo: true });
    try {
      const rows = await call<ActionRow[]>(b, 'actions.list', { bucket: 'all' });
      const agency = rows.filter((r) => r.kind === 'agency');
      const partnership = rows.filter((r) => r.kind === 'partnership');
      expect(agency.length).toBeGreaterThanOrEqual(35);
      expect(partnership.length).toBeGreaterThanOrEqual(8);
      expect(new Set(partnership.map((r) => r.groupName)).size).toBeGreaterThanOrEqual(4);
      // Actions from the self-assessment answer a standard of a cycle; those from case-file audits and meetings need not.
      const fromRatings = agency.filter((r) => r.source === 'demo' || r.source === 'rating');
      expect(fromRatings.length).toBeGreaterThanOrEqual(35);
      expect(fromRatings.every((r) => r.targetKey && r.cycleId && r.owner)).toBe(true);
      expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['not_started', 'on_track', 'at_risk', 'complete', 'dropped']));
      const board = await call<ActionBoard>(b, 'actions.board', {});
      for (const bucket of ['overdue', 'due_30', 'due_this_month', 'no_update_90', 'completed_this_quarter'] as const) expect({ bucket, some: board.counts[bucket] > 0 }).toEqual({ bucket, some: true });
      expect(rows.some((r) => r.slipping && r.overdue)).toBe(true);
      expect(new Set(rows.map((r) => r.lastRag).filter(Boolean))).toEqual(new Set(['red', 'amber', 'green']));
      const dropped = rows.find((r) => r.status === 'dropped')!;
      expect((await call<ActionDetail>(b, 'actions.get', { id: dropped.id })).droppedReason).toBeTruthy();
      const withEvidence = await b.ctx.db.selectFrom('action_evidence').select('action_id').execute();
      expect(withEvidence.length).toBeGreaterThan(0);
      const many = await b.ctx.db.selectFrom('action_updates').select((e) => ['action_id', e.fn.countAll<number>().as('n')]).groupBy('action_id').execute();
      expect(many.some((m) => Number(m.n) >= 3)).toBe(true);
      const tiles = await call<HomeTiles>(b, 'home.tiles');
      expect(tiles.returnsOutstanding).toBeGreaterThan(0);
      expect(tiles.openCycles).toHaveLength(1);
    } finally {
      await b.close();
    }
  });
});
