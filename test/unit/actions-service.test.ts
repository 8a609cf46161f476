import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionDetail, ActionGroup, ActionRow, ActionSuggestion } from '../../shared/domain/action';
import type { HistoryEntry } from '../../shared/domain/settings';
import { actionReference, parseActionReference } from '../../electron/backend/services/actions-read';
import { createAction, insertAction } from '../../electron/backend/services/actions';
import { inTransaction } from '../../electron/backend/db/transaction';
import { actionInputSchema } from '../../shared/domain/action';
import { call } from '../helpers/backend';
import { actionFixture, type ActionFixture } from '../helpers/action-fixture';

let f: ActionFixture;
afterEach(async () => {
  await f?.b.close();
});

const fails = async (p: Promise<unknown>) => {
  const r = await p.then(
    () => null,
    (e: Error) => e.message,
  );
  if (r === null) throw new Error('expected the call to fail');
  return r;
};

describe('action references', () => {
  it('shows A- and four digits, and reads back what people type', () => {
    expect(actionReference(42)).toBe('A-0042');
    expect(actionReference(12345)).toBe('A-12345');
    expect(parseActionReference('A-0042')).toBe(42);
    expect(parseActionReference('A-42')).toBe(42);
    expect(parseActionReference('a0042')).toBe(42);
    expect(parseActionReference(' 42 ')).toBe(42);
    expect(parseActionReference('A-0')).toBeNull();
    expect(parseActionReference('B-42')).toBeNull();
    expect(parseActionReference('A-4x')).toBeNull();
    expect(parseActionReference('')).toBeNull();
  });
});

