import { z } from 'zod';
import { patchSchema } from './patch';
import { boardPaperHeaderFieldSchema, DOCUMENT_FONTS } from './report';

export const settingsSchema = z.object({
  partnershipName: z.string().trim().min(1, 'the partnership needs a name').max(200),
  partnershipShortName: z.string().trim().min(1).max(20),
  /** PNG or JPEG, base64, shown on documents. */
  logoBase64: z.string().max(2_000_000).nullable().default(null),
  logoMimeType: z.enum(['image/png', 'image/jpeg']).nullable().default(null),
  protectiveMarking: z.string().trim().max(60).default('OFFICIAL'),
  businessUnitContactId: z.number().int().positive().nullable().default(null),
  /** Brand colour for document headings, #RRGGBB. */
  brandColour: z.string().regex(/^#[0-9A-Fa-f]{6}$/).default('#1F4E79'),
  /** Rows of a board paper's header table; absent or null means the Barnsley cover sheet (DEFAULT_BOARD_PAPER_HEADER_FIELDS). */
  boardPaperHeaderFields: z.array(boardPaperHeaderFieldSchema).min(1).max(12).nullish(),
  /** Font of board papers, letters and extracts; absent or null means Lato (embedded). */
  documentFont: z.enum(DOCUMENT_FONTS).nullish(),
});
export type Settings = z.output<typeof settingsSchema>;
// Not .partial(): under zod 4 that still fills defaults, so a patch of one field would reset the logo and marking.
export const settingsPatchSchema = patchSchema(settingsSchema);

export interface AppInfo {
  version: string;
  /** 'desktop' inside Electron, 'browser' when served by the local harness. */
  mode: 'desktop' | 'browser';
  dataDir: string;
  databasePath: string;
  userName: string;
  schemaVersion: number;
  today: string;
}

export interface HistoryEntry {
  id: number;
  at: string;
  userName: string;
  entityType: string;
  entityId: number;
  action: string;
  summary: string;
  /** Field → [before, after]. */
  changes: Record<string, [unknown, unknown]>;
}

/** A generated file handed to the host to save or download. */
export interface GeneratedFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}
