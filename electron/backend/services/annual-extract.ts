import { join } from 'node:path';
import { CYCLE_TYPE_LABELS, type CycleType } from '../../../shared/domain/cycle';
import type { GeneratedReport } from '../../../shared/domain/report';
import type { ServiceContext } from '../context';
import type { Db } from '../db/schema';
import { notFound } from '../errors';
import { buildAnnualExtract, type ExtractCycle } from '../reports/annual-extract';
import { listActions } from './actions-read';
import { loadCycleSummary } from './analysis-summary';
import { standardResults } from './board-paper-data';
import { cycleSortDate } from './cycle-order';
import { listCycles } from './cycle-read';
import { buildBoard, sectorOrder } from './returns-board';
import { listReturns } from './returns-list';
import { deliver, extractFileName, targetPath } from './report-files';
import { getSettings } from './settings';
import { todayOf } from './write-context';

// The annual-report extract across cycles: each cycle's return rates, its ratings at each end of the scale
// (after moderation) and its actions, oldest cycle first.

type ExtractCtx = Pick<ServiceContext, 'now' | 'userName' | 'resourcesDir'>;

async function cycleFigures(db: Db, cycleId: number, today: string, order: Map<number, number>): Promise<ExtractCycle> {
  const [summary] = await listCycles(db, cycleId);
  if (!summary) throw notFound('Cycle', cycleId);
  const [returns, analysis, actions] = await Promise.all([listReturns(db, cycleId, today), loadCycleSummary(db, cycleId), listActions(db, { bucket: 'all', cycleId }, today)]);
  const board = buildBoard({ id: cycleId, name: summary.name, framework_id: summary.frameworkId, initial_deadline: summary.initialDeadline, final_deadline: summary.finalDeadline }, returns, today, order);
  const { results } = standardResults(analysis);
  return {
    name: summary.name,
    periodLabel: summary.periodLabel,
    typeLabel: summary.typeLabel ?? CYCLE_TYPE_LABELS[summary.cycleType as CycleType],
    inScope: summary.inScope,
    initial: board.rates.initialDeadline,
    final: board.rates.finalDeadline,
    now: board.rates.today,
    rated: results.reduce((n, r) => n + r.rated, 0),
    strong: results.reduce((n, r) => n + r.strong, 0),
    weak: results.reduce((n, r) => n + r.weak, 0),
    actions: {
      total: actions.filter((a) => a.status !== 'dropped').length,
      complete: actions.filter((a) => a.status === 'complete').length,
      open: actions.filter((a) => a.status !== 'complete' && a.status !== 'dropped').length,
      overdue: actions.filter((a) => a.overdue).length,
    },
  };
}

/** The cycles asked for, or the latest `count`; either way oldest first, as a trend reads. */
export async function extractCycleIds(db: Db, cycleIds: number[] | undefined, count: number): Promise<number[]> {
  const all = await listCycles(db);
  if (cycleIds?.length) {
    const known = new Set(all.map((c) => c.id));
    const missing = cycleIds.find((id) => !known.has(id));
    if (missing !== undefined) throw notFound('Cycle', missing);
  }
  const chosen = cycleIds?.length ? all.filter((c) => cycleIds.includes(c.id)) : all.slice(0, count);
  const date = (c: (typeof all)[number]) => cycleSortDate({ launch_date: c.launchDate, initial_deadline: c.initialDeadline, final_deadline: c.finalDeadline, created_at: '9999' });
  return chosen.sort((a, b) => date(a).localeCompare(date(b)) || a.id - b.id).map((c) => c.id);
}

export async function generateAnnualExtract(db: Db, ctx: ExtractCtx, input: { cycleIds?: number[]; count: number; path?: string }): Promise<GeneratedReport> {
  const today = todayOf(ctx);
  const fileName = extractFileName(today);
  targetPath({ path: input.path }, fileName);
  const ids = await extractCycleIds(db, input.cycleIds, input.count);
  const order = await sectorOrder(db);
  const cycles: ExtractCycle[] = [];
  for (const id of ids) cycles.push(await cycleFigures(db, id, today, order));
  const settings = await getSettings(db);
  const bytes = await buildAnnualExtract({ settings, today, cycles }, join(ctx.resourcesDir, 'fonts'), ctx.userName);
  return deliver(bytes, fileName, { path: input.path }, cycles.length ? [] : ['There are no cycles to report on.']);
}
