import type { Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { notFound } from '../errors';
import { loadTargets, normaliseAnswers, writeAnswers, type FrameworkTargets, type RawAnswer } from './answers-write';
import { chunks } from './cycle-scope';
import { loadScaleForFramework } from './rating-scale';
import type { WriteCtx } from './write-context';

// A new cycle starts from each agency's last answers and evidence, marked as carried forward.

/** Source target key → this framework's key: the same key on the same version, else the same standard or item number. */
function keyMapper(from: FrameworkTargets, to: FrameworkTargets, sameVersion: boolean) {
  return (key: string): string | null => {
    if (sameVersion) return to.byKey.has(key) ? key : null;
    const t = from.byKey.get(key);
    if (!t) return null;
    return (t.itemId === null ? to.standardByNumber : to.itemByNumber).get(t.number)?.key ?? null;
  };
}

export interface CopyResult {
  agencies: number;
  answers: number;
  evidence: number;
}

/** Must run in the caller's transaction, after the new cycle's scope is in place. */
export async function copyForward(trx: Transaction<DB>, ctx: WriteCtx, fromCycleId: number, toCycleId: number): Promise<CopyResult> {
  const [from, to] = await Promise.all(
    [fromCycleId, toCycleId].map((id) => trx.selectFrom('cycles').select(['id', 'name', 'framework_id']).where('id', '=', id).executeTakeFirst()),
  );
  if (!from) throw notFound('Cycle', fromCycleId);
  if (!to) throw notFound('Cycle', toCycleId);
  const pairs = await trx
    .selectFrom('cycle_agencies as dst')
    .innerJoin('cycle_agencies as src', 'src.agency_id', 'dst.agency_id')
    .select(['src.id as src_id', 'dst.id as dst_id'])
    .where('dst.cycle_id', '=', toCycleId)
    .where('src.cycle_id', '=', fromCycleId)
    .execute();
  const result: CopyResult = { agencies: 0, answers: 0, evidence: 0 };
  if (!pairs.length) return result;
  const sameVersion = from.framework_id === to.framework_id;
  const toTargets = await loadTargets(trx, to.framework_id);
  const fromTargets = sameVersion ? toTargets : await loadTargets(trx, from.framework_id);
  const mapKey = keyMapper(fromTargets, toTargets, sameVersion);
  const [fromScale, toScale] = await Promise.all([loadScaleForFramework(trx, from.framework_id), loadScaleForFramework(trx, to.framework_id)]);
  const describe = (key: string) => {
    const t = toTargets.byKey.get(key);
    return t ? `${t.itemId === null ? 'standard' : 'item'} ${t.number}` : key;
  };
  const dstOf = new Map(pairs.map((p) => [p.src_id, p.dst_id]));
  const now = ctx.now().toISOString();
  const touched = new Set<number>();
  for (const part of chunks(pairs.map((p) => p.src_id), 200)) {
    const answers = await trx.selectFrom('answers').selectAll().where('cycle_agency_id', 'in', part).orderBy('id').execute();
    const bySource = new Map<number, typeof answers>();
    for (const a of answers) {
      const list = bySource.get(a.cycle_agency_id);
      if (list) list.push(a);
      else bySource.set(a.cycle_agency_id, [a]);
    }
    for (const [srcId, list] of bySource) {
      const raw: RawAnswer[] = [];
      for (const a of list) {
        const key = mapKey(a.target_key);
        if (!key) continue;
        raw.push({
          targetKey: key,
          rating: a.self_code,
          value: fromScale.kind === 'numeric' ? a.self_score : null,
          notApplicable: a.self_na === 1,
          naReason: a.na_reason,
          evidence: a.evidence,
          improvement: a.improvement,
        });
      }
      const first = normaliseAnswers(toScale, toTargets, raw);
      const refused = new Set(first.problems.map((p) => p.targetKey));
      // A rating the new version cannot take (another scale, or no longer rated there) is dropped; the narrative still helps.
      const retry = normaliseAnswers(toScale, toTargets, raw.filter((r) => refused.has(r.targetKey)).map((r) => ({ ...r, rating: null, value: null, notApplicable: false, naReason: null })));
      const retried = new Set(retry.problems.map((p) => p.targetKey));
      const keep = [...first.answers.filter((a) => !refused.has(a.targetKey)), ...retry.answers.filter((a) => !retried.has(a.targetKey))].filter(
        (a) => a.selfCode || a.notApplicable || a.evidence || a.improvement,
      );
      if (!keep.length) continue;
      const dst = dstOf.get(srcId)!;
      result.answers += await writeAnswers(trx, ctx, dst, keep, { source: 'carried', carriedForward: true, replaceAll: false, summary: `Answers carried forward from ${from.name}` }, describe);
      touched.add(dst);
    }
    const evidence = await trx.selectFrom('evidence_files').selectAll().where('cycle_agency_id', 'in', part).orderBy('id').execute();
    // The stored file or link is referenced, not copied: one file in the store serves both cycles.
    const rows = evidence.flatMap((e) => {
      const key = mapKey(e.target_key);
      if (!key) return [];
      const { id: _id, cycle_agency_id, target_key: _k, carried_forward: _c, ...rest } = e;
      return [{ ...rest, cycle_agency_id: dstOf.get(cycle_agency_id)!, target_key: key, carried_forward: 1 }];
    });
    for (const batch of chunks(rows, 200)) await trx.insertInto('evidence_files').values(batch).execute();
    rows.forEach((r) => touched.add(r.cycle_agency_id));
    result.evidence += rows.length;
  }
  for (const part of chunks([...touched])) await trx.updateTable('cycle_agencies').set({ carried_forward: 1, updated_at: now }).where('id', 'in', part).execute();
  result.agencies = touched.size;
  return result;
}
