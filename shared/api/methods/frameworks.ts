import { z } from 'zod';
import { frameworkDocSchema, type FrameworkDetail, type FrameworkSummary } from '../../domain/framework';
import { uploadedFileSchema } from '../../domain/imports';
import { type GeneratedFile } from '../../domain/settings';
import { recordId } from '../schema-fragments';
import { method, id, none } from '../method';

// Audit frameworks: versions, scales, import and export.
export const frameworksMethods = {
  'frameworks.list': method<FrameworkSummary[]>()(none),

  'frameworks.get': method<FrameworkDetail>()(id),

  /** Saves a draft's whole tree in one transaction; refused when the version is frozen. */
  'frameworks.save': method<FrameworkDetail>()(z.object({ id: recordId, doc: frameworkDocSchema })),

  'frameworks.duplicate': method<FrameworkDetail>()(
    z.object({ id: recordId, versionLabel: z.string().trim().min(1).max(60) }),
  ),

  'frameworks.publish': method<FrameworkDetail>()(id),

  'frameworks.deleteDraft': method<{ deleted: true }>()(id),

  'frameworks.importJson': method<FrameworkDetail>()(uploadedFileSchema),

  'frameworks.importXlsx': method<FrameworkDetail>()(uploadedFileSchema),

  'frameworks.exportJson': method<GeneratedFile>()(id),

  'frameworks.exportXlsx': method<GeneratedFile>()(id),
} as const;
