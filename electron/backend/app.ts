import { userInfo } from 'node:os';
import { join } from 'node:path';
import { createDispatcher, type Dispatch } from './api/dispatcher';
import { handlers } from './api/handlers';
import type { ServiceContext } from './context';
import { openDatabase, type OpenedDatabase } from './db/open';
import { seedDemoPartnership } from './demo/seed';
import { ensureDefaultActionGroups } from './services/action-groups';
import { ensureBuiltInFrameworks } from './services/frameworks-builtin';
import { ensureDefaultSectors } from './services/sectors';
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
}

export interface Backend {
  ctx: ServiceContext;
  dispatch: Dispatch;
  opened: OpenedDatabase;
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
  const opened = await openDatabase(databasePath, { now });
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
  try {
    // Every partnership needs sectors and frameworks to start, demo or not.
    await ensureDefaultSectors(ctx.db);
    await ensureBuiltInFrameworks(ctx);
    await ensureDefaultActionGroups(ctx.db, now().toISOString());
    if (opened.created && options.seedDemo !== false) await seedDemoPartnership(ctx);
  } catch (err) {
    await opened.close();
    throw err;
  }
  return { ctx, dispatch: createDispatcher(ctx, handlers), opened, close: () => opened.close() };
}
