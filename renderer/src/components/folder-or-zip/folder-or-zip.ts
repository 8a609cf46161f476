import type { GeneratedFile } from '../../../../shared/domain/settings';
import type { Host } from '../../../../shared/host';
import { zipGeneratedFiles } from '../zip-files';

/**
 * Where generated files go: a folder the user picks on the desktop; in the browser there is no folder, so
 * `folder` is null and the files come back to be zipped. Null when the user cancelled the folder picker.
 */
export async function chooseFolder(host: Host, title: string): Promise<{ folder: string | null } | null> {
  if (host.kind === 'browser') return { folder: null };
  const folder = await host.pickFolder({ title });
  return folder ? { folder } : null;
}

/** The browser's half: many files as one zip download. */
export async function saveZip(host: Host, files: readonly GeneratedFile[], zipName: string, title: string): Promise<void> {
  const contentBase64 = await zipGeneratedFiles(files);
  await host.saveFile({ title, suggestedName: zipName, contentBase64, filters: [{ name: 'Zip file', extensions: ['zip'] }] });
}
