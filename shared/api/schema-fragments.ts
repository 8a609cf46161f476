import { z } from 'zod';
import { uploadedFileSchema } from '../domain/imports';
import type { GeneratedFile } from '../domain/settings';

// Named pieces the API contract repeats, so each rule is written once and reads by its meaning.

/** A row's id. */
export const recordId = z.number().int().positive();
/** Where to write (a folder, or the file for a single output); without it the files come back to the window to save. */
export const outputPath = z.string().min(1).max(1000).optional();
/** "s:12" (a standard) or "i:34" (an item) of a framework. */
export const targetKey = z.string().regex(/^[si]:\d+$/);
/** HH:mm, 24-hour. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const webAddress = z.string().trim().url('not a web address').max(2000);
export const sendMethod = z.enum(['eml', 'mailto']);

/** Evidence is either an uploaded file or a link, never both or neither. */
export const fileOrLink = <S extends z.ZodRawShape>(shape: S) =>
  z
    .object({ ...shape, file: uploadedFileSchema.optional(), url: webAddress.optional() })
    // Cast: TypeScript cannot see file and url through the generic shape.
    .refine((v) => Boolean((v as { file?: unknown }).file) !== Boolean((v as { url?: unknown }).url), { message: 'give either a file or a link' });

/** What the e-mail senders (chasers, update requests) return: .eml files or paths, mailto links, who was skipped. */
export interface DraftsMade<Skipped> {
  files: GeneratedFile[];
  paths: string[];
  recorded: number;
  /** mailto: links, for the 'mailto' method. */
  links: string[];
  /** What could not be sent (no lead email, say), with why. */
  skipped: Skipped[];
}
