import type { CommonQuestion } from '../../../shared/domain/scrutiny';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, invalid, notFound } from '../errors';
import { recordChange } from './history';
import type { WriteCtx } from './write-context';

// The partnership's common questions, asked at every scrutiny meeting of a cycle ("How can the
// Partnership help your agency?"). A question already answered at a meeting is never thrown away.

export async function listCommonQuestions(db: Db, cycleId: number): Promise<CommonQuestion[]> {
  const rows = await db.selectFrom('common_questions').select(['id', 'text', 'sort_order']).where('cycle_id', '=', cycleId).orderBy('sort_order').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, text: r.text, sortOrder: r.sort_order }));
}

/** Replaces the list, in order: questions with an id are kept (and may be reworded), others are added. */
export async function setCommonQuestions(db: Db, ctx: WriteCtx, cycleId: number, questions: Array<{ id?: number; text: string }>): Promise<CommonQuestion[]> {
  return inTransaction(db, async (trx) => {
    const cycle = await trx.selectFrom('cycles').select(['id', 'name']).where('id', '=', cycleId).executeTakeFirst();
    if (!cycle) throw notFound('Cycle', cycleId);
    const before = await listCommonQuestions(trx, cycleId);
    const known = new Set(before.map((q) => q.id));
    const problems = questions.flatMap((q, i) =>
      q.id === undefined
        ? []
        : !known.has(q.id)
          ? [{ field: `questions.${i}.id`, message: `question ${q.id} is not one of ${cycle.name}'s` }]
          : questions.findIndex((o) => o.id === q.id) !== i
            ? [{ field: `questions.${i}.id`, message: `question ${q.id} is listed twice` }]
            : [],
    );
    if (problems.length) throw invalid(`The questions cannot be saved: ${problems.map((p) => p.message).join('; ')}.`, problems);
    const keep = new Set(questions.flatMap((q) => (q.id === undefined ? [] : [q.id])));
    const removed = before.filter((q) => !keep.has(q.id));
    if (removed.length) {
      const answered = await trx
        .selectFrom('meeting_answers')
        .select(['question_id'])
        .where('question_id', 'in', removed.map((q) => q.id))
        .where('answer', 'is not', null)
        .execute();
      const used = removed.filter((q) => answered.some((a) => a.question_id === q.id));
      if (used.length)
        throw conflict(
          `${used.map((q) => `“${q.text}”`).join(', ')} ${used.length === 1 ? 'has' : 'have'} answers from scrutiny meetings, so cannot be removed; reword ${used.length === 1 ? 'it' : 'them'} instead.`,
          used.map((q) => ({ field: 'questions', message: `question ${q.id} has answers` })),
        );
      await trx.deleteFrom('common_questions').where('id', 'in', removed.map((q) => q.id)).execute();
    }
    for (const [i, q] of questions.entries()) {
      if (q.id === undefined) await trx.insertInto('common_questions').values({ cycle_id: cycleId, text: q.text, sort_order: i + 1 }).execute();
      else await trx.updateTable('common_questions').set({ text: q.text, sort_order: i + 1 }).where('id', '=', q.id).execute();
    }
    const after = await listCommonQuestions(trx, cycleId);
    await recordChange(trx, ctx, {
      entityType: 'cycle',
      entityId: cycleId,
      action: 'update',
      summary: `Common questions for the scrutiny meetings of ${cycle.name}: ${after.length}`,
      before: { commonQuestions: before.map((q) => q.text) },
      after: { commonQuestions: after.map((q) => q.text) },
    });
    return after;
  });
}
