import ExcelJS from 'exceljs';
import type { ActionDetail, ActionGroup, ActionInput, ActionUpdateInput } from '../../shared/domain/action';
import { loadTargets } from '../../electron/backend/services/answers-write';
import { createCycle } from '../../electron/backend/services/cycles';
import { call } from './backend';
import { trackerFixture } from './tracker-fixtures';

// Actions in every state for the file tests (workbook, import, pack, requests), on the tracker fixture's
// partnership: Alder (lead and deputy), Birch (lead), Cedar (lead without email), Damson (no lead), Elm.
// Today is Sunday 22 November 2026; the quarter runs October to December.

export const FILES_NOW = new Date('2026-11-22T10:00:00Z');

export async function actionFileFixture() {
  const f = await trackerFixture(FILES_NOW);
  const cycle = await createCycle(f.ctx.db, f.ctx, f.cycleInput(), [f.ids.alder, f.ids.birch, f.ids.cedar, f.ids.damson, f.ids.elm]);
  const fw = await loadTargets(f.ctx.db, f.framework.id);
  const groups = await call<ActionGroup[]>(f.b, 'actionGroups.list');
  const group = (name: string) => groups.find((g) => g.name === name)!.id;
  const contactId = async (name: string) => (await f.ctx.db.selectFrom('contacts').select('id').where('full_name', '=', name).executeTakeFirstOrThrow()).id;

  /** An action made through the API, back-dated to `createdOn` so earlier updates can be recorded, then updated. */
  async function action(input: Partial<ActionInput>, createdOn = '2026-06-01', updates: ActionUpdateInput[] = []): Promise<ActionDetail> {
    const made = await call<ActionDetail>(f.b, 'actions.create', { kind: 'agency', agencyId: f.ids.alder, dueDate: '2026-12-31', description: 'An action', ...input });
    await f.ctx.db.updateTable('actions').set({ created_on: createdOn }).where('id', '=', made.id).execute();
    for (const u of updates) await call(f.b, 'actions.addUpdate', { id: made.id, update: u });
    return call<ActionDetail>(f.b, 'actions.get', { id: made.id });
  }

  const a1 = await action({
    description: 'Audit safer recruitment files for all staff',
    dueDate: '2026-11-01',
    priority: 'high',
    cycleId: cycle.id,
    targetKey: fw.standardByNumber.get('1')!.key,
    ownerContactId: await contactId('Jane Hollins'),
  });
  const a2 = await action({ description: 'Refresh safeguarding training for bank staff', dueDate: '2026-12-10' }, '2026-06-01', [
    { date: '2026-11-10', text: 'Half of the bank staff trained', rag: 'amber' },
  ]);
  const a3 = await action({ description: 'Publish the escalation policy' }, '2026-06-01', [{ date: '2026-10-15', text: 'Published on the intranet', status: 'complete' }]);
  const a4 = await action({ description: 'Appoint a deputy lead' }, '2026-03-01', [{ date: '2026-07-01', status: 'complete', text: 'Kate Morrow appointed' }]);
  const b1 = await action({ agencyId: f.ids.birch, description: 'Review missing-from-home protocol', dueDate: '2026-08-31', ownerName: 'Head of Public Protection' }, '2026-05-01', [
    { date: '2026-08-20', newDueDate: '2026-09-30', slippageReason: 'Awaiting the new force policy', rag: 'amber' },
    { date: '2026-09-25', newDueDate: '2026-11-15', slippageReason: 'Policy delayed again', rag: 'red' },
  ]);
  const c1 = await action({ agencyId: f.ids.cedar, description: 'Train custody staff on the voice of the child', dueDate: '2026-12-01' });
  const d1 = await action({ agencyId: f.ids.damson, description: 'Name a safeguarding lead', dueDate: '2026-11-30' });
  const e1 = await action({ agencyId: f.ids.elm, description: 'Update the nursery whistleblowing policy', dueDate: '2027-06-30' });
  const p1 = await action({ kind: 'partnership', agencyId: null, groupId: group('Executive'), description: 'Publish the annual report', dueDate: '2027-01-31' });
  const p2 = await action({ kind: 'partnership', agencyId: null, groupId: group('Business Unit'), description: 'Move the website to the new platform', dueDate: '2027-03-31' }, '2026-06-01', [
    { date: '2026-11-01', status: 'dropped', droppedReason: 'The council is moving every partnership site itself', text: 'Not needed' },
  ]);
  const actions = { a1, a2, a3, a4, b1, c1, d1, e1, p1, p2 };
  return { ...f, cycle, fw, groups, group, contactId, action, actions };
}
export type ActionFileFixture = Awaited<ReturnType<typeof actionFileFixture>>;

/** Loads a workbook from a GeneratedFile or bytes. */
export async function loadWorkbook(bytes: Buffer | { contentBase64: string }): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.contentBase64, 'base64');
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

/** Column number of a heading in row 1 (0 when absent). */
export function columnOf(ws: ExcelJS.Worksheet, heading: string): number {
  let n = 0;
  ws.getRow(1).eachCell((c, i) => (c.value === heading ? (n = i) : null));
  return n;
}

/** The row whose Reference is `ref`. */
export function rowOf(ws: ExcelJS.Worksheet, ref: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => (row.getCell(1).value === ref ? (found = row) : null));
  if (!found) throw new Error(`no row ${ref}`);
  return found;
}

export const upload = async (wb: ExcelJS.Workbook, fileName = 'plan.xlsx') => ({ fileName, contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') });
