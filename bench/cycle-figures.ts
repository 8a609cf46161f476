import { performance } from 'node:perf_hooks';
import type { Backend } from '../electron/backend/app';
import { loadTargets } from '../electron/backend/services/answers-write';
import { createCycle } from '../electron/backend/services/cycles';
import { loadScaleForFramework } from '../electron/backend/services/rating-scale';
import { completeFills, fillWorkbook } from '../test/helpers/return-fixture';
import { median, type Figure } from './measure';
import type { StressCycle } from './stress/cycles';

type Call = (method: string, input?: unknown) => Promise<unknown>;

/** The import dialog checks this many files at once. */
export const PREVIEWS_IN_FLIGHT = 3;

/**
 * The dashboard aggregates (issue 8: median ≤ 10 ms each) and the grids a manager opens all day, on the
 * 2,000-agency current cycle of a partnership holding five cycles, 2,000 meetings and a year of case audits.
 */
export async function cycleQueryFigures(call: Call, cycle: StressCycle): Promise<Figure[]> {
  const id = cycle.cycleId;
  const f = (name: string, goal?: string, note?: string) => async (method: string, input: unknown) => ({ name, goal, note, ...(await median(() => call(method, input), 15, 3)) });
  const dash = '≤ 10 ms';
  return [
    await f('home tiles', dash, 'dashboard aggregate')('home.tiles', undefined),
    await f('next meetings (home)', dash, 'dashboard aggregate')('home.nextMeetings', { limit: 5 }),
    await f('returns board (2,000 in scope)', dash, 'dashboard aggregate')('returns.board', { cycleId: id }),
    await f('distribution per standard, moderated', dash, 'dashboard aggregate')('analysis.distribution', { cycleId: id, basis: 'moderated' }),
    await f('distribution per standard, self', dash, 'dashboard aggregate')('analysis.distribution', { cycleId: id, basis: 'self' }),
    await f('scrutiny overview (2,000 agencies)', dash, 'dashboard aggregate')('scrutiny.overview', { cycleId: id }),
    await f('case-audit programme (the year)', dash, 'dashboard aggregate')('caseAudits.list', {}),
    await f('cycles list (5 cycles)', dash, 'dashboard aggregate')('cycles.list', undefined),
    await f('returns list (2,000 rows)', undefined, 'grid: every row with progress and flags')('returns.list', { cycleId: id }),
    await f('heatmap self (2,000 × 12)', undefined, 'grid: 24,000 cells; its goal is the first paint in Chromium')('analysis.heatmap', { cycleId: id, mode: 'self' }),
    await f('heatmap difference (2,000 × 12)', undefined, 'grid: 24,000 cells')('analysis.heatmap', { cycleId: id, mode: 'difference' }),
    await f('one agency return (75 answers)')('returns.get', { cycleAgencyId: 1 }),
  ];
}

/**
 * Issue N workbooks, fill them as agencies would, and import them back the way the import dialog does: every
 * file checked first (three requests in flight, read on the backend's worker threads), then each imported in
 * turn. N defaults to 2,000, the goal's size; BENCH_RETURNS sets it.
 */
export async function returnImportFigures(backend: Backend, call: Call, count: number): Promise<Figure[]> {
  const ctx = backend.ctx;
  const agencyIds = (await ctx.db.selectFrom('agencies').select('id').where('active', '=', 1).orderBy('id').limit(count).execute()).map((a) => a.id);
  const fwId = (await ctx.db.selectFrom('frameworks').select('id').where('family_key', '=', 'compact-audit').where('built_in', '=', 1).executeTakeFirstOrThrow()).id;
  const cycle = await createCycle(ctx.db, ctx, { name: 'Stress import cycle', cycleType: 'custom', frameworkId: fwId, periodLabel: '2026/27' }, agencyIds);
  const scope = await ctx.db.selectFrom('cycle_agencies').select('id').where('cycle_id', '=', cycle.id).orderBy('id').execute();
  const fills = completeFills(await loadTargets(ctx.db, fwId), await loadScaleForFramework(ctx.db, fwId));

  let t = performance.now();
  const issued: Array<{ fileName: string; contentBase64: string }> = [];
  for (const row of scope) {
    const out = (await call('tools.issue', { cycleAgencyId: row.id, formats: ['xlsx'], markIssued: true })) as { files: Array<{ fileName: string; contentBase64: string }> };
    issued.push(out.files[0]!);
  }
  const issueMs = performance.now() - t;
  const filled = [];
  for (const f of issued) filled.push({ fileName: f.fileName, contentBase64: (await fillWorkbook(Buffer.from(f.contentBase64, 'base64'), fills)).toString('base64') });

  // The worker pool starts on the first import of a session; from source that is tsx compiling the readers in
  // each worker (~3 s here), in the built app a prebuilt script. Started before the clock, and reported.
  t = performance.now();
  await call('returns.importPreview', { cycleId: cycle.id, file: filled[0]! });
  const warmMs = performance.now() - t;
  t = performance.now();
  const queue = [...filled];
  await Promise.all(
    Array.from({ length: PREVIEWS_IN_FLIGHT }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const p = (await call('returns.importPreview', { cycleId: cycle.id, file })) as { problems: unknown[] };
        if (p.problems.length) throw new Error(`bench return ${file.fileName} has problems: ${JSON.stringify(p.problems.slice(0, 2))}`);
      }
    }),
  );
  const checkMs = performance.now() - t;
  t = performance.now();
  for (const file of filled) await call('returns.importCommit', { cycleId: cycle.id, file });
  const commitMs = performance.now() - t;
  const importMs = checkMs + commitMs;
  const per = importMs / count;
  const projected = Math.round(per * 2000);
  return [
    { name: `issue ${count} workbooks`, medianMs: issueMs, runs: 1, note: `${(issueMs / count).toFixed(1)} ms each` },
    { name: 'first return check of the session (starts the reader workers)', medianMs: warmMs, runs: 1 },
    { name: `check ${count} returns (import dialog: ${PREVIEWS_IN_FLIGHT} in flight)`, medianMs: checkMs, runs: 1, note: `${(checkMs / count).toFixed(2)} ms each` },
    { name: `import ${count} checked returns, one by one`, medianMs: commitMs, runs: 1, note: `${(commitMs / count).toFixed(2)} ms each` },
    {
      name: `import ${count} returns (check + import)`,
      medianMs: importMs,
      runs: 1,
      goal: '2,000 ≤ 10000 ms',
      note: `${per.toFixed(2)} ms each; 2,000 ${count === 2000 ? 'took' : 'projected'} ${projected} ms${projected > 10_000 ? ' — MISSED' : ''}; ${backend.ctx.readTool ? 'worker threads on' : 'one thread'}`,
    },
  ];
}
