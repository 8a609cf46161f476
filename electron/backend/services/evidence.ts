import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ReturnDetail } from '../../../shared/domain/cycle';
import type { UploadedFile } from '../../../shared/domain/imports';
import type { ServiceContext } from '../context';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { invalid, notFound } from '../errors';
import { writeFileAtomic } from '../io/atomic-write';
import { safeFileName } from '../io/windows-file-name';
import { getReturn } from './answers-read';
import { loadReturnContext, targetName } from './answers';
import { recordChange } from './history';
import { todayOf } from './write-context';
import { refreshReturnSummaries } from './return-summaries';

// Evidence files are copied into the app's own store, so a return keeps its evidence when the original is
// moved or deleted. Rows carried forward to a later cycle point at the same stored file.

type EvidenceCtx = Pick<ServiceContext, 'userName' | 'now' | 'dataDir'>;

export const MAX_EVIDENCE_BYTES = 50 * 1024 * 1024;
/** File types never stored as evidence: they could run if opened from the evidence folder. */
export const EXECUTABLE = new Set(['.exe', '.bat', '.cmd', '.com', '.js', '.vbs', '.ps1', '.msi', '.scr']);

export const evidenceStore = (dataDir: string) => join(dataDir, 'evidence');

export type EvidenceSource = { file: UploadedFile } | { url: string };

/** Attaches a file (copied into the store, hashed) or a link to one target of a return. */
export async function addEvidence(db: Db, ctx: EvidenceCtx, cycleAgencyId: number, targetKey: string, source: EvidenceSource): Promise<ReturnDetail> {
  const rc = await loadReturnContext(db, cycleAgencyId);
  const target = rc.fw.byKey.get(targetKey);
  const where = targetName(rc.fw, targetKey);
  if (!target) throw invalid(`${where} is not part of this return's framework version.`, [{ field: where, message: 'is not part of this framework version' }]);

  let stored: { fileName: string; path: string; sha256: string; size: number } | null = null;
  if ('file' in source) {
    // Shown as the user knows it, without any folder a desktop picker put in front.
    const fileName = basename(source.file.fileName.replace(/\\/g, '/')).trim() || 'file';
    const ext = /\.[^.]+$/.exec(fileName.trim().toLowerCase())?.[0] ?? '';
    if (EXECUTABLE.has(ext))
      throw invalid(`${fileName} was not added: programs and scripts (${ext}) cannot be kept as evidence. Save the document as a PDF or Word file instead.`, [
        { file: fileName, message: `${ext} files are programs or scripts and are not accepted as evidence` },
      ]);
    const bytes = Buffer.from(source.file.contentBase64, 'base64');
    if (bytes.length === 0) throw invalid(`${fileName} is empty.`, [{ file: fileName, message: 'the file is empty' }]);
    if (bytes.length > MAX_EVIDENCE_BYTES)
      throw invalid(`${fileName} is ${Math.ceil(bytes.length / 1024 / 1024)} MB; evidence files can be at most 50 MB.`, [
        { file: fileName, message: 'larger than 50 MB' },
      ]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // Relative to the store, with forward slashes, so the database moves between machines.
    const path = `${cycleAgencyId}/${sha256.slice(0, 12)}-${safeFileName(fileName, { replacement: '_' })}`;
    await writeFileAtomic(join(evidenceStore(ctx.dataDir), ...path.split('/')), bytes);
    stored = { fileName, path, sha256, size: bytes.length };
  }

  try {
    await inTransaction(db, async (trx) => {
      const now = ctx.now().toISOString();
      const answer = await trx.selectFrom('answers').select('id').where('cycle_agency_id', '=', cycleAgencyId).where('target_key', '=', target.key).executeTakeFirst();
      // Evidence hangs off an answer, so a target with none gets an empty one.
      if (!answer)
        await trx
          .insertInto('answers')
          .values({ cycle_agency_id: cycleAgencyId, target_key: target.key, standard_id: target.standardId, item_id: target.itemId, self_na: 0, carried_forward: 0, source: 'typed', updated_at: now, updated_by: ctx.userName })
          .execute();
      if (!answer) await refreshReturnSummaries(trx, [cycleAgencyId]);
      const url = 'url' in source ? source.url : null;
      await trx
        .insertInto('evidence_files')
        .values({
          cycle_agency_id: cycleAgencyId,
          target_key: target.key,
          kind: stored ? 'file' : 'link',
          file_name: stored?.fileName ?? null,
          stored_path: stored?.path ?? null,
          sha256: stored?.sha256 ?? null,
          size_bytes: stored?.size ?? null,
          url,
          carried_forward: 0,
          added_at: now,
          added_by: ctx.userName,
        })
        .execute();
      const shown = stored ? stored.fileName : url;
      await recordChange(trx, ctx, {
        entityType: 'return',
        entityId: cycleAgencyId,
        action: 'add_evidence',
        summary: `${rc.agencyName}: evidence ${stored ? 'file' : 'link'} added to ${where}`,
        before: null,
        after: { [where]: shown },
      });
    });
  } catch (err) {
    if (stored) await removeIfUnreferenced(db, ctx.dataDir, stored.path);
    throw err;
  }
  return getReturn(db, cycleAgencyId, todayOf(ctx));
}

async function removeIfUnreferenced(db: Db, dataDir: string, path: string): Promise<void> {
  const other = await db.selectFrom('evidence_files').select('id').where('stored_path', '=', path).executeTakeFirst();
  if (!other) await rm(join(evidenceStore(dataDir), ...path.split('/')), { force: true });
}

/** Removes one evidence row; its stored file goes too unless another row (e.g. carried forward) still uses it. */
export async function removeEvidence(db: Db, ctx: EvidenceCtx, evidenceId: number): Promise<ReturnDetail> {
  const e = await inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('evidence_files').selectAll().where('id', '=', evidenceId).executeTakeFirst();
    if (!row) throw notFound('Evidence', evidenceId);
    const rc = await loadReturnContext(trx, row.cycle_agency_id);
    const where = targetName(rc.fw, row.target_key);
    await trx.deleteFrom('evidence_files').where('id', '=', evidenceId).execute();
    await recordChange(trx, ctx, {
      entityType: 'return',
      entityId: row.cycle_agency_id,
      action: 'remove_evidence',
      summary: `${rc.agencyName}: evidence ${row.kind === 'link' ? 'link' : 'file'} removed from ${where}`,
      before: { [where]: row.file_name ?? row.url },
      after: null,
    });
    return row;
  });
  // After the commit: a rolled-back removal must still find its file.
  if (e.stored_path) await removeIfUnreferenced(db, ctx.dataDir, e.stored_path);
  return getReturn(db, e.cycle_agency_id, todayOf(ctx));
}
