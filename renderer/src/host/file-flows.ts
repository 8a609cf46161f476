import type { GeneratedFile } from '../../../shared/domain/settings';
import type { FileFilter, Host } from '../../../shared/host';

// The steps between the API and the desktop, kept free of React so they run against a fake Host in tests.

export const FILTERS: Record<string, FileFilter> = {
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  csv: { name: 'CSV file', extensions: ['csv'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  json: { name: 'JSON file', extensions: ['json'] },
  png: { name: 'Image', extensions: ['png', 'jpg', 'jpeg'] },
};

export const filtersFor = (fileName: string): FileFilter[] => {
  const ext = fileName.split('.').pop()?.toLowerCase() ?? '';
  return FILTERS[ext] ? [FILTERS[ext]] : [];
};

/**
 * Saves (desktop) or downloads (browser) a generated file. Returns the message to show, or null when the
 * user cancelled. A save that fails (the target is open in Word) rejects with the host's message.
 */
export async function saveGeneratedFile(host: Host, what: string, file: GeneratedFile): Promise<string | null> {
  const saved = await host.saveFile({
    title: `Save ${what}`,
    suggestedName: file.fileName,
    contentBase64: file.contentBase64,
    filters: filtersFor(file.fileName),
  });
  if (!saved) return null;
  return saved.path ? `Saved to ${saved.path}` : `${file.fileName} has been downloaded.`;
}
