import { join } from 'node:path';
import type { GeneratedFile } from '../../../shared/domain/settings';
import type { ServiceContext } from '../context';
import type { Db } from '../db/schema';
import { windowsFileName } from '../io/windows-file-name';
import { buildCaseAuditReport, caseAuditReportTitle, type QuestionDistribution } from '../reports/case-audit-report';
import { buildCaseProgramme, programmeTitle } from '../reports/case-programme';
import { actionRowsByIds } from './actions-read';
import { getCaseAudit, listCaseAudits } from './case-audit-read';
import { getSettings } from './settings';
import { todayOf } from './write-context';

// The Word documents of case-file audits: one audit's summary report and the year's programme overview.

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
type DocCtx = Pick<ServiceContext, 'now' | 'userName' | 'resourcesDir'>;

/** Ratings per question across the audit's returns that have come back (returned or accepted). */
async function distribution(db: Db, auditId: number, questions: Array<{ id: number; ref: string; text: string }>): Promise<QuestionDistribution[]> {
  const rows = await db
    .selectFrom('case_audit_ratings as x')
    .innerJoin('case_audit_returns as r', 'r.id', 'x.return_id')
    .innerJoin('case_audit_cases as c', 'c.id', 'r.case_id')
    .select(['x.question_id', 'x.level_code', 'x.not_applicable'])
    .where('c.audit_id', '=', auditId)
    .where('r.status', 'in', ['returned', 'accepted'])
    .execute();
  return questions.map((q) => {
    const mine = rows.filter((r) => r.question_id === q.id);
    const counts: Record<string, number> = {};
    for (const r of mine) if (r.level_code) counts[r.level_code] = (counts[r.level_code] ?? 0) + 1;
    return { ref: q.ref, text: q.text, counts, notApplicable: mine.filter((r) => r.not_applicable === 1).length };
  });
}

export async function caseAuditReportDocx(db: Db, ctx: DocCtx, auditId: number): Promise<GeneratedFile> {
  const today = todayOf(ctx);
  const audit = await getCaseAudit(db, auditId, today);
  const actionIds = audit.recommendations.map((r) => r.actionId).filter((x): x is number => x !== null);
  const bytes = await buildCaseAuditReport({
    audit,
    actions: actionIds.length ? await actionRowsByIds(db, actionIds, today) : [],
    distribution: await distribution(db, auditId, audit.tool.questions),
    settings: await getSettings(db),
    generatedAt: ctx.now(),
    authorName: ctx.userName,
    fontsDir: join(ctx.resourcesDir, 'fonts'),
  });
  return { fileName: windowsFileName(caseAuditReportTitle(audit), '.docx', { maxLength: 150 }), mimeType: DOCX_MIME, contentBase64: bytes.toString('base64') };
}

export async function caseProgrammeDocx(db: Db, ctx: DocCtx, programmeYear: string): Promise<GeneratedFile> {
  const today = todayOf(ctx);
  const summaries = await listCaseAudits(db, { programmeYear, includeCancelled: true }, today);
  const audits = [];
  for (const s of summaries) audits.push(await getCaseAudit(db, s.id, today));
  const bytes = await buildCaseProgramme({
    programmeYear,
    audits,
    settings: await getSettings(db),
    generatedAt: ctx.now(),
    authorName: ctx.userName,
    fontsDir: join(ctx.resourcesDir, 'fonts'),
  });
  return { fileName: windowsFileName(programmeTitle(programmeYear).replace('/', '-'), '.docx', { maxLength: 150 }), mimeType: DOCX_MIME, contentBase64: bytes.toString('base64') };
}
