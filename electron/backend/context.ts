import type { Kysely } from 'kysely';
import type { DB } from './db/schema';
import type { ReadTool } from './io/parse-pool';

/** Everything a handler may depend on. Built once per process by the desktop, the harness or the CLI. */
export interface ServiceContext {
  db: Kysely<DB>;
  /** OS user name, recorded in history. */
  userName: string;
  now(): Date;
  /** Bundled read-only data: frameworks, fonts, demo files. */
  resourcesDir: string;
  dataDir: string;
  databasePath: string;
  mode: 'desktop' | 'browser' | 'cli';
  appVersion: string;
  schemaVersion: number;
  /** Reads returns, on worker threads where the backend started a pool; on this thread when absent. */
  readTool?: ReadTool;
}
