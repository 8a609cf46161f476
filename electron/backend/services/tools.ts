import { join } from 'node:path';
import type { GeneratedFile } from '../../../shared/domain/settings';
import type { ServiceContext } from '../context';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { writeFileAtomic } from '../io/atomic-write';
import { DOCX_MIME, buildToolDocx } from '../io/tool-docx-write';
import { XLSX_MIME, buildToolXlsx } from '../io/tool-xlsx-write';
import { windowsFileName } from '../io/windows-file-name';
import { recordChange } from './history';
import { loadToolContent } from './tool-content';

// Issuing one agency's self-assessment tool: the workbook and/or Word document, written to a folder when
// the desktop gives one (the browser downloads them), and the issue date recorded.

export type ToolFormat = 'xlsx' | 'docx';
type IssueCtx = Pick<ServiceContext, 'now' | 'userName' | 'resourcesDir'>;

export async function issueTool(
  db: Db,
  ctx: IssueCtx,
  cycleAgencyId: number,
  formats: readonly ToolFormat[],
  folder?: string,
  markIssued = true,
): Promise<{ files: GeneratedFile[]; paths: string[] }> {
  const content = await loadToolContent(db, ctx, cycleAgencyId);
  const base = `${content.identity.agencyName} - ${content.cycleName}`;
  const files: GeneratedFile[] = [];
  const paths: string[] = [];
  for (const f of [...new Set(formats)]) {
    const bytes = f === 'xlsx' ? await buildToolXlsx(content) : await buildToolDocx(content, join(ctx.resourcesDir, 'fonts'));
    const fileName = windowsFileName(base, `.${f}`, { maxLength: 150 });
    if (folder) {
      const path = join(folder, fileName);
      await writeFileAtomic(path, bytes);
      paths.push(path);
    }
    files.push({ fileName, mimeType: f === 'xlsx' ? XLSX_MIME : DOCX_MIME, contentBase64: bytes.toString('base64') });
  }
  if (markIssued) await recordIssued(db, ctx, cycleAgencyId, content.identity.issuedOn, content.identity.agencyName, files.map((f) => f.fileName));
  return { files, paths };
}

/** The first issue moves a return from "not issued" to "issued"; re-issuing keeps the first date. */
async function recordIssued(db: Db, ctx: IssueCtx, cycleAgencyId: number, today: string, agencyName: string, fileNames: string[]): Promise<void> {
  await inTransaction(db, async (trx) => {
    const ca = await trx.selectFrom('cycle_agencies').select(['status', 'issued_on']).where('id', '=', cycleAgencyId).executeTakeFirstOrThrow();
    if (ca.status !== 'not_issued') return;
    await trx.updateTable('cycle_agencies').set({ status: 'issued', issued_on: today, updated_at: ctx.now().toISOString() }).where('id', '=', cycleAgencyId).execute();
    await recordChange(trx, ctx, {
      entityType: 'return',
      entityId: cycleAgencyId,
      action: 'status',
      summary: `${agencyName}: self-assessment issued (${fileNames.join(', ')})`,
      before: { status: ca.status, issuedOn: ca.issued_on },
      after: { status: 'issued', issuedOn: today },
    });
  });
}
