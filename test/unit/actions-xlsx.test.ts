import type ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { RAG_COLOURS, type ActionDetail, type ActionRow } from '../../shared/domain/action';
import { FILL_IN_HEADINGS, TRACKER_HEADINGS } from '../../electron/backend/io/actions-xlsx-layout';
import { actionFileFixture, columnOf, loadWorkbook, rowOf, upload, type ActionFileFixture } from '../helpers/action-file-fixture';
import { call } from '../helpers/backend';

// The tracker workbook: what it holds, and the round trip an agency makes with it (export, fill in the
// yellow columns and add a row, import): updates applied, the new action made, and a second import a no-op.

let f: ActionFileFixture;
afterEach(async () => {
  await f?.b.close();
});

const headings = (ws: ExcelJS.Worksheet) => {
  const out: string[] = [];
  ws.getRow(1).eachCell((c) => out.push(String(c.value)));
  return out;
};
const cell = (ws: ExcelJS.Worksheet, ref: string, heading: string) => rowOf(ws, ref).getCell(columnOf(ws, heading));

describe('exporting the tracker workbook', () => {
  it('lists the filtered actions with their last update, dates as Excel dates, RAG in colour and in words', async () => {
    f = await actionFileFixture();
    const { a1, a2, b1, p1, a3 } = f.actions;
    const file = await call(f.b, 'actions.exportXlsx', { bucket: 'open' });
    expect(file).toMatchObject({ fileName: 'Action tracker 2026-11-22.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const wb = await loadWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Actions', 'About']);
    const ws = wb.getWorksheet('Actions')!;
    expect(headings(ws)).toEqual([...TRACKER_HEADINGS, ...FILL_IN_HEADINGS]);

    // Open actions only, each agency's together, soonest due first within it.
    const refs: string[] = [];
    ws.eachRow((row, n) => (n > 1 ? refs.push(String(row.getCell(1).value)) : null));
    const open = (await call<ActionRow[]>(f.b, 'actions.list', { bucket: 'open' })).map((r) => r.reference);
    expect([...refs].sort()).toEqual([...open].sort());
    expect(refs).not.toContain(a3.reference);
    expect(refs.indexOf(a1.reference)).toBeLessThan(refs.indexOf(a2.reference));

    const due = cell(ws, a1.reference, 'Due date');
    expect(due.value).toEqual(new Date('2026-11-01T00:00:00Z'));
    expect(due.numFmt).toBe('dd/mm/yyyy');
    expect(cell(ws, a1.reference, 'Days overdue').value).toBe(21);
    expect(cell(ws, a1.reference, 'Priority').value).toBe('High');
    expect(cell(ws, a1.reference, 'Owner').value).toBe('Jane Hollins');
    expect(cell(ws, a1.reference, 'Standard/item number').value).toBe('1');
    expect(cell(ws, a1.reference, 'Cycle').value).toBe('S.11 Self-Assessment Audit 2026');
    expect(cell(ws, a2.reference, 'Days overdue').value).toBeNull();
    expect(cell(ws, a2.reference, 'Last update').value).toBe('Half of the bank staff trained');
    expect(cell(ws, a2.reference, 'Last update date').value).toEqual(new Date('2026-11-10T00:00:00Z'));
    const rag = cell(ws, b1.reference, 'RAG');
    expect(rag.value).toBe('Red');
    expect((rag.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${RAG_COLOURS.red.slice(1)}`);
    expect(cell(ws, b1.reference, 'Original due date').value).toEqual(new Date('2026-08-31T00:00:00Z'));
    expect(cell(ws, p1.reference, 'Group').value).toBe('Executive');
    expect(cell(ws, p1.reference, 'Agency').value).toBe('');

    // Drop-downs on the lists (spare rows too, for new actions), a date check on the dates to fill in.
    expect(cell(ws, a1.reference, 'New status').dataValidation).toMatchObject({ type: 'list', formulae: ['"Not started,On track,At risk,Complete,Dropped"'] });
    expect(cell(ws, a1.reference, 'New RAG').dataValidation).toMatchObject({ type: 'list', formulae: ['"Red,Amber,Green"'] });
    expect(ws.getRow(refs.length + 50).getCell(columnOf(ws, 'Priority')).dataValidation).toMatchObject({ type: 'list', formulae: ['"High,Medium,Low"'] });
    expect(cell(ws, a1.reference, 'New due date').dataValidation).toMatchObject({ type: 'date' });
    expect((cell(ws, a1.reference, 'Progress update').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();

    const about: string[] = [];
    wb.getWorksheet('About')!.eachRow((row) => about.push(row.values.toString()));
    expect(about.join('\n')).toContain('Keep the Reference as it is');
  });

  it('names the file after the agency when filtered to one', async () => {
    f = await actionFileFixture();
    const file = await call(f.b, 'actions.exportXlsx', { bucket: 'all', agencyId: f.ids.alder });
    expect(file.fileName).toBe('Alder Primary School - action plan 2026-11-22.xlsx');
    const ws = (await loadWorkbook(file)).getWorksheet('Actions')!;
    expect(ws.actualRowCount).toBe(5); // heading + a1..a4
  });
});

describe('the round trip: export, fill in, import', () => {
  async function filledWorkbook() {
    const { a1, a2 } = f.actions;
    const wb = await loadWorkbook(await call(f.b, 'actions.exportXlsx', { bucket: 'open', agencyId: f.ids.alder }));
    const ws = wb.getWorksheet('Actions')!;
    const set = (ref: string, heading: string, v: ExcelJS.CellValue) => (cell(ws, ref, heading).value = v);
    set(a1.reference, 'Progress update', 'All files audited; three gaps closed');
    set(a1.reference, 'Update date', new Date('2026-11-20T00:00:00Z'));
    set(a1.reference, 'New RAG', 'Green');
    set(a1.reference, 'New status', 'Complete');
    set(a2.reference, 'New due date', '31/01/2027');
    set(a2.reference, 'Reason for new due date', 'Trainer off sick in December');
    // A new action typed in below, as an agency would: no Reference, the standard by number.
    const row = ws.getRow(ws.actualRowCount + 1);
    row.getCell(columnOf(ws, 'Cycle')).value = 'S.11 Self-Assessment Audit 2026';
    row.getCell(columnOf(ws, 'Standard/item number')).value = '2';
    row.getCell(columnOf(ws, 'Description')).value = 'Add safeguarding to the induction checklist';
    row.getCell(columnOf(ws, 'Owner')).value = 'kate.morrow@alder.example';
    row.getCell(columnOf(ws, 'Priority')).value = 'Low';
    row.getCell(columnOf(ws, 'Due date')).value = '31/03/2027';
    return { wb, newRow: row.number };
  }

  it('applies the updates, makes the new action, and records who reported it', async () => {
    f = await actionFileFixture();
    const { a1, a2 } = f.actions;
    const { wb, newRow } = await filledWorkbook();
    const file = await upload(wb, 'alder-plan.xlsx');
    const preview = await call(f.b, 'actions.importPreview', { ...file, agencyId: f.ids.alder });
    expect(preview.fileIssues).toEqual([]);
    expect(preview.sheetName).toBe('Actions');
    expect(preview.counts).toEqual({ total: 3, new: 1, update: 2, duplicateInFile: 0, error: 0 });
    expect(preview.rows.find((r: { row: number }) => r.row === newRow)).toMatchObject({ status: 'new', issues: [] });
    expect(preview.rows.find((r: { matchId: number }) => r.matchId === a1.id)).toMatchObject({ status: 'update', matchReason: 'reference' });

    const result = await call(f.b, 'actions.importCommit', { ...file, agencyId: f.ids.alder });
    expect(result).toEqual({ created: 1, updated: 2, skipped: 0 });

    const one = await call<ActionDetail>(f.b, 'actions.get', { id: a1.id });
    expect(one).toMatchObject({ status: 'complete', completedOn: '2026-11-20', lastRag: 'green', lastUpdateText: 'All files audited; three gaps closed', overdue: false });
    expect(one.updates[0]).toMatchObject({ date: '2026-11-20', status: 'complete', rag: 'green', reportedBy: 'Alder Primary School, via alder-plan.xlsx' });
    const two = await call<ActionDetail>(f.b, 'actions.get', { id: a2.id });
    expect(two).toMatchObject({ dueDate: '2027-01-31', originalDueDate: '2026-12-10', dueDateMoves: 1 });
    expect(two.updates[0]).toMatchObject({ date: '2026-11-22', previousDueDate: '2026-12-10', newDueDate: '2027-01-31', slippageReason: 'Trainer off sick in December' });
    // Earlier updates are kept, never overwritten.
    expect(two.updates.map((u) => u.date)).toEqual(['2026-11-22', '2026-11-10']);

    const made = (await call<ActionRow[]>(f.b, 'actions.list', { bucket: 'all', agencyId: f.ids.alder })).find((r) => r.description.startsWith('Add safeguarding'))!;
    expect(made).toMatchObject({ kind: 'agency', owner: 'Kate Morrow', ownerContactId: await f.contactId('Kate Morrow'), priority: 'low', dueDate: '2027-03-31', standardNumber: '2', cycleId: f.cycle.id, status: 'not_started', source: 'import' });
    expect((await call<ActionDetail>(f.b, 'actions.get', { id: made.id })).sourceRef).toBe(`alder-plan.xlsx row ${newRow}`);
  });

  it('adds nothing when the same filled workbook is imported again', async () => {
    f = await actionFileFixture();
    const file = await upload((await filledWorkbook()).wb, 'alder-plan.xlsx');
    await call(f.b, 'actions.importCommit', { ...file, agencyId: f.ids.alder });
    const updates = await f.ctx.db.selectFrom('action_updates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const preview = await call(f.b, 'actions.importPreview', { ...file, agencyId: f.ids.alder });
    expect(preview.counts).toMatchObject({ new: 0, update: 3, error: 0 });
    for (const r of preview.rows) expect(r.matchReason).toMatch(/unchanged: nothing new to record$/);
    // The new action is recognised by its description.
    expect(preview.rows.map((r: { matchReason: string }) => r.matchReason.split(';')[0])).toContain('agency and description');
    expect(await call(f.b, 'actions.importCommit', { ...file, agencyId: f.ids.alder })).toEqual({ created: 0, updated: 0, skipped: 3 });
    const after = await f.ctx.db.selectFrom('action_updates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(updates.n));
  });
});
