import type { z } from 'zod';
import type { CaseQuestion, CaseReturnDetail, caseReturnInputSchema, QuestionArea } from '../../../shared/domain/case-audit';
import type { IdentifierIssue } from '../../../shared/domain/identifiers';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, invalid, notFound } from '../errors';
import { QUESTION_REF } from './case-audit-read';
import { listCaseReturns } from './case-audit-return-rows';
import { listRiskFlags } from './case-audit-risks';
import { loadCaseScale, parseLevel, toCaseLevel, type CaseScale } from './case-audit-scale';
import { refuseIdentifiers } from './case-audit-text';
import { recordChange } from './history';
import { todayOf, type WriteCtx } from './write-context';

// One agency's return for one case: a rating per question with a comment, the narrative, good practice and gaps.
// Typed in on screen or imported from the issued workbook or Word file; both pass through normaliseRatings and
// writeReturnContent, so they are checked and recorded alike.

export type CaseReturnFields = z.output<typeof caseReturnInputSchema>;

export interface ReturnContent {
  ratings: Array<{ questionId: number; code: string | null; notApplicable: boolean; comment: string | null }>;
  narrative: string | null;
  goodPractice: string | null;
  gaps: string | null;
  auditor: string | null;
}

export async function questionsOf(db: Db, auditId: number): Promise<CaseQuestion[]> {
  const rows = await db.selectFrom('case_audit_questions').selectAll().where('audit_id', '=', auditId).orderBy('position').orderBy('id').execute();
  return rows.map((q, i) => ({ id: q.id, ref: QUESTION_REF(i), area: q.area as QuestionArea, text: q.text, guidance: q.guidance }));
}

/** Raw ratings → stored ones, with a problem per unknown question or rating not on the scale. */
export function normaliseRatings(
  scale: CaseScale,
  questions: CaseQuestion[],
  raw: Array<{ questionId: number; level: string | null; comment: string | null }>,
): { ratings: ReturnContent['ratings']; problems: Array<{ questionId: number; message: string }> } {
  const ratings: ReturnContent['ratings'] = [];
  const problems: Array<{ questionId: number; message: string }> = [];
  for (const r of raw) {
    const q = questions.find((x) => x.id === r.questionId);
    if (!q) {
      problems.push({ questionId: r.questionId, message: `question ${r.questionId} is not in this audit's tool` });
      continue;
    }
    if (ratings.some((x) => x.questionId === q.id)) {
      problems.push({ questionId: q.id, message: `${q.ref} is rated twice` });
      continue;
    }
    const p = parseLevel(scale, r.level);
    if ('problem' in p) problems.push({ questionId: q.id, message: `${q.ref}: ${p.problem}` });
    else ratings.push({ questionId: q.id, code: p.code, notApplicable: p.notApplicable, comment: r.comment });
  }
  return { ratings, problems };
}

/** Free text of a return by the label the tool gives it, for the identifier checks. */
export const returnTexts = (c: ReturnContent, questions: CaseQuestion[]): Record<string, string | null> => ({
  Narrative: c.narrative,
  'Good practice': c.goodPractice,
  Gaps: c.gaps,
  ...Object.fromEntries(c.ratings.map((r) => [`Comment (${questions.find((q) => q.id === r.questionId)?.ref ?? r.questionId})`, r.comment])),
});

export async function getCaseReturn(db: Db, returnId: number, today: string): Promise<CaseReturnDetail> {
  const [row] = await listCaseReturns(db, { returnIds: [returnId] }, today);
  if (!row) throw notFound('Case return', returnId);
  const r = await db.selectFrom('case_audit_returns').selectAll().where('id', '=', returnId).executeTakeFirstOrThrow();
  const [scale, questions, ratings, files, chasers, risks] = await Promise.all([
    loadCaseScale(db, row.auditId),
    questionsOf(db, row.auditId),
    db.selectFrom('case_audit_ratings').selectAll().where('return_id', '=', returnId).execute(),
    db.selectFrom('case_audit_return_files').selectAll().where('return_id', '=', returnId).orderBy('id', 'desc').execute(),
    db.selectFrom('case_audit_chasers').selectAll().where('return_id', '=', returnId).orderBy('id', 'desc').execute(),
    listRiskFlags(db, { auditId: row.auditId }, today),
  ]);
  return {
    row,
    questions,
    levels: scale.doc.levels.map((l) => ({ code: l.code, label: l.label, colour: l.colour, score: l.score })),
    allowsNa: scale.allowsNa,
    naLabel: scale.naLabel,
    ratings: questions.map((q) => {
      const x = ratings.find((y) => y.question_id === q.id);
      return { questionId: q.id, level: toCaseLevel(scale, x?.level_code), notApplicable: x?.not_applicable === 1, comment: x?.comment ?? null };
    }),
    narrative: r.narrative,
    goodPractice: r.good_practice,
    gaps: r.gaps,
    auditor: r.auditor,
    files: files.map((f) => ({ id: f.id, fileName: f.file_name, kind: f.kind as 'xlsx' | 'docx', importedAt: f.imported_at, importedBy: f.imported_by })),
    chasers: chasers.map((c) => ({ sentAt: c.sent_at, method: c.method as 'eml' | 'mailto', to: c.to_addresses, subject: c.subject, createdBy: c.created_by })),
    risks: risks.filter((f) => f.returnId === returnId || (f.caseId === row.caseId && f.agencyId === row.agencyId)),
  };
}