describe('creating actions', () => {
  it('makes an agency action on a standard of the cycle, not started, with its target resolved and history', async () => {
    f = await actionFixture();
    const a = await f.create({ cycleId: f.cycle.id, targetKey: f.key('3.2'), ownerContactId: f.alder.leadId, priority: 'high' });
    expect(a).toMatchObject({
      reference: actionReference(a.id),
      kind: 'agency',
      agencyName: 'Alder Health Trust',
      cycleName: 'S.11 Audit 2026',
      standardId: f.fw.byKey.get(f.key('3'))!.standardId,
      standardNumber: '3.2',
      owner: 'Jane Hollins',
      status: 'not_started',
      priority: 'high',
      originalDueDate: '2026-12-31',
      dueDate: '2026-12-31',
      dueDateMoves: 0,
      overdue: false,
      createdOn: '2026-11-22',
      source: 'manual',
      updates: [],
      evidence: [],
    });
    expect(a.standardTitle).toBe(f.fw.byKey.get(f.key('3.2'))!.text);
    const h = await call<HistoryEntry[]>(f.b, 'history.list', { entityType: 'action', entityId: a.id });
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({ action: 'create', userName: 'tester', changes: { description: [null, 'Refresh safeguarding training for bank staff'] } });
  });

  it('makes a partnership action owned by a group, with a free-text owner and a theme', async () => {
    f = await actionFixture();
    const g = f.groups.find((x) => x.name === 'Learning & Development subgroup')!;
    const a = await f.create({ kind: 'partnership', agencyId: null, groupId: g.id, ownerName: 'Chair, L&D subgroup', theme: 'Safer recruitment', cycleId: f.cycle.id });
    expect(a).toMatchObject({ kind: 'partnership', agencyId: null, groupName: g.name, owner: 'Chair, L&D subgroup', theme: 'Safer recruitment' });
    expect((await call<ActionGroup[]>(f.b, 'actionGroups.list')).find((x) => x.id === g.id)!.openActions).toBe(1);
  });

  it('names every field that is wrong, all at once, and saves nothing', async () => {
    f = await actionFixture();
    const bad = await f.b.dispatch('actions.create', {
      kind: 'agency',
      agencyId: 9999,
      groupId: 8888,
      targetKey: f.key('2'),
      ownerContactId: 7777,
      description: 'x',
      dueDate: '2026-02-30',
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('validation');
    expect(bad.error.details!.map((d) => d.field).sort()).toEqual(['agencyId', 'dueDate', 'groupId', 'ownerContactId', 'targetKey']);
    expect(await f.ctx.db.selectFrom('actions').select('id').execute()).toEqual([]);
  });

  it('refuses what the contract cannot see: a retired agency, an agency on a partnership action, a target of another framework', async () => {
    f = await actionFixture();
    const base = { kind: 'agency', agencyId: f.alder.id, description: 'x', dueDate: '2026-12-31' };
    const refusal = async (over: Record<string, unknown>) => {
      const r = await f.b.dispatch('actions.create', { ...base, ...over });
      if (r.ok) throw new Error('expected a refusal');
      return r.error;
    };
    expect((await refusal({ agencyId: f.closed.id })).details).toEqual([{ field: 'agencyId', message: 'Closed Youth Club is no longer active in the register' }]);
    expect((await refusal({ kind: 'partnership', groupId: f.groups[0]!.id })).details!.map((d) => d.field)).toEqual(['agencyId']);
    const otherFw = (await f.ctx.db.selectFrom('framework_standards').select('id').where('framework_id', '!=', f.framework.id).executeTakeFirstOrThrow()).id;
    expect((await refusal({ cycleId: f.cycle.id, targetKey: `s:${otherFw}` })).details!.map((d) => d.field)).toEqual(['targetKey']);
    const missing = await fails(call(f.b, 'actions.create', { kind: 'partnership', description: 'x', dueDate: '2026-12-01' }));
    expect(missing).toContain('groupId');
  });

  it('insertAction joins the caller’s transaction: a later failure takes the action back out', async () => {
    f = await actionFixture();
    const input = actionInputSchema.parse({ kind: 'agency', agencyId: f.alder.id, description: 'Inside a meeting', dueDate: '2027-01-31', source: 'meeting', sourceRef: 'M-1' });
    await expect(
      inTransaction(f.ctx.db, async (trx) => {
        await insertAction(trx, f.ctx, input, '2026-11-22');
        throw new Error('meeting failed');
      }),
    ).rejects.toThrow('meeting failed');
    expect(await f.ctx.db.selectFrom('actions').select('id').execute()).toEqual([]);
    const made = await createAction(f.ctx.db, f.ctx, input);
    expect(made).toMatchObject({ source: 'meeting', sourceRef: 'M-1' });
  });
});

describe('editing and deleting', () => {
  it('edits the words and owner, re-checks the target, and keeps due date and status for updates', async () => {
    f = await actionFixture();
    const a = await f.create({ cycleId: f.cycle.id, targetKey: f.key('3') });
    const e = await call<ActionDetail>(f.b, 'actions.update', { id: a.id, patch: { description: 'Refresh training for all bank staff', ownerName: 'Head of HR', targetKey: f.key('4.1'), completionNote: 'n/a yet' } });
    expect(e).toMatchObject({ description: 'Refresh training for all bank staff', owner: 'Head of HR', standardNumber: '4.1', completionNote: 'n/a yet', dueDate: '2026-12-31' });
    const off = await fails(call(f.b, 'actions.update', { id: a.id, patch: { cycleId: null } }));
    expect(off).toContain('targetKey');
    const h = await call<HistoryEntry[]>(f.b, 'history.list', { entityType: 'action', entityId: a.id });
    expect(h[0]).toMatchObject({ action: 'update', changes: { description: ['Refresh safeguarding training for bank staff', 'Refresh training for all bank staff'], owner: [null, 'Head of HR'], target: ['3', '4.1'] } });
  });

  it('deletes an action made in error, but not one with progress updates', async () => {
    f = await actionFixture();
    const a = await f.create();
    const b = await f.create({ description: 'Second' });
    await f.update(b.id, { text: 'Started' });
    expect(await call(f.b, 'actions.delete', { id: a.id })).toEqual({ deleted: true });
    const r = await f.b.dispatch('actions.delete', { id: b.id });
    expect(r.ok ? null : r.error.code).toBe('conflict');
    expect((await call<ActionRow[]>(f.b, 'actions.list', { bucket: 'all' })).map((x) => x.id)).toEqual([b.id]);
    const h = await call<HistoryEntry[]>(f.b, 'history.list', { entityType: 'action', entityId: a.id });
    expect(h[0]!.action).toBe('delete');
    expect((await f.b.dispatch('actions.get', { id: a.id })).ok).toBe(false);
  });
});

describe('evidence of completion', () => {
  it('stores a file under its hash in the evidence store, keeps links, and removes both', async () => {
    f = await actionFixture();
    const a = await f.create();
    const content = 'Training matrix, November';
    const sha = createHash('sha256').update(content).digest('hex');
    const d = await call<ActionDetail>(f.b, 'actions.addEvidence', { id: a.id, file: { fileName: 'C:\\docs\\matrix.xlsx', contentBase64: Buffer.from(content).toString('base64') } });
    expect(d.evidence).toEqual([{ id: expect.any(Number), kind: 'file', fileName: 'matrix.xlsx', url: null, sizeBytes: content.length, addedAt: '2026-11-22T10:00:00.000Z', addedBy: 'tester' }]);
    const row = await f.ctx.db.selectFrom('action_evidence').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ sha256: sha, stored_path: `actions/${a.id}/${sha.slice(0, 12)}-matrix.xlsx` });
    const stored = join(f.b.dataDir, 'evidence', ...row.stored_path!.split('/'));
    expect(readFileSync(stored, 'utf8')).toBe(content);

    const linked = await call<ActionDetail>(f.b, 'actions.addEvidence', { id: a.id, url: 'https://intranet.example/policy' });
    expect(linked.evidence.map((e) => e.kind)).toEqual(['file', 'link']);
    const script = await f.b.dispatch('actions.addEvidence', { id: a.id, url: 'javascript:alert(1)' });
    expect(script.ok).toBe(false);
    const exe = await f.b.dispatch('actions.addEvidence', { id: a.id, file: { fileName: 'run.exe', contentBase64: 'AAAA' } });
    expect(exe.ok ? null : exe.error.details?.[0]?.file).toBe('run.exe');

    const after = await call<ActionDetail>(f.b, 'actions.removeEvidence', { evidenceId: row.id });
    expect(after.evidence.map((e) => e.kind)).toEqual(['link']);
    expect(existsSync(stored)).toBe(false);
  });
});

