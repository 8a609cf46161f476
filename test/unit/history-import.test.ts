import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, tempBackend } from '../helpers/backend';
import { builtInFramework } from '../helpers/return-fixture';

// Past results from a spreadsheet: a closed, historical cycle with accepted returns, self and moderated
// ratings, so comparisons work from the first day. All or nothing.

type B = Awaited<ReturnType<typeof tempBackend>>;
const csv = (fileName: string, text: string) => ({ fileName, contentBase64: Buffer.from(text, 'utf8').toString('base64') });
const meta = (frameworkId: number) => ({ frameworkId, name: 'S.11 audit 2022', cycleType: 's11' as const, periodLabel: '2022/23' });

const GOOD = [
  'Agency,Standard/Item,Self rating,Moderated rating,Date',
  'Northmoor Police,1.1,Met,Partially met,18/11/2022',
  'Northmoor Police,1.2,partially met,,18/11/2022',
  '141207,1.1,G,Met,01/12/2022',
  '141207,2.1,Not applicable,,01/12/2022',
  'RNM,1.1,,Not met,44883',
].join('\n');

describe('history import', () => {
  let b: B;
  let frameworkId: number;
  beforeEach(async () => {
    b = await tempBackend({ seedDemo: true });
    frameworkId = await builtInFramework(b, 's11-policy');
  });
  afterEach(() => b.close());
  const count = async (table: 'cycles' | 'answers' | 'cycle_agencies') =>
    Number((await b.ctx.db.selectFrom(table).select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('previews agencies matched by name and identifiers', async () => {
    const p = await call(b, 'cycles.importHistoryPreview', { ...csv('past.csv', GOOD), ...meta(frameworkId) });
    expect(p.fileIssues).toEqual([]);
    expect(p.counts).toMatchObject({ total: 5, new: 5, error: 0 });
    expect(p.rows.map((r: { matchName: string; matchReason: string }) => [r.matchName, r.matchReason])).toEqual([
      ['Northmoor Police', 'name'],
      ['Northmoor Police', 'name'],
      ['Northmoor Academy', 'school URN 141207'],
      ['Northmoor Academy', 'school URN 141207'],
      ['Northmoor Teaching Hospitals NHS Foundation Trust', 'ODS code RNM'],
    ]);
  });

  it('creates a closed historical cycle with accepted returns, self and moderated ratings', async () => {
    const cycle = await call(b, 'cycles.importHistoryCommit', { ...csv('past.csv', GOOD), ...meta(frameworkId) });
    expect(cycle).toMatchObject({ name: 'S.11 audit 2022', cycleType: 's11', periodLabel: '2022/23', status: 'closed', historical: true, inScope: 3, frameworkId });
    const scope = await b.ctx.db
      .selectFrom('cycle_agencies as ca')
      .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
      .select(['a.name', 'ca.id', 'ca.status', 'ca.returned_on'])
      .where('ca.cycle_id', '=', cycle.id)
      .orderBy('a.name')
      .execute();
    expect(scope.map((s) => [s.name, s.status, s.returned_on])).toEqual([
      ['Northmoor Academy', 'accepted', '2022-12-01'],
      ['Northmoor Police', 'accepted', '2022-11-18'],
      ['Northmoor Teaching Hospitals NHS Foundation Trust', 'accepted', '2022-11-18'],
    ]);
    const answers = await b.ctx.db
      .selectFrom('answers')
      .select(['cycle_agency_id', 'target_key', 'self_code', 'self_na', 'na_reason', 'moderated_code', 'source'])
      .where('cycle_agency_id', 'in', scope.map((s) => s.id))
      .orderBy('id')
      .execute();
    expect(answers.map((a) => [a.self_code, a.self_na, a.moderated_code, a.source])).toEqual([
      ['G', 0, 'A', 'history'],
      ['A', 0, null, 'history'],
      ['G', 0, 'G', 'history'],
      [null, 1, null, 'history'],
      [null, 0, 'R', 'history'],
    ]);
    expect(answers[3]!.na_reason).toContain('past.csv');
    const cycleRow = await b.ctx.db.selectFrom('cycles').select(['launch_date', 'historical']).where('id', '=', cycle.id).executeTakeFirstOrThrow();
    expect(cycleRow).toEqual({ launch_date: '2022-11-18', historical: 1 });
    const history = await call(b, 'history.list', { entityType: 'cycle', entityId: cycle.id });
    expect(history[0].summary).toContain('past results for 3 agencies (5 ratings) imported from past.csv');
  });

  it('reads a workbook with Excel dates and numbers, and freezes the framework version used', async () => {
    const draft = await b.ctx.db.selectFrom('frameworks').select(['id', 'frozen_at']).where('family_key', '=', 'compact-audit').where('version_label', '=', '2026 draft').executeTakeFirstOrThrow();
    expect(draft.frozen_at).toBeNull();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Results 2022');
    ws.addRow(['S.11 results (exported from the old spreadsheet)']);
    ws.addRow(['Organisation', 'Ref', 'Self-assessment', 'Final rating', 'Date returned']);
    ws.addRow([141207, 1, 'Good', 'Requires improvement', new Date(Date.UTC(2022, 10, 18))]);
    ws.addRow([141207, 1.1, 'outstanding', 'Good', new Date(Date.UTC(2022, 10, 18))]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const cycle = await call(b, 'cycles.importHistoryCommit', { fileName: 'past.xlsx', contentBase64: bytes.toString('base64'), ...meta(draft.id) });
    expect(cycle.inScope).toBe(1);
    const codes = await b.ctx.db.selectFrom('answers as a').innerJoin('cycle_agencies as ca', 'ca.id', 'a.cycle_agency_id').select(['a.self_code', 'a.moderated_code', 'ca.returned_on']).where('ca.cycle_id', '=', cycle.id).orderBy('a.id').execute();
    expect(codes).toEqual([
      { self_code: 'G', moderated_code: 'RI', returned_on: '2022-11-18' },
      { self_code: 'O', moderated_code: 'G', returned_on: '2022-11-18' },
    ]);
    const after = await b.ctx.db.selectFrom('frameworks').select('frozen_at').where('id', '=', draft.id).executeTakeFirstOrThrow();
    expect(after.frozen_at).not.toBeNull();
  });

  it('refuses the whole file when any row is wrong, naming the row and column, and writes nothing', async () => {
    const bad = [
      'Agency,Standard/Item,Self rating,Moderated rating,Date',
      'Northmoor Police,1.1,Met,,18/11/2022',
      'Northmoor Police,1.2,Amber-ish,,18/11/2022',
      'Nowhere Agency,1.1,Met,,18/11/2022',
      'Northmoor Police,99.9,Met,,18/11/2022',
      'Northmoor Police,1.3,Met,,31/02/2022',
      'Northmoor Police,1.1,Not met,,18/11/2022',
    ].join('\n');
    const before = await Promise.all([count('cycles'), count('answers'), count('cycle_agencies')]);
    const p = await call(b, 'cycles.importHistoryPreview', { ...csv('bad.csv', bad), ...meta(frameworkId) });
    expect(p.counts).toMatchObject({ total: 6, new: 1, error: 5 });
    const r = await b.dispatch('cycles.importHistoryCommit', { ...csv('bad.csv', bad), ...meta(frameworkId) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('import_invalid');
    expect(r.error.details).toEqual([
      { file: 'bad.csv', row: 3, field: 'Self rating', message: '"Amber-ish" is not a rating on this scale; use one of: Met, Partially met, Not met' },
      { file: 'bad.csv', row: 4, field: 'Agency', message: expect.stringContaining('"Nowhere Agency" is not an agency in the register') },
      { file: 'bad.csv', row: 5, field: 'Standard/Item', message: '"99.9" is not a standard or item of this framework version' },
      { file: 'bad.csv', row: 6, field: 'Date', message: '"31/02/2022" is not a date: write it as dd/mm/yyyy' },
      { file: 'bad.csv', row: 7, field: 'Standard/Item', message: 'Northmoor Police already has a result for 1.1 in row 2' },
    ]);
    expect(await Promise.all([count('cycles'), count('answers'), count('cycle_agencies')])).toEqual(before);
  });

  it('refuses a standard rating where the framework rates items, and a file with no rating column', async () => {
    const p = await call(b, 'cycles.importHistoryPreview', { ...csv('std.csv', 'Agency,Standard,Self rating\nNorthmoor Police,1,Met\n'), ...meta(frameworkId) });
    expect(p.rows[0].issues).toEqual([{ row: 2, column: 'Standard', message: 'standard 1 is not rated in this framework (items are)' }]);
    const q = await call(b, 'cycles.importHistoryPreview', { ...csv('none.csv', 'Agency,Item,Notes\nNorthmoor Police,1.1,fine\n'), ...meta(frameworkId) });
    expect(q.fileIssues.join(' ')).toContain('There is no rating column');
  });
});
