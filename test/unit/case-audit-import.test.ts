import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseAuditDetail, CaseReturnDetail, CaseReturnImportPreview, CaseSaved, RiskFlag } from '../../shared/domain/case-audit';
import type { GeneratedFile } from '../../shared/domain/settings';
import { buildCaseReturnDocx } from '../../electron/backend/io/case-return-docx';
import { loadCaseReturnContent } from '../../electron/backend/services/case-audit-issue';
import { RESOURCES, call } from '../helpers/backend';
import { caseAuditFixture, failure, type Fixture } from '../helpers/case-audit-fixture';

// Issuing the audit tool per agency per case and taking completed returns back in: the workbook and the Word file,
// matched by the identity they carry, validated all or nothing, with problems named by file, row and field.

let f: Fixture;
let audit: CaseAuditDetail;
let policeReturn: number;
let healthReturn: number;

beforeAll(async () => {
  f = await caseAuditFixture();
  const a = await f.newAudit({ title: 'Import checks' });
  const r = await call<CaseSaved>(f.b, 'caseAudits.addCase', { auditId: a.id, case: { reference: 'IMP-1', agencyIds: [f.police.id, f.health.id] } });
  audit = r.audit;
  policeReturn = audit.cases[0]!.returns.find((x) => x.agencyId === f.police.id)!.id;
  healthReturn = audit.cases[0]!.returns.find((x) => x.agencyId === f.health.id)!.id;
});
afterAll(() => f.close());

const bytes = (g: GeneratedFile) => Buffer.from(g.contentBase64, 'base64');
const upload = (fileName: string, data: Buffer) => ({ fileName, contentBase64: data.toString('base64') });

async function issued(returnId: number, format: 'xlsx' | 'docx'): Promise<GeneratedFile> {
  const r = await call<{ files: GeneratedFile[] }>(f.b, 'caseAudits.issueReturns', { auditId: audit.id, returnIds: [returnId], formats: [format] });
  return r.files[0]!;
}

