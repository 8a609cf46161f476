import type { Transaction } from 'kysely';
import type { TargetKey } from '../../../shared/domain/cycle';
import type { ServiceContext } from '../context';
import type { DB, Db } from '../db/schema';
import { recordChange } from './history';
import { levelByCodeOrLabel, ratingForValue, type LoadedScale } from './rating-scale';
import { analysisModelOf, refreshReturnSummaries } from './return-summaries';

// The one place answers are written: typed in the UI, imported from a return, carried forward, or
// brought in from history all go through normaliseAnswers and writeAnswers.

export interface TargetInfo {
  key: TargetKey;
  standardId: number;
  itemId: number | null;
  /** "6" for a standard, "9.3" for an item. */
  number: string;
  text: string;
  /** The framework asks for a rating here. */
  ratable: boolean;
}

export interface FrameworkTargets {
  ratingTarget: 'items' | 'standards' | 'both';
  standardRollup: string;
  targets: TargetInfo[];
  byKey: Map<string, TargetInfo>;
  standardByNumber: Map<string, TargetInfo>;
  itemByNumber: Map<string, TargetInfo>;
}

export async function loadTargets(db: Db, frameworkId: number): Promise<FrameworkTargets> {
  const f = await db.selectFrom('frameworks').select(['rating_target', 'standard_rollup']).where('id', '=', frameworkId).executeTakeFirstOrThrow();
  const standards = await db.selectFrom('framework_standards').selectAll().where('framework_id', '=', frameworkId).orderBy('position').execute();
  const items = standards.length
    ? await db.selectFrom('framework_items').selectAll().where('standard_id', 'in', standards.map((s) => s.id)).orderBy('position').execute()
    : [];
  const ratingTarget = f.rating_target as FrameworkTargets['ratingTarget'];
  const targets: TargetInfo[] = [];
  for (const s of standards) {
    targets.push({ key: `s:${s.id}`, standardId: s.id, itemId: null, number: s.number, text: s.title, ratable: ratingTarget !== 'items' });
    for (const i of items.filter((x) => x.standard_id === s.id))
      targets.push({ key: `i:${i.id}`, standardId: s.id, itemId: i.id, number: i.number, text: i.text, ratable: ratingTarget !== 'standards' });
  }
  return {
    ratingTarget,
    standardRollup: f.standard_rollup,
    targets,
    byKey: new Map(targets.map((t) => [t.key, t])),
    standardByNumber: new Map(targets.filter((t) => t.itemId === null).map((t) => [t.number, t])),
    itemByNumber: new Map(targets.filter((t) => t.itemId !== null).map((t) => [t.number, t])),
  };
}

/** An answer as a source gives it: a rating as code or label (or a number), N/A, narrative. */
export interface RawAnswer {
  targetKey: string;
  rating?: string | null;
  value?: number | null;
  notApplicable?: boolean;
  naReason?: string | null;
  evidence?: string | null;
  improvement?: string | null;
}

export interface NormalisedAnswer {
  targetKey: TargetKey;
  standardId: number;
  itemId: number | null;
  selfCode: string | null;
  selfScore: number | null;
  notApplicable: boolean;
  naReason: string | null;
  evidence: string | null;
  improvement: string | null;
}

export interface AnswerProblem {
  targetKey: string;
  /** "item 9.3" / "standard 6". */
  where: string;
  message: string;
}

const describe = (t: TargetInfo | undefined, key: string) => (t ? `${t.itemId === null ? 'standard' : 'item'} ${t.number}` : key);
const blank = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/** Checks answers against the framework and its scale. Unanswered targets are simply absent. */
export function normaliseAnswers(scale: LoadedScale, fw: FrameworkTargets, raw: RawAnswer[]): { answers: NormalisedAnswer[]; problems: AnswerProblem[] } {
  const answers: NormalisedAnswer[] = [];
  const problems: AnswerProblem[] = [];
  const seen = new Set<string>();
  for (const a of raw) {
    const t = fw.byKey.get(a.targetKey);
    const where = describe(t, a.targetKey);
    const fail = (message: string) => problems.push({ targetKey: a.targetKey, where, message });
    if (!t) {
      fail('is not part of this framework version');
      continue;
    }
    if (seen.has(t.key)) {
      fail('is answered twice');
      continue;
    }
    seen.add(t.key);
    const ratingText = blank(a.rating);
    let selfCode: string | null = null;
    let selfScore: number | null = null;
    if (a.notApplicable) {
      if (!scale.allowsNa) fail(`"${scale.naLabel}" is not allowed on this scale`);
      else if (!blank(a.naReason)) fail(`give a reason for "${scale.naLabel}"`);
      if (ratingText || (a.value !== null && a.value !== undefined)) fail(`is both rated and marked "${scale.naLabel}"`);
    } else if (a.value !== null && a.value !== undefined) {
      const r = scale.kind === 'numeric' ? ratingForValue(scale, a.value) : `${a.value} is a number; use one of: ${scale.levels.map((l) => l.label).join(', ')}`;
      if (typeof r === 'string') fail(r);
      else [selfCode, selfScore] = [r.code, r.score];
    } else if (ratingText) {
      const numeric = scale.kind === 'numeric' && /^-?\d+(\.\d+)?$/.test(ratingText) ? ratingForValue(scale, Number(ratingText)) : null;
      const level = numeric && typeof numeric !== 'string' ? numeric : levelByCodeOrLabel(scale, ratingText);
      if (!level) fail(typeof numeric === 'string' ? numeric : `"${ratingText}" is not a rating on this scale; use one of: ${scale.levels.map((l) => l.label).join(', ')}`);
      else [selfCode, selfScore] = [level.code, level.score];
    }
    if (selfCode && !t.ratable) fail(`is not rated in this framework (${fw.ratingTarget === 'items' ? 'items' : 'standards'} are)`);
    answers.push({
      targetKey: t.key,
      standardId: t.standardId,
      itemId: t.itemId,
      selfCode,
      selfScore,
      notApplicable: Boolean(a.notApplicable),
      naReason: a.notApplicable ? blank(a.naReason) : null,
      evidence: blank(a.evidence),
      improvement: blank(a.improvement),
    });
  }
  return { answers, problems };
}

