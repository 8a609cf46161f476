import { z } from 'zod';
import { uploadedFileSchema, type ImportPreview } from '../../domain/imports';
import { answerInputSchema, chaserTemplateSchema, cycleInputSchema, CYCLE_STATUSES, CYCLE_TYPES, isoDate, moderationInputSchema, RETURN_STATUSES, type ChaserDraft, type Comparison, type CycleDetail, type CycleSummary, type Distribution, type Heatmap, type ReturnDetail, type ReturnImported, type ReturnImportPreview, type ReturnRow, type ReturnsBoard } from '../../domain/cycle';
import { type GeneratedFile } from '../../domain/settings';
import { fileOrLink, outputPath, recordId, sendMethod, targetKey, type DraftsMade } from '../schema-fragments';
import { method, id, none, importInput } from '../method';

// Audit cycles, returns, tools, chasers and analysis.
export const cyclesMethods = {
  'cycles.list': method<CycleSummary[]>()(none),

  'cycles.get': method<CycleDetail>()(id),

  /** Opens a cycle on a framework version (which is then frozen) with its agencies in scope. */
  'cycles.create': method<CycleDetail>()(
    z.object({
      cycle: cycleInputSchema,
      agencyIds: z.array(recordId),
      /** Copy each agency's last answers and evidence from this earlier cycle, marked as carried forward. */
      copyForwardFrom: recordId.optional(),
    }),
  ),

  'cycles.update': method<CycleDetail>()(
    z.object({
      id: recordId,
      patch: z
        .object({
          name: z.string().trim().min(1).max(200),
          periodLabel: z.string().trim().min(1).max(40),
          launchDate: isoDate.nullable(),
          initialDeadline: isoDate.nullable(),
          finalDeadline: isoDate.nullable(),
          notes: z.string().trim().max(4000).nullable(),
          status: z.enum(CYCLE_STATUSES),
          chaserTemplate: chaserTemplateSchema,
        })
        .partial(),
    }),
  ),

  'cycles.setScope': method<CycleDetail>()(
    z.object({ id: recordId, add: z.array(recordId).default([]), remove: z.array(recordId).default([]) }),
  ),

  /** A past cycle's results from a spreadsheet, so comparisons work from the first day. */
  'cycles.importHistoryPreview': method<ImportPreview>()(
    importInput.extend({
      frameworkId: recordId,
      name: z.string().trim().min(1).max(200),
      cycleType: z.enum(CYCLE_TYPES),
      periodLabel: z.string().trim().min(1).max(40),
    }),
  ),

  'cycles.importHistoryCommit': method<CycleDetail>()(
    importInput.extend({
      frameworkId: recordId,
      name: z.string().trim().min(1).max(200),
      cycleType: z.enum(CYCLE_TYPES),
      periodLabel: z.string().trim().min(1).max(40),
    }),
  ),

  'cycles.exportTracker': method<GeneratedFile>()(id),

  'returns.board': method<ReturnsBoard>()(z.object({ cycleId: recordId })),

  'returns.list': method<ReturnRow[]>()(z.object({ cycleId: recordId })),

  'returns.get': method<ReturnDetail>()(z.object({ cycleAgencyId: recordId })),

  'returns.setStatus': method<ReturnDetail>()(
    z.object({
      cycleAgencyId: recordId,
      status: z.enum(RETURN_STATUSES),
      /** Defaults to today. */
      date: isoDate.optional(),
      /** Required when sending back for more evidence. */
      reason: z.string().trim().max(2000).optional(),
    }),
  ),

  'returns.saveAnswers': method<ReturnDetail>()(
    z.object({ cycleAgencyId: recordId, answers: z.array(answerInputSchema).max(5000) }),
  ),

  'returns.moderate': method<ReturnDetail>()(
    z.object({ cycleAgencyId: recordId, moderations: z.array(moderationInputSchema).max(5000) }),
  ),

  'returns.addEvidence': method<ReturnDetail>()(
    fileOrLink({ cycleAgencyId: recordId, targetKey }),
  ),

  'returns.removeEvidence': method<ReturnDetail>()(z.object({ evidenceId: recordId })),

  /** One completed workbook or Word return: matched, validated, previewed. Nothing is saved. */
  'returns.importPreview': method<ReturnImportPreview>()(z.object({ cycleId: recordId, file: uploadedFileSchema })),

  /**
   * Saves one file's answers in one transaction, replacing the agency's earlier answers; refused whole if anything
   * is wrong. Sends back the tracker row and files, not the whole return: an import of 2,000 needs no more.
   */
  'returns.importCommit': method<ReturnImported>()(z.object({ cycleId: recordId, file: uploadedFileSchema })),

  /** The self-assessment tool for one agency, as a workbook and/or Word document; written to `folder` when given. */
  'tools.issue': method<{ files: GeneratedFile[]; paths: string[] }>()(
    z.object({
      cycleAgencyId: recordId,
      formats: z.array(z.enum(['xlsx', 'docx'])).min(1),
      folder: outputPath,
      /** Record the issue date (default true). */
      markIssued: z.boolean().default(true),
    }),
  ),

  'chasers.drafts': method<ChaserDraft[]>()(
    z.object({ cycleId: recordId, cycleAgencyIds: z.array(recordId).min(1) }),
  ),

  /** .eml drafts (X-Unsent) per agency, recorded as chased; written to `folder` when given. */
  'chasers.create': method<DraftsMade<{ cycleAgencyId: number; agencyName: string; problem: string }>>()(
    z.object({
      cycleId: recordId,
      cycleAgencyIds: z.array(recordId).min(1),
      method: sendMethod,
      folder: outputPath,
    }),
  ),

  'analysis.heatmap': method<Heatmap>()(
    z.object({
      cycleId: recordId,
      mode: z.enum(['self', 'moderated', 'difference']),
      sectorIds: z.array(z.number().int()).optional(),
    }),
  ),

  'analysis.distribution': method<Distribution>()(
    z.object({ cycleId: recordId, basis: z.enum(['self', 'moderated']) }),
  ),

  'analysis.comparison': method<Comparison>()(
    z.object({ cycleId: recordId, previousCycleId: recordId.optional() }),
  ),

  'analysis.exportMatrix': method<GeneratedFile>()(
    z.object({ cycleId: recordId, mode: z.enum(['self', 'moderated', 'difference']) }),
  ),
} as const;
