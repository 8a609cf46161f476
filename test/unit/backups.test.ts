import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../electron/backend/app';
import { runCli } from '../../electron/backend/cli/main';
import { evidenceBackupDir } from '../../electron/backend/db/backup-evidence';
import { backupsDir, dailyBackupIfDue, listBackupEntries, readBackupLog } from '../../electron/backend/db/backups';
import { openDatabase } from '../../electron/backend/db/open';
import { DATABASE_FILE } from '../../electron/backend/paths';
import { call, RESOURCES } from '../helpers/backend';

const open: Backend[] = [];
afterEach(async () => {
  for (const b of open.splice(0)) await b.close();
});

const newDir = () => mkdtempSync(join(tmpdir(), 'audit-desk-backups-'));
const start = async (dataDir: string, at: string) => {
  const b = await startBackend({ dataDir, resourcesDir: RESOURCES, mode: 'cli', userName: 'tester', now: () => new Date(at), seedDemo: false });
  open.push(b);
  return b;
};
const stop = async (b: Backend) => {
  open.splice(open.indexOf(b), 1);
  await b.close();
};
const putEvidence = (dataDir: string, rel: string, text: string) => {
  const p = join(dataDir, 'evidence', ...rel.split('/'));
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
};
const evidenceText = (dir: string, rel: string) => readFileSync(join(dir, ...rel.split('/')), 'utf8');
const name = async (b: Backend) => (await call(b, 'settings.get')).partnershipName as string;

describe('daily and weekly backups', () => {
  it('keeps the last 7 daily and the last 4 weekly after 30 days of opens, one backup a day', async () => {
    const dbPath = join(newDir(), DATABASE_FILE);
    const o = await openDatabase(dbPath);
    const day0 = Date.parse('2026-10-05T09:00:00Z'); // a Monday
    let taken = 0;
    for (let d = 0; d < 30; d++) {
      const first = await dailyBackupIfDue(o.sqlite, dbPath, new Date(day0 + d * 86_400_000), () => undefined);
      const again = await dailyBackupIfDue(o.sqlite, dbPath, new Date(day0 + d * 86_400_000 + 3 * 3_600_000), () => undefined);
      expect(first).not.toBeNull();
      expect(again).toBeNull();
      taken++;
    }
    await o.close();
    expect(taken).toBe(30);
    const kept = listBackupEntries(dbPath);
    const dates = (kind: string) => kept.filter((e) => e.kind === kind).map((e) => e.date);
    expect(dates('weekly')).toEqual(['2026-11-02', '2026-10-26', '2026-10-19', '2026-10-12']);
    expect(dates('daily')).toEqual(['2026-11-03', '2026-11-01', '2026-10-31', '2026-10-30', '2026-10-29', '2026-10-28', '2026-10-27']);
    expect(kept).toHaveLength(11);
    // Nothing but the kept backups and the log stays in the folder.
    expect(readdirSync(backupsDir(dbPath)).filter((f) => f.endsWith('.sqlite'))).toHaveLength(11);
  });

  it('backs up on the first open of each day (not on creation), runs the full integrity check and records it', async () => {
    const dir = newDir();
    const dbPath = join(dir, DATABASE_FILE);
    await stop(await start(dir, '2026-11-22T08:00:00Z'));
    expect(listBackupEntries(dbPath)).toHaveLength(0);
    await stop(await start(dir, '2026-11-22T09:00:00Z'));
    await stop(await start(dir, '2026-11-22T17:00:00Z'));
    expect(listBackupEntries(dbPath).map((e) => e.date)).toEqual(['2026-11-22']);
    const log = await readBackupLog(dbPath);
    expect(log.lastIntegrityCheck).toEqual({ at: '2026-11-22T09:00:00.000Z', ok: true, problems: [] });
    // London is on GMT in November: 23:30 UTC is still the 22nd there.
    await stop(await start(dir, '2026-11-22T23:30:00Z'));
    expect(listBackupEntries(dbPath)).toHaveLength(1);
    const b = await start(dir, '2026-11-23T00:10:00Z');
    await b.housekeeping;
    expect(listBackupEntries(dbPath).map((e) => e.date)).toEqual(['2026-11-23', '2026-11-22']);
    const info = await call(b, 'storage.info');
    expect(info).toMatchObject({ location: 'local', journalMode: 'WAL', warning: null, lastDailyBackup: { at: '2026-11-23T00:10:00.000Z' } });
    expect(info.lastIntegrityCheck.ok).toBe(true);
  });
});

