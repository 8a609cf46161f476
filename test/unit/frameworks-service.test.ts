import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FrameworkDetail, FrameworkSummary } from '../../shared/domain/framework';
import { freezeFramework } from '../../electron/backend/services/framework-write';
import { ensureBuiltInFrameworks } from '../../electron/backend/services/frameworks-builtin';
import { call, tempBackend } from '../helpers/backend';

let b: Awaited<ReturnType<typeof tempBackend>>;
beforeEach(async () => {
  b = await tempBackend();
});
afterEach(() => b.close());

const compact = async () => (await call<FrameworkSummary[]>(b, 'frameworks.list')).find((f) => f.familyKey === 'compact-audit')!;

describe('built-in frameworks', () => {
  it('installs the Compact Audit and the s11 policy framework, published and read-only', async () => {
    const list = await call<FrameworkSummary[]>(b, 'frameworks.list');
    expect(list.map((f) => f.familyKey).sort()).toEqual(['compact-audit', 's11-policy']);
    const c = list.find((f) => f.familyKey === 'compact-audit')!;
    expect(c).toMatchObject({ status: 'published', frozen: true, builtIn: true, standardCount: 12 });
    expect(c.itemCount).toBeGreaterThan(40);
    const s11 = list.find((f) => f.familyKey === 's11-policy')!;
    expect(s11.standardCount).toBe(9);
  });

  it('does not install them twice', async () => {
    expect(await ensureBuiltInFrameworks(b.ctx)).toBe(0);
    expect(await call<FrameworkSummary[]>(b, 'frameworks.list')).toHaveLength(2);
  });

  it('refuses to edit a built-in version', async () => {
    const c = await compact();
    const detail = await call<FrameworkDetail>(b, 'frameworks.get', { id: c.id });
    const r = await b.dispatch('frameworks.save', { id: c.id, doc: { ...detail.doc, name: 'Changed' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'frozen' } });
    expect((await call<FrameworkDetail>(b, 'frameworks.get', { id: c.id })).name).not.toBe('Changed');
  });
});

