import { createHash } from 'node:crypto';
import type { ReturnImported, ReturnImportPreview } from '../../../shared/domain/cycle';
import type { UploadedFile } from '../../../shared/domain/imports';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { AppError, notFound } from '../errors';
import { uploadBytes } from '../io/import-kit';
import { prefix, type ReturnProblem } from '../io/tool-read-common';
import { readOnThread, type ReadTool } from '../io/parse-pool';
import { returnFiles } from './answers-read';
import { returnRowFor } from './returns-list';
import { missingTargets, normaliseAnswers, writeAnswers, type FrameworkTargets, type NormalisedAnswer } from './answers-write';
import { recordChange } from './history';
import type { LoadedScale } from './rating-scale';
import { cachedParse, frameworkData, rememberParse } from './return-import-cache';
import { detectKind, matchReturn } from './return-match';
import { todayOf, type WriteCtx } from './write-context';
import { assertZipWithinLimits } from '../io/zip-guard';

// Taking a completed return back in: read the workbook or Word file, match it to the cycle and agency, check
// every answer, and save it in one transaction, or save nothing and say what is wrong and where.

export type ReturnPreview = ReturnImportPreview & {
  /** Things worth knowing that do not stop the import (e.g. matched by the agency name in the file). */
  notes: string[];
};

interface Plan {
  preview: ReturnPreview;
  answers: NormalisedAnswer[];
  status: string | null;
  fw: FrameworkTargets;
  scale: LoadedScale;
}

const describe = (fw: FrameworkTargets, key: string) => {
  const t = fw.byKey.get(key);
  return t ? `${t.itemId === null ? 'standard' : 'item'} ${t.number}` : key;
};

interface CycleRow {
  id: number;
  name: string;
  framework_id: number;
  version_label: string;
  family_key: string;
  frozen_at: string | null;
}

async function loadCycle(db: Db, cycleId: number): Promise<CycleRow> {
  const cycle = await db
    .selectFrom('cycles as c')
    .innerJoin('frameworks as f', 'f.id', 'c.framework_id')
    .select(['c.id', 'c.name', 'c.framework_id', 'f.version_label', 'f.family_key', 'f.frozen_at'])
    .where('c.id', '=', cycleId)
    .executeTakeFirst();
  if (!cycle) throw notFound('Cycle', cycleId);
  return cycle;
}

/**
 * The file read (once: kept for the commit that follows a preview) against the cycle's framework. Runs outside
 * any transaction: reading is the slow part and needs no lock, and `read` may hand it to a worker thread.
 */
async function readReturnFile(db: Db, scope: object, cycle: CycleRow, file: UploadedFile, read: ReadTool) {
  const name = file.fileName;
  // Declared sizes only here: the workbook reader caps its own inflation, saving a whole inflate pass per file;
  // the Word reader (jszip) gets the full check below.
  const bytes = uploadBytes(file, { inflate: false });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const data = await frameworkData(db, scope, cycle.framework_id, cycle.frozen_at);
  let parsed = cachedParse(cycle.id, sha256, name, data);
  if (!parsed) {
    const detected = await detectKind(name, bytes);
    if (detected.kind === 'docx') assertZipWithinLimits(name, bytes);
    parsed = { ...data, detected, read: detected.problem ? null : await read(detected.kind, name, bytes, data.fw, data.scale) };
    rememberParse(cycle.id, sha256, name, parsed, file.contentBase64.length);
  }
  return { sha256, parsed };
}

type FileRead = Awaited<ReturnType<typeof readReturnFile>>;