/** The issued workbook filled in as an agency would: ratings by label, comments, the narrative. */
async function filledWorkbook(returnId: number, edit: (ratings: ExcelJS.Worksheet, narrative: ExcelJS.Worksheet) => void = () => {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes(await issued(returnId, 'xlsx')) as unknown as ArrayBuffer);
  const ratings = wb.getWorksheet('Ratings')!;
  ratings.eachRow((row, n) => {
    if (n === 1) return;
    row.getCell(5).value = n === 3 ? 'requires improvement' : 'Good';
    row.getCell(6).value = `Comment ${n}`;
  });
  const narrative = wb.getWorksheet('Narrative')!;
  narrative.getCell('B2').value = 'Designated nurse';
  narrative.getCell('B3').value = 'Health visitor saw the family at home five times.';
  narrative.getCell('B4').value = 'Child seen alone.';
  edit(ratings, narrative);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const returnOf = (returnId: number) => call<CaseReturnDetail>(f.b, 'caseAudits.getReturn', { returnId });
const historyCount = async (returnId: number) => (await call<unknown[]>(f.b, 'history.list', { entityType: 'case_return', entityId: returnId })).length;

describe('issuing', () => {
  it('writes a workbook and a Word file per return and records the first issue', async () => {
    const r = await call<{ files: GeneratedFile[] }>(f.b, 'caseAudits.issueReturns', { auditId: audit.id, formats: ['xlsx', 'docx'] });
    expect(r.files.map((x) => x.fileName).sort()).toEqual(
      [`IMP-1 - ${f.health.name} - Import checks.docx`, `IMP-1 - ${f.health.name} - Import checks.xlsx`, `IMP-1 - ${f.police.name} - Import checks.docx`, `IMP-1 - ${f.police.name} - Import checks.xlsx`].sort(),
    );
    expect((await returnOf(policeReturn)).row).toMatchObject({ status: 'issued', issuedOn: '2026-11-22' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes(r.files.find((x) => x.fileName.endsWith('.xlsx'))!) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Instructions', 'visible'],
      ['Ratings', 'visible'],
      ['Narrative', 'visible'],
      ['_auditdesk', 'veryHidden'],
    ]);
    expect(wb.getWorksheet('Ratings')!.getCell('E2').dataValidation).toMatchObject({ type: 'list' });
  });
});

describe('importing a workbook', () => {
  it('previews and saves a completed return, marking it returned', async () => {
    const file = upload('police return.xlsx', await filledWorkbook(policeReturn));
    const p = await call<CaseReturnImportPreview>(f.b, 'caseAudits.importReturnPreview', { auditId: audit.id, file });
    expect(p).toMatchObject({ kind: 'xlsx', returnId: policeReturn, caseReference: 'IMP-1', agencyName: f.police.name, ratings: 5, problems: [], replaces: false, duplicate: false, riskConcern: null });
    const d = await call<CaseReturnDetail>(f.b, 'caseAudits.importReturnCommit', { auditId: audit.id, file });
    expect(d.row).toMatchObject({ status: 'returned', returnedOn: '2026-11-22', ratedCount: 5 });
    expect(d.ratings.map((r) => r.level?.code)).toEqual(['G', 'RI', 'G', 'G', 'G']);
    expect(d.ratings[0]!.comment).toBe('Comment 2');
    expect(d).toMatchObject({ auditor: 'Designated nurse', narrative: 'Health visitor saw the family at home five times.', goodPractice: 'Child seen alone.', gaps: null });
    expect(d.files.map((x) => x.fileName)).toEqual(['police return.xlsx']);
    const again = await call<CaseReturnImportPreview>(f.b, 'caseAudits.importReturnPreview', { auditId: audit.id, file });
    expect(again).toMatchObject({ duplicate: true, replaces: true });
  });

  it('refuses the whole file, naming file, row and field, and writes nothing', async () => {
    const data = await filledWorkbook(healthReturn, (ratings, narrative) => {
      ratings.getCell('E4').value = 'Brilliant';
      ratings.getCell('E5').value = null;
      ratings.getCell('F6').value = 'Mother DOB 02/03/1990 disclosed';
      narrative.getCell('B3').value = 'Seen at clinic; NHS 943 476 5919.';
    });
    const file = upload('health return.xlsx', data);
    const before = await returnOf(healthReturn);
    const logBefore = await historyCount(healthReturn);
    const e = await failure(f.b, 'caseAudits.importReturnCommit', { auditId: audit.id, file });
    expect(e.code).toBe('import_invalid');
    expect(e.message).toBe('health return.xlsx: 4 problems; nothing was saved');
    expect(e.details!.map((d) => [d.file, d.row, d.field])).toEqual([
      ['health return.xlsx', 4, 'Rating'],
      ['health return.xlsx', 5, 'Rating'],
      ['health return.xlsx', 6, 'Comment'],
      ['health return.xlsx', 3, 'Response'],
    ]);
    expect(e.details![0]!.message).toMatch(/sheet "Ratings", row 4: "Brilliant" is not a rating/);
    expect(e.details![1]!.message).toMatch(/Q4 has no rating/);
    expect(e.details![2]!.message).toMatch(/date of birth/);
    expect(e.details![3]!.message).toMatch(/NHS number/);
    expect(await returnOf(healthReturn)).toEqual(before);
    expect(await historyCount(healthReturn)).toBe(logBefore);
  });

  it('tolerates re-ordered rows and a renamed sheet, and warns about names without refusing', async () => {
    const data = await filledWorkbook(healthReturn, (ratings, narrative) => {
      ratings.name = 'My ratings';
      const [a, b] = [ratings.getRow(2).values, ratings.getRow(6).values];
      ratings.getRow(2).values = b as ExcelJS.CellValue[];
      ratings.getRow(6).values = a as ExcelJS.CellValue[];
      narrative.getCell('B5').value = 'Jane Smith did not attend.';
    });
    const p = await call<CaseReturnImportPreview>(f.b, 'caseAudits.importReturnPreview', { auditId: audit.id, file: upload('h.xlsx', data) });
    expect(p.problems).toEqual([]);
    expect(p.warnings).toEqual([expect.objectContaining({ file: 'h.xlsx', row: 5, field: 'Response' })]);
  });

  it('refuses a file of another audit, one with no identity, and one that is not a workbook', async () => {
    const other = await f.newAudit({ title: 'Another audit' });
    const good = upload('x.xlsx', await filledWorkbook(healthReturn));
    const e1 = await call<CaseReturnImportPreview>(f.b, 'caseAudits.importReturnPreview', { auditId: other.id, file: good });
    expect(e1.problems).toEqual([{ file: 'x.xlsx', field: 'identity', message: 'this return belongs to the audit "Import checks", not to "Another audit": import it there' }]);
    const stripped = new ExcelJS.Workbook();
    await stripped.xlsx.load(Buffer.from(good.contentBase64, 'base64') as unknown as ArrayBuffer);
    stripped.removeWorksheet(stripped.getWorksheet('_auditdesk')!.id);
    const e2 = await call<CaseReturnImportPreview>(f.b, 'caseAudits.importReturnPreview', { auditId: audit.id, file: upload('y.xlsx', Buffer.from(await stripped.xlsx.writeBuffer())) });
    expect(e2.problems[0]!.message).toMatch(/no Audit Desk return details/);
    const e3 = await call<CaseReturnImportPreview>(f.b, 'caseAudits.importReturnPreview', { auditId: audit.id, file: upload('notes.txt', Buffer.from('hello')) });
    expect(e3.problems[0]!.message).toMatch(/^notes\.txt is not an Excel workbook/);
  });
});

describe('importing a Word return', () => {
  it('reads ratings and narrative from the tables and raises a risk flag from the risk box', async () => {
    const ctx = { now: () => new Date('2026-11-22T10:00:00Z'), userName: 'tester' };
    const content = await loadCaseReturnContent(f.b.ctx.db, ctx, healthReturn);
    content.questions = content.questions.map((q, i) => ({ ...q, rating: i === 4 ? 'n/a' : 'Outstanding', comment: `Because ${i}` }));
    content.narrative = { auditor: 'Named nurse', narrative: 'Three contacts in the period.', goodPractice: null, gaps: 'No chronology.', risk: 'Younger sibling left alone overnight.' };
    const data = await buildCaseReturnDocx(content, join(RESOURCES, 'fonts'));
    const d = await call<CaseReturnDetail>(f.b, 'caseAudits.importReturnCommit', { auditId: audit.id, file: upload('health.docx', data) });
    expect(d.ratings.map((r) => (r.notApplicable ? 'N/A' : r.level?.code))).toEqual(['O', 'O', 'O', 'O', 'N/A']);
    expect(d).toMatchObject({ auditor: 'Named nurse', narrative: 'Three contacts in the period.', gaps: 'No chronology.' });
    expect(d.files[0]).toMatchObject({ fileName: 'health.docx', kind: 'docx' });
    const risks = await call<RiskFlag[]>(f.b, 'caseAudits.risks', { auditId: audit.id, openOnly: true });
    expect(risks).toEqual([expect.objectContaining({ returnId: healthReturn, agencyId: f.health.id, kind: 'immediate_risk', description: 'Younger sibling left alone overnight.', status: 'raised' })]);
  });

  it('names the table, row and field of a problem in a Word return', async () => {
    const ctx = { now: () => new Date('2026-11-22T10:00:00Z'), userName: 'tester' };
    const content = await loadCaseReturnContent(f.b.ctx.db, ctx, policeReturn);
    content.questions = content.questions.map((q, i) => ({ ...q, rating: i === 1 ? 'Superb' : 'Good', comment: i === 3 ? 'born on 3 March 2015' : null }));
    content.narrative = { ...content.narrative, narrative: 'Two incidents attended.' };
    const p = await call<CaseReturnImportPreview>(f.b, 'caseAudits.importReturnPreview', { auditId: audit.id, file: upload('police.docx', await buildCaseReturnDocx(content, join(RESOURCES, 'fonts'))) });
    expect(p.problems.map((x) => [x.file, x.row, x.field, x.message.split(':')[0]])).toEqual([
      ['police.docx', 3, 'Rating', 'ratings table, row 3'],
      ['police.docx', 5, 'Comment', 'ratings table, row 5'],
    ]);
  });

  it('refuses an accepted return until it is reopened', async () => {
    await call(f.b, 'caseAudits.setReturnStatus', { returnId: healthReturn, status: 'accepted' });
    const file = upload('again.docx', bytes(await issued(healthReturn, 'docx')));
    const p = await call<CaseReturnImportPreview>(f.b, 'caseAudits.importReturnPreview', { auditId: audit.id, file });
    expect(p.problems.map((x) => x.message)).toContainEqual(expect.stringMatching(/already accepted: reopen it/));
  });
});
