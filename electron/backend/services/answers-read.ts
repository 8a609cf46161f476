import type { Answer, EvidenceFile, Rating, ReturnDetail, ReturnFileRecord, TargetKey } from '../../../shared/domain/cycle';
import type { Selectable } from 'kysely';
import type { AnswersTable, Db, ReturnFilesTable } from '../db/schema';
import { notFound } from '../errors';
import { loadTargets } from './answers-write';
import { cycleSummary } from './cycle-read';
import { levelByCode, loadScaleForFramework, type LoadedScale } from './rating-scale';
import { answerFlags } from './return-rules';
import { returnRowFor } from './returns-list';

type AnswerRow = Omit<AnswersTable, 'id'> & { id: number };

/** A stored code as a Rating; numeric scales keep the value entered as the score. */
export function storedRating(scale: LoadedScale, code: string | null, score: number | null): Rating | null {
  const level = levelByCode(scale, code);
  if (!level) return null;
  return scale.kind === 'numeric' && score !== null ? { ...level, score } : level;
}

export function toAnswer(scale: LoadedScale, a: AnswerRow, evidenceFiles: EvidenceFile[]): Answer {
  const self = a.self_na === 1 ? null : storedRating(scale, a.self_code, a.self_score);
  return {
    id: a.id,
    targetKey: a.target_key as TargetKey,
    standardId: a.standard_id,
    itemId: a.item_id,
    self,
    value: scale.kind === 'numeric' && self ? a.self_score : null,
    notApplicable: a.self_na === 1,
    naReason: a.na_reason,
    evidence: a.evidence,
    improvement: a.improvement,
    moderated: storedRating(scale, a.moderated_code, a.moderated_score),
    moderationNote: a.moderation_note,
    moderatedBy: a.moderated_by,
    moderatedAt: a.moderated_at,
    carriedForward: a.carried_forward === 1,
    source: a.source as Answer['source'],
    ...answerFlags(scale, a),
    evidenceFiles,
  };
}

/** One agency's return: its tracker row, the cycle, every answered target in framework order, files and chasers. */
export const toReturnFile = (f: Selectable<ReturnFilesTable>): ReturnFileRecord => ({
  id: f.id,
  fileName: f.file_name,
  sha256: f.sha256,
  kind: f.kind === 'docx' ? 'docx' : 'xlsx',
  answerCount: f.answer_count,
  importedAt: f.imported_at,
  importedBy: f.imported_by,
  replaced: f.replaced === 1,
});

/** A return's imported files, newest first. */
export async function returnFiles(db: Db, cycleAgencyId: number): Promise<ReturnFileRecord[]> {
  return (await db.selectFrom('return_files').selectAll().where('cycle_agency_id', '=', cycleAgencyId).orderBy('id', 'desc').execute()).map(toReturnFile);
}

export async function getReturn(db: Db, cycleAgencyId: number, today: string): Promise<ReturnDetail> {
  const ca = await db.selectFrom('cycle_agencies').select(['cycle_id', 'sent_back_reason']).where('id', '=', cycleAgencyId).executeTakeFirst();
  if (!ca) throw notFound('Return', cycleAgencyId);
  const row = await returnRowFor(db, cycleAgencyId, today);
  const cycle = await cycleSummary(db, ca.cycle_id);
  const scale = await loadScaleForFramework(db, cycle.frameworkId);
  const fw = await loadTargets(db, cycle.frameworkId);
  const order = new Map(fw.targets.map((t, i) => [t.key as string, i]));
  const answers = await db.selectFrom('answers').selectAll().where('cycle_agency_id', '=', cycleAgencyId).execute();
  const evidence = await db.selectFrom('evidence_files').selectAll().where('cycle_agency_id', '=', cycleAgencyId).orderBy('id').execute();
  const files = await db.selectFrom('return_files').selectAll().where('cycle_agency_id', '=', cycleAgencyId).orderBy('id', 'desc').execute();
  const chasers = await db.selectFrom('chasers').selectAll().where('cycle_agency_id', '=', cycleAgencyId).orderBy('id', 'desc').execute();

  const evidenceByKey = new Map<string, EvidenceFile[]>();
  for (const e of evidence) {
    const list = evidenceByKey.get(e.target_key) ?? [];
    list.push({
      id: e.id,
      kind: e.kind === 'link' ? 'link' : 'file',
      fileName: e.file_name,
      url: e.url,
      sizeBytes: e.size_bytes,
      addedAt: e.added_at,
      addedBy: e.added_by,
    });
    evidenceByKey.set(e.target_key, list);
  }
  const rank = (key: string) => order.get(key) ?? Number.MAX_SAFE_INTEGER;
  return {
    row,
    cycle,
    sentBackReason: ca.sent_back_reason,
    answers: answers
      .sort((a, b) => rank(a.target_key) - rank(b.target_key))
      .map((a) => toAnswer(scale, a, evidenceByKey.get(a.target_key) ?? [])),
    files: files.map(toReturnFile),
    chasers: chasers.map((c) => ({
      id: c.id,
      sentAt: c.sent_at,
      method: c.method === 'mailto' ? 'mailto' : 'eml',
      to: c.to_addresses,
      cc: c.cc_addresses,
      subject: c.subject,
      createdBy: c.created_by,
    })),
  };
}