describe('actions from weak ratings', () => {
  it('suggests a prefilled action: improvement text, the lead as owner, three months past the final deadline, high when weak', async () => {
    f = await actionFixture();
    const ca = await f.answer(f.alder.id, [
      { number: '3', rating: 'I', improvement: 'Get two references for every new starter.' },
      { number: '4', rating: 'G' },
    ]);
    const s = await call<ActionSuggestion>(f.b, 'actions.suggest', { cycleAgencyId: ca, targetKey: f.key('3') });
    expect(s.input).toMatchObject({
      kind: 'agency',
      agencyId: f.alder.id,
      cycleId: f.cycle.id,
      targetKey: f.key('3'),
      description: 'Get two references for every new starter.',
      ownerContactId: f.alder.leadId,
      // Final deadline 15 December 2026 is after today (22 November): three months after it.
      dueDate: '2027-03-15',
      priority: 'high',
      source: 'rating',
    });
    expect(s.context).toMatch(/^Standard 3 .+: rated Inadequate \(self-assessed\)$/);
    expect(s.existing).toEqual([]);

    const good = await call<ActionSuggestion>(f.b, 'actions.suggest', { cycleAgencyId: ca, targetKey: f.key('4') });
    expect(good.input.priority).toBe('medium');
    expect(good.input.description).toBe(`Address: ${f.fw.byKey.get(f.key('4'))!.text}`);

    const made = await f.create(s.input);
    const again = await call<ActionSuggestion>(f.b, 'actions.suggest', { cycleAgencyId: ca, targetKey: f.key('3') });
    expect(again.existing.map((e) => e.id)).toEqual([made.id]);
  });

  it('dates from today when the final deadline has passed', async () => {
    f = await actionFixture('2027-01-31T12:00:00Z');
    const ca = await f.answer(f.birch.id, [{ number: '2', rating: 'RI' }]);
    const s = await call<ActionSuggestion>(f.b, 'actions.suggest', { cycleAgencyId: ca, targetKey: f.key('2') });
    // 31 January + 3 months is the end of April, not 1 or 3 May.
    expect(s.input.dueDate).toBe('2027-04-30');
  });

  it('createForWeak makes one action per weak answer lacking an open one, and is safe to repeat', async () => {
    f = await actionFixture();
    const ca = await f.answer(f.alder.id, [
      { number: '1', rating: 'O' },
      { number: '2', rating: 'RI' },
      { number: '3', rating: 'I' },
      { number: '5', rating: 'I' },
    ]);
    // Standard 5 already has an open action, so only 2 and 3 get new ones.
    await f.create({ cycleId: f.cycle.id, targetKey: f.key('5') });
    const made = await call<ActionRow[]>(f.b, 'actions.createForWeak', { cycleAgencyId: ca, dueDate: '2027-03-31', priority: 'high' });
    expect(made.map((m) => m.standardNumber)).toEqual(['2', '3']);
    expect(made.every((m) => m.source === 'rating' && m.priority === 'high' && m.dueDate === '2027-03-31' && m.owner === 'Jane Hollins')).toBe(true);
    expect(await call<ActionRow[]>(f.b, 'actions.createForWeak', { cycleAgencyId: ca, dueDate: '2027-03-31' })).toEqual([]);
    expect(await call<ActionRow[]>(f.b, 'actions.list', { bucket: 'all', agencyId: f.alder.id })).toHaveLength(3);
  });
});
