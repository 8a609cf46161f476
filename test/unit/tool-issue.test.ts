import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFramework } from '../../electron/backend/services/frameworks';
import { call } from '../helpers/backend';
import { coreProperty, documentXml, openDocx, paragraphTexts, readPart, rows as tableRows, tables } from '../helpers/docx';
import { returnFixture, type ReturnFixture } from '../helpers/return-fixture';
import { assertSharedPresent, describeChecks, requireShared, runCheckDocx } from '../helpers/shared-tools';

// Issuing the self-assessment tool: what the workbook and the Word document contain, where they go, and the
// issue date recorded.

const bytesOf = (f: { contentBase64: string }) => Buffer.from(f.contentBase64, 'base64');
async function workbook(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}
const colOf = (ws: ExcelJS.Worksheet, heading: string) => {
  let n = 0;
  ws.getRow(1).eachCell((c, i) => (c.value === heading ? (n = i) : null));
  return n;
};

describe('issuing the self-assessment tool', () => {
  let f: ReturnFixture;
  const folder = mkdtempSync(join(tmpdir(), 'audit-desk-issue-'));
  beforeAll(async () => {
    f = await returnFixture({ agencyNames: ["Northmoor Council Children's Services", 'Northmoor Academy', 'Probation Service – Northmoor and Westvale'] });
  });
  afterAll(async () => {
    await f.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const scopeOf = (name: string) => f.scope.find((s) => s.agencyName === name)!;

  it('writes both files into the folder under Windows-safe names and records the issue date once', async () => {
    const ca = scopeOf("Northmoor Council Children's Services");
    const r = await call(f.b, 'tools.issue', { cycleAgencyId: ca.cycleAgencyId, formats: ['xlsx', 'docx'], folder });
    expect(r.files.map((x: { fileName: string }) => x.fileName)).toEqual([
      "Northmoor Council Children's Services - S.11 Self-Assessment Audit 2024.xlsx",
      "Northmoor Council Children's Services - S.11 Self-Assessment Audit 2024.docx",
    ]);
    expect(r.paths.map((p: string) => basename(p))).toEqual(r.files.map((x: { fileName: string }) => x.fileName));
    for (const p of r.paths) expect(readFileSync(p).subarray(0, 2).toString()).toBe('PK');
    const row = await f.b.ctx.db.selectFrom('cycle_agencies').selectAll().where('id', '=', ca.cycleAgencyId).executeTakeFirstOrThrow();
    expect([row.status, row.issued_on]).toEqual(['issued', '2026-11-22']);
    const history = await call(f.b, 'history.list', { entityType: 'return', entityId: ca.cycleAgencyId });
    expect(history[0].summary).toContain('self-assessment issued');

    // Re-issuing (a lost copy) keeps the first issue date and adds no history.
    await f.b.ctx.db.updateTable('cycle_agencies').set({ issued_on: '2026-11-01' }).where('id', '=', ca.cycleAgencyId).execute();
    await call(f.b, 'tools.issue', { cycleAgencyId: ca.cycleAgencyId, formats: ['xlsx'] });
    const again = await f.b.ctx.db.selectFrom('cycle_agencies').select('issued_on').where('id', '=', ca.cycleAgencyId).executeTakeFirstOrThrow();
    expect(again.issued_on).toBe('2026-11-01');
    expect((await call(f.b, 'history.list', { entityType: 'return', entityId: ca.cycleAgencyId })).length).toBe(history.length);
  });

  it('leaves the status alone when asked not to mark it issued, and never writes reserved characters', async () => {
    const ca = scopeOf('Probation Service – Northmoor and Westvale');
    await f.b.ctx.db.updateTable('agencies').set({ name: 'Probation: North/West <Unit> ' }).where('id', '=', ca.agencyId).execute();
    const r = await call(f.b, 'tools.issue', { cycleAgencyId: ca.cycleAgencyId, formats: ['docx'], markIssued: false });
    expect(r.paths).toEqual([]);
    expect(r.files[0].fileName).toBe('Probation- North-West -Unit- - S.11 Self-Assessment Audit 2024.docx');
    const row = await f.b.ctx.db.selectFrom('cycle_agencies').select(['status', 'issued_on']).where('id', '=', ca.cycleAgencyId).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'not_issued', issued_on: null });
  });

  it('fills the workbook: details and scale, one row per target in framework order, drop-downs, hidden identity', async () => {
    const ca = scopeOf("Northmoor Council Children's Services");
    const r = await call(f.b, 'tools.issue', { cycleAgencyId: ca.cycleAgencyId, formats: ['xlsx'], markIssued: false });
    const wb = await workbook(bytesOf(r.files[0]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Instructions', 'Self-assessment', '_auditdesk']);

    const ins = wb.getWorksheet('Instructions')!;
    const detail = (label: string) => {
      let v = '';
      ins.eachRow((row) => (row.getCell(1).value === label ? (v = String(row.getCell(2).value)) : null));
      return v;
    };
    expect(detail('Partnership')).toBe('Northmoor Safeguarding Children Partnership');
    expect(detail('Return by')).toBe('18 November 2024');
    expect(detail('Agency')).toBe("Northmoor Council Children's Services");
    expect(detail('Safeguarding lead')).toContain('Helen Ashworth');
    expect(detail('Deputy safeguarding lead')).toContain('Marcus Okafor');
    const labels = new Map<string, number>();
    ins.eachRow((row, n) => labels.set(String(row.getCell(1).value ?? ''), n));
    for (const l of ['Outstanding', 'Good', 'Requires improvement', 'Inadequate', 'Not applicable']) expect(labels.has(l), l).toBe(true);
    expect((ins.getRow(labels.get('Outstanding')!).getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF00703C');

    // The drop-down's named range holds exactly the scale's labels and the N/A label.
    const range = (wb.definedNames as unknown as { getRanges(n: string): { ranges: string[] } }).getRanges('RatingChoices').ranges[0]!;
    const [, from, to] = /\$A\$(\d+):\$A\$(\d+)/.exec(range)!.map(Number);
    const choices = Array.from({ length: to! - from! + 1 }, (_, i) => String(ins.getRow(from! + i).getCell(1).value));
    expect(choices).toEqual(['Outstanding', 'Good', 'Requires improvement', 'Inadequate', 'Not applicable']);

    const ws = wb.getWorksheet('Self-assessment')!;
    const headings: string[] = [];
    ws.getRow(1).eachCell((c) => headings.push(String(c.value)));
    expect(headings).toEqual(['Ref', 'Standard/Item', 'Evidence prompt', 'Rating', 'N/A reason', 'Evidence', 'Areas for improvement', 'Carried forward']);
    const refs: string[] = [];
    ws.eachRow((row, n) => (n > 1 ? refs.push(String(row.getCell(1).value)) : null));
    expect(refs).toEqual(f.fw.targets.map((t) => t.number));
    const rating = ws.getRow(2).getCell(colOf(ws, 'Rating'));
    expect(rating.dataValidation).toMatchObject({ type: 'list', formulae: ['RatingChoices'] });

    const id = wb.getWorksheet('_auditdesk')!;
    expect(id.state).toBe('veryHidden');
    const identity: Record<string, string> = {};
    id.eachRow((row) => (identity[String(row.getCell(1).value)] = String(row.getCell(2).value)));
    expect(identity).toMatchObject({ cycleId: String(f.cycleId), cycleAgencyId: String(ca.cycleAgencyId), agencyId: String(ca.agencyId), frameworkId: String(f.frameworkId), familyKey: 'compact-audit', versionLabel: '2023', issuedOn: '2026-11-22', formatVersion: '1' });
  });

  it("words items in the agency's sector wording", async () => {
    const school = scopeOf('Northmoor Academy');
    const doc = (await getFramework(f.b.ctx.db, f.frameworkId)).doc;
    const item = doc.standards[0]!.items[0]!;
    const education = item.wordings.find((w) => w.sectorCode === 'education')!;
    const r = await call(f.b, 'tools.issue', { cycleAgencyId: school.cycleAgencyId, formats: ['xlsx', 'docx'], markIssued: false });
    const ws = (await workbook(bytesOf(r.files[0]))).getWorksheet('Self-assessment')!;
    const row = ws.getRows(2, ws.rowCount)!.find((x) => x.getCell(1).value === item.number)!;
    expect(row.getCell(2).value).toBe(education.text);
    expect(row.getCell(2).value).not.toBe(item.text);
    const texts = paragraphTexts(await documentXml(await openDocx(bytesOf(r.files[1]))));
    expect(texts.some((t) => t.startsWith(education.text))).toBe(true);
    expect(texts.some((t) => t.startsWith(item.text))).toBe(false);
  });

  it('pre-fills carried-forward answers in both formats and marks them', async () => {
    const ca = scopeOf('Northmoor Academy');
    const t = f.fw.targets.find((x) => x.ratable && x.itemId !== null)!;
    await f.b.ctx.db
      .insertInto('answers')
      .values({ cycle_agency_id: ca.cycleAgencyId, target_key: t.key, standard_id: t.standardId, item_id: t.itemId, self_code: 'G', self_score: 3, self_na: 0, evidence: 'Board minutes, March 2022', improvement: null, carried_forward: 1, source: 'carried', updated_at: 'x', updated_by: 'tester', na_reason: null })
      .execute();
    const r = await call(f.b, 'tools.issue', { cycleAgencyId: ca.cycleAgencyId, formats: ['xlsx', 'docx'], markIssued: false });
    const ws = (await workbook(bytesOf(r.files[0]))).getWorksheet('Self-assessment')!;
    const row = ws.getRows(2, ws.rowCount)!.find((x) => x.getCell(1).value === t.number)!;
    expect([row.getCell(colOf(ws, 'Rating')).value, row.getCell(colOf(ws, 'Evidence')).value, row.getCell(colOf(ws, 'Carried forward')).value]).toEqual(['Good', 'Board minutes, March 2022', 'Yes']);
    const xml = await documentXml(await openDocx(bytesOf(r.files[1])));
    const cells = tableRows(tables(xml).find((tbl) => tbl.includes('Board minutes'))!).map(paragraphTexts).find((p) => p.includes('Board minutes, March 2022'))!;
    expect(cells[0]).toBe(t.number);
    expect(cells).toContain('Good');
    expect(cells.join(' ')).toContain('carried forward');
  });

  it('writes the Word version: headed tables per standard, identity in properties and a Return details table', async () => {
    const ca = scopeOf("Northmoor Council Children's Services");
    const r = await call(f.b, 'tools.issue', { cycleAgencyId: ca.cycleAgencyId, formats: ['docx'], markIssued: false });
    const pkg = await openDocx(bytesOf(r.files[0]));
    const xml = await documentXml(pkg);
    const answerTables = tables(xml).filter((t) => paragraphTexts(tableRows(t)[0]!).join('|') === 'Ref|Requirement|Rating|N/A reason|Evidence|Areas for improvement');
    expect(answerTables).toHaveLength(12);
    expect(answerTables.every((t) => tableRows(t)[0]!.includes('<w:tblHeader'))).toBe(true);
    const custom = await readPart(pkg, 'docProps/custom.xml');
    expect(custom).toContain(`name="AuditDesk.cycleId"><vt:lpwstr>${f.cycleId}</vt:lpwstr>`);
    expect(custom).toContain(`name="AuditDesk.cycleAgencyId"><vt:lpwstr>${ca.cycleAgencyId}</vt:lpwstr>`);
    const details = tables(xml).at(-1)!;
    expect(paragraphTexts(details)).toEqual(expect.arrayContaining(['Cycle id', String(f.cycleId), 'Return id', String(ca.cycleAgencyId)]));
    expect(coreProperty(await readPart(pkg, 'docProps/core.xml'), 'dc:title')).toBe('S.11 Self-Assessment Audit 2024: self-assessment');
    expect(paragraphTexts(xml)).toContain('18 November 2024');
  });

  it('rates only items in an items-only framework: standard rows have no rating choice', async () => {
    const g = await returnFixture({ family: 's11-policy', count: 1 });
    try {
      const r = await call(g.b, 'tools.issue', { cycleAgencyId: g.scope[0]!.cycleAgencyId, formats: ['xlsx'], markIssued: false });
      const ws = (await workbook(bytesOf(r.files[0]))).getWorksheet('Self-assessment')!;
      const col = colOf(ws, 'Rating');
      const byRef = new Map(ws.getRows(2, ws.rowCount - 1)!.map((row) => [String(row.getCell(1).value), row.getCell(col)]));
      expect(byRef.get('1')!.dataValidation).toBeUndefined();
      expect(byRef.get('1.1')!.dataValidation).toMatchObject({ type: 'list' });
    } finally {
      await g.close();
    }
  });

  describe.skipIf(!requireShared('docx-check'))('check-docx', () => {
    it('passes the issued Word tool', async () => {
      assertSharedPresent();
      const r = await call(f.b, 'tools.issue', { cycleAgencyId: scopeOf('Northmoor Academy').cycleAgencyId, formats: ['docx'], markIssued: false });
      const file = join(folder, 'check.docx');
      writeFileSync(file, bytesOf(r.files[0]));
      const result = runCheckDocx(file);
      expect(result.status, describeChecks(result)).toBe(0);
      expect(existsSync(file)).toBe(true);
    });
  });
});