/** `known`: the cycle and the file's read from just before (a commit reads before its transaction). */
async function planReturn(db: Db, cycleId: number, file: UploadedFile, scope: object, reader: ReadTool, known?: { cycle: CycleRow; read: FileRead }): Promise<Plan> {
  const name = file.fileName;
  const cycle = known?.cycle ?? (await loadCycle(db, cycleId));
  // Only the reading of the bytes is reused (its cycle's framework is frozen); every check against the database
  // below runs again.
  const { sha256, parsed } = known?.read ?? (await readReturnFile(db, scope, cycle, file, reader));
  const { fw, scale } = parsed;
  const preview: ReturnPreview = { fileName: name, kind: 'xlsx', sha256, agencyId: null, agencyName: null, cycleAgencyId: null, duplicate: false, replaces: false, answers: 0, problems: [], notes: [] };
  const { detected, read } = parsed;
  preview.kind = detected.kind;
  if (detected.problem || !read) return { preview: { ...preview, problems: [{ file: name, message: `${name} ${detected.problem}` }] }, answers: [], status: null, fw, scale };

  const match = await matchReturn(db, name, { id: cycle.id, name: cycle.name, frameworkId: cycle.framework_id, versionLabel: cycle.version_label, familyKey: cycle.family_key }, read);
  const problems: ReturnProblem[] = [...match.problems, ...read.problems];
  const { answers, problems: answerProblems } = normaliseAnswers(scale, fw, read.answers);
  for (const p of answerProblems) {
    const r = read.rowOf.get(p.targetKey);
    const sep = p.message.startsWith('is ') ? ' ' : ': ';
    problems.push({ file: name, row: r?.row, field: /reason/.test(p.message) ? 'N/A reason' : 'Rating', message: `${r ? prefix(r) : ''}${p.where}${sep}${p.message}` });
  }
  // With a sheet or table missing, listing every unanswered target would bury the one real problem.
  if (!read.layoutBroken && !match.problems.length)
    for (const t of missingTargets(fw, answers).filter((x) => !answerProblems.some((p) => p.targetKey === x.key))) {
      const r = read.rowOf.get(t.key);
      const what = `${t.itemId === null ? 'standard' : 'item'} ${t.number}`;
      problems.push(
        r
          ? { file: name, row: r.row, field: 'Rating', message: `${prefix(r)}${what} has no rating: choose one${scale.allowsNa ? `, or "${scale.naLabel}" with a reason` : ''}` }
          : { file: name, field: 'Ref', message: `${what} is missing from the file (its row was deleted): put it back and rate it` },
      );
    }
  let duplicate = false;
  let replaces = false;
  if (match.cycleAgencyId) {
    duplicate = Boolean(await db.selectFrom('return_files').select('id').where('cycle_agency_id', '=', match.cycleAgencyId).where('sha256', '=', sha256).executeTakeFirst());
    replaces = Boolean(await db.selectFrom('answers').select('id').where('cycle_agency_id', '=', match.cycleAgencyId).executeTakeFirst());
  }
  return {
    preview: { ...preview, agencyId: match.agencyId, agencyName: match.agencyName, cycleAgencyId: match.cycleAgencyId, duplicate, replaces, answers: answers.length, problems, notes: match.notes },
    answers,
    status: match.status,
    fw,
    scale,
  };
}

/** What importing the file would do; writes nothing. */
export async function previewReturn(db: Db, cycleId: number, file: UploadedFile, reader: ReadTool = readOnThread): Promise<ReturnPreview> {
  return (await planReturn(db, cycleId, file, db, reader)).preview;
}

/**
 * Saves the file's answers in one transaction, replacing the agency's earlier answers (history keeps them) and
 * marking earlier files of the return as replaced. Any problem refuses the whole file and nothing changes.
 */
export async function commitReturn(db: Db, ctx: WriteCtx, cycleId: number, file: UploadedFile, reader: ReadTool = readOnThread): Promise<ReturnImported> {
  const today = todayOf(ctx);
  // Read first, outside the transaction (usually a hit: the preview read it); the plan inside finds it kept.
  const cycle = await loadCycle(db, cycleId);
  const read = await readReturnFile(db, db, cycle, file, reader);
  const cycleAgencyId = await inTransaction(db, async (trx) => {
    const { preview, answers, status, fw, scale } = await planReturn(trx, cycleId, file, db, reader, { cycle, read });
    const name = file.fileName;
    if (preview.problems.length || !preview.cycleAgencyId) {
      const n = preview.problems.length;
      throw new AppError('import_invalid', `${name}: ${n} ${n === 1 ? 'problem' : 'problems'}; nothing was saved`, preview.problems);
    }
    const id = preview.cycleAgencyId;
    const how = preview.notes.length ? ' (matched by the agency name in the file)' : '';
    await writeAnswers(trx, ctx, id, answers, { source: 'import', replaceAll: true, summary: `${preview.agencyName}: return imported from ${name}${how}`, framework: { fw, scale } }, (k) => describe(fw, k));
    const now = ctx.now().toISOString();
    await trx.updateTable('return_files').set({ replaced: 1 }).where('cycle_agency_id', '=', id).where('replaced', '=', 0).execute();
    await trx
      .insertInto('return_files')
      .values({ cycle_agency_id: id, file_name: name, sha256: preview.sha256, kind: preview.kind, answer_count: answers.length, imported_at: now, imported_by: ctx.userName, replaced: 0 })
      .execute();
    if (status !== 'accepted') {
      const before = await trx.selectFrom('cycle_agencies').select(['status', 'returned_on']).where('id', '=', id).executeTakeFirstOrThrow();
      await trx.updateTable('cycle_agencies').set({ status: 'returned', returned_on: today, updated_at: now }).where('id', '=', id).execute();
      await recordChange(trx, ctx, {
        entityType: 'return',
        entityId: id,
        action: 'status',
        summary: `${preview.agencyName}: returned (${name})`,
        before: { status: before.status, returnedOn: before.returned_on },
        after: { status: 'returned', returnedOn: today },
      });
    }
    return id;
  });
  return { row: await returnRowFor(db, cycleAgencyId, today, read.parsed.fw), files: await returnFiles(db, cycleAgencyId) };
}
