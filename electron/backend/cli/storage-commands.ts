import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/domain/storage';
import { listBackupEntries } from '../db/backups';
import { MIGRATIONS } from '../db/migrations/index';
import { restoreBackup } from '../db/restore';
import { DATABASE_FILE } from '../paths';
import type { AreaCommands } from './command-context';
import { CliError } from './command-context';
import { formatRows, type OutputFormat } from './format';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const rows = (list: BackupInfo[]) =>
  list.map((b) => ({ name: b.name, kind: b.kind, taken: b.createdAt.replace('T', ' ').slice(0, 16) + ' UTC', database: mb(b.databaseBytes), evidence: `${b.evidenceFiles} files, ${mb(b.evidenceBytes)}` }));

/**
 * `backups list` and `backups restore NAME` run before the database is opened: they are what a user needs
 * when it will not open (damaged), and a restore must not run with the file held open by this process.
 */
export async function storageCommandsBeforeOpen(
  group: string | undefined,
  verb: string | undefined,
  rest: string[],
  dataDir: string,
  format: OutputFormat,
  out: (s: string) => void,
): Promise<number | null> {
  if (group !== 'backups' || (verb !== 'list' && verb !== 'restore')) return null;
  const dbPath = join(dataDir, DATABASE_FILE);
  if (verb === 'list') {
    out(formatRows(rows(listBackupEntries(dbPath)), format));
    return 0;
  }
  const name = rest[0];
  if (!name) throw new CliError('Missing the backup to restore: `backups restore NAME`, with a name from `backups list`.');
  try {
    const r = await restoreBackup({ dbPath, dataDir, name, now: new Date(), latestSchema: MIGRATIONS.length, close: async () => undefined, reopen: async () => undefined });
    out(`Restored ${r.restored.name} (taken ${r.restored.createdAt}). ${r.safetyBackup ? `The data as it was just before is in backup ${r.safetyBackup.name}.` : ''}\n`);
    return 0;
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err));
  }
}

/** Commands that need the open database: a manual backup and the storage facts. */
export const storageCommands: AreaCommands = async (c) => {
  const key = `${c.group} ${c.verb ?? ''}`.trim();
  if (key === 'backups create') {
    const b = await c.call('backups.create');
    c.out(`Backed up to ${b.name} (${mb(b.databaseBytes)} database, ${b.evidenceFiles} evidence files)\n`);
    return 0;
  }
  if (key === 'storage info') {
    const s = await c.call('storage.info');
    c.out(formatRows([{ dataFolder: s.dataDir, location: s.via ? `${s.location} (${s.via})` : s.location, journal: s.journalMode, lastBackup: s.lastDailyBackup?.name ?? 'none yet', integrity: s.lastIntegrityCheck ? (s.lastIntegrityCheck.ok ? `ok (${s.lastIntegrityCheck.at})` : `PROBLEMS: ${s.lastIntegrityCheck.problems.join('; ')}`) : 'not run yet' }], c.format));
    if (s.warning) c.out(`\nWarning: ${s.warning}\n`);
    return 0;
  }
  return null;
};
