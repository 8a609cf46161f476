import type { Transaction } from 'kysely';
import type { DB, Db } from './schema';

/**
 * Runs fn in a transaction. When db already is one, fn joins it: Kysely cannot nest transactions, and a
 * service called from another service's transaction must commit or roll back with its caller.
 */
export async function inTransaction<T>(db: Db, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<DB>);
  return db.transaction().execute(fn);
}
