import { z } from 'zod';
import { uploadedFileSchema } from '../../domain/imports';
import { type GeneratedFile } from '../../domain/settings';
import { CASE_RETURN_STATUSES, caseAuditInputSchema, caseAuditPatchSchema, caseInputSchema, casePatchSchema, caseReturnInputSchema, caseReturnStatusSchema, caseToolInputSchema, disseminationInputSchema, findingsInputSchema, moderationMeetingSchema, programmeYear, recommendationInputSchema, riskFlagInputSchema, riskFlagPatchSchema, type CaseAuditChaserDraft, type CaseAuditDetail, type CaseAuditSummary, type CaseReturnDetail, type CaseReturnImportPreview, type CaseReturnRow, type CaseReturnSaved, type CaseSaved, type CaseStandardEvidence, type RiskFlag } from '../../domain/case-audit';
import type { IdentifierCheck } from '../../domain/identifiers';
import { outputPath, recordId, sendMethod, type DraftsMade } from '../schema-fragments';
import { method, id } from '../method';

// Multi-agency case-file audits.
export const caseAuditsMethods = {
  // ---- Multi-agency case-file audits (issue 7) ----
  /** The programme: every audit of a year (or of all years), with the counts its tiles show. */
  'caseAudits.list': method<CaseAuditSummary[]>()(
    z.object({ programmeYear: programmeYear.optional(), includeCancelled: z.boolean().default(true) }).optional(),
  ),

  'caseAudits.get': method<CaseAuditDetail>()(id),

  /** A new audit starts with the default tool (one question per Halton area, the four-point scale) to adapt. */
  'caseAudits.create': method<CaseAuditDetail>()(caseAuditInputSchema),

  'caseAudits.update': method<CaseAuditDetail>()(z.object({ id: recordId, patch: caseAuditPatchSchema })),

  /** Only an audit with no cases or findings can be deleted; otherwise set its status to cancelled. */
  'caseAudits.delete': method<{ deleted: true }>()(id),

  /** Replaces the tool's questions (kept ids keep their ratings) and its scale; nothing already rated can go. */
  'caseAudits.setTool': method<CaseAuditDetail>()(caseToolInputSchema),

  /** NHS numbers and dates of birth (errors) and name-like text (warnings) in the given fields, as the user types. */
  'caseAudits.checkText': method<IdentifierCheck>()(
    z.object({ fields: z.record(z.string().max(60), z.string().max(20_000).nullable()), strictDates: z.boolean().default(true) }),
  ),

  /** Adds a case by pseudonymous reference; NHS numbers and dates are refused, name-like text comes back as warnings. */
  'caseAudits.addCase': method<CaseSaved>()(z.object({ auditId: recordId, case: caseInputSchema })),

  'caseAudits.updateCase': method<CaseSaved>()(z.object({ caseId: recordId, patch: casePatchSchema })),

  /** Only before any of its returns is issued, flagged or quoted in a finding. */
  'caseAudits.removeCase': method<CaseAuditDetail>()(z.object({ caseId: recordId })),

  /** Returns across audits (cancelled audits left out unless auditId is given), e.g. the open QA list: statuses issued, returned, sent_back. */
  'caseAudits.returns': method<CaseReturnRow[]>()(
    z
      .object({
        auditId: recordId.optional(),
        agencyId: recordId.optional(),
        statuses: z.array(z.enum(CASE_RETURN_STATUSES)).optional(),
        overdueOnly: z.boolean().default(false),
      })
      .optional(),
  ),

  'caseAudits.getReturn': method<CaseReturnDetail>()(z.object({ returnId: recordId })),

  /** A return typed in on screen; its status is left as it is (setReturnStatus marks it returned); refused while accepted. */
  'caseAudits.saveReturn': method<CaseReturnSaved>()(caseReturnInputSchema),

  /** QA: issued, returned, sent back (not robust / not comprehensive, with what is missing and a due date), accepted. */
  'caseAudits.setReturnStatus': method<CaseReturnDetail>()(caseReturnStatusSchema),

  /** The audit tool per return as a workbook and/or Word file (default: every return not yet accepted). */
  'caseAudits.issueReturns': method<{ files: GeneratedFile[]; paths: string[] }>()(
    z.object({
      auditId: recordId,
      returnIds: z.array(recordId).min(1).optional(),
      formats: z.array(z.enum(['xlsx', 'docx'])).min(1),
      folder: outputPath,
      markIssued: z.boolean().default(true),
    }),
  ),

  /** One completed return file read and checked; nothing is saved. */
  'caseAudits.importReturnPreview': method<CaseReturnImportPreview>()(z.object({ auditId: recordId, file: uploadedFileSchema })),

  /** Saves one file in one transaction; refused whole (code import_invalid, details by file, row, field) if anything is wrong. */
  'caseAudits.importReturnCommit': method<CaseReturnDetail>()(z.object({ auditId: recordId, file: uploadedFileSchema })),

  /** One draft per agency with overdue returns (or the returns given). */
  'caseAudits.chaserDrafts': method<CaseAuditChaserDraft[]>()(
    z.object({ auditId: recordId, returnIds: z.array(recordId).min(1).optional() }),
  ),

  'caseAudits.createChasers': method<DraftsMade<{ agencyId: number; agencyName: string; problem: string }>>()(
    z.object({
      auditId: recordId,
      returnIds: z.array(recordId).min(1).optional(),
      method: sendMethod,
      folder: outputPath,
    }),
  ),

  /** Risk flags across audits (open ones first), or one audit's. */
  'caseAudits.risks': method<RiskFlag[]>()(
    z.object({ auditId: recordId.optional(), openOnly: z.boolean().default(false) }).optional(),
  ),

  'caseAudits.raiseRisk': method<RiskFlag>()(riskFlagInputSchema),

  /** Records the agency's response, the assurance and the closing, each dated. */
  'caseAudits.updateRisk': method<RiskFlag>()(z.object({ id: recordId, patch: riskFlagPatchSchema })),

  'caseAudits.scheduleModeration': method<CaseAuditDetail>()(moderationMeetingSchema),

  'caseAudits.moderationIcs': method<GeneratedFile>()(z.object({ auditId: recordId })),

  /** Replaces the findings (tagged with s11 standards), the case judgements and the theme judgement. */
  'caseAudits.saveFindings': method<CaseAuditDetail>()(findingsInputSchema),

  'caseAudits.saveRecommendations': method<CaseAuditDetail>()(
    z.object({ auditId: recordId, recommendations: z.array(recommendationInputSchema).max(200) }),
  ),

  /** Each chosen recommendation without an action (default: all) becomes a partnership or agency action. */
  'caseAudits.makeActions': method<CaseAuditDetail>()(
    z.object({ auditId: recordId, recommendationIds: z.array(recordId).min(1).optional() }),
  ),

  'caseAudits.addDissemination': method<CaseAuditDetail>()(z.object({ auditId: recordId, entry: disseminationInputSchema })),

  'caseAudits.removeDissemination': method<CaseAuditDetail>()(id),

  /** Findings tagged with these s11 standards, for showing practice evidence beside self-ratings. */
  'caseAudits.evidenceForStandards': method<CaseStandardEvidence[]>()(
    z.object({ standardIds: z.array(recordId).min(1).max(5000) }),
  ),

  /** The audit's summary report (Word). */
  'caseAudits.reportDocx': method<GeneratedFile>()(z.object({ auditId: recordId })),

  /** The year's programme overview (Word). */
  'caseAudits.programmeDocx': method<GeneratedFile>()(z.object({ programmeYear })),
} as const;
