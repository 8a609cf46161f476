import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/app';
import { openDatabase } from '../../electron/backend/db/open';
import { DATABASE_FILE } from '../../electron/backend/paths';
import { REPO, RESOURCES } from '../helpers/backend';

// 100 times: a child process writes through the real services (agency imports, rating edits and moderation,
// action updates, meeting changes) and is killed with SIGKILL 50–400 ms into its writing. After every kill the
// one shared database must open, pass the full integrity_check, and hold every change the child reported as
// committed. The child is bundled once with esbuild (tsx's own compiler) so each start takes a fraction of a
// second instead of compiling TypeScript again.

const KILLS = 100;
const MARKER = /crash-(\d+)-(\d+)/;

type Commit = { kind: string; key: string; run: number; seq: number; marker: string };
type Outcome = { commits: Commit[]; readyMs: number; stderr: string; exitedEarly: boolean };

const rng = (seed: number) => () => {
  // mulberry32: a reproducible sequence, so a failing run can be repeated with its printed seed.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

let dataDir = '';
let bundle = '';

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'audit-desk-crash-'));
  // The demo partnership gives the child returns, actions and meetings to change.
  const seeded = await startBackend({ dataDir, resourcesDir: RESOURCES, mode: 'cli', userName: 'seed', seedDemo: true });
  await seeded.close();
  // Inside the repository, so the native better-sqlite3 (kept out of the bundle) resolves from node_modules.
  const outDir = join(REPO, 'node_modules', '.cache', 'audit-desk-crash-test');
  mkdirSync(outDir, { recursive: true });
  bundle = join(outDir, `crash-child-${process.pid}.mjs`);
  await build({
    entryPoints: [join(REPO, 'test', 'helpers', 'crash-child.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['better-sqlite3'],
    // Bundled CommonJS packages call require() for Node's built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}, 300_000);

afterAll(() => {
  if (bundle) rmSync(bundle, { force: true });
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the child, lets it write for `writeMs` after it is ready, then kills it with SIGKILL. */
function runAndKill(dbPath: string, run: number, writeMs: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dbPath, String(run)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const commits: Commit[] = [];
    let readyMs = -1;
    let buffered = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const ready = /^READY (\d+)ms/.exec(line);
        if (ready) {
          readyMs = Number(ready[1]);
          setTimeout(() => {
            killed = true;
            child.kill('SIGKILL');
          }, writeMs);
        }
        const c = /^C (\S+) (\S+) (\d+) (\d+) (\S+)$/.exec(line);
        if (c) commits.push({ kind: c[1]!, key: c[2]!, run: Number(c[3]), seq: Number(c[4]), marker: c[5]! });
      }
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    // A partial last line was never a complete report: it is ignored, as the parent cannot know it committed.
    child.on('close', () => resolve({ commits, readyMs, stderr, exitedEarly: !killed }));
  });
}

const order = (run: number, seq: number) => run * 1_000_000 + seq;

describe('crash safety', () => {
  it(`keeps every committed change and an intact database through ${KILLS} SIGKILLs mid-write`, async () => {
    const dbPath = join(dataDir, DATABASE_FILE);
    const seed = Date.now() % 1_000_000;
    const random = rng(seed);
    const reported: Commit[] = [];
    const started = Date.now();
    const ready: number[] = [];
    let checks = 0;

    for (let run = 1; run <= KILLS; run++) {
      const outcome = await runAndKill(dbPath, run, 50 + Math.floor(random() * 351));
      expect(outcome.exitedEarly, `run ${run} (seed ${seed}) ended by itself:\n${outcome.stderr}`).toBe(false);
      expect(outcome.readyMs, `run ${run} never started writing:\n${outcome.stderr}`).toBeGreaterThan(0);
      ready.push(outcome.readyMs);
      reported.push(...outcome.commits);

      // Opens (quick_check and WAL recovery as the app does), then the full check.
      const o = await openDatabase(dbPath);
      try {
        expect(o.sqlite.pragma('integrity_check', { simple: true }), `integrity after run ${run} (seed ${seed})`).toBe('ok');
        const inHistory = new Set<string>();
        for (const r of o.sqlite.prepare("select changes from audit_log where user_name = 'crash-test'").all() as Array<{ changes: string }>)
          for (const m of r.changes.matchAll(/crash-\d+-\d+/g)) inHistory.add(m[0]);
        const agencies = new Set((o.sqlite.prepare("select name from agencies where name like 'Crash agency %'").all() as Array<{ name: string }>).map((r) => r.name));
        const updates = new Set((o.sqlite.prepare("select text from action_updates where text like 'Update crash-%'").all() as Array<{ text: string }>).map((r) => r.text));
        const latest = new Map<string, Commit>();
        for (const c of reported) {
          if (c.kind === 'agency') expect(agencies.has(`Crash agency ${c.marker}`), `agency ${c.marker}`).toBe(true);
          else if (c.kind === 'update') expect(updates.has(`Update ${c.marker}`), `action update ${c.marker}`).toBe(true);
          else expect(inHistory.has(c.marker), `${c.kind} ${c.key} ${c.marker} in history`).toBe(true);
          latest.set(`${c.kind} ${c.key}`, c);
          checks++;
        }
        // An overwritten value holds the last reported change, or one made after it that committed unreported.
        const current = (kind: string, key: string): string | null => {
          if (kind === 'meeting') return (o.sqlite.prepare('select location v from meetings where id = ?').get(Number(key)) as { v: string | null }).v;
          const [ca, target] = [Number(key.split(':')[0]), key.slice(key.indexOf(':') + 1)];
          const row = o.sqlite.prepare('select evidence, moderation_note from answers where cycle_agency_id = ? and target_key = ?').get(ca, target) as { evidence: string | null; moderation_note: string | null };
          return kind === 'answer' ? row.evidence : row.moderation_note;
        };
        for (const [id, c] of latest) {
          if (c.kind === 'agency' || c.kind === 'update') continue;
          const m = MARKER.exec(current(c.kind, c.key) ?? '');
          expect(m, `${id}: no marker`).not.toBeNull();
          expect(order(Number(m![1]), Number(m![2])), `${id} holds an older value than ${c.marker}`).toBeGreaterThanOrEqual(order(c.run, c.seq));
        }
      } finally {
        await o.close();
      }
    }

    const seconds = (Date.now() - started) / 1000;
    const byKind = Object.entries(reported.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.kind]: (acc[c.kind] ?? 0) + 1 }), {}));
    ready.sort((a, b) => a - b);
    console.log(
      `crash safety: ${KILLS} SIGKILLs (seed ${seed}), ${reported.length} committed changes reported and all found after every kill ` +
        `(${checks} verifications; ${byKind.map(([k, n]) => `${k} ${n}`).join(', ')}), integrity_check ok ${KILLS} times, ` +
        `${seconds.toFixed(1)} s in all; child ready in ${ready[Math.floor(ready.length / 2)]} ms (median)`,
    );
    expect(reported.length).toBeGreaterThan(KILLS);
  }, 1_200_000);
});
