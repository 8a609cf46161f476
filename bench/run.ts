import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely';
import { startBackend } from '../electron/backend/app';
import type { DB } from '../electron/backend/db/schema';
import { listAgencies, type AgencyFilter } from '../electron/backend/services/agencies';
import { median, printTable, type Figure } from './measure';
import { actionQueryFigures } from './action-figures';
import { cycleQueryFigures, returnImportFigures } from './cycle-figures';
import { scheduleFigures } from './schedule-figures';
import { reportFigures } from './report-figures';
import { uiFigures } from './ui-figures';
import { generateStressPartnership, STRESS_SEED } from './stress/index';

// `npm run bench`: figures on the stress partnership. Goals are printed beside figures, never asserted.

const repo = resolve(import.meta.dirname, '..');

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'audit-desk-bench-'));
  const backend = await startBackend({ dataDir, resourcesDir: join(repo, 'resources'), mode: 'cli', userName: 'bench', seedDemo: false });
  const figures: Figure[] = [];
  // A failed call returns fast; timing it would flatter the figures, so any failure stops the bench.
  const call = async (method: string, input?: unknown) => {
    const r = await backend.dispatch(method, input);
    if (!r.ok) throw new Error(`${method} failed: ${r.error.message}`);
    return r.value;
  };

  const t0 = performance.now();
  const counts = await generateStressPartnership(backend.ctx, STRESS_SEED);
  figures.push({ name: 'generate stress partnership', medianMs: performance.now() - t0, runs: 1, note: `${counts.agencies} organisations, ${counts.contacts} contacts, ${counts.frameworks} frameworks, ${counts.cycles.length} cycles with ${counts.cycles.reduce((n, c) => n + c.answers, 0)} answers (current ${counts.cycle.answers}), ${counts.actions.actions} actions with ${counts.actions.updates} updates, ${counts.meetings.meetings} meetings, ${counts.caseAudits.audits} case-file audits with ${counts.caseAudits.returns} returns` });

  // The SQL the service runs, captured from Kysely, to time on raw better-sqlite3 with nothing around it.
  const captured: CompiledQuery[] = [];
  const spy = new Kysely<DB>({
    dialect: new SqliteDialect({ database: backend.opened.sqlite }),
    log: (e) => {
      if (e.level === 'query') captured.push(e.query);
    },
  });
  const compare = async (label: string, filter: AgencyFilter) => {
    captured.length = 0;
    const rows = await listAgencies(spy, filter);
    const q = captured[0]!;
    const stmt = backend.opened.sqlite.prepare(q.sql);
    const params = q.parameters as unknown[];
    const api = await median(() => call('agencies.list', filter));
    const raw = await median(() => stmt.all(...params));
    figures.push({ name: `${label} via API (${rows.length} rows)`, ...api });
    figures.push({ name: `${label}: same SQL on raw better-sqlite3`, ...raw });
    figures.push({ name: `${label}: service layer / raw`, medianMs: api.medianMs, runs: api.runs, ratio: api.medianMs / raw.medianMs, goal: '≤ 1.5×' });
  };
  await compare('agency list', {});
  await compare('agency search "moorside"', { search: 'moorside' });
  await compare('agency search by URN "100014"', { search: '100014' });

  figures.push({ name: 'contact list via API', ...(await median(() => call('contacts.list', {}))) });
  const fw = (await call('frameworks.list')) as Array<{ id: number }>;
  figures.push({ name: 'framework get (full tree) via API', ...(await median(() => call('frameworks.get', { id: fw[0]!.id }))) });

  const rssBefore = process.memoryUsage().rss;
  const reg = await median(() => call('reports.agencyRegister', { includeInactive: true }), 3, 1);
  figures.push({ name: 'agency register .docx (2,000 agencies)', ...reg, goal: '≤ 2000 ms', note: `RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB (was ${Math.round(rssBefore / 1e6)} MB)` });

  // Export the stress register and import it into an empty database: the path a partnership's first
  // spreadsheet takes.
  let exported: { fileName: string; contentBase64: string } | undefined;
  figures.push({ name: 'agencies export .xlsx (2,000)', ...(await median(async () => (exported = (await call('agencies.exportXlsx', { includeInactive: true })) as typeof exported), 3, 1)) });
  const freshDir = mkdtempSync(join(tmpdir(), 'audit-desk-bench-import-'));
  const fresh = await startBackend({ dataDir: freshDir, resourcesDir: join(repo, 'resources'), mode: 'cli', userName: 'bench', seedDemo: false });
  const t1 = performance.now();
  const preview = await fresh.dispatch('agencies.importPreview', exported);
  const t2 = performance.now();
  const commit = await fresh.dispatch('agencies.importCommit', exported);
  const t3 = performance.now();
  if (!preview.ok || !commit.ok) throw new Error(`import failed: ${JSON.stringify(!preview.ok ? preview.error : !commit.ok ? commit.error : '').slice(0, 500)}`);
  figures.push({ name: 'agencies import preview (2,000 rows, empty db)', medianMs: t2 - t1, runs: 1 });
  figures.push({ name: 'agencies import commit (2,000 rows + leads)', medianMs: t3 - t2, runs: 1, note: JSON.stringify(commit.value) });
  await fresh.close();
  rmSync(freshDir, { recursive: true, force: true });

  figures.push(...(await cycleQueryFigures(call, counts.cycle)));
  figures.push(...(await actionQueryFigures(call, counts.actions)));
  figures.push(...(await scheduleFigures(backend, call, counts.cycle)));
  figures.push(...(await reportFigures(backend)));
  figures.push(...(await returnImportFigures(backend, call, Number(process.env.BENCH_RETURNS ?? 2000))));

  // The browser UI on the same partnership (skipped with a warning when Chromium or the built renderer is missing).
  figures.push(...(await uiFigures(dataDir, { dispatch: backend.dispatch })));

  printTable(figures);
  await spy.destroy().catch(() => undefined);
  await backend.close();
  rmSync(dataDir, { recursive: true, force: true });

  const out = join(repo, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  const result = { at: new Date().toISOString(), node: process.version, seed: STRESS_SEED, counts, figures };
  const file = join(out, `bench-${result.at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2));
  writeFileSync(join(out, 'latest.json'), JSON.stringify(result, null, 2));
  console.log(`\nSaved ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
