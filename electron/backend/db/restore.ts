import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { conflict, invalid, notFound } from '../errors';
import { evidenceBackupDir } from './backup-evidence';
import { createBackup, listBackupEntries, type BackupEntry } from './backups';
import { integrityCheck } from './integrity-check';

// Restore = validate the backup, back up the current state, stage copies beside the live files, close,
// swap by renames, reopen. A marker file makes an interrupted swap finish on the next start, so the data
// folder is never left half old and half restored.

export interface RestoreOptions {
  dbPath: string;
  dataDir: string;
  name: string;
  now: Date;
  /** The newest schema this app understands; a backup from a newer app is refused. */
  latestSchema: number;
  /** Closes the live database (nothing when it is not open, e.g. the CLI restoring a damaged file). */
  close: () => Promise<void>;
  /** Opens the database again, now the restored one. */
  reopen: () => Promise<void>;
}

const files = (dbPath: string, dataDir: string) => {
  const evidence = join(dataDir, 'evidence');
  return {
    marker: join(dataDir, 'restore-pending.json'),
    staged: `${dbPath}.restoring`,
    replaced: `${dbPath}.replaced`,
    evidence,
    evidenceStaged: `${evidence}.restoring`,
    evidenceReplaced: `${evidence}.replaced`,
  };
};

/** Refuses a backup that is damaged, unreadable or from a newer Audit Desk. Returns its schema version. */
export function validateBackup(entry: BackupEntry, latestSchema: number): number {
  const refuse = (why: string) => invalid(`The backup ${entry.name} cannot be restored: ${why}. Nothing was changed.`, [{ file: entry.path, message: why }]);
  let db: Database.Database;
  try {
    db = new Database(entry.path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw refuse(`it does not open (${err instanceof Error ? err.message : String(err)})`);
  }
  try {
    const problems = integrityCheck(db);
    if (problems.length !== 1 || problems[0] !== 'ok') throw refuse(`it failed its integrity check (${problems.slice(0, 3).join('; ')})`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestSchema) throw refuse(`it was written by a newer Audit Desk (schema ${version}; this version understands up to ${latestSchema})`);
    if (version < 1) throw refuse('it holds no Audit Desk data');
    return version;
  } finally {
    db.close();
  }
}

async function fsyncFile(path: string) {
  const h = await open(path, 'r+');
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}

export async function restoreBackup(o: RestoreOptions): Promise<{ restored: BackupEntry; safetyBackup: BackupEntry | null }> {
  const entry = listBackupEntries(o.dbPath).find((e) => e.name === o.name);
  if (!entry) throw notFound('Backup', o.name);
  validateBackup(entry, o.latestSchema);
  const f = files(o.dbPath, o.dataDir);

  // The state being replaced is itself backed up first, so a restore can always be undone.
  const safety = { kind: 'before-restore', now: o.now, dataDir: o.dataDir } as const;
  // A file too damaged for SQLite's backup (often why a restore is wanted) is kept as it is.
  const safetyBackup = existsSync(o.dbPath)
    ? await createBackup(null, o.dbPath, safety).catch(() => createBackup(null, o.dbPath, { ...safety, rawCopy: true }))
    : null;

  await rm(f.staged, { force: true });
  await rm(f.evidenceStaged, { recursive: true, force: true });
  await copyFile(entry.path, f.staged);
  await fsyncFile(f.staged);
  const evidenceCopy = evidenceBackupDir(o.dbPath, entry.name);
  // Real copies, not links: restored evidence may be opened and edited, which must not change the backup.
  if (existsSync(evidenceCopy)) await cp(evidenceCopy, f.evidenceStaged, { recursive: true, preserveTimestamps: true });
  else await mkdir(f.evidenceStaged, { recursive: true });
  await writeFile(f.marker, JSON.stringify({ backup: entry.name, at: o.now.toISOString() }));

  await o.close();
  try {
    await finishPendingRestore(o.dbPath, o.dataDir);
  } catch (err) {
    await undoSwap(o.dbPath, o.dataDir);
    await o.reopen();
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw conflict(
      `The backup could not be put in place (${code || (err instanceof Error ? err.message : String(err))}); the current data was kept. ` +
        'Close any evidence file open in another program, and try again.',
      [{ file: f.evidence, message: String(err) }],
    );
  }
  try {
    await o.reopen();
  } catch (err) {
    await undoSwap(o.dbPath, o.dataDir);
    await o.reopen();
    throw err;
  }
  await rm(f.replaced, { force: true });
  await rm(f.evidenceReplaced, { recursive: true, force: true });
  return { restored: entry, safetyBackup };
}

/**
 * Puts staged files in place if a restore was interrupted after staging (or is running now). Safe to run
 * at every start: without the marker it only clears leftovers. Returns true when it finished a restore.
 */
export async function finishPendingRestore(dbPath: string, dataDir: string): Promise<boolean> {
  const f = files(dbPath, dataDir);
  if (!existsSync(f.marker)) {
    // Leftovers: staging of a restore that never swapped, and replaced files, which the safety backup holds.
    for (const p of [f.staged, f.evidenceStaged, f.replaced, f.evidenceReplaced]) await rm(p, { recursive: true, force: true });
    return false;
  }
  // The old database's WAL and shared-memory files would otherwise be replayed into the restored file.
  for (const s of ['-wal', '-shm', '-journal']) await rm(`${dbPath}${s}`, { force: true });
  if (existsSync(f.staged)) {
    if (existsSync(dbPath)) {
      await rm(f.replaced, { force: true });
      await rename(dbPath, f.replaced);
    }
    await rename(f.staged, dbPath);
  }
  if (existsSync(f.evidenceStaged)) {
    if (existsSync(f.evidence)) {
      await rm(f.evidenceReplaced, { recursive: true, force: true });
      await rename(f.evidence, f.evidenceReplaced);
    }
    await rename(f.evidenceStaged, f.evidence);
  }
  await rm(f.marker, { force: true });
  return true;
}

/** Puts the replaced files back after a failed swap or reopen. */
async function undoSwap(dbPath: string, dataDir: string): Promise<void> {
  const f = files(dbPath, dataDir);
  await rm(f.marker, { force: true });
  if (existsSync(f.replaced)) {
    for (const s of ['-wal', '-shm', '-journal']) await rm(`${dbPath}${s}`, { force: true });
    await rm(dbPath, { force: true });
    await rename(f.replaced, dbPath);
  }
  if (existsSync(f.evidenceReplaced)) {
    await rm(f.evidence, { recursive: true, force: true });
    await rename(f.evidenceReplaced, f.evidence);
  }
  await rm(f.staged, { force: true });
  await rm(f.evidenceStaged, { recursive: true, force: true });
}
