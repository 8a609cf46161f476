import { z } from 'zod';
import { type ImportPreview, type ImportResult } from '../../domain/imports';
import { isoDate } from '../../domain/cycle';
import { actionFilterSchema, actionInputSchema, actionPatchSchema, actionUpdateInputSchema, type ActionBoard, type ActionDetail, type ActionGroup, type ActionRequestDraft, type ActionRow, type ActionSuggestion } from '../../domain/action';
import { type GeneratedFile } from '../../domain/settings';
import { fileOrLink, outputPath, recordId, sendMethod, targetKey, type DraftsMade } from '../schema-fragments';
import { method, id, importInput } from '../method';

// Action plans: groups, actions, updates, files and requests.
export const actionsMethods = {
  'actionGroups.list': method<ActionGroup[]>()(z.object({ includeInactive: z.boolean().optional() }).optional()),

  'actionGroups.create': method<ActionGroup>()(z.object({ name: z.string().trim().min(1).max(120) })),

  'actionGroups.update': method<ActionGroup>()(
    z.object({ id: recordId, name: z.string().trim().min(1).max(120).optional(), active: z.boolean().optional() }),
  ),

  /** The deadline counts for the board's tiles, under the same filters as the list (bucket ignored). */
  'actions.board': method<ActionBoard>()(actionFilterSchema),

  'actions.list': method<ActionRow[]>()(actionFilterSchema),

  'actions.get': method<ActionDetail>()(id),

  'actions.create': method<ActionDetail>()(actionInputSchema),

  'actions.update': method<ActionDetail>()(z.object({ id: recordId, patch: actionPatchSchema })),

  /** Only an action with no progress updates can be deleted (made in error); otherwise drop it with a reason. */
  'actions.delete': method<{ deleted: true }>()(id),

  /** Appends a dated update; may set the status, the RAG, or move the due date with the reason. */
  'actions.addUpdate': method<ActionDetail>()(z.object({ id: recordId, update: actionUpdateInputSchema })),

  'actions.addEvidence': method<ActionDetail>()(
    fileOrLink({ id: recordId }),
  ),

  'actions.removeEvidence': method<ActionDetail>()(z.object({ evidenceId: recordId })),

  /** A prefilled agency action for one answer of a return (a weak rating), for the user to check. */
  'actions.suggest': method<ActionSuggestion>()(
    z.object({ cycleAgencyId: recordId, targetKey }),
  ),

  /** One action per weak answer of a return that has no open action yet, in one transaction. */
  'actions.createForWeak': method<ActionRow[]>()(
    z.object({ cycleAgencyId: recordId, dueDate: isoDate, priority: z.enum(['high', 'medium', 'low']).default('medium') }),
  ),

  /** The tracker as a workbook: the listed actions with their last update, ready to send out and take back. */
  'actions.exportXlsx': method<GeneratedFile>()(actionFilterSchema),

  /**
   * The assurance meeting pack for a meeting date: a Word tracker per agency with actions and one for the
   * partnership, plus the workbook of them all. Written to `folder` when given.
   */
  'actions.pack': method<{ files: GeneratedFile[]; paths: string[] }>()(
    z.object({
      meetingDate: isoDate,
      meetingName: z.string().trim().min(1).max(200).default('Assurance meeting'),
      cycleId: recordId.optional(),
      agencyIds: z.array(recordId).optional(),
      includePartnership: z.boolean().default(true),
      /** Actions completed or dropped on or after this date are listed too (default: the start of the quarter). */
      includeClosedSince: isoDate.optional(),
      folder: outputPath,
    }),
  ),

  /** Agencies with actions due within `withinDays` or overdue, and the draft request each would get. */
  'actions.requestDrafts': method<ActionRequestDraft[]>()(
    z.object({ withinDays: z.number().int().min(0).max(365).default(30), agencyIds: z.array(recordId).optional() }),
  ),

  'actions.requestUpdates': method<DraftsMade<{ agencyId: number; agencyName: string; problem: string }>>()(
    z.object({
      agencyIds: z.array(recordId).min(1),
      withinDays: z.number().int().min(0).max(365).default(30),
      method: sendMethod,
      folder: outputPath,
    }),
  ),

  /** An agency's action plan sent back as XLSX: new rows become actions, rows with a reference add updates. */
  'actions.importPreview': method<ImportPreview>()(
    importInput.extend({ agencyId: recordId.optional(), cycleId: recordId.optional() }),
  ),

  'actions.importCommit': method<ImportResult>()(
    importInput.extend({ agencyId: recordId.optional(), cycleId: recordId.optional() }),
  ),
} as const;
