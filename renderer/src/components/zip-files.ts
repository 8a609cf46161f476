import JSZip from 'jszip';
import type { GeneratedFile } from '../../../shared/domain/settings';

/** Many generated files as one zip (base64), for the browser where there is no folder to write into. Names stay unique. */
export async function zipGeneratedFiles(files: readonly GeneratedFile[]): Promise<string> {
  const zip = new JSZip();
  const used = new Set<string>();
  for (const f of files) {
    let name = f.fileName;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = f.fileName.replace(/(\.[^.]*)?$/, (ext) => ` (${n})${ext}`);
    used.add(name.toLowerCase());
    zip.file(name, f.contentBase64, { base64: true });
  }
  return zip.generateAsync({ type: 'base64', compression: 'DEFLATE' });
}

/** A name Windows accepts: no \ / : * ? " < > |. */
export const safeFileName = (name: string): string => name.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim() || 'files';