describe('editing a draft version', () => {
  it('duplicates into the next version number as a draft that remembers its source', async () => {
    const c = await compact();
    const d = await call<FrameworkDetail>(b, 'frameworks.duplicate', { id: c.id, versionLabel: '2026' });
    expect(d).toMatchObject({ status: 'draft', frozen: false, builtIn: false, versionNumber: c.versionNumber + 1, derivedFromId: c.id, versionLabel: '2026' });
    expect(d.doc.standards).toHaveLength(12);
  });

  it('saves edits keeping the ids of kept items, adding and removing others, in history', async () => {
    const c = await compact();
    const d = await call<FrameworkDetail>(b, 'frameworks.duplicate', { id: c.id, versionLabel: '2026' });
    const doc = structuredClone(d.doc);
    const keptItem = doc.standards[0]!.items[0]!;
    keptItem.text = 'Senior leaders publish an annual safeguarding statement.';
    doc.standards[0]!.items.push({ number: '1.99', text: 'A new item', evidencePrompt: null, guidance: null, wordings: [] });
    const removed = doc.standards.pop()!;
    doc.scale.levels[0]!.label = 'Exceeds';
    const saved = await call<FrameworkDetail>(b, 'frameworks.save', { id: d.id, doc });

    expect(saved.doc.standards).toHaveLength(11);
    expect(saved.doc.standards[0]!.items[0]!.id).toBe(keptItem.id);
    expect(saved.doc.standards[0]!.items[0]!.text).toBe('Senior leaders publish an annual safeguarding statement.');
    expect(saved.doc.standards[0]!.items.at(-1)!.number).toBe('1.99');
    expect(saved.doc.standards.map((s) => s.number)).not.toContain(removed.number);
    expect(saved.doc.scale.levels[0]!.label).toBe('Exceeds');

    const history = await call<Array<{ action: string; changes: Record<string, [unknown, unknown]> }>>(b, 'history.list', { entityType: 'framework', entityId: d.id });
    const edit = history.find((h) => h.action === 'update')!;
    expect(edit.changes[`item ${keptItem.number} text`]?.[1]).toBe('Senior leaders publish an annual safeguarding statement.');
    expect(edit.changes[`standard ${removed.number} title`]).toEqual([removed.title, null]);
    // The source version is untouched.
    const source = await call<FrameworkDetail>(b, 'frameworks.get', { id: c.id });
    expect(source.doc.standards).toHaveLength(12);
    expect(source.doc.scale.levels[0]!.label).toBe('Outstanding');
  });

  it('refuses a second version with the same label, in any case', async () => {
    const c = await compact();
    await call(b, 'frameworks.duplicate', { id: c.id, versionLabel: '2026' });
    const r = await b.dispatch('frameworks.duplicate', { id: c.id, versionLabel: '2026' });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const d = await call<FrameworkDetail>(b, 'frameworks.duplicate', { id: c.id, versionLabel: '2027' });
    const clash = await b.dispatch('frameworks.save', { id: d.id, doc: { ...d.doc, versionLabel: '2026' } });
    expect(!clash.ok && clash.error.message).toMatch(/already has a version called "2026"/);
  });

  it('rejects an invalid doc with readable field paths', async () => {
    const c = await compact();
    const d = await call<FrameworkDetail>(b, 'frameworks.duplicate', { id: c.id, versionLabel: '2026' });
    const doc = structuredClone(d.doc);
    doc.standards[1]!.items[0]!.number = doc.standards[0]!.items[0]!.number;
    const r = await b.dispatch('frameworks.save', { id: d.id, doc });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('validation');
      expect(r.error.details?.[0]?.field).toBe('doc.standards.1.items.0.number');
    }
  });

  it('freezes a version so it can no longer change or be deleted', async () => {
    const d = await call<FrameworkDetail>(b, 'frameworks.duplicate', { id: (await compact()).id, versionLabel: '2026' });
    await freezeFramework(b.ctx.db, b.ctx, d.id);
    expect(await b.dispatch('frameworks.save', { id: d.id, doc: d.doc })).toMatchObject({ ok: false, error: { code: 'frozen' } });
    expect(await b.dispatch('frameworks.deleteDraft', { id: d.id })).toMatchObject({ ok: false, error: { code: 'frozen' } });
  });

  it('deletes drafts only', async () => {
    const d = await call<FrameworkDetail>(b, 'frameworks.duplicate', { id: (await compact()).id, versionLabel: '2026' });
    await call(b, 'frameworks.publish', { id: d.id });
    expect(await b.dispatch('frameworks.deleteDraft', { id: d.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const d2 = await call<FrameworkDetail>(b, 'frameworks.duplicate', { id: d.id, versionLabel: '2027' });
    await call(b, 'frameworks.deleteDraft', { id: d2.id });
    expect((await call<FrameworkSummary[]>(b, 'frameworks.list')).map((f) => f.id)).not.toContain(d2.id);
    expect(b.opened.sqlite.prepare('select count(*) n from framework_standards where framework_id = ?').get(d2.id)).toEqual({ n: 0 });
  });
});

describe('framework JSON import and export', () => {
  it('round-trips: an exported version imports as a new draft with the same content', async () => {
    const c = await compact();
    const file = await call<{ fileName: string; contentBase64: string }>(b, 'frameworks.exportJson', { id: c.id });
    expect(file.fileName).toMatch(/\.json$/);
    const json = JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8'));
    expect(JSON.stringify(json)).not.toMatch(/"id":/);
    const imported = await call<FrameworkDetail>(b, 'frameworks.importJson', file);
    expect(imported.status).toBe('draft');
    // The label is taken by the original, so the copy says where it came from.
    expect(imported.versionLabel).toBe(`${c.versionLabel} (imported)`);
    const again = await call<FrameworkDetail>(b, 'frameworks.importJson', file);
    expect(again.versionLabel).toBe(`${c.versionLabel} (imported 2)`);
    const original = await call<FrameworkDetail>(b, 'frameworks.get', { id: c.id });
    const strip = (d: FrameworkDetail) => JSON.parse(JSON.stringify({ ...d.doc, versionLabel: '' }, (k, v) => (k === 'id' ? undefined : v)));
    expect(strip(imported)).toEqual(strip(original));
  });

  it('refuses a broken file naming it, and imports nothing', async () => {
    const before = (await call<FrameworkSummary[]>(b, 'frameworks.list')).length;
    const bad = { fileName: 'my tool.json', contentBase64: Buffer.from('{"name": "x"').toString('base64') };
    const r = await b.dispatch('frameworks.importJson', bad);
    expect(r).toMatchObject({ ok: false, error: { code: 'import_invalid' } });
    expect(!r.ok && r.error.message).toContain('my tool.json');
    expect((await call<FrameworkSummary[]>(b, 'frameworks.list')).length).toBe(before);
  });
});
