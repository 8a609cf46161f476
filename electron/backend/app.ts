import { userInfo } from 'node:os';
import { join } from 'node:path';
import { createDispatcher, type Dispatch } from './api/dispatcher';
import { handlers } from './api/handlers';
import type { ServiceContext } from './context';
import { dailyBackupIfDue } from './db/backups';
import { openDatabase, type OpenedDatabase } from './db/open';
import { finishPendingRestore } from './db/restore';
import { detectStorageLocation } from './db/storage-location';
import { seedDemoPartnership } from './demo/seed';
import { ensureDefaultActionGroups } from './services/action-groups';
import { ensureBuiltInFrameworks } from './services/frameworks-builtin';
import { ensureDefaultSectors } from './services/sectors';
import { ensureReturnSummaries } from './services/return-summaries';
import { createParsePool, defaultPoolSize, type ParsePool } from './io/parse-pool';
import { DATABASE_FILE } from './paths';

export const APP_VERSION = '0.1.0';

export interface BackendOptions {
  dataDir: string;
  resourcesDir: string;
  mode: ServiceContext['mode'];
  /** Defaults to the data folder's audit-desk.sqlite; ':memory:' for tests. */
  databasePath?: string;
  userName?: string;
  now?: () => Date;
  /** Fill a newly created database with the demo partnership (default true). */
  seedDemo?: boolean;
  /** Worker threads reading imported returns (default: one per core, at most 3); 0 reads on this thread. */
  parseWorkers?: number;
}

export interface Backend {
  ctx: ServiceContext;
  dispatch: Dispatch;
  opened: OpenedDatabase;
  /** The first-open-of-the-day backup and integrity check, which run after start; close() waits for it. */
  housekeeping: Promise<unknown>;
  close(): Promise<void>;
}

const osUser = () => {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? 'unknown';
  }
};

/** Opens (creating and migrating as needed) the database and wires the dispatcher every transport shares. */
export async function startBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date());
  const databasePath = options.databasePath ?? join(options.dataDir, DATABASE_FILE);
  const onDisk = databasePath !== ':memory:';
  if (onDisk) await finishPendingRestore(databasePath, options.dataDir);
  const opened = await openDatabase(databasePath, { now, journalMode: onDisk ? detectStorageLocation(options.dataDir).journalMode : 'WAL' });
  const ctx: ServiceContext = {
    db: opened.db,
    userName: options.userName ?? osUser(),
    now,
    resourcesDir: options.resourcesDir,
    dataDir: options.dataDir,
    databasePath,
    mode: options.mode,
    appVersion: APP_VERSION,
    schemaVersion: opened.schemaVersion,
  };
  // Started lazily: most sessions import nothing, and a worker costs memory and a second or so to start.
  let pool: ParsePool | null = null;
  ctx.readTool = (...args) => (pool ??= createParsePool(options.parseWorkers ?? defaultPoolSize())).read(...args);
  let housekeeping: Promise<unknown> = Promise.resolve();
  try {
    // Every partnership needs sectors and frameworks to start, demo or not.
    await ensureDefaultSectors(ctx.db);
    await ensureBuiltInFrameworks(ctx);
    await ensureDefaultActionGroups(ctx.db, now().toISOString());
    // Derived tracker rows for any return without them: every return once after migration 0007, then none.
    await ensureReturnSummaries(ctx.db);
    if (opened.created && options.seedDemo !== false) await seedDemoPartnership(ctx);
    // Not awaited: a large database takes a while to copy and check. A failure is logged, never a reason not to start.
    if (onDisk && !opened.created) housekeeping = dailyBackupIfDue(opened.sqlite, databasePath, now()).catch((e) => console.warn('Audit Desk: the daily backup failed:', e));
  } catch (err) {
    await opened.close();
    throw err;
  }
  // ctx.db, not opened.db: restoring a backup (db/restore.ts) reopens the database into the same context.
  const close = async () => {
    await pool?.close();
    await housekeeping;
    await ctx.db.destroy();
  };
  return { ctx, dispatch: createDispatcher(ctx, handlers), opened, housekeeping, close };
}
