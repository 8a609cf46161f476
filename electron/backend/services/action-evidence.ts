import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ActionDetail } from '../../../shared/domain/action';
import type { UploadedFile } from '../../../shared/domain/imports';
import type { ServiceContext } from '../context';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { invalid, notFound } from '../errors';
import { writeFileAtomic } from '../io/atomic-write';
import { safeFileName } from '../io/windows-file-name';
import { actionReference, getAction } from './actions-read';
import { evidenceStore, EXECUTABLE, MAX_EVIDENCE_BYTES } from './evidence';
import { recordChange } from './history';
import { todayOf } from './write-context';

// Evidence that an action was done: files copied into the same evidence store as returns' evidence (under
// actions/<id>/, hashed, size-limited), or links to where the evidence lives.

type EvidenceCtx = Pick<ServiceContext, 'userName' | 'now' | 'dataDir'>;
export type ActionEvidenceSource = { file: UploadedFile } | { url: string };

/** Links people can open from the tracker: web addresses only, never script or local-file schemes. */
export function checkEvidenceUrl(url: string): string {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url.trim());
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
    throw invalid(`${url} is not a web address (http:// or https://).`, [{ field: 'url', message: 'must start http:// or https://' }]);
  return parsed.toString();
}

function checkFile(file: UploadedFile): { fileName: string; bytes: Buffer } {
  // Shown as the user knows it, without any folder a desktop picker put in front.
  const fileName = basename(file.fileName.replace(/\\/g, '/')).trim() || 'file';
  const ext = /\.[^.]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  if (EXECUTABLE.has(ext))
    throw invalid(`${fileName} was not added: programs and scripts (${ext}) cannot be kept as evidence. Save the document as a PDF or Word file instead.`, [
      { file: fileName, message: `${ext} files are programs or scripts and are not accepted as evidence` },
    ]);
  const bytes = Buffer.from(file.contentBase64, 'base64');
  if (bytes.length === 0) throw invalid(`${fileName} is empty.`, [{ file: fileName, message: 'the file is empty' }]);
  if (bytes.length > MAX_EVIDENCE_BYTES)
    throw invalid(`${fileName} is ${Math.ceil(bytes.length / 1024 / 1024)} MB; evidence files can be at most 50 MB.`, [{ file: fileName, message: 'larger than 50 MB' }]);
  return { fileName, bytes };
}

/** Stored files no action evidence row points at any more are removed from the store. */
export async function removeUnreferencedActionFiles(db: Db, dataDir: string, paths: string[]): Promise<void> {
  for (const path of new Set(paths)) {
    const other = await db.selectFrom('action_evidence').select('id').where('stored_path', '=', path).executeTakeFirst();
    if (!other) await rm(join(evidenceStore(dataDir), ...path.split('/')), { force: true });
  }
}

export async function addActionEvidence(db: Db, ctx: EvidenceCtx, actionId: number, source: ActionEvidenceSource): Promise<ActionDetail> {
  const exists = await db.selectFrom('actions').select('id').where('id', '=', actionId).executeTakeFirst();
  if (!exists) throw notFound('Action', actionReference(actionId));
  const url = 'url' in source ? checkEvidenceUrl(source.url) : null;
  let stored: { fileName: string; path: string; sha256: string; size: number } | null = null;
  if ('file' in source) {
    const { fileName, bytes } = checkFile(source.file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // Relative to the store, with forward slashes, so the database moves between machines.
    const path = `actions/${actionId}/${sha256.slice(0, 12)}-${safeFileName(fileName, { replacement: '_' })}`;
    await writeFileAtomic(join(evidenceStore(ctx.dataDir), ...path.split('/')), bytes);
    stored = { fileName, path, sha256, size: bytes.length };
  }
  try {
    await inTransaction(db, async (trx) => {
      await trx
        .insertInto('action_evidence')
        .values({
          action_id: actionId,
          kind: stored ? 'file' : 'link',
          file_name: stored?.fileName ?? null,
          stored_path: stored?.path ?? null,
          sha256: stored?.sha256 ?? null,
          size_bytes: stored?.size ?? null,
          url,
          added_at: ctx.now().toISOString(),
          added_by: ctx.userName,
        })
        .execute();
      await recordChange(trx, ctx, {
        entityType: 'action',
        entityId: actionId,
        action: 'add_evidence',
        summary: `${actionReference(actionId)}: evidence ${stored ? 'file' : 'link'} added`,
        before: null,
        after: { evidence: stored ? stored.fileName : url },
      });
    });
  } catch (err) {
    if (stored) await removeUnreferencedActionFiles(db, ctx.dataDir, [stored.path]);
    throw err;
  }
  return getAction(db, actionId, todayOf(ctx));
}

export async function removeActionEvidence(db: Db, ctx: EvidenceCtx, evidenceId: number): Promise<ActionDetail> {
  const row = await inTransaction(db, async (trx) => {
    const e = await trx.selectFrom('action_evidence').selectAll().where('id', '=', evidenceId).executeTakeFirst();
    if (!e) throw notFound('Evidence', evidenceId);
    await trx.deleteFrom('action_evidence').where('id', '=', evidenceId).execute();
    await recordChange(trx, ctx, {
      entityType: 'action',
      entityId: e.action_id,
      action: 'remove_evidence',
      summary: `${actionReference(e.action_id)}: evidence ${e.kind === 'link' ? 'link' : 'file'} removed`,
      before: { evidence: e.file_name ?? e.url },
      after: null,
    });
    return e;
  });
  // After the commit: a rolled-back removal must still find its file.
  if (row.stored_path) await removeUnreferencedActionFiles(db, ctx.dataDir, [row.stored_path]);
  return getAction(db, row.action_id, todayOf(ctx));
}
