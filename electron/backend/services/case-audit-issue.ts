import { join } from 'node:path';
import { METHODOLOGY_LABELS, QUESTION_AREA_LABELS, SEND_BACK_REASON_LABELS, type Methodology } from '../../../shared/domain/case-audit';
import type { GeneratedFile } from '../../../shared/domain/settings';
import type { ServiceContext } from '../context';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, notFound } from '../errors';
import { writeFileAtomic } from '../io/atomic-write';
import { CASE_RETURN_FORMAT_VERSION, type CaseReturnToolContent } from '../io/case-return-layout';
import { DOCX_MIME, buildCaseReturnDocx } from '../io/case-return-docx';
import { XLSX_MIME, buildCaseReturnXlsx } from '../io/case-return-xlsx';
import { uniqueFileNames, windowsFileName } from '../io/windows-file-name';
import { markIssued } from './case-audit-qa';
import { listCaseReturns } from './case-audit-return-rows';
import { getCaseReturn } from './case-audit-returns';
import { loadCaseScale } from './case-audit-scale';
import { getSettings } from './settings';
import { todayOf } from './write-context';

// Issuing the audit tool: one file per involved agency per case (workbook and/or Word), carrying its identity so
// the completed return finds its way back. A return sent back is re-issued with what it already says.

type IssueCtx = Pick<ServiceContext, 'now' | 'userName' | 'resourcesDir'>;
export type CaseReturnFormat = 'xlsx' | 'docx';

export async function loadCaseReturnContent(db: Db, ctx: Pick<ServiceContext, 'now' | 'userName'>, returnId: number): Promise<CaseReturnToolContent> {
  const today = todayOf(ctx);
  const d = await getCaseReturn(db, returnId, today);
  const a = await db.selectFrom('case_audits').selectAll().where('id', '=', d.row.auditId).executeTakeFirstOrThrow();
  const [scale, settings] = await Promise.all([loadCaseScale(db, a.id), getSettings(db)]);
  const labelOf = (questionId: number) => {
    const r = d.ratings.find((x) => x.questionId === questionId);
    return r?.notApplicable ? scale.naLabel : (r?.level?.label ?? null);
  };
  const sentBack =
    d.row.status === 'sent_back' && d.row.sendBackReason
      ? `${SEND_BACK_REASON_LABELS[d.row.sendBackReason]}${d.row.sendBackNote ? `: ${d.row.sendBackNote.replace(/[.\s]+$/, '')}` : ''}.`
      : null;
  return {
    identity: {
      formatVersion: CASE_RETURN_FORMAT_VERSION,
      auditId: a.id,
      returnId,
      caseId: d.row.caseId,
      caseReference: d.row.caseReference,
      agencyId: d.row.agencyId,
      agencyName: d.row.agencyName,
      questionIds: d.questions.map((q) => q.id).join(','),
      issuedOn: today,
    },
    partnershipName: settings.partnershipName,
    auditTitle: a.title,
    theme: a.theme,
    programmeYear: a.programme_year,
    practiceFrom: a.practice_from,
    practiceTo: a.practice_to,
    dueDate: d.row.dueDate ?? a.returns_due,
    methodology: METHODOLOGY_LABELS[a.methodology as Methodology] ?? a.methodology,
    scale: scale.doc,
    questions: d.questions.map((q) => ({
      ref: q.ref,
      area: QUESTION_AREA_LABELS[q.area],
      text: q.text,
      guidance: q.guidance,
      rating: labelOf(q.id),
      comment: d.ratings.find((r) => r.questionId === q.id)?.comment ?? null,
    })),
    narrative: { auditor: d.auditor, narrative: d.narrative, goodPractice: d.goodPractice, gaps: d.gaps, risk: null },
    sentBack,
    settings,
    authorName: ctx.userName,
  };
}

/**
 * The tool for the chosen returns (by default every return of the audit not yet accepted), written to `folder` when
 * given. Issuing records the first issue date of a return not yet issued.
 */
export async function issueCaseReturns(
  db: Db,
  ctx: IssueCtx,
  auditId: number,
  formats: readonly CaseReturnFormat[],
  opts: { returnIds?: number[]; folder?: string; markIssued?: boolean } = {},
): Promise<{ files: GeneratedFile[]; paths: string[] }> {
  const a = await db.selectFrom('case_audits').select(['title', 'status']).where('id', '=', auditId).executeTakeFirst();
  if (!a) throw notFound('Case-file audit', auditId);
  if (a.status === 'cancelled') throw conflict(`${a.title} is cancelled: nothing to issue.`);
  const today = todayOf(ctx);
  const rows = await listCaseReturns(db, { auditId, ...(opts.returnIds ? { returnIds: opts.returnIds } : { statuses: ['not_issued', 'issued', 'sent_back'] }) }, today);
  const missing = (opts.returnIds ?? []).filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) throw notFound(`Return of ${a.title}`, missing.join(', '));
  if (!rows.length) throw conflict(`${a.title} has no returns to issue: add cases and the agencies involved in them first.`);
  const files: GeneratedFile[] = [];
  const paths: string[] = [];
  const namesByReturn = new Map<number, string[]>();
  const stems = uniqueFileNames(rows.map((r) => windowsFileName(`${r.caseReference} - ${r.agencyName} - ${a.title}`, '', { maxLength: 140 })));
  const fontsDir = join(ctx.resourcesDir, 'fonts');
  for (const [i, r] of rows.entries()) {
    const content = await loadCaseReturnContent(db, ctx, r.id);
    for (const f of [...new Set(formats)]) {
      const bytes = f === 'xlsx' ? await buildCaseReturnXlsx(content) : await buildCaseReturnDocx(content, fontsDir);
      const fileName = `${stems[i]}.${f}`;
      if (opts.folder) {
        const path = join(opts.folder, fileName);
        await writeFileAtomic(path, bytes);
        paths.push(path);
      } else files.push({ fileName, mimeType: f === 'xlsx' ? XLSX_MIME : DOCX_MIME, contentBase64: bytes.toString('base64') });
      namesByReturn.set(r.id, [...(namesByReturn.get(r.id) ?? []), fileName]);
    }
  }
  if (opts.markIssued !== false) await inTransaction(db, (trx) => markIssued(trx, ctx, rows.map((r) => r.id), namesByReturn));
  return { files, paths };
}

