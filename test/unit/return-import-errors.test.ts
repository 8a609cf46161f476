import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewReturn } from '../../electron/backend/services/return-import';
import { issueTool } from '../../electron/backend/services/tools';
import { completeFills, fillDocx, fillWorkbook, insertCycle, returnFixture, type Fill, type ReturnFixture } from '../helpers/return-fixture';

// Every failure the issue names: the file is refused whole, nothing is written, and each problem says the file,
// the row and the field.

const upload = (fileName: string, bytes: Uint8Array) => ({ fileName, contentBase64: Buffer.from(bytes).toString('base64') });

describe('bad returns', () => {
  let f: ReturnFixture;
  let fills: Map<string, Fill>;
  let xlsx: Buffer;
  let docx: Buffer;
  beforeAll(async () => {
    f = await returnFixture({ count: 2 });
    fills = completeFills(f.fw, f.scale);
    const r = await issueTool(f.b.ctx.db, f.b.ctx, f.scope[0]!.cycleAgencyId, ['xlsx', 'docx']);
    [xlsx, docx] = r.files.map((x) => Buffer.from(x.contentBase64, 'base64')) as [Buffer, Buffer];
  });
  afterAll(() => f.close());

  /** Row of a Ref in the issued workbook: the heading is row 1, then targets in framework order. */
  const rowOf = (ref: string) => f.fw.targets.findIndex((t) => t.number === ref) + 2;
  const ratable = () => f.fw.targets.filter((t) => t.ratable).map((t) => t.number);
  const counts = async () => {
    const db = f.b.ctx.db;
    const n = async (table: 'answers' | 'return_files' | 'audit_log') => Number((await db.selectFrom(table).select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const statuses = (await db.selectFrom('cycle_agencies').select(['id', 'status', 'returned_on']).orderBy('id').execute());
    return { answers: await n('answers'), files: await n('return_files'), history: await n('audit_log'), statuses };
  };

  /** Commits through the API: must fail with import_invalid, change nothing, and give the problems. */
  async function refused(fileName: string, bytes: Uint8Array, cycleId = f.cycleId) {
    const before = await counts();
    const r = await f.b.dispatch('returns.importCommit', { cycleId, file: upload(fileName, bytes) });
    expect(r.ok).toBe(false);
    if (r.ok) throw new Error('imported');
    expect(r.error.code).toBe('import_invalid');
    expect(r.error.message).toMatch(new RegExp(`^${fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+ problems?; nothing was saved$`));
    expect(await counts()).toEqual(before);
    const preview = await previewReturn(f.b.ctx.db, cycleId, upload(fileName, bytes));
    expect(preview.problems).toEqual(r.error.details);
    for (const d of r.error.details ?? []) expect(d.file).toBe(fileName);
    return r.error.details ?? [];
  }

  it('unknown rating: names the row and the Rating column', async () => {
    const ref = ratable()[3]!;
    const bad = new Map(fills).set(ref, { rating: 'Amber-ish', evidence: 'x' });
    const details = await refused('amber.xlsx', await fillWorkbook(xlsx, bad));
    expect(details).toEqual([{ file: 'amber.xlsx', row: rowOf(ref), field: 'Rating', message: expect.stringContaining(`${ref}: "Amber-ish" is not a rating on this scale; use one of: Outstanding, Good`) }]);
  });

  it('missing mandatory answer: one problem per unanswered target, at its row', async () => {
    const [a, b] = [ratable()[0]!, ratable()[7]!];
    const bad = new Map(fills);
    bad.delete(a);
    bad.set(b, { rating: '', evidence: 'We have a policy' });
    const details = await refused('incomplete.xlsx', await fillWorkbook(xlsx, bad));
    expect(details).toEqual([
      { file: 'incomplete.xlsx', row: rowOf(a), field: 'Rating', message: expect.stringMatching(new RegExp(`^(standard|item) ${a} has no rating`)) },
      { file: 'incomplete.xlsx', row: rowOf(b), field: 'Rating', message: expect.stringMatching(new RegExp(`^(standard|item) ${b} has no rating`)) },
    ]);
  });

  it('N/A without a reason: names the N/A reason column', async () => {
    const ref = ratable()[2]!;
    const details = await refused('na.xlsx', await fillWorkbook(xlsx, new Map(fills).set(ref, { rating: 'Not applicable' })));
    expect(details).toEqual([{ file: 'na.xlsx', row: rowOf(ref), field: 'N/A reason', message: expect.stringContaining('give a reason for "Not applicable"') }]);
  });

  it('wrong framework version: names both versions', async () => {
    const draft = await f.b.ctx.db.selectFrom('frameworks').select('id').where('family_key', '=', 'compact-audit').where('version_label', '=', '2026 draft').executeTakeFirstOrThrow();
    const bytes = await fillWorkbook(xlsx, fills, (wb) => {
      wb.getWorksheet('_auditdesk')!.eachRow((row) => {
        if (row.getCell(1).value === 'frameworkId') row.getCell(2).value = String(draft.id);
        if (row.getCell(1).value === 'versionLabel') row.getCell(2).value = '2026 draft';
      });
    });
    const details = await refused('old-version.xlsx', bytes);
    expect(details).toEqual([{ file: 'old-version.xlsx', field: 'identity', message: expect.stringMatching(/version "2026 draft".*uses version "2023"/) }]);
  });

  it('wrong cycle: says which cycle the return belongs to', async () => {
    const other = await insertCycle(f.b, f.frameworkId, 'Early help audit 2025');
    await f.b.ctx.db.insertInto('cycle_agencies').values({ cycle_id: other, agency_id: f.scope[0]!.agencyId, status: 'issued', carried_forward: 0, created_at: 'x', updated_at: 'x' }).execute();
    const details = await refused('elsewhere.xlsx', await fillWorkbook(xlsx, fills), other);
    expect(details).toEqual([{ file: 'elsewhere.xlsx', field: 'identity', message: expect.stringContaining('this return belongs to cycle "S.11 Self-Assessment Audit 2024"') }]);
  });

  it('sheet renamed and its headings changed: no answer sheet can be found', async () => {
    const bytes = await fillWorkbook(xlsx, fills, (_wb, ws) => {
      ws.name = 'Sheet1';
      ws.getRow(1).values = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    });
    const details = await refused('renamed.xlsx', bytes);
    expect(details).toEqual([{ file: 'renamed.xlsx', message: expect.stringContaining('renamed.xlsx has no sheet with the self-assessment headings') }]);
  });

  it('a column deleted from the workbook: names the sheet and the column', async () => {
    const details = await refused('no-rating.xlsx', await fillWorkbook(xlsx, fills, (_wb, ws) => ws.spliceColumns(4, 1)));
    expect(details).toEqual([{ file: 'no-rating.xlsx', row: 1, field: 'Rating', message: expect.stringContaining('sheet "Self-assessment" has no Rating column') }]);
  });

  it('a table edited in Word (its Rating column deleted): names the standard table', async () => {
    const bytes = await fillDocx(docx, fills, (xml) => {
      const at = xml.indexOf('Standard 6:');
      const start = xml.indexOf('<w:tbl>', at);
      const end = xml.indexOf('</w:tbl>', start) + '</w:tbl>'.length;
      const table = xml
        .slice(start, end)
        .replace(/(<w:tblGrid>(?:<w:gridCol [^>]*\/>){2})<w:gridCol [^>]*\/>/, '$1')
        .replace(/<w:tr[ >][\s\S]*?<\/w:tr>/g, (tr) => {
          let i = 0;
          return tr.replace(/<w:tc>[\s\S]*?<\/w:tc>/g, (tc) => (++i === 3 ? '' : tc));
        });
      return xml.slice(0, start) + table + xml.slice(end);
    });
    const details = await refused('edited.docx', bytes);
    expect(details).toEqual([{ file: 'edited.docx', row: 1, field: 'Rating', message: expect.stringContaining('standard 6 table has no Rating column') }]);
  });

  it('a Word rating that is not on the scale: names the table, row and column', async () => {
    const ref = f.fw.targets.filter((t) => t.ratable && t.number.startsWith('3.'))[1]!.number;
    const details = await refused('typo.docx', await fillDocx(docx, new Map(fills).set(ref, { rating: 'Goood' })));
    // The table's heading row is row 1 and the standard's own row is row 2, so its second item is row 4.
    expect(details).toEqual([{ file: 'typo.docx', row: 4, field: 'Rating', message: expect.stringContaining(`standard 3 table, row 4: item ${ref}: "Goood" is not a rating`) }]);
  });

  it('not a workbook or document: damaged bytes, a zip of something else, an empty file', async () => {
    const corrupt = await refused('return.xlsx', randomBytes(4000));
    expect(corrupt).toEqual([{ file: 'return.xlsx', message: expect.stringContaining('return.xlsx could not be read: it is not really an Excel workbook or Word document') }]);
    const truncated = await refused('cut.xlsx', xlsx.subarray(0, 3000));
    expect(truncated[0]!.message).toMatch(/^cut\.xlsx could not be opened: the file is damaged/);
    const zip = new JSZip().file('notes.txt', 'hello');
    const other = await refused('notes.zip', await zip.generateAsync({ type: 'nodebuffer' }));
    expect(other[0]!.message).toContain('neither an Excel workbook nor a Word document');
    expect((await refused('empty.docx', new Uint8Array()))[0]!.message).toBe('empty.docx is empty.');
  });

  it('an .xls file: asks for it to be saved as .xlsx', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(2000)]);
    const details = await refused('return.xls', ole);
    expect(details).toEqual([{ file: 'return.xls', message: expect.stringContaining('old Excel 97-2003 format (.xls)') }]);
  });

  it('an unknown Ref and a repeated Ref are named by row', async () => {
    const bytes = await fillWorkbook(xlsx, fills, (_wb, ws) => {
      ws.addRow(['99.9', '', '', 'Good']);
      ws.addRow([f.fw.targets[1]!.number, '', '', 'Good']);
    });
    const details = await refused('extra-rows.xlsx', bytes);
    const last = f.fw.targets.length + 1;
    expect(details).toEqual([
      { file: 'extra-rows.xlsx', row: last + 1, field: 'Ref', message: '"99.9" is not a standard or item of this framework version' },
      { file: 'extra-rows.xlsx', row: last + 2, field: 'Ref', message: `Ref ${f.fw.targets[1]!.number} appears twice (also row 3)` },
    ]);
  });
});
