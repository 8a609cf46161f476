import { createHash } from 'node:crypto';
import type { CaseReturnDetail, CaseReturnImportPreview, CaseReturnProblem } from '../../../shared/domain/case-audit';
import { checkIdentifiers } from '../../../shared/domain/identifiers';
import type { UploadedFile } from '../../../shared/domain/imports';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { AppError, notFound } from '../errors';
import { readCaseReturnDocx } from '../io/case-return-docx-read';
import { NARRATIVE_COLUMNS, NARRATIVE_ROWS, RATING_COLUMNS, type CaseReturnRead, type NarrativeField, type ReadCell } from '../io/case-return-layout';
import { readCaseReturnXlsx } from '../io/case-return-xlsx-read';
import { uploadBytes } from '../io/import-kit';
import { listCaseReturns } from './case-audit-return-rows';
import { getCaseReturn, questionsOf, writeReturnContent, type ReturnContent } from './case-audit-returns';
import { insertRiskFlag } from './case-audit-risks';
import { loadCaseScale, parseLevel } from './case-audit-scale';
import { knownWords } from './case-audit-text';
import { recordChange } from './history';
import { detectKind } from './return-match';
import { todayOf, type WriteCtx } from './write-context';

// Taking a completed case-audit return back in: read the workbook or Word file, match it to its return by the
// identity it carries, check every rating and every box (no NHS numbers or dates of birth), and save it in one
// transaction, or save nothing and say what is wrong by file, row and field.

interface Plan {
  preview: CaseReturnImportPreview;
  content: ReturnContent | null;
}

