import { z } from 'zod';

/** A file the user gave us, as it crosses the API: name for messages, bytes as base64. */
export const uploadedFileSchema = z.object({
  fileName: z.string().min(1).max(260),
  contentBase64: z.string().max(80_000_000, 'the file is larger than 60 MB'),
});
export type UploadedFile = z.infer<typeof uploadedFileSchema>;

/** Target field → source column heading (as found in the file). Unmapped fields are absent. */
export const columnMappingSchema = z.record(z.string(), z.string());
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export interface ImportFieldSpec {
  field: string;
  label: string;
  required: boolean;
  /** Headings that map to this field without the user choosing (case and spacing ignored). */
  aliases: string[];
}

export interface ImportRowIssue {
  row: number;
  column: string;
  message: string;
}

export type ImportRowStatus = 'new' | 'update' | 'duplicate_in_file' | 'error';

export interface ImportPreviewRow {
  /** Row number as the user sees it in Excel (header is row 1). */
  row: number;
  status: ImportRowStatus;
  /** Mapped field values as text, for display. */
  values: Record<string, string>;
  /** When the row matches an existing record. */
  matchId: number | null;
  matchName: string | null;
  /** Why it matched: "school URN 123456", "name and postcode". */
  matchReason: string | null;
  issues: ImportRowIssue[];
}

export interface ImportPreview {
  fileName: string;
  sheetName: string | null;
  headers: string[];
  fields: ImportFieldSpec[];
  mapping: ColumnMapping;
  rows: ImportPreviewRow[];
  counts: { total: number; new: number; update: number; duplicateInFile: number; error: number };
  /** Problems with the file as a whole (missing required column, empty sheet). */
  fileIssues: string[];
}

export interface ImportResult {
  created: number;
  updated: number;
  skipped: number;
}
