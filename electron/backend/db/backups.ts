import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { copyFile, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { format, parseISO, startOfISOWeek } from 'date-fns';
import { londonDate } from '../../../shared/domain/dates';
import type { BackupKind } from '../../../shared/domain/storage';
import { writeFileAtomic } from '../io/atomic-write';
import { copyEvidence, evidenceBackupDir, treeSize } from './backup-evidence';
import { integrityCheckFile } from './integrity-check';

// A backup is a flat SQLite file in backups/ (so the "copy it over the damaged file" advice still holds)
// plus, when the data folder has evidence, a copy of the evidence store in backups/evidence/<name>/.
// A folder rather than a zip: evidence is mostly PDFs and Office files that do not compress, a folder
// restores with a plain copy, and unchanged files are hard-linked to the previous backup's copy, so seven
// daily backups of a large evidence store cost little more than one.

export type { BackupKind };

export interface BackupEntry {
  /** The file name without .sqlite: what `backups restore NAME` takes. */
  name: string;
  kind: BackupKind;
  /** UTC instant the backup was taken, from its name. */
  createdAt: string;
  /** Its London calendar date. */
  date: string;
  path: string;
  databaseBytes: number;
  evidenceFiles: number;
  evidenceBytes: number;
}

/** How many of each kind rotation keeps, newest first. */
export const KEEP: Record<BackupKind, number> = { daily: 7, weekly: 4, 'pre-migration': 5, 'before-restore': 5, manual: 10 };

export const backupsDir = (dbPath: string) => join(dirname(dbPath), 'backups');
const logPath = (dbPath: string) => join(backupsDir(dbPath), 'backup-log.json');

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 19);
const NAME = /^(.+)-(daily|weekly|manual|before-restore|before-v\d+)-(\d{4}-\d{2}-\d{2})_(\d{2})-(\d{2})-(\d{2})(?:-\d+)?$/;

function parseName(name: string): { kind: BackupKind; createdAt: string } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const kind = m[2]!.startsWith('before-v') ? 'pre-migration' : (m[2] as BackupKind);
  return { kind, createdAt: `${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z` };
}

/** Every backup of this database, newest first. Half-written ones (.partial) are not listed. */
export function listBackupEntries(dbPath: string): BackupEntry[] {
  const dir = backupsDir(dbPath);
  if (!existsSync(dir)) return [];
  const entries: BackupEntry[] = [];
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.sqlite')) continue;
    const name = file.slice(0, -'.sqlite'.length);
    const parsed = parseName(name);
    if (!parsed) continue;
    const ev = treeSize(evidenceBackupDir(dbPath, name));
    entries.push({ name, ...parsed, date: londonDate(new Date(parsed.createdAt)), path: join(dir, file), databaseBytes: statSync(join(dir, file)).size, evidenceFiles: ev.files, evidenceBytes: ev.bytes });
  }
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

export interface CreateBackupOptions {
  kind: BackupKind;
  now: Date;
  /** The label in the file name; defaults to the kind ('before-v5' for a pre-migration backup). */
  label?: string;
  /** Where the evidence store lives; defaults to the database's folder. */
  dataDir?: string;
  /** Copy the file as it is rather than through SQLite: for a database too damaged to read. */
  rawCopy?: boolean;
}

/**
 * SQLite's online backup of the database (consistent while the app writes), then the evidence store.
 * Database first: evidence is written before its row commits and deleted after, so a file can at worst be
 * extra in the backup, and is missing only if it was removed in the moments between the two copies.
 */
export async function createBackup(source: Database.Database | null, dbPath: string, options: CreateBackupOptions): Promise<BackupEntry> {
  const dir = backupsDir(dbPath);
  mkdirSync(dir, { recursive: true });
  const base = `${basename(dbPath, '.sqlite')}-${options.label ?? options.kind}-${stamp(options.now)}`;
  let name = base;
  for (let n = 2; existsSync(join(dir, `${name}.sqlite`)); n++) name = `${base}-${n}`;
  const target = join(dir, `${name}.sqlite`);
  // Written under another name and renamed, so a crash mid-backup never leaves a listed, truncated backup.
  const partial = `${target}.partial`;
  if (options.rawCopy) await copyFile(dbPath, partial);
  else {
    const db = source ?? new Database(dbPath, { fileMustExist: true });
    try {
      await db.backup(partial);
    } finally {
      if (!source) db.close();
    }
    // One self-contained file (the copy inherits WAL mode), so it can be copied over a damaged database.
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
  }
  const previous = listBackupEntries(dbPath).find((e) => e.evidenceFiles > 0);
  await copyEvidence(join(options.dataDir ?? dirname(dbPath), 'evidence'), evidenceBackupDir(dbPath, name), previous && evidenceBackupDir(dbPath, previous.name));
  await rename(partial, target);
  return listBackupEntries(dbPath).find((e) => e.name === name)!;
}

