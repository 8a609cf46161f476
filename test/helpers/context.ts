import type { ServiceContext } from '../../electron/backend/context';
import { openDatabase } from '../../electron/backend/db/open';
import { ensureDefaultSectors, listSectors } from '../../electron/backend/services/sectors';

/** The fixed "now" of register tests: history timestamps and export file names are predictable. */
export const TEST_NOW = new Date('2026-11-22T10:00:00Z');

export type TestContext = ServiceContext & {
  close(): Promise<void>;
  /** Sector id by code ('education', 'health', ...). */
  sectorId(code: string): number;
};

/** An in-memory, migrated database with the default sectors, and a context whose user is "tester". */
export async function makeTestContext(): Promise<TestContext> {
  const opened = await openDatabase(':memory:', { now: () => TEST_NOW });
  await ensureDefaultSectors(opened.db);
  const sectors = new Map((await listSectors(opened.db)).map((s) => [s.code, s.id]));
  return {
    db: opened.db,
    userName: 'tester',
    now: () => TEST_NOW,
    resourcesDir: '',
    dataDir: '',
    databasePath: ':memory:',
    mode: 'cli',
    appVersion: 'test',
    schemaVersion: opened.schemaVersion,
    close: () => opened.close(),
    sectorId(code: string) {
      const id = sectors.get(code);
      if (id === undefined) throw new Error(`no sector ${code}`);
      return id;
    },
  };
}
