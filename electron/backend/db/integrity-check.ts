import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';

// The full integrity_check reads every page: seconds on a large partnership. Run on a worker thread it
// does not hold up the app's own queries (better-sqlite3 is synchronous and would block the event loop).

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  parentPort.postMessage(db.pragma('integrity_check').map((r) => r.integrity_check));
} catch (err) {
  parentPort.postMessage([String((err && err.message) || err)]);
} finally {
  if (db) db.close();
}`;

/** The full check (every page and index), not the quick_check done on every open. 'ok' alone means sound. */
export function integrityCheck(db: Database.Database): string[] {
  try {
    return (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
  } catch (err) {
    return [err instanceof Error ? err.message : String(err)];
  }
}

function checkHere(path: string): string[] {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return integrityCheck(db);
  } catch (err) {
    return [err instanceof Error ? err.message : String(err)];
  } finally {
    db?.close();
  }
}

/** integrity_check of a database file on a worker thread; on this thread if a worker cannot load the driver. */
export function integrityCheckFile(path: string): Promise<string[]> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      const driver = createRequire(import.meta.url).resolve('better-sqlite3');
      worker = new Worker(WORKER, { eval: true, workerData: { driver, path } });
    } catch {
      resolve(checkHere(path));
      return;
    }
    let answered = false;
    worker.once('message', (problems: string[]) => {
      answered = true;
      resolve(problems);
    });
    worker.once('error', () => {
      if (!answered) resolve(checkHere(path));
      answered = true;
    });
    worker.once('exit', () => {
      if (!answered) resolve(checkHere(path));
      answered = true;
    });
  });
}