async function planImport(db: Db, auditId: number, file: UploadedFile, today: string): Promise<Plan> {
  const name = file.fileName;
  const audit = await db.selectFrom('case_audits').select(['id', 'title']).where('id', '=', auditId).executeTakeFirst();
  if (!audit) throw notFound('Case-file audit', auditId);
  const bytes = uploadBytes(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const preview: CaseReturnImportPreview = { fileName: name, kind: 'xlsx', sha256, returnId: null, caseReference: null, agencyName: null, ratings: 0, replaces: false, duplicate: false, riskConcern: null, problems: [], warnings: [] };
  const problems = preview.problems;
  const detected = await detectKind(name, bytes);
  preview.kind = detected.kind;
  if (detected.problem) return { preview: { ...preview, problems: [{ file: name, message: `${name} ${detected.problem}` }] }, content: null };
  const read: CaseReturnRead = detected.kind === 'xlsx' ? await readCaseReturnXlsx(name, bytes) : await readCaseReturnDocx(name, bytes);
  problems.push(...read.problems);

  // Identity: which return of this audit the file was issued for.
  const id = read.identity;
  const identityProblem = (message: string) => problems.push({ file: name, field: 'identity', message });
  if (!read.identitySource || !id.returnId) {
    identityProblem('the file has no Audit Desk return details (hidden sheet, document properties or "Return details" table): it was not issued by Audit Desk, or they were deleted. Issue the return again.');
    return { preview, content: null };
  }
  if (Number(id.auditId) !== auditId) {
    const other = await db.selectFrom('case_audits').select('title').where('id', '=', Number(id.auditId) || 0).executeTakeFirst();
    identityProblem(`this return belongs to ${other ? `the audit "${other.title}"` : `audit ${id.auditId}`}, not to "${audit.title}": import it there`);
    return { preview, content: null };
  }
  const [row] = await listCaseReturns(db, { auditId, returnIds: [Number(id.returnId) || 0] }, today);
  if (!row || (id.agencyId && Number(id.agencyId) !== row.agencyId)) {
    identityProblem(`the return it was issued for (${id.caseReference ?? '?'}, ${id.agencyName ?? '?'}) is no longer part of "${audit.title}": the agency may have been taken off the case`);
    return { preview, content: null };
  }
  Object.assign(preview, { returnId: row.id, caseReference: row.caseReference, agencyName: row.agencyName });
  if (row.status === 'accepted') identityProblem(`${row.agencyName}'s return for case ${row.caseReference} is already accepted: reopen it before importing a new version`);

  // Ratings: Q1, Q2… as issued, mapped to today's questions.
  const [scale, questions] = await Promise.all([loadCaseScale(db, auditId), questionsOf(db, auditId)]);
  const issued = (id.questionIds ?? '').split(',').map(Number).filter((n) => n > 0);
  const problem = (c: ReadCell, field: string, message: string) => problems.push({ file: name, row: c.row, field, message: `${c.place}, row ${c.row}: ${message}` });
  const ratings: ReturnContent['ratings'] = [];
  const seen = new Map<number, ReadCell>();
  for (const r of read.ratings) {
    if (!r.ref.text && !r.rating.text && !r.comment.text) continue;
    const m = /^q?\s*(\d+)\.?$/i.exec(r.ref.text.replace(/^question\s+/i, ''));
    const questionId = m ? issued[Number(m[1]) - 1] : undefined;
    const q = questions.find((x) => x.id === questionId);
    if (!r.ref.text) problem(r.ref, RATING_COLUMNS.ref.heading, 'this row has a rating or comment but no Ref, so it cannot be matched to a question');
    else if (!questionId) problem(r.ref, RATING_COLUMNS.ref.heading, `"${r.ref.text}" is not a question of this return`);
    else if (!q) problem(r.ref, RATING_COLUMNS.ref.heading, `${r.ref.text} has been taken out of the audit tool since the return was issued: issue the return again`);
    else if (seen.has(q.id)) problem(r.ref, RATING_COLUMNS.ref.heading, `${r.ref.text} appears twice (also row ${seen.get(q.id)!.row})`);
    if (!q || seen.has(q.id)) continue;
    seen.set(q.id, r.ref);
    const level = parseLevel(scale, r.rating.text || null);
    if ('problem' in level) problem(r.rating, RATING_COLUMNS.rating.heading, level.problem);
    else if (!level.code && !level.notApplicable) problem(r.rating, RATING_COLUMNS.rating.heading, `${q.ref} has no rating: choose one${scale.allowsNa ? ` (or "${scale.naLabel}")` : ''}`);
    else ratings.push({ questionId: q.id, code: level.code, notApplicable: level.notApplicable, comment: r.comment.text || null });
  }
  if (!read.problems.length)
    for (const q of questions.filter((x) => issued.includes(x.id) && !seen.has(x.id)))
      problems.push({ file: name, field: RATING_COLUMNS.ref.heading, message: `${q.ref} is missing from the file (its row was deleted): put it back and rate it` });
  const added = questions.filter((q) => !issued.includes(q.id));
  if (added.length) identityProblem(`the audit tool has ${added.length === 1 ? 'a question' : 'questions'} added since this return was issued (${added.map((q) => q.ref).join(', ')}): issue the return again`);

  const text = (f: NarrativeField) => read.narrative[f]?.text || null;
  if (!read.problems.length && !text('narrative')) {
    const at = read.narrative.narrative;
    problems.push({ file: name, ...(at ? { row: at.row } : {}), field: NARRATIVE_ROWS.narrative.label, message: `${at ? `${at.place}, row ${at.row}: ` : ''}the summary of your agency's involvement is empty` });
  }

  // No identifiers in any box; name-like text only warned about.
  const cells: Array<[string, ReadCell | undefined]> = [
    ...read.ratings.map((r) => [RATING_COLUMNS.comment.heading, r.comment] as [string, ReadCell]),
    ...(Object.keys(NARRATIVE_ROWS) as NarrativeField[]).map((f) => [NARRATIVE_COLUMNS.response.heading, read.narrative[f]] as [string, ReadCell | undefined]),
  ];
  const known = await knownWords(db);
  for (const [field, c] of cells) {
    if (!c?.text) continue;
    const check = checkIdentifiers({ [field]: c.text }, { strictDates: false, knownWords: known });
    for (const e of check.errors) problem(c, field, `${field} ${e.message}`);
    for (const w of check.warnings) preview.warnings.push({ file: name, row: c.row, field, message: `${c.place}, row ${c.row}: ${w.message}` } satisfies CaseReturnProblem);
  }

  preview.ratings = ratings.length;
  preview.riskConcern = text('risk');
  preview.duplicate = Boolean(await db.selectFrom('case_audit_return_files').select('id').where('return_id', '=', row.id).where('sha256', '=', sha256).executeTakeFirst());
  preview.replaces = row.status === 'returned' || row.ratedCount > 0;
  const content: ReturnContent = { ratings, narrative: text('narrative'), goodPractice: text('goodPractice'), gaps: text('gaps'), auditor: text('auditor') };
  return { preview, content };
}

/** What importing the file would do; writes nothing. */
export async function previewCaseReturn(db: Db, today: string, auditId: number, file: UploadedFile): Promise<CaseReturnImportPreview> {
  return (await planImport(db, auditId, file, today)).preview;
}

/**
 * Saves the file in one transaction: ratings and narrative replace the return's, the return is marked returned, and
 * a concern written in the risk box raises a risk flag. Any problem refuses the whole file and nothing changes.
 */
export async function commitCaseReturn(db: Db, ctx: WriteCtx, auditId: number, file: UploadedFile): Promise<CaseReturnDetail> {
  const today = todayOf(ctx);
  const returnId = await inTransaction(db, async (trx) => {
    const { preview, content } = await planImport(trx, auditId, file, today);
    if (preview.problems.length || !content || !preview.returnId) {
      const n = preview.problems.length;
      throw new AppError('import_invalid', `${file.fileName}: ${n} ${n === 1 ? 'problem' : 'problems'}; nothing was saved`, preview.problems);
    }
    const id = preview.returnId;
    await writeReturnContent(trx, ctx, id, content, `${preview.agencyName}: return for case ${preview.caseReference} imported from ${file.fileName}`);
    const now = ctx.now().toISOString();
    await trx.insertInto('case_audit_return_files').values({ return_id: id, file_name: file.fileName, sha256: preview.sha256, kind: preview.kind, imported_at: now, imported_by: ctx.userName }).execute();
    const before = await trx.selectFrom('case_audit_returns').select(['status', 'returned_on']).where('id', '=', id).executeTakeFirstOrThrow();
    await trx.updateTable('case_audit_returns').set({ status: 'returned', returned_on: today, updated_at: now }).where('id', '=', id).execute();
    await recordChange(trx, ctx, {
      entityType: 'case_return',
      entityId: id,
      action: 'status',
      summary: `${preview.agencyName}: return for case ${preview.caseReference} returned (${file.fileName})`,
      before: { status: before.status, returnedOn: before.returned_on },
      after: { status: 'returned', returnedOn: today },
    });
    if (preview.riskConcern)
      await insertRiskFlag(
        trx,
        ctx,
        { auditId, caseId: null, returnId: id, agencyId: null, kind: 'immediate_risk', description: preview.riskConcern, raisedOn: today, raisedBy: `${preview.agencyName} (in its return)`, escalatedTo: null },
        today,
      );
    return id;
  });
  return getCaseReturn(db, returnId, today);
}
