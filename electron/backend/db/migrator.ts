import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<any>): Promise<void>;
}

export class DatabaseTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
    readonly path: string,
  ) {
    super(
      `The database ${path} was written by a newer Audit Desk (schema ${fileVersion}; this version understands up to ${appVersion}). ` +
        'Install the newer Audit Desk, or open a different data folder. The file has not been changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export class MigrationError extends Error {
  constructor(
    readonly migration: Migration,
    readonly backupPath: string | null,
    cause: unknown,
  ) {
    super(
      `Updating the database to schema ${migration.version} (${migration.name}) failed: ${cause instanceof Error ? cause.message : String(cause)}. ` +
        `Nothing was changed${backupPath ? `; a backup taken just before is at ${backupPath}` : ''}.`,
      { cause },
    );
    this.name = 'MigrationError';
  }
}

export interface MigrateOptions {
  /** Called before the first pending migration of a database that already holds data; returns the backup path. */
  backup: () => Promise<string>;
}

export const currentVersion = (sqlite: BetterSqlite3.Database): number =>
  sqlite.pragma('user_version', { simple: true }) as number;

/**
 * Runs pending migrations, one transaction each, as SQLite's documented procedure for schema changes:
 * foreign keys off, BEGIN, change, foreign_key_check, user_version, COMMIT, foreign keys back on.
 * Kysely does not wrap SQLite migrations in a transaction, so we do it on the raw handle.
 */
export async function migrate(
  sqlite: BetterSqlite3.Database,
  db: Kysely<any>,
  migrations: readonly Migration[],
  path: string,
  options: MigrateOptions,
): Promise<{ from: number; to: number; backupPath: string | null }> {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations must be numbered 1..n without gaps; found ${m.version} at ${i + 1}`);
  });
  const latest = sorted.length;
  const from = currentVersion(sqlite);
  if (from > latest) throw new DatabaseTooNewError(from, latest, path);
  if (from === latest) return { from, to: from, backupPath: null };

  const backupPath = from > 0 ? await options.backup() : null;
  for (const m of sorted.slice(from)) {
    sqlite.pragma('foreign_keys = OFF');
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      await m.up(db);
      const violations = sqlite.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) throw new Error(`${violations.length} foreign key violation(s) after the change`);
      sqlite.pragma(`user_version = ${m.version}`);
      sqlite.exec('COMMIT');
    } catch (err) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      sqlite.pragma('foreign_keys = ON');
      throw new MigrationError(m, backupPath, err);
    }
    sqlite.pragma('foreign_keys = ON');
  }
  return { from, to: latest, backupPath };
}
