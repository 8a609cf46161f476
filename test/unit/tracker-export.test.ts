import { afterEach, describe, expect, it } from 'vitest';
import { exportTracker, TRACKER_COLUMNS } from '../../electron/backend/io/tracker-export';
import { createChasers } from '../../electron/backend/services/chasers';
import { createCycle } from '../../electron/backend/services/cycles';
import { setReturnStatus } from '../../electron/backend/services/returns-board';
import { call } from '../helpers/backend';
import { readXlsx } from '../helpers/register-files';
import { trackerFixture } from '../helpers/tracker-fixtures';

type Fixture = Awaited<ReturnType<typeof trackerFixture>>;
let f: Fixture;
afterEach(async () => {
  await f?.b.close();
});

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('returns tracker workbook', () => {
  it('has one row per agency with real dates, a frozen bold header and a filter, and the board on a summary sheet', async () => {
    f = await trackerFixture();
    const { ids, ctx } = f;
    const c = await createCycle(ctx.db, ctx, f.cycleInput(), [ids.alder, ids.birch, ids.cedar]);
    const alder = await f.cycleAgencyId(c.id, ids.alder);
    const birch = await f.cycleAgencyId(c.id, ids.birch);
    await setReturnStatus(ctx.db, ctx, alder, 'issued', '2026-02-02');
    await setReturnStatus(ctx.db, ctx, alder, 'returned', '2026-03-28');
    await setReturnStatus(ctx.db, ctx, birch, 'issued', '2026-02-02');
    await createChasers(ctx.db, ctx, c.id, [birch], 'mailto');
    const fw = await f.answer(alder, f.framework.id, [{ number: '1.1', rating: 'O' }, { number: '1.2', rating: 'I' }]);
    await f.moderate(alder, fw.itemByNumber.get('1.1')!.key, 'G');

    const file = await exportTracker(ctx.db, c.id, '2026-03-30');
    expect(file.fileName).toBe('S.11 Self-Assessment Audit 2026 - returns tracker 2026-03-30.xlsx');
    const wb = await readXlsx(file.contentBase64);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Returns', 'Summary']);
    const ws = wb.getWorksheet('Returns')!;
    const header = ws.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual(TRACKER_COLUMNS.map((col) => col.header));
    expect(header.slice(1, 15)).toEqual(['Agency', 'Sector', 'Status', 'Issued', 'Returned', 'Accepted', 'Days overdue', 'Last chased', 'Chasers', 'Answered', 'Expected', 'Over-optimistic', 'Underscored', 'Weak']);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.rowCount).toBe(4);

    const col = (name: string) => TRACKER_COLUMNS.findIndex((x) => x.header === name) + 1;
    const row = (agency: string) => {
      for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === agency) return ws.getRow(r);
      throw new Error(`no row for ${agency}`);
    };
    const a = row('Alder Primary School');
    expect(a.getCell(col('Status')).value).toBe('Returned late');
    expect(a.getCell(col('Returned')).value).toEqual(utc('2026-03-28'));
    expect(a.getCell(col('Returned')).numFmt).toBe('dd/mm/yyyy');
    expect(a.getCell(col('Issued')).value).toEqual(utc('2026-02-02'));
    expect(a.getCell(col('Days overdue')).value).toBeNull();
    expect([col('Answered'), col('Expected'), col('Over-optimistic'), col('Underscored'), col('Weak')].map((i) => a.getCell(i).value)).toEqual([2, 75, 1, 0, 1]);
    const b = row('Birch Health Trust');
    expect(b.getCell(col('Status')).value).toBe('Issued');
    expect(b.getCell(col('Days overdue')).value).toBe(3);
    expect(b.getCell(col('Last chased')).value).toEqual(utc('2026-03-30'));
    expect(b.getCell(col('Chasers')).value).toBe(1);
    expect(row('Cedar Police').getCell(col('Status')).value).toBe('Not issued');

    const s = wb.getWorksheet('Summary')!;
    const lines = new Map<string, unknown[]>();
    s.eachRow((r) => {
      const v = (r.values as unknown[]).slice(1);
      if (typeof v[0] === 'string') lines.set(v[0], v.slice(1));
    });
    expect(lines.get('Agencies in scope')).toEqual([3]);
    expect(lines.get('Initial deadline')).toEqual(['27 March 2026']);
    expect(lines.get('By the initial deadline (27 March 2026)')).toEqual([0, 3, 0]);
    expect(lines.get('Today (30 March 2026)')).toEqual([1, 3, 0.33]);
    expect(lines.get('Returned late')).toEqual([1, 3, 0.33]);
    expect(lines.get('Education')).toEqual([1, 1, 1]);
    let percentCell: string | undefined;
    s.eachRow((r) => {
      if (r.getCell(1).value === 'Today (30 March 2026)') percentCell = r.getCell(4).numFmt;
    });
    expect(percentCell).toBe('0%');
  });

  it('is exported through the API with today from the clock', async () => {
    f = await trackerFixture();
    const c = await call(f.b, 'cycles.create', { cycle: f.cycleInput(), agencyIds: [f.ids.alder] });
    const file = await call(f.b, 'cycles.exportTracker', { id: c.id });
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = await readXlsx(file.contentBase64);
    expect(wb.getWorksheet('Returns')!.getRow(2).getCell(7).value).toBe(3);
  });
});
