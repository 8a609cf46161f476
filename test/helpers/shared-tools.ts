// The shared checker lives beside the repo (../shared) on the team's machines, not in a user's clone. Tests that
// need it skip with a visible message when it is missing, unless AUDIT_DESK_REQUIRE_SHARED=1 (CI), where they fail.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function sharedDir(): string {
  return resolve(repoRoot, '..', 'shared');
}

export function checkDocxPath(): string {
  return join(sharedDir(), 'tools', 'docx-check', 'check-docx');
}

export const sharedRequired = (): boolean => process.env.AUDIT_DESK_REQUIRE_SHARED === '1';

/**
 * Whether tests that use ../shared should run. True when the folder is there, and also when it is missing but
 * required: those tests then run and fail (see assertSharedPresent) instead of passing by skipping.
 */
export function requireShared(tool = 'docx-check'): boolean {
  if (existsSync(sharedDir())) return true;
  if (sharedRequired()) return true;
  console.warn(`skipped: ../shared not found (${tool})`);
  return false;
}

/** First assertion of a shared-tool test: a clear failure when the folder is required but missing. */
export function assertSharedPresent(): void {
  if (!existsSync(checkDocxPath()))
    throw new Error(
      `${checkDocxPath()} is missing` + (sharedRequired() ? ' and AUDIT_DESK_REQUIRE_SHARED=1 makes it required' : ''),
    );
}

export interface CheckResult {
  file: string;
  result: 'PASS' | 'FAIL' | 'ERROR';
  exit_code: number;
  checks: Array<{ name: string; status: 'PASS' | 'FAIL' | 'WARN' | 'ERROR' | 'SKIP'; summary: string; details: string[] }>;
}

/** Runs check-docx --json on a file. The exit code comes from the process; the JSON must agree with it. */
export function runCheckDocx(file: string): CheckResult & { status: number } {
  const r = spawnSync(checkDocxPath(), [file, '--json'], { encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw new Error(`check-docx could not run: ${r.error.message}`);
  let parsed: CheckResult;
  try {
    parsed = JSON.parse(r.stdout) as CheckResult;
  } catch {
    throw new Error(`check-docx exit ${r.status}, output was not JSON:\n${r.stdout}\n${r.stderr}`);
  }
  return { ...parsed, status: r.status ?? -1 };
}

/** "name: STATUS summary; details" lines, for assertion messages. */
export const describeChecks = (r: CheckResult): string =>
  r.checks.map((c) => `${c.name}: ${c.status} ${c.summary}${c.details.length ? ` (${c.details.slice(0, 3).join('; ')})` : ''}`).join('\n');
