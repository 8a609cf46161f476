import type { ComparisonSummary, MatrixCell, PaperAgency, StandardResult } from '../reports/narrative/data';
import type { BoardPaperData } from '../reports/narrative/data';
import type { Db } from '../db/schema';
import { standardDifference } from './analysis';
import { loadCycleSummary, type CycleSummary } from './analysis-summary';
import { comparison } from './comparison';
import { getCycle } from './cycle-read';
import { previousCycleOf } from './cycle-order';
import { isWeak } from './rating-scale';
import { isReturned } from './return-rules';
import { buildBoard, sectorOrder } from './returns-board';
import { listReturns } from './returns-list';
import { getSettings } from './settings';
import { loadActions, loadChallenge, loadContact, loadScrutiny } from './board-paper-scrutiny-data';

// Everything a board paper needs, loaded once: the cycle's standard ratings (derived when the answers were
// written, return-summaries.ts) are read a single time and turned into both the standard results
// (distribution, strong and weak counts, moderation changes) and the matrix, so a 2,000-agency cycle is not
// analysed once per table.

interface Results {
  results: StandardResult[];
  matrix: MatrixCell[][];
}

/** Per standard and per agency, on the rating in force (moderated where given) beside the self-rating. */
export function standardResults(data: CycleSummary): Results {
  const { scale } = data;
  const results: StandardResult[] = data.standards.map((s) => ({
    standard: s,
    counts: Object.fromEntries(scale.levels.map((l) => [l.code, 0])) as Record<string, number>,
    notApplicable: 0,
    missing: 0,
    rated: 0,
    strong: 0,
    weak: 0,
    overOptimistic: 0,
    underscored: 0,
  }));
  const matrix: MatrixCell[][] = [];
  for (const a of data.agencies) {
    const cells = data.cells.get(a.cycleAgencyId);
    const row: MatrixCell[] = [];
    data.standards.forEach((s, i) => {
      const r = results[i]!;
      const both = cells?.get(s.id);
      const cell = both?.moderated;
      const diff = standardDifference(scale, both?.self, cell);
      if (cell?.rating) {
        r.counts[cell.rating.code] = (r.counts[cell.rating.code] ?? 0) + 1;
        r.rated += 1;
        if (isWeak(scale, cell.rating.code)) r.weak += 1;
        else r.strong += 1;
      } else if (cell?.notApplicable) r.notApplicable += 1;
      else r.missing += 1;
      if (diff !== null && diff < 0) r.overOptimistic += 1;
      if (diff !== null && diff > 0) r.underscored += 1;
      row.push({ code: cell?.rating?.code ?? null, notApplicable: cell?.notApplicable ?? false, changed: diff !== null && diff !== 0 });
    });
    matrix.push(row);
  }
  return { results, matrix };
}

/** The comparison per standard: how many agencies improved, held or fell on each. */
async function comparisonSummary(db: Db, cycleId: number): Promise<ComparisonSummary | null> {
  if (!(await previousCycleOf(db, cycleId))) return null;
  const c = await comparison(db, cycleId);
  if (!c.previousName) return null;
  const standards = c.standards.map((s, i) => {
    const tally = { improved: 0, same: 0, worse: 0 };
    for (const row of c.rows) {
      const m = row.cells[i]!.movement;
      if (m === 'improved' || m === 'same' || m === 'worse') tally[m] += 1;
    }
    return { number: s.number, title: s.title, matched: s.matched, ...tally };
  });
  const t = c.totals;
  return { previousName: c.previousName, totals: { improved: t.improved, same: t.same, worse: t.worse, new: t.new, notCompared: t.not_compared }, standards };
}

export async function loadBoardPaperData(db: Db, cycleId: number, today: string): Promise<BoardPaperData> {
  const cycle = await getCycle(db, cycleId);
  const [settings, analysis, returns, order, fw] = await Promise.all([
    getSettings(db),
    loadCycleSummary(db, cycleId),
    listReturns(db, cycleId, today),
    sectorOrder(db),
    db
      .selectFrom('frameworks as f')
      .innerJoin('rating_scales as s', 's.id', 'f.scale_id')
      .select(['f.name', 'f.version_label', 'f.rating_target', 'f.standard_rollup', 's.name as scale_name', 's.allows_na', 's.na_label'])
      .where('f.id', '=', cycle.frameworkId)
      .executeTakeFirstOrThrow(),
  ]);
  const board = buildBoard({ id: cycleId, name: cycle.name, framework_id: cycle.frameworkId, initial_deadline: cycle.initialDeadline, final_deadline: cycle.finalDeadline }, returns, today, order);
  const byCa = new Map(returns.map((r) => [r.cycleAgencyId, r]));
  const agencies: PaperAgency[] = analysis.agencies.map((a) => {
    const r = byCa.get(a.cycleAgencyId);
    return {
      cycleAgencyId: a.cycleAgencyId,
      agencyId: a.agencyId,
      name: a.agencyName,
      sectorName: a.sectorName,
      status: r?.status ?? 'not_issued',
      returnedOn: r?.returnedOn ?? null,
      returned: r ? isReturned(r.status) : false,
      overOptimistic: r?.overOptimistic ?? 0,
      underscored: r?.underscored ?? 0,
    };
  });
  const { results, matrix } = standardResults(analysis);
  const levelRows = await db
    .selectFrom('scale_levels as l')
    .innerJoin('frameworks as f', 'f.scale_id', 'l.scale_id')
    .select(['l.code', 'l.description'])
    .where('f.id', '=', cycle.frameworkId)
    .execute();
  const described = new Map(levelRows.map((l) => [l.code, l.description]));
  const [comparisonData, challenge, scrutiny, actions, contact] = await Promise.all([
    comparisonSummary(db, cycleId),
    loadChallenge(db, cycleId),
    loadScrutiny(db, cycleId),
    loadActions(db, cycleId, today),
    loadContact(db, settings.businessUnitContactId),
  ]);
  return {
    today,
    settings,
    cycle: {
      id: cycle.id,
      name: cycle.name,
      type: cycle.cycleType,
      typeLabel: cycle.typeLabel,
      periodLabel: cycle.periodLabel,
      launchDate: cycle.launchDate,
      initialDeadline: cycle.initialDeadline,
      finalDeadline: cycle.finalDeadline,
      notes: cycle.notes,
    },
    framework: {
      name: fw.name,
      versionLabel: fw.version_label,
      standardCount: analysis.standards.length,
      itemCount: analysis.fw.targets.filter((t) => t.itemId !== null).length,
      ratingTarget: analysis.fw.ratingTarget,
      rollup: fw.standard_rollup,
      scaleName: fw.scale_name,
      allowsNa: fw.allows_na === 1,
      naLabel: fw.na_label,
    },
    levels: analysis.scale.levels.map((l) => ({ code: l.code, label: l.label, colour: l.colour, description: described.get(l.code) ?? null })),
    standards: analysis.standards,
    agencies,
    rates: { initial: board.rates.initialDeadline, final: board.rates.finalDeadline, now: board.rates.today },
    bySector: board.bySector.map((s) => ({ sectorName: s.sectorName, returned: s.returned })),
    results,
    matrix,
    comparison: comparisonData,
    challenge,
    scrutiny,
    actions,
    contact,
  };
}