describe('integrity check after the daily backup', () => {
  it('records and logs damage found in the database', async () => {
    const dbPath = join(newDir(), DATABASE_FILE);
    const o = await openDatabase(dbPath);
    const ins = o.sqlite.prepare('insert into settings (key, value) values (?, ?)');
    for (let i = 0; i < 2000; i++) ins.run(`k${i}`, 'x'.repeat(200));
    o.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await o.close();
    const fd = openSync(dbPath, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xff), 0, 4096, 4096 * 3);
    closeSync(fd);
    // Opened without the quick_check the app does, as damage arising while the app runs would be.
    const raw = new Database(dbPath);
    const logged: string[] = [];
    const r = await dailyBackupIfDue(raw, dbPath, new Date('2026-11-22T09:00:00Z'), (m) => void logged.push(m));
    raw.close();
    expect(r!.integrity).not.toEqual(['ok']);
    expect(logged.join('')).toMatch(/integrity check .* found problems/);
    const log = await readBackupLog(dbPath);
    expect(log.lastIntegrityCheck?.ok).toBe(false);
    expect(log.lastIntegrityCheck?.problems.length).toBeGreaterThan(0);
  });
});

describe('backups include the evidence', () => {
  it('copies the evidence store with the database, linking unchanged files to the previous backup', async () => {
    const dir = newDir();
    const b = await start(dir, '2026-11-22T10:00:00Z');
    putEvidence(dir, '12/abc-policy.pdf', 'policy v1');
    putEvidence(dir, 'actions/7/def-plan.docx', 'plan');
    const first = await call(b, 'backups.create');
    expect(first).toMatchObject({ kind: 'manual', evidenceFiles: 2 });
    const copy = evidenceBackupDir(b.ctx.databasePath, first.name);
    expect(evidenceText(copy, '12/abc-policy.pdf')).toBe('policy v1');
    expect(evidenceText(copy, 'actions/7/def-plan.docx')).toBe('plan');
    putEvidence(dir, '12/new-minutes.pdf', 'minutes');
    const second = await call(b, 'backups.create');
    expect(second.evidenceFiles).toBe(3);
    const copy2 = evidenceBackupDir(b.ctx.databasePath, second.name);
    expect(statSync(join(copy2, 'actions', '7', 'def-plan.docx')).ino).toBe(statSync(join(copy, 'actions', '7', 'def-plan.docx')).ino);
    expect(evidenceText(copy2, '12/new-minutes.pdf')).toBe('minutes');
    // The backup copy is not the live file: replacing the live file leaves the backup as it was.
    putEvidence(dir, '12/abc-policy.pdf', 'policy v2 changed');
    expect(evidenceText(copy, '12/abc-policy.pdf')).toBe('policy v1');
    const listed = await call(b, 'backups.list');
    expect(listed.map((e: { name: string }) => e.name)).toEqual([second.name, first.name]);
    expect(listed[0]).not.toHaveProperty('path');
  });
});

