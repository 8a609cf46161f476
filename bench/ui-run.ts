import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBackend } from '../electron/backend/app';
import { printTable } from './measure';
import { uiFigures } from './ui-figures';

// `npx tsx bench/ui-run.ts`: the browser UI figures alone, on a fresh stress partnership. Set AUDIT_DESK_OUT
// to time a renderer built elsewhere (npx electron-vite build --outDir <abs>); BENCH_UI_RUNS sets the runs.
// BENCH_UI_KEEP=<dir> keeps the generated data folder there; BENCH_UI_DATA=<dir> times a copy of such a
// folder instead of generating again (the same partnership, a minute quicker when repeating a measurement).

const repo = resolve(import.meta.dirname, '..');

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'audit-desk-bench-ui-'));
  try {
    let counts: unknown = `copy of ${process.env.BENCH_UI_DATA}`;
    if (process.env.BENCH_UI_DATA) cpSync(process.env.BENCH_UI_DATA, dataDir, { recursive: true });
    else {
      const { generateStressPartnership, STRESS_SEED } = await import('./stress/index');
      const backend = await startBackend({ dataDir, resourcesDir: join(repo, 'resources'), mode: 'cli', userName: 'bench', seedDemo: false });
      counts = { seed: STRESS_SEED, ...(await generateStressPartnership(backend.ctx, STRESS_SEED)) };
      // uiFigures opens its own backend on the folder: this one is closed first.
      await backend.close();
      if (process.env.BENCH_UI_KEEP) cpSync(dataDir, process.env.BENCH_UI_KEEP, { recursive: true });
    }
    const figures = await uiFigures(dataDir, { runs: Number(process.env.BENCH_UI_RUNS ?? 5) });
    printTable(figures);
    const out = join(repo, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    const result = { at: new Date().toISOString(), node: process.version, renderer: process.env.AUDIT_DESK_OUT ?? 'out', counts, figures };
    const file = join(out, `ui-${result.at.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(result, null, 2));
    console.log(`\nSaved ${file}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
