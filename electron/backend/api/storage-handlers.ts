import { sql } from 'kysely';
import type { BackupInfo } from '../../../shared/domain/storage';
import type { ServiceContext } from '../context';
import { createBackup, listBackupEntries, readBackupLog, rotateBackups, type BackupEntry } from '../db/backups';
import { MIGRATIONS } from '../db/migrations/index';
import { openDatabase } from '../db/open';
import { restoreBackup } from '../db/restore';
import { detectStorageLocation } from '../db/storage-location';
import type { Handlers } from './dispatcher';

type StorageMethods = Extract<keyof Handlers, `storage.${string}` | `backups.${string}`>;

// The file path stays in the backend: the UI and CLI name a backup, never a path to open.
const info = ({ path: _path, ...e }: BackupEntry): BackupInfo => e;

/** Restores into the running app: the context's database is closed, swapped and reopened in place. */
async function restoreInto(ctx: ServiceContext, name: string) {
  const location = detectStorageLocation(ctx.dataDir);
  const r = await restoreBackup({
    dbPath: ctx.databasePath,
    dataDir: ctx.dataDir,
    name,
    now: ctx.now(),
    latestSchema: MIGRATIONS.length,
    close: () => ctx.db.destroy(),
    reopen: async () => {
      const opened = await openDatabase(ctx.databasePath, { now: ctx.now, journalMode: location.journalMode });
      ctx.db = opened.db;
      ctx.schemaVersion = opened.schemaVersion;
    },
  });
  rotateBackups(ctx.databasePath);
  return { restored: info(r.restored), safetyBackup: r.safetyBackup && info(r.safetyBackup), schemaVersion: ctx.schemaVersion };
}

export const storageHandlers: Pick<Handlers, StorageMethods> = {
  'storage.info': async (ctx) => {
    const location = detectStorageLocation(ctx.dataDir);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(ctx.db);
    const log = await readBackupLog(ctx.databasePath);
    return {
      dataDir: ctx.dataDir,
      location: location.kind,
      via: location.via,
      journalMode: (mode.rows[0]?.journal_mode ?? 'unknown').toUpperCase(),
      warning: location.warning,
      lastDailyBackup: log.lastDailyBackup,
      lastIntegrityCheck: log.lastIntegrityCheck,
    };
  },
  'backups.list': async (ctx) => listBackupEntries(ctx.databasePath).map(info),
  'backups.create': async (ctx) => {
    const entry = await createBackup(null, ctx.databasePath, { kind: 'manual', now: ctx.now(), dataDir: ctx.dataDir });
    rotateBackups(ctx.databasePath);
    return info(entry);
  },
  'backups.restore': (ctx, { name }) => restoreInto(ctx, name),
};
