import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitReturn, previewReturn } from '../../electron/backend/services/return-import';
import { issueTool } from '../../electron/backend/services/tools';
import { call } from '../helpers/backend';
import {
  completeFills,
  expectedAnswers,
  fillDocx,
  fillWorkbook,
  libreOfficeResave,
  requireAll,
  returnFixture,
  sofficeAvailable,
  storedAnswers,
  type Fill,
  type ReturnFixture,
} from '../helpers/return-fixture';

// The Bar: a tool issued by the app, filled in programmatically (and re-saved by LibreOffice), imports back
// exactly the answers put in, in both formats.

const upload = (fileName: string, bytes: Uint8Array) => ({ fileName, contentBase64: Buffer.from(bytes).toString('base64') });
const canResave = sofficeAvailable();
if (!canResave && !requireAll()) console.warn('skipped: LibreOffice (soffice with Calc and Writer) is not installed; the re-save round trips did not run');

describe('return round trip', () => {
  let f: ReturnFixture;
  let fills: Map<string, Fill>;
  beforeAll(async () => {
    f = await returnFixture({ count: 4 });
    fills = completeFills(f.fw, f.scale);
  });
  afterAll(() => f.close());

  const issue = async (i: number, format: 'xlsx' | 'docx') => {
    const r = await issueTool(f.b.ctx.db, f.b.ctx, f.scope[i]!.cycleAgencyId, [format]);
    return Buffer.from(r.files[0]!.contentBase64, 'base64');
  };
  const expectExact = async (i: number, wanted = fills) => {
    const got = await storedAnswers(f.b, f.scope[i]!.cycleAgencyId);
    const expected = expectedAnswers(f.fw, f.scale, wanted);
    expect(expected.size).toBe(f.fw.targets.filter((t) => t.ratable).length);
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected));
  };

  it('imports a filled workbook exactly, marks the return returned and keeps the file name and hash', async () => {
    const bytes = await fillWorkbook(await issue(0, 'xlsx'), fills);
    const p = await previewReturn(f.b.ctx.db, f.cycleId, upload('police.xlsx', bytes));
    expect(p).toMatchObject({ kind: 'xlsx', cycleAgencyId: f.scope[0]!.cycleAgencyId, agencyName: f.scope[0]!.agencyName, problems: [], duplicate: false, replaces: false, notes: [] });
    expect(p.answers).toBe(fills.size);
    const d = await call(f.b, 'returns.importCommit', { cycleId: f.cycleId, file: upload('police.xlsx', bytes) });
    expect(d.row.status).toBe('returned');
    expect(d.row.returnedOn).toBe('2026-11-22');
    expect(d.files).toEqual([expect.objectContaining({ fileName: 'police.xlsx', sha256: p.sha256, kind: 'xlsx', answerCount: fills.size, replaced: false })]);
    await expectExact(0);
  });

  it('imports a filled Word document exactly', async () => {
    const bytes = await fillDocx(await issue(1, 'docx'), fills);
    const p = await previewReturn(f.b.ctx.db, f.cycleId, upload('return.docx', bytes));
    expect(p.problems).toEqual([]);
    await commitReturn(f.b.ctx.db, f.b.ctx, f.cycleId, upload('return.docx', bytes));
    await expectExact(1);
  });

  describe.skipIf(!canResave && !requireAll())('after a LibreOffice re-save', () => {
    // Required (AUDIT_DESK_REQUIRE_ALL=1) but missing: fail with what to install rather than a conversion error.
    beforeAll(() => {
      if (!canResave) throw new Error('LibreOffice is required (AUDIT_DESK_REQUIRE_ALL=1): install libreoffice-calc-nogui and libreoffice-writer-nogui');
    });
    it('imports the workbook exactly', async () => {
      const bytes = libreOfficeResave(await fillWorkbook(await issue(2, 'xlsx'), fills), 'filled.xlsx', 'xlsx');
      const p = await previewReturn(f.b.ctx.db, f.cycleId, upload('resaved.xlsx', bytes));
      expect(p.problems).toEqual([]);
      await commitReturn(f.b.ctx.db, f.b.ctx, f.cycleId, upload('resaved.xlsx', bytes));
      await expectExact(2);
    }, 120_000);

    it('imports the Word document exactly', async () => {
      const bytes = libreOfficeResave(await fillDocx(await issue(3, 'docx'), fills), 'filled.docx', 'docx');
      const p = await previewReturn(f.b.ctx.db, f.cycleId, upload('resaved.docx', bytes));
      expect(p.problems).toEqual([]);
      await commitReturn(f.b.ctx.db, f.b.ctx, f.cycleId, upload('resaved.docx', bytes));
      await expectExact(3);
    }, 120_000);
  });

  it('tolerates codes in any case, trailing spaces, re-ordered rows, moved columns and a renamed sheet', async () => {
    // Ratings typed as codes ("g", "RI ") and labels in capitals; N/A typed as "n/a".
    const typed = new Map([...fills].map(([ref, fill], i) => {
      const level = f.scale.levels.find((l) => l.label === fill.rating);
      const rating = level ? (i % 2 ? `${level.code.toLowerCase()}  ` : level.label.toUpperCase()) : 'n/a';
      return [ref, { ...fill, rating }] as const;
    }));
    const bytes = await fillWorkbook(await issue(0, 'xlsx'), typed, (wb, ws) => {
      ws.name = 'Our return';
      // Rows reversed below the headings, and the Rating column moved to the far right.
      const values = ws.getRows(2, ws.rowCount - 1)!.map((r) => (r.values as ExcelJS.CellValue[]).slice(1));
      values.reverse().forEach((v, i) => (ws.getRow(i + 2).values = v));
      const ratingCol = 4;
      for (let n = 1; n <= ws.rowCount; n++) {
        const row = ws.getRow(n);
        row.getCell(12).value = row.getCell(ratingCol).value;
        row.getCell(ratingCol).value = n === 1 ? 'Notes' : null;
      }
      wb.getWorksheet('Instructions')!.name = 'Read me';
    });
    const check = new ExcelJS.Workbook();
    await check.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = check.getWorksheet('Our return')!;
    expect([ws.getRow(1).getCell(12).value, ws.getRow(2).getCell(1).value]).toEqual(['Rating', f.fw.targets.at(-1)!.number]);
    const p = await previewReturn(f.b.ctx.db, f.cycleId, upload('tolerant.xlsx', bytes));
    expect(p.problems).toEqual([]);
    await commitReturn(f.b.ctx.db, f.b.ctx, f.cycleId, upload('tolerant.xlsx', bytes));
    await expectExact(0);
  });

  it('tolerates Word tables with columns moved and rows added', async () => {
    const bytes = await fillDocx(await issue(1, 'docx'), fills, (xml) =>
      xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (tbl) => {
        if (!tbl.includes('>Areas for improvement<')) return tbl;
        // Evidence moved in front of Ref in every row; a blank row and a row of notes under the heading row.
        const moved = tbl.replace(/<w:tr[ >][\s\S]*?<\/w:tr>/g, (tr) => {
          const cells = [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
          const reordered = [cells[4]!, ...cells.slice(0, 4), ...cells.slice(5)];
          return tr.replace(/<w:tc>[\s\S]*<\/w:tc>/, () => reordered.join(''));
        });
        const blank = '<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>';
        return moved.replace(/(<\/w:tr>)/, `$1${blank}`);
      }),
    );
    const p = await previewReturn(f.b.ctx.db, f.cycleId, upload('moved.docx', bytes));
    expect(p.problems).toEqual([]);
    await commitReturn(f.b.ctx.db, f.b.ctx, f.cycleId, upload('moved.docx', bytes));
    await expectExact(1);
  });

  it('matches a workbook whose hidden details were deleted by the agency name in it, and says so', async () => {
    const bytes = await fillWorkbook(await issue(2, 'xlsx'), fills, (wb) => wb.removeWorksheet(wb.getWorksheet('_auditdesk')!.id));
    const p = await previewReturn(f.b.ctx.db, f.cycleId, upload('no-identity.xlsx', bytes));
    expect(p.problems).toEqual([]);
    expect(p.cycleAgencyId).toBe(f.scope[2]!.cycleAgencyId);
    expect(p.notes.join(' ')).toMatch(/matched to .* by the agency name written in it/);
  });

  it('reads the identity of a Word return from its Return details table when the properties are gone', async () => {
    const zip = await JSZip.loadAsync(await fillDocx(await issue(1, 'docx'), fills));
    zip.remove('docProps/custom.xml');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const p = await previewReturn(f.b.ctx.db, f.cycleId, upload('no-props.docx', bytes));
    expect(p.problems).toEqual([]);
    expect(p.cycleAgencyId).toBe(f.scope[1]!.cycleAgencyId);
    expect(p.notes).toEqual([]);
  });

  it('a newer file replaces the answers, marks the earlier file replaced, and history keeps the old values', async () => {
    const ca = f.scope[1]!.cycleAgencyId;
    const first = fills.entries().next().value as [string, Fill];
    const changed = new Map(fills);
    changed.set(first[0], { ...first[1], evidence: 'Updated evidence after the board meeting' });
    const bytes = await fillWorkbook(await issue(1, 'xlsx'), changed);
    const p = await previewReturn(f.b.ctx.db, f.cycleId, upload('second.xlsx', bytes));
    expect(p.replaces).toBe(true);
    const d = await commitReturn(f.b.ctx.db, f.b.ctx, f.cycleId, upload('second.xlsx', bytes));
    // Newest first: only the file just imported is in force; every earlier file of the return is replaced.
    expect(d.files[0]).toMatchObject({ fileName: 'second.xlsx', replaced: false });
    expect(d.files.slice(1).map((x) => x.fileName)).toContain('return.docx');
    expect(d.files.slice(1).every((x) => x.replaced)).toBe(true);
    await expectExact(1, changed);
    const history = await call(f.b, 'history.list', { entityType: 'return', entityId: ca });
    const entry = history.find((h: { summary: string }) => h.summary.includes('second.xlsx') && h.summary.includes('return imported'));
    const [before, after] = Object.values(entry.changes as Record<string, [string, string]>)[0]!;
    expect(before).toContain(first[1].evidence!.split('\n')[0]!.slice(0, 30));
    expect(after).toContain('Updated evidence');

    // The same file again is flagged as a duplicate.
    expect((await previewReturn(f.b.ctx.db, f.cycleId, upload('second again.xlsx', bytes))).duplicate).toBe(true);
  });
});
