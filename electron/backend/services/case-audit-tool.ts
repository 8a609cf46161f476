import type { z } from 'zod';
import { QUESTION_AREA_LABELS, type caseToolInputSchema } from '../../../shared/domain/case-audit';
import type { ApiErrorDetail } from '../../../shared/result';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, invalid, notFound } from '../errors';
import { loadScaleById, replaceCaseScale } from './case-audit-scale';
import { recordChange } from './history';
import type { WriteCtx } from './write-context';

// The audit tool: the questions every involved agency answers about its practice in each case, and the scale (with
// guidance per level) it rates them on. Editing keeps question ids, so ratings already given stay with their
// question; nothing already rated can be taken away.

export type CaseToolFields = z.output<typeof caseToolInputSchema>;

export async function setCaseTool(db: Db, ctx: WriteCtx, input: CaseToolFields): Promise<void> {
  await inTransaction(db, async (trx) => {
    const a = await trx.selectFrom('case_audits').selectAll().where('id', '=', input.auditId).executeTakeFirst();
    if (!a) throw notFound('Case-file audit', input.auditId);
    const current = await trx.selectFrom('case_audit_questions').selectAll().where('audit_id', '=', input.auditId).orderBy('position').execute();
    const oldScale = await loadScaleById(trx, a.scale_id);
    const problems: ApiErrorDetail[] = [];
    input.questions.forEach((q, i) => {
      if (q.id !== undefined && !current.some((c) => c.id === q.id)) problems.push({ field: `questions.${i}.id`, message: `question ${q.id} is not one of this audit's` });
    });
    if (problems.length) throw invalid(`The tool was not saved: ${problems[0]!.message}.`, problems);

    const kept = new Set(input.questions.map((q) => q.id).filter((x): x is number => x !== undefined));
    const removed = current.filter((c) => !kept.has(c.id));
    const usedRatings = await trx
      .selectFrom('case_audit_ratings as x')
      .innerJoin('case_audit_questions as q', 'q.id', 'x.question_id')
      .select(['x.question_id', 'x.level_code', 'x.not_applicable', 'x.comment'])
      .where('q.audit_id', '=', input.auditId)
      .execute();
    const hasContent = (r: (typeof usedRatings)[number]) => r.level_code !== null || r.not_applicable === 1 || Boolean(r.comment);
    const conflicts: ApiErrorDetail[] = [];
    for (const q of removed)
      if (usedRatings.some((r) => r.question_id === q.id && hasContent(r)))
        conflicts.push({ field: 'questions', message: `"${q.text.slice(0, 60)}" has ratings in returns, so it cannot be removed (edit its wording instead)` });
    const codes = new Set(input.scale.levels.map((l) => l.code));
    const judged = await trx.selectFrom('case_audit_cases').select('judgement_code').where('audit_id', '=', input.auditId).where('judgement_code', 'is not', null).execute();
    const inUse = new Set([...usedRatings.map((r) => r.level_code), ...judged.map((j) => j.judgement_code), a.theme_level_code].filter((c): c is string => Boolean(c)));
    for (const code of inUse)
      if (!codes.has(code)) conflicts.push({ field: 'scale.levels', message: `level "${oldScale.levels.find((l) => l.code === code)?.label ?? code}" (${code}) is used by ratings or judgements, so it cannot be removed or recoded` });
    if (!input.scale.allowsNa && usedRatings.some((r) => r.not_applicable === 1))
      conflicts.push({ field: 'scale.allowsNa', message: `some returns already answer "${oldScale.naLabel}", so it must stay allowed` });
    if (conflicts.length) throw conflict(`The tool was not saved: ${conflicts[0]!.message}${conflicts.length > 1 ? ` (and ${conflicts.length - 1} more)` : ''}.`, conflicts);

    await replaceCaseScale(trx, a.scale_id, input.scale);
    if (removed.length) {
      const ids = removed.map((q) => q.id);
      await trx.deleteFrom('case_audit_ratings').where('question_id', 'in', ids).execute();
      await trx.deleteFrom('case_audit_questions').where('id', 'in', ids).execute();
    }
    for (const [position, q] of input.questions.entries()) {
      const row = { position, area: q.area, text: q.text, guidance: q.guidance };
      if (q.id !== undefined) await trx.updateTable('case_audit_questions').set(row).where('id', '=', q.id).execute();
      else await trx.insertInto('case_audit_questions').values({ ...row, audit_id: input.auditId }).execute();
    }
    await trx.updateTable('case_audits').set({ updated_at: ctx.now().toISOString() }).where('id', '=', input.auditId).execute();
    const view = (qs: Array<{ area: string; text: string }>, scale: { name: string; levels: Array<{ code: string; label: string }> }) => ({
      questions: qs.map((q, i) => `Q${i + 1} (${QUESTION_AREA_LABELS[q.area as keyof typeof QUESTION_AREA_LABELS] ?? q.area}): ${q.text}`),
      scale: `${scale.name}: ${scale.levels.map((l) => `${l.code} ${l.label}`).join(', ')}`,
    });
    await recordChange(trx, ctx, {
      entityType: 'case_audit',
      entityId: input.auditId,
      action: 'update',
      summary: `${a.title}: audit tool edited`,
      before: view(current, oldScale.doc),
      after: view(input.questions, input.scale),
    });
  });
}
