import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { MIGRATIONS } from './migrations/index';
import { currentVersion, migrate, type Migration } from './migrator';
import type { DB } from './schema';
import { withStatementCache } from './statement-cache';
import { createBackup } from './backups';
import type { JournalMode } from './storage-location';

/** Backups of this database, newest first, so a damaged-file message can offer them by name. */
export function listBackups(dbPath: string): string[] {
  const dir = backupsDirFor(dbPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sqlite'))
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t)
    .map(({ f }) => join(dir, f));
}

export class DatabaseDamagedError extends Error {
  readonly backups: string[];
  constructor(
    readonly path: string,
    readonly problems: string[],
    readonly backupsDir: string,
  ) {
    const backups = listBackups(path);
    super(
      `The database ${path} failed its integrity check (${problems.slice(0, 3).join('; ')}). It has not been changed. ` +
        (backups.length
          ? `Backups you can restore, newest first:\n${backups.slice(0, 5).map((b) => `  ${b}`).join('\n')}\n` +
            'Restore one with `npm run cli -- backups restore NAME` (copying it by hand would leave the damaged file\'s -wal file to be replayed over it), or open a different data folder.'
          : `No backups were found in ${backupsDir}. Open a different data folder, or ask IT to restore the file from the network backup.`),
    );
    this.name = 'DatabaseDamagedError';
    this.backups = backups;
  }
}

export interface OpenedDatabase {
  db: Kysely<DB>;
  sqlite: Database.Database;
  path: string;
  schemaVersion: number;
  /** True when this open created the file (a first run). */
  created: boolean;
  migratedFrom: number;
  backupPath: string | null;
  close(): Promise<void>;
}

export const backupsDirFor = (dbPath: string) => join(dirname(dbPath), 'backups');

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 19);

/** SQLite's online backup: consistent even while the app holds the database open. */
export async function backupDatabase(sqlite: Database.Database, dbPath: string, label: string, now = new Date()): Promise<string> {
  const dir = backupsDirFor(dbPath);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `${basename(dbPath, '.sqlite')}-${label}-${stamp(now)}.sqlite`);
  await sqlite.backup(target);
  return target;
}

export async function openDatabase(
  path: string,
  options: { now?: () => Date; migrations?: readonly Migration[]; journalMode?: JournalMode } = {},
): Promise<OpenedDatabase> {
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? (() => new Date());
  const isMemory = path === ':memory:';
  if (!isMemory) mkdirSync(dirname(path), { recursive: true });
  const created = isMemory || !existsSync(path);
  const sqlite = new Database(path);
  try {
    sqlite.pragma('busy_timeout = 5000');
    if (!created) {
      let problems: string[];
      try {
        problems = (sqlite.pragma('quick_check') as Array<{ quick_check: string }>).map((r) => r.quick_check);
      } catch (err) {
        // SQLITE_NOTADB / SQLITE_CORRUPT: the header itself is unreadable.
        problems = [err instanceof Error ? err.message : String(err)];
      }
      if (problems.length !== 1 || problems[0] !== 'ok') throw new DatabaseDamagedError(path, problems, backupsDirFor(path));
    }
    // WAL except on a network share (storage-location.ts); the rollback journal there needs FULL syncs.
    const journal = options.journalMode ?? 'WAL';
    if (!isMemory) sqlite.pragma(`journal_mode = ${journal}`);
    sqlite.pragma(`synchronous = ${journal === 'WAL' ? 'NORMAL' : 'FULL'}`);
    sqlite.pragma('foreign_keys = ON');
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    const from = currentVersion(sqlite);
    const result = await migrate(sqlite, db, migrations, path, {
      // With the evidence files, as every backup (backups.ts).
      backup: async () => (await createBackup(sqlite, path, { kind: 'pre-migration', label: `before-v${migrations.length}`, now: now() })).path,
    });
    return {
      db,
      sqlite,
      path,
      schemaVersion: result.to,
      created,
      migratedFrom: from,
      backupPath: result.backupPath,
      close: () => db.destroy(),
    };
  } catch (err) {
    if (sqlite.open) sqlite.close();
    throw err;
  }
}