const contentView = (c: ReturnContent, questions: CaseQuestion[]) => ({
  ratings: questions.map((q) => {
    const r = c.ratings.find((x) => x.questionId === q.id);
    return `${q.ref}: ${r?.notApplicable ? 'N/A' : (r?.code ?? '-')}${r?.comment ? ` (${r.comment.slice(0, 80)})` : ''}`;
  }),
  narrative: c.narrative,
  goodPractice: c.goodPractice,
  gaps: c.gaps,
  auditor: c.auditor,
});

/** Replaces the return's ratings and text inside the caller's transaction, recording before and after. */
export async function writeReturnContent(trx: Db, ctx: WriteCtx, returnId: number, c: ReturnContent, summary: string): Promise<void> {
  const r = await trx.selectFrom('case_audit_returns').selectAll().where('id', '=', returnId).executeTakeFirstOrThrow();
  const kase = await trx.selectFrom('case_audit_cases').select('audit_id').where('id', '=', r.case_id).executeTakeFirstOrThrow();
  const questions = await questionsOf(trx, kase.audit_id);
  const old = await trx.selectFrom('case_audit_ratings').selectAll().where('return_id', '=', returnId).execute();
  const before: ReturnContent = {
    ratings: old.map((x) => ({ questionId: x.question_id, code: x.level_code, notApplicable: x.not_applicable === 1, comment: x.comment })),
    narrative: r.narrative,
    goodPractice: r.good_practice,
    gaps: r.gaps,
    auditor: r.auditor,
  };
  await trx.deleteFrom('case_audit_ratings').where('return_id', '=', returnId).execute();
  const kept = c.ratings.filter((x) => x.code || x.notApplicable || x.comment);
  if (kept.length)
    await trx
      .insertInto('case_audit_ratings')
      .values(kept.map((x) => ({ return_id: returnId, question_id: x.questionId, level_code: x.code, not_applicable: x.notApplicable ? 1 : 0, comment: x.comment })))
      .execute();
  await trx
    .updateTable('case_audit_returns')
    .set({ narrative: c.narrative, good_practice: c.goodPractice, gaps: c.gaps, auditor: c.auditor, updated_at: ctx.now().toISOString(), updated_by: ctx.userName })
    .where('id', '=', returnId)
    .execute();
  await recordChange(trx, ctx, { entityType: 'case_return', entityId: returnId, action: 'update', summary, before: contentView(before, questions), after: contentView(c, questions) });
}

/** The return as typed in on screen. An accepted return is reopened first, so QA's acceptance is never silently undone. */
export async function saveCaseReturn(db: Db, ctx: WriteCtx, input: CaseReturnFields): Promise<{ detail: CaseReturnDetail; warnings: IdentifierIssue[] }> {
  const today = todayOf(ctx);
  return inTransaction(db, async (trx) => {
    const [row] = await listCaseReturns(trx, { returnIds: [input.returnId] }, today);
    if (!row) throw notFound('Case return', input.returnId);
    if (row.status === 'accepted')
      throw conflict(`${row.agencyName}'s return for case ${row.caseReference} is accepted: reopen it (status "returned") before changing it.`, [{ field: 'returnId', message: 'accepted' }]);
    const [scale, questions] = await Promise.all([loadCaseScale(trx, row.auditId), questionsOf(trx, row.auditId)]);
    const { ratings, problems } = normaliseRatings(scale, questions, input.ratings);
    if (problems.length)
      throw invalid(`The return was not saved: ${problems[0]!.message}.`, problems.map((p) => ({ field: `ratings.${p.questionId}`, message: p.message })));
    const content: ReturnContent = { ratings, narrative: input.narrative, goodPractice: input.goodPractice, gaps: input.gaps, auditor: input.auditor };
    const warnings = await refuseIdentifiers(trx, returnTexts(content, questions), { strictDates: false, what: 'The return' });
    await writeReturnContent(trx, ctx, input.returnId, content, `${row.agencyName}: return for case ${row.caseReference} typed in`);
    return { detail: await getCaseReturn(trx, input.returnId, today), warnings };
  });
}
