import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Backend } from '../electron/backend/app';
import { startBackend } from '../electron/backend/app';
import { generateBoardPaper } from '../electron/backend/services/board-paper-generate';
import type { Figure } from './measure';

// The board paper for the stress partnership's largest cycle (goal ≤ 2 s and ≤ 400 MB peak memory). It runs
// in a child process on the same database file, so the peak RSS is the paper's own and not the bench's (by
// then holding the generated partnership, the register report and the import figures).

const repo = resolve(import.meta.dirname, '..');
const RUNS = 3;

interface ChildResult {
  /** The first paper in a fresh process: what a user waits for on the first click. */
  coldMs: number;
  times: number[];
  bytes: number;
  /** Peak RSS after starting the backend, and after the first paper. */
  baseRssMb: number;
  coldRssMb: number;
  maxRssMb: number;
}

/** The cycle with the most answers. */
async function largestCycle(backend: Backend): Promise<{ id: number; name: string; inScope: number }> {
  const db = backend.ctx.db;
  const row = await db
    .selectFrom('answers as an')
    .innerJoin('cycle_agencies as ca', 'ca.id', 'an.cycle_agency_id')
    .select((eb) => ['ca.cycle_id', eb.fn.countAll<number>().as('n')])
    .groupBy('ca.cycle_id')
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const c = await db.selectFrom('cycles').select(['id', 'name']).where('id', '=', row.cycle_id).executeTakeFirstOrThrow();
  const n = await db.selectFrom('cycle_agencies').select((eb) => eb.fn.countAll<number>().as('n')).where('cycle_id', '=', c.id).executeTakeFirstOrThrow();
  return { id: c.id, name: c.name, inScope: Number(n.n) };
}

function runChild(dataDir: string, cycleId: number): Promise<ChildResult> {
  return new Promise((done, fail) => {
    // --expose-gc: the warm runs start from a collected heap, so one run's garbage does not count against the next.
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(repo, 'bench', 'report-figures.ts'), '--child', dataDir, String(cycleId)], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return fail(new Error(`board paper child exited ${code}: ${out.slice(-500)}`));
      done(JSON.parse(line) as ChildResult);
    });
  });
}

export async function reportFigures(backend: Backend): Promise<Figure[]> {
  const cycle = await largestCycle(backend);
  const r = await runChild(backend.ctx.dataDir, cycle.id);
  const sorted = [...r.times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const missed = [median > 2000 || r.coldMs > 2000 ? 'time' : null, r.coldRssMb > 400 ? 'memory' : null].filter(Boolean);
  return [
    {
      name: `board paper .docx (${cycle.inScope.toLocaleString('en-GB')} agencies, largest cycle)`,
      medianMs: median,
      runs: r.times.length,
      goal: '≤ 2000 ms, ≤ 400 MB',
      note:
        `first paper ${Math.round(r.coldMs)} ms; peak RSS ${r.coldRssMb} MB in its own process (${r.baseRssMb} MB of it the backend before the paper, ${r.maxRssMb} MB after all runs); ` +
        `${(r.bytes / 1e6).toFixed(1)} MB file${missed.length ? ` — MISSED (${missed.join(', ')})` : ''}`,
    },
  ];
}

/** The child: opens the bench database, makes the paper once cold, then RUNS times warm; prints times and peak RSS. */
async function child(dataDir: string, cycleId: number): Promise<void> {
  const rss = () => Math.round(process.resourceUsage().maxRSS / 1024);
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const backend = await startBackend({ dataDir, resourcesDir: join(repo, 'resources'), mode: 'cli', userName: 'bench', seedDemo: false });
  try {
    const make = () => generateBoardPaper(backend.ctx.db, backend.ctx, cycleId);
    const baseRssMb = rss();
    let t = performance.now();
    let last = await make();
    const coldMs = performance.now() - t;
    const coldRssMb = rss();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      gc();
      t = performance.now();
      last = await make();
      times.push(performance.now() - t);
    }
    const result: ChildResult = { coldMs, times, bytes: Buffer.from(last.file.contentBase64, 'base64').length, baseRssMb, coldRssMb, maxRssMb: rss() };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await backend.close();
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3]!, Number(process.argv[4])).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
