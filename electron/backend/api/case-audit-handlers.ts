import type { MethodName } from '../../../shared/api/contract';
import { addCase, removeCase, updateCase } from '../services/case-audit-cases';
import { caseChaserDrafts, createCaseChasers } from '../services/case-audit-chasers';
import { addDissemination, removeDissemination } from '../services/case-audit-dissemination';
import { caseEvidenceForStandards, saveFindings } from '../services/case-audit-findings';
import { commitCaseReturn, previewCaseReturn } from '../services/case-audit-import';
import { issueCaseReturns } from '../services/case-audit-issue';
import { moderationIcs, scheduleModeration } from '../services/case-audit-moderation';
import { setCaseReturnStatus } from '../services/case-audit-qa';
import { getCaseAudit, listCaseAudits } from '../services/case-audit-read';
import { makeActions, saveRecommendations } from '../services/case-audit-recommendations';
import { caseAuditReportDocx, caseProgrammeDocx } from '../services/case-audit-reports';
import { listCaseReturns } from '../services/case-audit-return-rows';
import { getCaseReturn, saveCaseReturn } from '../services/case-audit-returns';
import { listRiskFlags, raiseRiskFlag, updateRiskFlag } from '../services/case-audit-risks';
import { checkText } from '../services/case-audit-text';
import { setCaseTool } from '../services/case-audit-tool';
import { createCaseAudit, deleteCaseAudit, updateCaseAudit } from '../services/case-audits';
import { todayOf } from '../services/write-context';
import type { Handlers } from './dispatcher';

// Multi-agency case-file audits: the programme, tool, sample, returns and QA, risk flags, moderation, findings,
// recommendations into actions, dissemination, and the Word documents. Writes that change the audit return it whole.
type Methods = Extract<MethodName, `caseAudits.${string}`>;

export const caseAuditHandlers: Pick<Handlers, Methods> = {
  'caseAudits.list': (ctx, input) => listCaseAudits(ctx.db, { programmeYear: input?.programmeYear, includeCancelled: input?.includeCancelled ?? true }, todayOf(ctx)),
  'caseAudits.get': (ctx, { id }) => getCaseAudit(ctx.db, id, todayOf(ctx)),
  'caseAudits.create': (ctx, input) => createCaseAudit(ctx.db, ctx, input),
  'caseAudits.update': (ctx, { id, patch }) => updateCaseAudit(ctx.db, ctx, id, patch),
  'caseAudits.delete': (ctx, { id }) => deleteCaseAudit(ctx.db, ctx, id),
  'caseAudits.setTool': async (ctx, input) => {
    await setCaseTool(ctx.db, ctx, input);
    return getCaseAudit(ctx.db, input.auditId, todayOf(ctx));
  },
  'caseAudits.checkText': (ctx, { fields, strictDates }) => checkText(ctx.db, fields, { strictDates }),
  'caseAudits.addCase': async (ctx, { auditId, case: input }) => {
    const { caseId, warnings } = await addCase(ctx.db, ctx, auditId, input);
    return { audit: await getCaseAudit(ctx.db, auditId, todayOf(ctx)), caseId, warnings };
  },
  'caseAudits.updateCase': async (ctx, { caseId, patch }) => {
    const { auditId, warnings } = await updateCase(ctx.db, ctx, caseId, patch);
    return { audit: await getCaseAudit(ctx.db, auditId, todayOf(ctx)), caseId, warnings };
  },
  'caseAudits.removeCase': async (ctx, { caseId }) => getCaseAudit(ctx.db, await removeCase(ctx.db, ctx, caseId), todayOf(ctx)),
  'caseAudits.returns': async (ctx, input) => {
    const rows = await listCaseReturns(ctx.db, { auditId: input?.auditId, agencyId: input?.agencyId, statuses: input?.statuses, liveAuditsOnly: input?.auditId === undefined }, todayOf(ctx));
    return input?.overdueOnly ? rows.filter((r) => r.overdue) : rows;
  },
  'caseAudits.getReturn': (ctx, { returnId }) => getCaseReturn(ctx.db, returnId, todayOf(ctx)),
  'caseAudits.saveReturn': (ctx, input) => saveCaseReturn(ctx.db, ctx, input),
  'caseAudits.setReturnStatus': (ctx, input) => setCaseReturnStatus(ctx.db, ctx, input),
  'caseAudits.issueReturns': (ctx, { auditId, returnIds, formats, folder, markIssued }) => issueCaseReturns(ctx.db, ctx, auditId, formats, { returnIds, folder, markIssued }),
  'caseAudits.importReturnPreview': (ctx, { auditId, file }) => previewCaseReturn(ctx.db, todayOf(ctx), auditId, file),
  'caseAudits.importReturnCommit': (ctx, { auditId, file }) => commitCaseReturn(ctx.db, ctx, auditId, file),
  'caseAudits.chaserDrafts': (ctx, { auditId, returnIds }) => caseChaserDrafts(ctx.db, todayOf(ctx), auditId, returnIds),
  'caseAudits.createChasers': (ctx, { auditId, returnIds, method, folder }) => createCaseChasers(ctx.db, ctx, auditId, { returnIds, method, folder }),
  'caseAudits.risks': (ctx, input) => listRiskFlags(ctx.db, { auditId: input?.auditId, openOnly: input?.openOnly ?? false }, todayOf(ctx)),
  'caseAudits.raiseRisk': (ctx, input) => raiseRiskFlag(ctx.db, ctx, input),
  'caseAudits.updateRisk': (ctx, { id, patch }) => updateRiskFlag(ctx.db, ctx, id, patch),
  'caseAudits.scheduleModeration': async (ctx, input) => {
    await scheduleModeration(ctx.db, ctx, input);
    return getCaseAudit(ctx.db, input.auditId, todayOf(ctx));
  },
  'caseAudits.moderationIcs': (ctx, { auditId }) => moderationIcs(ctx.db, auditId, ctx.now()),
  'caseAudits.saveFindings': async (ctx, input) => {
    await saveFindings(ctx.db, ctx, input);
    return getCaseAudit(ctx.db, input.auditId, todayOf(ctx));
  },
  'caseAudits.saveRecommendations': async (ctx, { auditId, recommendations }) => {
    await saveRecommendations(ctx.db, ctx, auditId, recommendations);
    return getCaseAudit(ctx.db, auditId, todayOf(ctx));
  },
  'caseAudits.makeActions': async (ctx, { auditId, recommendationIds }) => {
    await makeActions(ctx.db, ctx, auditId, recommendationIds);
    return getCaseAudit(ctx.db, auditId, todayOf(ctx));
  },
  'caseAudits.addDissemination': async (ctx, { auditId, entry }) => {
    await addDissemination(ctx.db, ctx, auditId, entry);
    return getCaseAudit(ctx.db, auditId, todayOf(ctx));
  },
  'caseAudits.removeDissemination': async (ctx, { id }) => getCaseAudit(ctx.db, await removeDissemination(ctx.db, ctx, id), todayOf(ctx)),
  'caseAudits.evidenceForStandards': (ctx, { standardIds }) => caseEvidenceForStandards(ctx.db, standardIds),
  'caseAudits.reportDocx': (ctx, { auditId }) => caseAuditReportDocx(ctx.db, ctx, auditId),
  'caseAudits.programmeDocx': (ctx, { programmeYear }) => caseProgrammeDocx(ctx.db, ctx, programmeYear),
};
