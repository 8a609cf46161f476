import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBackend, type Backend } from '../../electron/backend/app';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const RESOURCES = join(REPO, 'resources');
/** A fixed "today" so dates in history and file names are predictable. */
export const FIXED_NOW = new Date('2026-11-22T10:00:00Z');

/** A real backend on a real SQLite file in a fresh temp folder, as the app runs it. */
export async function tempBackend(options: { seedDemo?: boolean; now?: () => Date } = {}): Promise<Backend & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'audit-desk-test-'));
  const backend = await startBackend({
    dataDir,
    resourcesDir: RESOURCES,
    mode: 'cli',
    userName: 'tester',
    now: options.now ?? (() => FIXED_NOW),
    seedDemo: options.seedDemo ?? false,
  });
  return Object.assign(backend, { dataDir });
}

/** Unwraps a dispatch result, failing the test with the error when there is one. */
export async function call<T = any>(backend: Backend, method: string, input?: unknown): Promise<T> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code}: ${r.error.message} ${JSON.stringify(r.error.details ?? [])}`);
  return r.value as T;
}
