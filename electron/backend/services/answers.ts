import type { Transaction } from 'kysely';
import type { AnswerInput, ReturnDetail } from '../../../shared/domain/cycle';
import type { ApiErrorDetail } from '../../../shared/result';
import type { DB, Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { invalid, notFound } from '../errors';
import { getReturn } from './answers-read';
import { loadTargets, normaliseAnswers, writeAnswers, type FrameworkTargets } from './answers-write';
import { recordChange } from './history';
import { levelByCode, loadScaleForFramework, type LoadedScale } from './rating-scale';
import { todayOf, type WriteCtx } from './write-context';
import { refreshReturnSummaries } from './return-summaries';

// Typing answers in the UI and moderating them. Imports, carry-forward and history use answers-write directly.

export interface ModerationInput {
  targetKey: string;
  /** A level code of the scale; null clears the moderated rating. */
  moderatedCode: string | null;
  note?: string | null;
}

export interface ReturnContext {
  cycleAgencyId: number;
  status: string;
  agencyName: string;
  scale: LoadedScale;
  fw: FrameworkTargets;
}

/** "item 9.3" / "standard 6": how messages and history name a target. */
export const targetName = (fw: FrameworkTargets, key: string): string => {
  const t = fw.byKey.get(key);
  return t ? `${t.itemId === null ? 'standard' : 'item'} ${t.number}` : key;
};

export async function loadReturnContext(db: Db, cycleAgencyId: number): Promise<ReturnContext> {
  const ca = await db
    .selectFrom('cycle_agencies as ca')
    .innerJoin('cycles as c', 'c.id', 'ca.cycle_id')
    .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
    .select(['ca.id', 'ca.status', 'c.framework_id', 'a.name'])
    .where('ca.id', '=', cycleAgencyId)
    .executeTakeFirst();
  if (!ca) throw notFound('Return', cycleAgencyId);
  const scale = await loadScaleForFramework(db, ca.framework_id);
  const fw = await loadTargets(db, ca.framework_id);
  return { cycleAgencyId, status: ca.status, agencyName: ca.name, scale, fw };
}

const problemError = (what: string, details: ApiErrorDetail[]) =>
  invalid(`${what} not saved: ${details.length === 1 ? `${details[0]!.field} ${details[0]!.message}` : `${details.length} problems`}.`, details);

/** Saves answers typed in the UI (targets left out keep their answers); the first answer moves the return to "in progress". */
export async function saveTypedAnswers(db: Db, ctx: WriteCtx, cycleAgencyId: number, input: AnswerInput[]): Promise<ReturnDetail> {
  await inTransaction(db, async (trx) => {
    const rc = await loadReturnContext(trx, cycleAgencyId);
    const raw = input.map((a) => ({
      targetKey: a.targetKey,
      rating: a.selfCode ?? null,
      value: a.value ?? null,
      notApplicable: a.notApplicable ?? false,
      naReason: a.naReason ?? null,
      evidence: a.evidence ?? null,
      improvement: a.improvement ?? null,
    }));
    const { answers, problems } = normaliseAnswers(rc.scale, rc.fw, raw);
    if (problems.length) throw problemError('The answers were', problems.map((p) => ({ field: p.where, message: p.message })));
    if (!answers.length) return;
    await writeAnswers(trx, ctx, cycleAgencyId, answers, { source: 'typed', replaceAll: false, summary: `Answers typed for ${rc.agencyName}` }, (k) =>
      targetName(rc.fw, k),
    );
    const typedSomething = answers.some((a) => a.selfCode || a.notApplicable || a.evidence || a.improvement);
    if (typedSomething && (rc.status === 'not_issued' || rc.status === 'issued')) await markInProgress(trx, ctx, rc);
  });
  return getReturn(db, cycleAgencyId, todayOf(ctx));
}

async function markInProgress(trx: Transaction<DB>, ctx: WriteCtx, rc: ReturnContext): Promise<void> {
  await trx.updateTable('cycle_agencies').set({ status: 'in_progress', updated_at: ctx.now().toISOString() }).where('id', '=', rc.cycleAgencyId).execute();
  await recordChange(trx, ctx, {
    entityType: 'return',
    entityId: rc.cycleAgencyId,
    action: 'status',
    summary: `${rc.agencyName}: in progress (answers typed)`,
    before: { status: rc.status },
    after: { status: 'in_progress' },
  });
}

const blank = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
const showModeration = (code: string | null | undefined, note: string | null | undefined) =>
  code || note ? `${code ?? '—'}${note ? ` · ${note.slice(0, 60)}` : ''}` : null;

/**
 * Sets (or with a null code clears) the moderated rating and note of targets. A target the agency did not
 * answer gets an answer row with no self-rating, so the moderation has somewhere to live.
 */
export async function moderate(db: Db, ctx: WriteCtx, cycleAgencyId: number, moderations: ModerationInput[]): Promise<ReturnDetail> {
  await inTransaction(db, async (trx) => {
    const rc = await loadReturnContext(trx, cycleAgencyId);
    const problems: ApiErrorDetail[] = [];
    const seen = new Set<string>();
    const planned = [];
    for (const m of moderations) {
      const t = rc.fw.byKey.get(m.targetKey);
      const field = targetName(rc.fw, m.targetKey);
      if (!t) {
        problems.push({ field, message: 'is not part of this framework version' });
        continue;
      }
      if (seen.has(t.key)) problems.push({ field, message: 'is moderated twice' });
      seen.add(t.key);
      const code = blank(m.moderatedCode);
      const level = levelByCode(rc.scale, code);
      if (code && !level)
        problems.push({ field, message: `"${code}" is not a level of this scale; use one of: ${rc.scale.levels.map((l) => `${l.code} (${l.label})`).join(', ')}` });
      else if (level && !t.ratable) problems.push({ field, message: `is not rated in this framework (${rc.fw.ratingTarget} are)` });
      planned.push({ t, field, level, note: blank(m.note) });
    }
    if (problems.length) throw problemError('The moderation was', problems);

    const now = ctx.now().toISOString();
    const existing = await trx.selectFrom('answers').selectAll().where('cycle_agency_id', '=', cycleAgencyId).execute();
    const byKey = new Map(existing.map((e) => [e.target_key, e]));
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const { t, field, level, note } of planned) {
      const old = byKey.get(t.key);
      const code = level?.code ?? null;
      if ((old?.moderated_code ?? null) === code && (old?.moderation_note ?? null) === note) continue;
      const values = {
        moderated_code: code,
        moderated_score: level?.score ?? null,
        moderation_note: note,
        moderated_by: code || note ? ctx.userName : null,
        moderated_at: code || note ? now : null,
      };
      before[field] = showModeration(old?.moderated_code, old?.moderation_note);
      after[field] = showModeration(code, note);
      if (old) await trx.updateTable('answers').set(values).where('id', '=', old.id).execute();
      else
        await trx
          .insertInto('answers')
          .values({ ...values, cycle_agency_id: cycleAgencyId, target_key: t.key, standard_id: t.standardId, item_id: t.itemId, self_na: 0, carried_forward: 0, source: 'typed', updated_at: now, updated_by: ctx.userName })
          .execute();
    }
    const changed = Object.keys(after).length;
    if (changed) await refreshReturnSummaries(trx, [cycleAgencyId]);
    if (changed)
      await recordChange(trx, ctx, {
        entityType: 'return',
        entityId: cycleAgencyId,
        action: 'moderate',
        summary: `${rc.agencyName}: ${changed} ${changed === 1 ? 'answer' : 'answers'} moderated`,
        before,
        after,
      });
  });
  return getReturn(db, cycleAgencyId, todayOf(ctx));
}