/** Deletes the oldest backups beyond what KEEP allows for each kind, and any left half-written. */
export function rotateBackups(dbPath: string): string[] {
  const removed: string[] = [];
  const seen = new Map<BackupKind, number>();
  for (const e of listBackupEntries(dbPath)) {
    const n = (seen.get(e.kind) ?? 0) + 1;
    seen.set(e.kind, n);
    if (n <= KEEP[e.kind]) continue;
    rmSync(e.path, { force: true });
    rmSync(evidenceBackupDir(dbPath, e.name), { recursive: true, force: true });
    removed.push(e.name);
  }
  // Leftovers of a backup interrupted by a crash. A recent .partial may be a backup still being written.
  const dir = backupsDir(dbPath);
  if (!existsSync(dir)) return removed;
  const files = readdirSync(dir);
  const stale = (f: string) => Date.now() - statSync(join(dir, f)).mtimeMs > 10 * 60_000;
  for (const f of files) if (f.endsWith('.partial') && stale(f)) rmSync(join(dir, f), { force: true });
  const evidenceDir = join(dir, 'evidence');
  if (existsSync(evidenceDir))
    for (const name of readdirSync(evidenceDir))
      if (!files.includes(`${name}.sqlite`) && !files.includes(`${name}.sqlite.partial`)) rmSync(join(evidenceDir, name), { recursive: true, force: true });
  return removed;
}

export interface BackupLog {
  lastDailyBackup: { name: string; at: string } | null;
  lastIntegrityCheck: { at: string; ok: boolean; problems: string[] } | null;
}

export async function readBackupLog(dbPath: string): Promise<BackupLog> {
  try {
    return JSON.parse(await readFile(logPath(dbPath), 'utf8')) as BackupLog;
  } catch {
    return { lastDailyBackup: null, lastIntegrityCheck: null };
  }
}

const weekOf = (isoDate: string) => format(startOfISOWeek(parseISO(isoDate)), 'yyyy-MM-dd');

/**
 * On the first open of a (London) day: a backup, 'weekly' if the week has none yet, else 'daily'; rotation;
 * then the full integrity check, recorded in backups/backup-log.json and logged. It checks the backup: a
 * page-for-page copy of the database, so damage in the live file shows there too, and the backup itself
 * is proven readable; and a worker thread can check a file the app is not writing.
 * Returns null when today's backup already exists.
 */
export async function dailyBackupIfDue(
  sqlite: Database.Database,
  dbPath: string,
  now: Date,
  log: (message: string) => void = console.warn,
): Promise<{ backup: BackupEntry; integrity: string[]; removed: string[] } | null> {
  const today = londonDate(now);
  const existing = listBackupEntries(dbPath).filter((e) => e.kind === 'daily' || e.kind === 'weekly');
  if (existing.some((e) => e.date === today)) return null;
  const weekly = !existing.some((e) => e.kind === 'weekly' && weekOf(e.date) === weekOf(today));
  const backup = await createBackup(sqlite, dbPath, { kind: weekly ? 'weekly' : 'daily', now });
  const removed = rotateBackups(dbPath);
  const integrity = await integrityCheckFile(backup.path);
  const ok = integrity.length === 1 && integrity[0] === 'ok';
  if (!ok) log(`Audit Desk: the integrity check of ${dbPath} found problems: ${integrity.slice(0, 5).join('; ')}. Restore a backup taken before the damage (Settings → Storage and backups).`);
  const entry: BackupLog = { lastDailyBackup: { name: backup.name, at: now.toISOString() }, lastIntegrityCheck: { at: now.toISOString(), ok, problems: ok ? [] : integrity.slice(0, 20) } };
  await writeFileAtomic(logPath(dbPath), JSON.stringify(entry, null, 2));
  return { backup, integrity, removed };
}
