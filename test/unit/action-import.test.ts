import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionDetail, ActionRow } from '../../shared/domain/action';
import type { ImportPreview } from '../../shared/domain/imports';
import { parseImportDate } from '../../electron/backend/io/actions-xlsx-layout';
import { actionFileFixture, columnOf, loadWorkbook, rowOf, upload, type ActionFileFixture } from '../helpers/action-file-fixture';
import { call } from '../helpers/backend';

// Importing action plans: every problem named by row and column, nothing written when any row is wrong,
// dates read as England writes them, and an agency's own plan (its own headings) taken in and re-imported.

let f: ActionFileFixture;
afterEach(async () => {
  await f?.b.close();
});

const counts = async () => {
  const n = async (t: 'actions' | 'action_updates' | 'audit_log') => Number((await f.ctx.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { actions: await n('actions'), updates: await n('action_updates'), history: await n('audit_log') };
};
const issuesOf = (p: ImportPreview) => p.rows.flatMap((r) => r.issues.map((i) => `row ${i.row}, ${i.column}: ${i.message}`));
const csv = (lines: string[], fileName = 'plan.csv') => ({ fileName, contentBase64: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64') });

describe('reading dates', () => {
  it('accepts Excel dates and day numbers, dd/mm/yyyy with / - or ., yyyy-mm-dd and "31 March 2027"', () => {
    const cases: Array<[string, string]> = [
      ['2027-03-31', '2027-03-31'],
      ['31/03/2027', '2027-03-31'],
      ['1/4/2027', '2027-04-01'],
      ['31-03-2027', '2027-03-31'],
      ['31.03.2027', '2027-03-31'],
      ['2027/03/31', '2027-03-31'],
      ['46477', '2027-03-31'],
      ['31 March 2027', '2027-03-31'],
      ['1st Feb 2028', '2028-02-01'],
      ['29/02/2028', '2028-02-29'],
    ];
    for (const [text, iso] of cases) expect(parseImportDate(text), text).toEqual({ iso });
  });

  it('refuses impossible and ambiguous dates with the reason', () => {
    const error = (t: string) => (parseImportDate(t) as { error: string }).error;
    expect(error('31/02/2027')).toBe('"31/02/2027" is not a date on the calendar: February 2027 has no day 31');
    expect(error('29/02/2027')).toBe('"29/02/2027" is not a date on the calendar: February 2027 has no day 29');
    expect(error('12/25/2026')).toBe('"12/25/2026" is not a date: there is no month 25 (dates are read day first, as dd/mm/yyyy)');
    expect(error('01/02/27')).toMatch(/two-digit year, which could be read more than one way/);
    expect(error('March 2027')).toBe('"March 2027" gives no day: write a whole date, such as 31/03/2027');
    expect(error('Q1 2027')).toMatch(/gives no day/);
    expect(error('2026-13-01')).toBe('"2026-13-01" is not a date: there is no month 13');
    expect(error('31/03/1926')).toMatch(/not a plausible date/);
    expect(error('123')).toMatch(/is a number, not a date/);
    expect(error('asap')).toBe('"asap" is not a date: write it as dd/mm/yyyy');
  });
});

describe('refusing a plan with problems', () => {
  it('names every problem by row and column and writes nothing', async () => {
    f = await actionFileFixture();
    const { a1, a2, b1, p2 } = f.actions;
    const wb = await loadWorkbook(await call(f.b, 'actions.exportXlsx', { bucket: 'all' }));
    const ws = wb.getWorksheet('Actions')!;
    const set = (ref: string, heading: string, v: ExcelJS.CellValue) => (rowOf(ws, ref).getCell(columnOf(ws, heading)).value = v);
    set(a1.reference, 'Progress update', 'Fine progress'); // a good row: still not written
    set(a2.reference, 'New due date', '28/02/2027'); // no reason
    set(b1.reference, 'Progress update', { formula: 'A1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue);
    set(f.actions.c1.reference, 'Progress update', 'x'.repeat(9000));
    set(f.actions.d1.reference, 'Update date', '30/11/2026'); // after today
    set(f.actions.d1.reference, 'Progress update', 'Interviews booked');
    set(p2.reference, 'Progress update', 'Picked up again'); // dropped, no new status
    const add = (values: Record<string, string>) => {
      const row = ws.getRow(ws.actualRowCount + 1);
      for (const [h, v] of Object.entries(values)) row.getCell(columnOf(ws, h)).value = v;
      return row.number;
    };
    const unknownRef = add({ Reference: 'A-9999', 'Progress update': 'x' });
    const badDate = add({ Agency: 'Alder Primary School', Description: 'New thing', 'Due date': '31/02/2027' });
    const noAgency = add({ Agency: 'Oak Academy', Description: 'Another thing', 'Due date': '31/03/2027' });
    const noCycle = add({ Agency: 'Birch Health Trust', Description: 'Third thing', 'Due date': '31/03/2027', 'Standard/item number': '2' });
    const badStatus = add({ Agency: 'Birch Health Trust', Description: 'Fourth thing', 'Due date': '2027-03-31', Status: 'Sort of' });
    const file = await upload(wb, 'all-actions.xlsx');
    const before = await counts();

    const preview = await call<ImportPreview>(f.b, 'actions.importPreview', file);
    const rowNo = (ref: string) => rowOf(ws, ref).number;
    expect(issuesOf(preview)).toEqual(
      expect.arrayContaining([
        `row ${rowNo(a2.reference)}, Reason for new due date: give the reason the due date has moved`,
        `row ${rowNo(b1.reference)}, Progress update: the cell shows the formula error #DIV/0!; correct the formula or type the value in`,
        `row ${rowNo(f.actions.c1.reference)}, Progress update: is 9,000 characters long; this column takes at most 8,000`,
        `row ${rowNo(f.actions.d1.reference)}, Update date: 30/11/2026 is after today (22/11/2026); an update reports what has happened`,
        `row ${rowNo(p2.reference)}, New status: ${p2.reference} was dropped; to report progress on it, set New status to reopen it`,
        `row ${unknownRef}, Reference: A-9999 is not an action in Audit Desk`,
        `row ${badDate}, Due date: "31/02/2027" is not a date on the calendar: February 2027 has no day 31`,
        `row ${noAgency}, Agency: "Oak Academy" is not an agency in the register`,
        `row ${noCycle}, Standard/item number: a standard is matched within an audit cycle: fill in the Cycle column, or choose the cycle when importing`,
        `row ${badStatus}, Status: "Sort of" is not a status; use one of: Not started, On track, At risk, Complete, Dropped`,
      ]),
    );
    expect(preview.rows.find((r) => r.row === rowNo(a1.reference))!.status).toBe('update');
    expect(preview.counts.error).toBe(10);

    const r = await f.b.dispatch('actions.importCommit', file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('import_invalid');
    expect(r.error.message).toBe('all-actions.xlsx: 10 rows have errors; nothing was imported');
    expect(r.error.details).toContainEqual({ file: 'all-actions.xlsx', row: unknownRef, field: 'Reference', message: 'A-9999 is not an action in Audit Desk' });
    expect(await counts()).toEqual(before);
    expect((await call<ActionDetail>(f.b, 'actions.get', { id: a1.id })).updates).toHaveLength(0);
  });

  it("refuses a row about another agency's action when the plan is imported for one agency", async () => {
    f = await actionFileFixture();
    const { a1, b1 } = f.actions;
    const p = await call<ImportPreview>(f.b, 'actions.importPreview', {
      ...csv(['Reference,Progress update', `${a1.reference},Going well`, `${b1.reference},Going well`, 'A-42x,Hmm']),
      agencyId: f.ids.alder,
    });
    expect(issuesOf(p)).toEqual([
      `row 3, Reference: ${b1.reference} is an action of Birch Health Trust, not of Alder Primary School`,
      'row 4, Reference: "A-42x" is not an action reference such as A-0042',
    ]);
  });

  it('takes a workbook back after the agency was renamed: on a row with a Reference the Agency cell is only a record', async () => {
    f = await actionFileFixture();
    const { a1 } = f.actions;
    const wb = await loadWorkbook(await call(f.b, 'actions.exportXlsx', { bucket: 'open', agencyId: f.ids.alder }));
    const ws = wb.getWorksheet('Actions')!;
    rowOf(ws, a1.reference).getCell(columnOf(ws, 'Progress update')).value = 'Started';
    await f.ctx.db.updateTable('agencies').set({ name: 'Alder Primary Academy', name_key: 'alder primary academy' }).where('id', '=', f.ids.alder).execute();
    const file = await upload(wb);
    const p = await call<ImportPreview>(f.b, 'actions.importPreview', file);
    expect(issuesOf(p)).toEqual([]);
    expect(await call(f.b, 'actions.importCommit', file)).toMatchObject({ updated: 1 });
    // A new row naming an agency the register does not know is still refused.
    const fresh = await call<ImportPreview>(f.b, 'actions.importPreview', csv(['Agency,Description,Due date', 'Alder Primary School,New,31/03/2027']));
    expect(issuesOf(fresh)).toEqual(['row 2, Agency: "Alder Primary School" is not an agency in the register']);
  });

  it('refuses a file with neither references nor descriptions, and a workbook that is not one', async () => {
    f = await actionFileFixture();
    const p = await call<ImportPreview>(f.b, 'actions.importPreview', csv(['Name,Colour', 'a,b']));
    expect(p.fileIssues).toEqual([expect.stringMatching(/^There is no Reference or Description column/)]);
    const bad = await f.b.dispatch('actions.importPreview', { fileName: 'plan.xlsx', contentBase64: Buffer.from('PK\u0003\u0004 not really').toString('base64') });
    expect(bad).toMatchObject({ ok: false, error: { code: 'import_invalid', message: expect.stringContaining('plan.xlsx could not be read as an Excel workbook') } });
  });
});

describe("an agency's own plan", () => {
  const plan = (status = 'In progress', target = '31/03/2027', reason = '') => [
    'Ref no.,Action,Lead,Target date,RAG status,Progress,Current status,Reason for delay',
    `1,Audit supervision records,Jane Hollins (DSL),${target},Amber,Sampling started,${status},${reason}`,
    '2,Add a safeguarding page to the intranet,Web team,30/04/2027,,,,',
    ',,,,,,,',
  ];

  it('makes its actions from its own headings, with a first update where it reports progress', async () => {
    f = await actionFileFixture();
    const p = await call<ImportPreview>(f.b, 'actions.importPreview', { ...csv(plan()), agencyId: f.ids.alder, cycleId: f.cycle.id });
    expect(p.mapping).toMatchObject({ description: 'Action', owner: 'Lead', dueDate: 'Target date', rag: 'RAG status', progress: 'Progress', status: 'Current status', slippageReason: 'Reason for delay' });
    expect(p.mapping.reference).toBeUndefined(); // "Ref no." is the agency's own numbering, not ours
    expect(p.counts).toMatchObject({ total: 2, new: 2, error: 0 });
    expect(await call(f.b, 'actions.importCommit', { ...csv(plan()), agencyId: f.ids.alder, cycleId: f.cycle.id })).toEqual({ created: 2, updated: 0, skipped: 0 });
    const rows = await call<ActionRow[]>(f.b, 'actions.list', { bucket: 'open', agencyId: f.ids.alder, search: 'supervision' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ owner: 'Jane Hollins', status: 'on_track', lastRag: 'amber', lastUpdateOn: '2026-11-22', lastUpdateText: 'Sampling started', cycleId: f.cycle.id, source: 'import' });
    const web = (await call<ActionRow[]>(f.b, 'actions.list', { bucket: 'open', agencyId: f.ids.alder, search: 'intranet' }))[0]!;
    expect(web).toMatchObject({ owner: 'Web team', ownerContactId: null, status: 'not_started', lastUpdateOn: null });
  });

  it('recognises its actions when sent again: a new target date needs the reason, a new status is applied', async () => {
    f = await actionFileFixture();
    await call(f.b, 'actions.importCommit', { ...csv(plan()), agencyId: f.ids.alder });
    const moved = await call<ImportPreview>(f.b, 'actions.importPreview', { ...csv(plan('In progress', '30/06/2027')), agencyId: f.ids.alder });
    expect(issuesOf(moved)).toEqual(['row 2, Reason for delay: give the reason the due date has moved']);
    const before = await counts();
    expect((await f.b.dispatch('actions.importCommit', { ...csv(plan('In progress', '30/06/2027')), agencyId: f.ids.alder })).ok).toBe(false);
    expect(await counts()).toEqual(before);

    // Complete with a new due date is refused: a complete action has no date to move.
    const both = await call<ImportPreview>(f.b, 'actions.importPreview', { ...csv(plan('Complete', '30/06/2027', 'Auditor on leave')), agencyId: f.ids.alder });
    expect(issuesOf(both)).toEqual(['row 2, Target date: a complete action has no due date to move']);

    const done = csv(plan('Complete'));
    const p = await call<ImportPreview>(f.b, 'actions.importPreview', { ...done, agencyId: f.ids.alder });
    expect(p.rows.map((r) => [r.status, r.matchReason])).toEqual([
      ['update', 'agency and description'],
      ['update', 'agency and description; unchanged: nothing new to record'],
    ]);
    expect(await call(f.b, 'actions.importCommit', { ...done, agencyId: f.ids.alder })).toEqual({ created: 0, updated: 1, skipped: 1 });
    const row = (await call<ActionRow[]>(f.b, 'actions.list', { bucket: 'all', agencyId: f.ids.alder, search: 'supervision' }))[0]!;
    expect(row).toMatchObject({ status: 'complete', completedOn: '2026-11-22', dueDate: '2027-03-31' });
  });
});
