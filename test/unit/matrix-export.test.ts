import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyListRow } from '../../shared/domain/agency';
import type { GeneratedFile } from '../../shared/domain/settings';
import { windowsFileName } from '../../electron/backend/io/windows-file-name';
import { textColourOn } from '../../electron/backend/reports/kit/colour';
import { call, tempBackend } from '../helpers/backend';
import { agencies, frameworkByFamily, insertCycle, keysOf } from '../helpers/cycle-fixture';

let b: Awaited<ReturnType<typeof tempBackend>>;
let cycleId: number;
let A: AgencyListRow;
let B: AgencyListRow;

beforeAll(async () => {
  b = await tempBackend({ seedDemo: true });
  const compact = await frameworkByFamily(b, 'compact-audit', '2023');
  [A, B] = (await agencies(b)).slice(0, 2) as [AgencyListRow, AgencyListRow];
  const f = await insertCycle(b, { frameworkId: compact.id, agencyIds: [A.id, B.id], name: 'S.11 Audit 2024/26: Northmoor' });
  cycleId = f.cycleId;
  const k = keysOf(compact);
  await call(b, 'returns.saveAnswers', {
    cycleAgencyId: f.ca.get(A.id)!,
    answers: [
      { targetKey: k.s('1'), selfCode: 'G' },
      { targetKey: k.s('2'), selfCode: 'I' },
      { targetKey: k.s('3'), notApplicable: true, naReason: 'No staff' },
      { targetKey: k.s('4'), selfCode: 'O' },
    ],
  });
  await call(b, 'returns.moderate', {
    cycleAgencyId: f.ca.get(A.id)!,
    moderations: [
      { targetKey: k.s('1'), moderatedCode: 'G' },
      { targetKey: k.s('2'), moderatedCode: 'RI' },
      { targetKey: k.s('4'), moderatedCode: 'RI' },
    ],
  });
});
afterAll(() => b.close());

async function read(mode: string) {
  const file = await call<GeneratedFile>(b, 'analysis.exportMatrix', { cycleId, mode });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  return { file, wb, matrix: wb.getWorksheet('Matrix')!, key: wb.getWorksheet('Key')! };
}
const fillOf = (cell: ExcelJS.Cell) => ((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null);
const fontOf = (cell: ExcelJS.Cell) => cell.font?.color?.argb ?? null;
const rowFor = (ws: ExcelJS.Worksheet, name: string) => {
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === name) return ws.getRow(r);
  throw new Error(`no row for ${name}`);
};

describe('ratings matrix export', () => {
  it('writes level labels on level colours, with contrasting text, a frozen header and a sector column', async () => {
    const { file, matrix, key } = await read('self');
    expect(file.fileName).toBe('S.11 Audit 2024-26- Northmoor matrix (self).xlsx');
    expect(file.mimeType).toContain('spreadsheetml');
    expect(matrix.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect([matrix.getCell(1, 1).value, matrix.getCell(1, 2).value]).toEqual(['Agency', 'Sector']);
    expect(String(matrix.getCell(1, 3).value)).toMatch(/^1\. Senior management commitment/);
    expect(matrix.columnCount).toBe(2 + 12);

    const row = rowFor(matrix, A.name);
    expect(row.getCell(2).value).toBe(A.sectorName);
    expect(row.getCell(3).value).toBe('Good');
    expect(fillOf(row.getCell(3))).toBe('FF85B84F');
    expect(fontOf(row.getCell(3))).toBe('FF000000');
    expect(row.getCell(4).value).toBe('Inadequate');
    expect(fillOf(row.getCell(4))).toBe('FFC62828');
    expect(fontOf(row.getCell(4))).toBe('FFFFFFFF');
    expect(row.getCell(5).value).toBe('Not applicable');
    expect(row.getCell(6).value).toBe('Outstanding');
    expect(row.getCell(7).value).toBeNull();
    expect(rowFor(matrix, B.name).getCell(3).value).toBeNull();

    const levels: Array<[unknown, unknown, string | null]> = [];
    key.eachRow((r) => {
      if (['O', 'G', 'RI', 'I'].includes(String(r.getCell(1).value))) levels.push([r.getCell(1).value, r.getCell(2).value, fillOf(r.getCell(2))]);
    });
    expect(levels).toEqual([
      ['O', 'Outstanding', 'FF00703C'],
      ['G', 'Good', 'FF85B84F'],
      ['RI', 'Requires improvement', 'FFF9A825'],
      ['I', 'Inadequate', 'FFC62828'],
    ]);
  });

  it('shows moderated ratings in moderated mode', async () => {
    const row = rowFor((await read('moderated')).matrix, A.name);
    expect([2, 3, 4, 5, 6].map((c) => row.getCell(c + 1).value)).toEqual(['Good', 'Requires improvement', 'Not applicable', 'Requires improvement', null]);
  });

  it('shows differences as signed steps with a legend', async () => {
    const { file, matrix, key } = await read('difference');
    expect(file.fileName).toBe('S.11 Audit 2024-26- Northmoor matrix (difference).xlsx');
    const row = rowFor(matrix, A.name);
    expect([3, 4, 5, 6].map((c) => row.getCell(c).value)).toEqual([0, 1, 'Not applicable', -2]);
    // Shown as +1 and -2 by the number format, and still numbers to sort and filter.
    expect([row.getCell(3).numFmt, row.getCell(4).numFmt, row.getCell(6).numFmt]).toEqual(['+0;-0;0', '+0;-0;0', '+0;-0;0']);
    expect(fillOf(row.getCell(6))).toBe('FFC62828');
    const legend: string[] = [];
    key.eachRow((r) => legend.push(String(r.getCell(1).value)));
    expect(legend).toEqual(expect.arrayContaining(['Difference', '-2 or less', '-1', '0', '+1', '+2 or more']));
  });

  it('picks black or white text by contrast and makes names safe for files', () => {
    expect(textColourOn('#FFFFFF')).toBe('000000');
    expect(textColourOn('#00703C')).toBe('FFFFFF');
    expect(textColourOn('#F9A825')).toBe('000000');
    expect(windowsFileName('A/B\\C:D*E?"F<G>H| ', '')).toBe('A-B-C-D-E--F-G-H-');
  });
});
