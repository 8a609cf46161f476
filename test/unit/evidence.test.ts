import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReturnDetail } from '../../shared/domain/cycle';
import type { HistoryEntry } from '../../shared/domain/settings';
import { safeFileName } from '../../electron/backend/io/windows-file-name';
import { addEvidence, MAX_EVIDENCE_BYTES } from '../../electron/backend/services/evidence';
import { call, tempBackend } from '../helpers/backend';
import { agencies, frameworkByFamily, insertCycle, keysOf } from '../helpers/cycle-fixture';

let b: Awaited<ReturnType<typeof tempBackend>>;
let compact: Awaited<ReturnType<typeof frameworkByFamily>>;
let ids: number[];

beforeAll(async () => {
  b = await tempBackend({ seedDemo: true });
  compact = await frameworkByFamily(b, 'compact-audit', '2023');
  ids = (await agencies(b)).slice(0, 3).map((a) => a.id);
});
afterAll(() => b.close());

const upload = (fileName: string, content: string | Buffer) => ({ fileName, contentBase64: Buffer.from(content).toString('base64') });
const store = (relative: string) => join(b.dataDir, 'evidence', ...relative.split('/'));
const storedRow = (id: number) => b.ctx.db.selectFrom('evidence_files').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('evidence files and links', () => {
  it('copies a file into the store under its hash, records hash and size, and shows it on the answer', async () => {
    const { ca } = await insertCycle(b, { frameworkId: compact.id, agencyIds: [ids[0]!] });
    const id = ca.get(ids[0]!)!;
    const k = keysOf(compact);
    const content = 'Safeguarding policy v4, approved by the board on 3 March 2026';
    const sha = createHash('sha256').update(content).digest('hex');
    const d = await call<ReturnDetail>(b, 'returns.addEvidence', { cycleAgencyId: id, targetKey: k.i('2.1'), file: upload('C:\\Users\\jo\\Policy: v4?.pdf', content) });

    // The target had no answer: one is made to hold the evidence.
    const answer = d.answers.find((a) => a.targetKey === k.i('2.1'))!;
    expect(answer.self).toBeNull();
    expect(answer.evidenceFiles).toEqual([
      { id: expect.any(Number), kind: 'file', fileName: 'Policy: v4?.pdf', url: null, sizeBytes: content.length, addedAt: '2026-11-22T10:00:00.000Z', addedBy: 'tester' },
    ]);
    const row = await storedRow(answer.evidenceFiles[0]!.id);
    expect(row).toMatchObject({ sha256: sha, size_bytes: content.length, stored_path: `${id}/${sha.slice(0, 12)}-Policy_ v4_.pdf` });
    expect(readFileSync(store(row.stored_path!), 'utf8')).toBe(content);

    const history = await call<HistoryEntry[]>(b, 'history.list', { entityType: 'return', entityId: id });
    expect(history[0]).toMatchObject({ action: 'add_evidence', changes: { 'item 2.1': [null, 'Policy: v4?.pdf'] } });
  });

  it('stores a link as its address', async () => {
    const { ca } = await insertCycle(b, { frameworkId: compact.id, agencyIds: [ids[1]!] });
    const k = keysOf(compact);
    await call(b, 'returns.saveAnswers', { cycleAgencyId: ca.get(ids[1]!)!, answers: [{ targetKey: k.s('3'), selfCode: 'G' }] });
    const d = await call<ReturnDetail>(b, 'returns.addEvidence', { cycleAgencyId: ca.get(ids[1]!)!, targetKey: k.s('3'), url: 'https://intranet.example/safeguarding' });
    expect(d.answers).toHaveLength(1);
    expect(d.answers[0]!.self?.code).toBe('G');
    expect(d.answers[0]!.evidenceFiles).toMatchObject([{ kind: 'link', url: 'https://intranet.example/safeguarding', fileName: null, sizeBytes: null }]);
  });

  it('refuses programs and scripts with a clear message and writes nothing', async () => {
    const { ca } = await insertCycle(b, { frameworkId: compact.id, agencyIds: [ids[2]!] });
    const id = ca.get(ids[2]!)!;
    for (const name of ['setup.EXE', 'run.bat', 'macro.vbs', 'tidy.ps1', 'app.js', 'go.cmd']) {
      const r = await b.dispatch('returns.addEvidence', { cycleAgencyId: id, targetKey: keysOf(compact).s('1'), file: upload(name, 'MZ') });
      expect(r).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('programs and scripts'), details: [{ file: name }] } });
    }
    expect(existsSync(join(b.dataDir, 'evidence', String(id)))).toBe(false);
    expect((await call<ReturnDetail>(b, 'returns.get', { cycleAgencyId: id })).answers).toEqual([]);
  });

  it('refuses a file over 50 MB and a target outside the framework', async () => {
    const { ca } = await insertCycle(b, { frameworkId: compact.id, agencyIds: [ids[2]!] });
    const id = ca.get(ids[2]!)!;
    const big = { fileName: 'scan.pdf', contentBase64: Buffer.alloc(MAX_EVIDENCE_BYTES + 1).toString('base64') };
    await expect(addEvidence(b.ctx.db, b.ctx, id, keysOf(compact).s('1'), { file: big })).rejects.toMatchObject({ code: 'validation', message: expect.stringContaining('at most 50 MB') });
    await expect(addEvidence(b.ctx.db, b.ctx, id, 'i:999999', { url: 'https://example.org' })).rejects.toMatchObject({ code: 'validation' });
    expect(existsSync(join(b.dataDir, 'evidence', String(id)))).toBe(false);
  });

  it('removes the stored file with its row, but not while a carried-forward row still uses it', async () => {
    const first = await insertCycle(b, { frameworkId: compact.id, agencyIds: [ids[0]!] });
    const later = await insertCycle(b, { frameworkId: compact.id, agencyIds: [ids[0]!], name: 'Next cycle' });
    const k = keysOf(compact);
    const d = await call<ReturnDetail>(b, 'returns.addEvidence', { cycleAgencyId: first.ca.get(ids[0]!)!, targetKey: k.s('4'), file: upload('minutes.docx', 'board minutes') });
    const original = await storedRow(d.answers[0]!.evidenceFiles[0]!.id);
    // A carried-forward copy points at the same stored file.
    const { id: copyId } = await b.ctx.db
      .insertInto('evidence_files')
      .values({ ...original, id: undefined, cycle_agency_id: later.ca.get(ids[0]!)!, carried_forward: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const path = store(original.stored_path!);

    const after = await call<ReturnDetail>(b, 'returns.removeEvidence', { evidenceId: original.id });
    expect(after.answers[0]!.evidenceFiles).toEqual([]);
    expect(existsSync(path)).toBe(true);
    await call(b, 'returns.removeEvidence', { evidenceId: copyId });
    expect(existsSync(path)).toBe(false);
    expect(await b.ctx.db.selectFrom('evidence_files').select('id').where('id', 'in', [original.id, copyId]).execute()).toEqual([]);
    const history = await call<HistoryEntry[]>(b, 'history.list', { entityType: 'return', entityId: first.ca.get(ids[0]!)! });
    expect(history[0]).toMatchObject({ action: 'remove_evidence', changes: { 'standard 4': ['minutes.docx', null] } });
    expect(readdirSync(join(b.dataDir, 'evidence', String(first.ca.get(ids[0]!)!)))).toEqual([]);
  });

  it('makes file names safe for every system, keeping the extension', () => {
    // As the evidence store names its copies.
    const stored = (name: string) => safeFileName(name, { replacement: '_' });
    expect(stored('../../etc/passwd')).toBe('passwd');
    expect(stored('a<b>|c*.txt. ')).toBe('a_b__c_.txt');
    expect(stored(`${'x'.repeat(300)}.pdf`)).toMatch(/^x{116}\.pdf$/);
  });
});
