import { extname, isAbsolute, join, resolve } from 'node:path';
import type { GeneratedReport } from '../../../shared/domain/report';
import { writeFileAtomic } from '../io/atomic-write';
import { windowsFileName } from '../io/windows-file-name';
import { invalid } from '../errors';

// Naming and saving generated reports. Every file is written atomically (temp file, flush, rename), so a
// target open in Word is reported by name (AppError 'file_locked', which the API passes on as it is) and
// nothing half-written is left: the old file stays as it was and the temp file is removed.

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const boardPaperFileName = (cycleName: string) => windowsFileName(`Board paper - ${cycleName}`, '.docx', { maxLength: 150 });
export const letterFileName = (agencyName: string, cycleName: string) => windowsFileName(`Feedback letter - ${agencyName} - ${cycleName}`, '.docx', { maxLength: 150 });
export const extractFileName = (today: string) => windowsFileName(`Annual report extract - ${today}`, '.docx');

export interface SaveTarget {
  /** A whole file path (.docx). */
  path?: string;
  /** A folder: the file goes in it under its own name. */
  folder?: string;
}

/** Where the file would go, checked before any work is done: a path must be absolute and end in .docx. */
export function targetPath(target: SaveTarget, fileName: string): string | null {
  if (target.path) {
    if (!isAbsolute(target.path)) throw invalid('Give the full path of the file to save.', [{ field: 'path', message: 'not an absolute path' }]);
    if (extname(target.path).toLowerCase() !== '.docx') throw invalid('A Word document is saved as .docx.', [{ field: 'path', message: 'the file name must end in .docx' }]);
    return resolve(target.path);
  }
  if (target.folder) {
    if (!isAbsolute(target.folder)) throw invalid('Give the full path of the folder to save in.', [{ field: 'folder', message: 'not an absolute path' }]);
    return join(resolve(target.folder), fileName);
  }
  return null;
}

/** The file for the caller, written to the target when there is one. */
export async function deliver(bytes: Buffer, fileName: string, target: SaveTarget, warnings: string[] = []): Promise<GeneratedReport> {
  const path = targetPath(target, fileName);
  if (path) await writeFileAtomic(path, bytes);
  return { file: { fileName, mimeType: DOCX_MIME, contentBase64: bytes.toString('base64') }, path, warnings };
}
