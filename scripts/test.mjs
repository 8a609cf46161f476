// `npm test`: type-check, build the app (the browser tests drive the built UI), then every vitest project.
// Ends with one plain line "N passed, N failed, N skipped" so any CI can read the outcome.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(repo, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (label, cmd, args) => {
  console.log(`\n> ${label}`);
  const r = spawnSync(bin(cmd), args, { cwd: repo, stdio: 'inherit', shell: process.platform === 'win32' });
  return r.status ?? 1;
};

const extra = process.argv.slice(2);
let status = run('type-check', 'tsc', ['--noEmit', '-p', 'tsconfig.json']);
if (status === 0) status = run('build', 'electron-vite', ['build']);
if (status !== 0) {
  console.log('\n0 passed, 1 failed');
  process.exit(status);
}
mkdirSync(join(repo, 'test-output'), { recursive: true });
const report = join(repo, 'test-output', 'vitest.json');
const testStatus = run('tests', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
} else {
  console.log('\n0 passed, 1 failed');
}
process.exit(testStatus);