describe('restore from backup', () => {
  it('round trip: data and evidence go back to the backup, the app keeps running on the restored data, and it can be undone', async () => {
    const dir = newDir();
    const b = await start(dir, '2026-11-22T10:00:00Z');
    await call(b, 'settings.update', { partnershipName: 'As backed up' });
    putEvidence(dir, '1/kept.pdf', 'kept');
    const backup = await call(b, 'backups.create');
    await call(b, 'settings.update', { partnershipName: 'Changed later' });
    putEvidence(dir, '1/added-later.pdf', 'later');
    putEvidence(dir, '1/kept.pdf', 'kept but edited');

    const r = await call(b, 'backups.restore', { name: backup.name });
    expect(r.restored.name).toBe(backup.name);
    expect(r.safetyBackup.kind).toBe('before-restore');
    expect(await name(b)).toBe('As backed up');
    expect(evidenceText(join(dir, 'evidence'), '1/kept.pdf')).toBe('kept');
    expect(existsSync(join(dir, 'evidence', '1', 'added-later.pdf'))).toBe(false);
    // Writes still work on the reopened database, and no staging files are left behind.
    await call(b, 'settings.update', { partnershipName: 'After restore' });
    expect(readdirSync(dir).filter((f) => /restoring|replaced|restore-pending/.test(f))).toEqual([]);

    await call(b, 'backups.restore', { name: r.safetyBackup.name });
    expect(await name(b)).toBe('Changed later');
    expect(evidenceText(join(dir, 'evidence'), '1/kept.pdf')).toBe('kept but edited');
    await stop(b);
    const again = await start(dir, '2026-11-22T11:00:00Z');
    expect(await name(again)).toBe('Changed later');
  });

  it('refuses a damaged backup and a backup from a newer version, changing nothing', async () => {
    const dir = newDir();
    const b = await start(dir, '2026-11-22T10:00:00Z');
    await call(b, 'settings.update', { partnershipName: 'Current' });
    putEvidence(dir, '1/current.pdf', 'current');
    const damaged = await call(b, 'backups.create');
    const newer = await call(b, 'backups.create');
    const dbPath = b.ctx.databasePath;
    const fd = openSync(join(backupsDir(dbPath), `${damaged.name}.sqlite`), 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xff), 0, 4096, 4096 * 3);
    closeSync(fd);
    const n = new Database(join(backupsDir(dbPath), `${newer.name}.sqlite`));
    n.pragma('user_version = 999');
    n.close();
    const before = listBackupEntries(dbPath).map((e) => e.name);

    for (const [backup, why] of [[damaged, /integrity check/], [newer, /newer Audit Desk/]] as const) {
      const res = await b.dispatch('backups.restore', { name: backup.name });
      expect(res.ok).toBe(false);
      if (res.ok) continue;
      expect(res.error.code).toBe('validation');
      expect(res.error.message).toMatch(why);
      expect(res.error.message).toContain('Nothing was changed');
    }
    const missing = await b.dispatch('backups.restore', { name: 'no-such-backup' });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
    const path = await b.dispatch('backups.restore', { name: '../audit-desk' });
    expect(path.ok ? null : path.error.code).toBe('validation');
    expect(await name(b)).toBe('Current');
    expect(evidenceText(join(dir, 'evidence'), '1/current.pdf')).toBe('current');
    expect(listBackupEntries(dbPath).map((e) => e.name)).toEqual(before);
    expect(readdirSync(dir).filter((f) => /restoring|replaced|restore-pending/.test(f))).toEqual([]);
  });

  it('finishes a restore interrupted after its files were staged, on the next start', async () => {
    const dir = newDir();
    let b = await start(dir, '2026-11-22T10:00:00Z');
    await call(b, 'settings.update', { partnershipName: 'In the backup' });
    const backup = await call(b, 'backups.create');
    await call(b, 'settings.update', { partnershipName: 'Current' });
    const dbPath = b.ctx.databasePath;
    await stop(b);
    // What restore.ts leaves if the machine stops between staging and swapping.
    copyFileSync(join(backupsDir(dbPath), `${backup.name}.sqlite`), `${dbPath}.restoring`);
    putEvidence(dir, '../evidence.restoring/5/staged.pdf', 'staged');
    writeFileSync(join(dir, 'restore-pending.json'), JSON.stringify({ backup: backup.name }));
    b = await start(dir, '2026-11-22T11:00:00Z');
    expect(await name(b)).toBe('In the backup');
    expect(evidenceText(join(dir, 'evidence'), '5/staged.pdf')).toBe('staged');
    expect(readdirSync(dir).filter((f) => /restoring|restore-pending/.test(f))).toEqual([]);
  });

  it('works from the command line, even when the database will not open', async () => {
    const dir = newDir();
    const out = (lines: string[]) => (s: string) => void lines.push(s);
    expect(await runCli(['init', '--no-demo', '--data', dir], out([]))).toBe(0);
    let b = await start(dir, '2026-11-22T10:00:00Z');
    await call(b, 'settings.update', { partnershipName: 'Good days' });
    await stop(b);
    const created: string[] = [];
    expect(await runCli(['backups', 'create', '--data', dir], out(created))).toBe(0);
    const backupName = /Backed up to (\S+)/.exec(created.join(''))![1]!;
    const listed: string[] = [];
    expect(await runCli(['backups', 'list', '--data', dir, '--format', 'json'], out(listed))).toBe(0);
    expect(JSON.parse(listed.join('')).map((r: { name: string }) => r.name)).toContain(backupName);

    // Damage the live file so it no longer opens.
    writeFileSync(join(dir, DATABASE_FILE), Buffer.alloc(8192, 7));
    await expect(runCli(['info', '--data', dir], out([]))).rejects.toThrow(/integrity check/);
    const restored: string[] = [];
    expect(await runCli(['backups', 'restore', backupName, '--data', dir], out(restored))).toBe(0);
    expect(restored.join('')).toContain(`Restored ${backupName}`);
    b = await start(dir, '2026-11-22T12:00:00Z');
    expect(await name(b)).toBe('Good days');
    // The damaged file was kept as it was, as the safety backup.
    const safety = listBackupEntries(b.ctx.databasePath).find((e) => e.kind === 'before-restore')!;
    expect(readFileSync(safety.path)).toEqual(Buffer.alloc(8192, 7));
  });
});