/** Ratable targets with neither a rating nor N/A: what a complete return must still answer. */
export const missingTargets = (fw: FrameworkTargets, answers: NormalisedAnswer[]): TargetInfo[] => {
  const done = new Set(answers.filter((a) => a.selfCode || a.notApplicable).map((a) => a.targetKey));
  return fw.targets.filter((t) => t.ratable && !done.has(t.key));
};

export interface WriteOptions {
  source: 'typed' | 'import' | 'carried' | 'history';
  /** Remove answers to targets the new set leaves out (a newer return replaces the old one). */
  replaceAll: boolean;
  carriedForward?: boolean;
  summary: string;
  /** The return's framework, when the caller has it loaded: the derived rows are then worked out without reloading it. */
  framework?: { fw: FrameworkTargets; scale: LoadedScale };
}

const INSERT_CHUNK = 200;

/**
 * Upserts answers for one agency's return, keeping moderation on targets that stay, and records the
 * changes in history. Must run inside the caller's transaction.
 */
export async function writeAnswers(
  trx: Transaction<DB>,
  ctx: Pick<ServiceContext, 'userName' | 'now'>,
  cycleAgencyId: number,
  answers: NormalisedAnswer[],
  options: WriteOptions,
  describeKey: (key: string) => string = (k) => k,
): Promise<number> {
  const now = ctx.now().toISOString();
  const existing = await trx.selectFrom('answers').selectAll().where('cycle_agency_id', '=', cycleAgencyId).execute();
  const byKey = new Map(existing.map((e) => [e.target_key, e]));
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const show = (code: string | null, na: boolean, evidence: string | null) => `${na ? 'N/A' : (code ?? '—')}${evidence ? ` · ${evidence.slice(0, 60)}` : ''}`;
  const inserts = [];
  for (const a of answers) {
    const old = byKey.get(a.targetKey);
    const values = {
      self_code: a.selfCode,
      self_score: a.selfScore,
      self_na: a.notApplicable ? 1 : 0,
      na_reason: a.naReason,
      evidence: a.evidence,
      improvement: a.improvement,
      carried_forward: options.carriedForward ? 1 : 0,
      source: options.source,
      updated_at: now,
      updated_by: ctx.userName,
    };
    if (old) {
      before[describeKey(a.targetKey)] = show(old.self_code, old.self_na === 1, old.evidence);
      await trx.updateTable('answers').set(values).where('id', '=', old.id).execute();
      byKey.delete(a.targetKey);
    } else inserts.push({ ...values, cycle_agency_id: cycleAgencyId, target_key: a.targetKey, standard_id: a.standardId, item_id: a.itemId });
    after[describeKey(a.targetKey)] = show(a.selfCode, a.notApplicable, a.evidence);
  }
  // New rows in multi-row inserts, in chunks that stay well inside every database's bound-parameter limit.
  for (let i = 0; i < inserts.length; i += INSERT_CHUNK) await trx.insertInto('answers').values(inserts.slice(i, i + INSERT_CHUNK)).execute();
  if (options.replaceAll && byKey.size) {
    for (const gone of byKey.values()) before[describeKey(gone.target_key)] = show(gone.self_code, gone.self_na === 1, gone.evidence);
    await trx.deleteFrom('answers').where('id', 'in', [...byKey.values()].map((g) => g.id)).execute();
  }
  await recordChange(trx, ctx, { entityType: 'return', entityId: cycleAgencyId, action: 'update', summary: options.summary, before, after });
  await refreshReturnSummaries(trx, [cycleAgencyId], options.framework && analysisModelOf(options.framework.fw, options.framework.scale));
  return answers.length;
}

