import { z } from 'zod';
import { sectionKeySchema, sectionTextSchema, sectionTitleSchema, type BoardPaperDraft, type GeneratedReport } from '../../domain/report';
import { outputPath, recordId } from '../schema-fragments';
import { method } from '../method';

// Board papers, agency letters and the annual extract.
export const reportsMethods = {
  /** A cycle's board paper draft: header rows and sections, generated text recomputed from the data, edits laid over it. */
  'boardPapers.get': method<BoardPaperDraft>()(z.object({ cycleId: recordId })),

  /** Edits one section: its text (null goes back to the generated text), title (null: the built-in title), hidden, level. */
  'boardPapers.updateSection': method<BoardPaperDraft>()(
    z.object({
      cycleId: recordId,
      key: sectionKeySchema,
      text: sectionTextSchema.nullable().optional(),
      title: sectionTitleSchema.nullable().optional(),
      hidden: z.boolean().optional(),
      level: z.union([z.literal(1), z.literal(2)]).optional(),
    }),
  ),

  /** Drops a section's edit: it shows the generated text again and follows the data. */
  'boardPapers.resetSection': method<BoardPaperDraft>()(z.object({ cycleId: recordId, key: sectionKeySchema })),

  /** Adds a section of the user's own, after `afterKey` (default: before the attachments). */
  'boardPapers.addSection': method<BoardPaperDraft>()(
    z.object({
      cycleId: recordId,
      title: sectionTitleSchema,
      text: sectionTextSchema.default(''),
      level: z.union([z.literal(1), z.literal(2)]).default(1),
      afterKey: sectionKeySchema.optional(),
    }),
  ),

  /** Removes an added section; built-in sections can only be hidden. */
  'boardPapers.removeSection': method<BoardPaperDraft>()(z.object({ cycleId: recordId, key: sectionKeySchema })),

  /** The new order: every section key of the paper, once. */
  'boardPapers.reorder': method<BoardPaperDraft>()(
    z.object({ cycleId: recordId, keys: z.array(sectionKeySchema).min(1).max(200) }),
  ),

  /** Header values for this paper by row label; null goes back to the default. */
  'boardPapers.setHeader': method<BoardPaperDraft>()(
    z.object({
      cycleId: recordId,
      values: z.array(z.object({ label: z.string().trim().min(1).max(80), value: z.string().max(2000).nullable() })).min(1).max(20),
    }),
  ),

  /** The board paper as .docx; saved atomically to `path` (a .docx file) when given. */
  'boardPapers.generate': method<GeneratedReport>()(
    z.object({ cycleId: recordId, path: outputPath }),
  ),

  /** One agency's feedback letter for a cycle (call once per agency for a progress bar); written to `folder` when given. */
  'letters.generate': method<GeneratedReport>()(
    z.object({ cycleAgencyId: recordId, folder: outputPath }),
  ),

  /** Partnership-wide figures across cycles for the annual report: the given cycles, or the latest `count` run in the app. */
  'annualExtract.generate': method<GeneratedReport>()(
    z
      .object({
        cycleIds: z.array(recordId).min(1).max(10).optional(),
        count: z.number().int().min(1).max(10).default(3),
        path: outputPath,
      })
      .default({ count: 3 }),
  ),
} as const;
