import { useCallback, useState } from 'react';
import type { FileFilter, PickedFile } from '../../../shared/host';
import type { GeneratedFile } from '../../../shared/domain/settings';
import { useNotify } from '../app/notify';
import { useHost } from '../host/services-context';

export const FILTERS: Record<string, FileFilter> = {
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  csv: { name: 'CSV file', extensions: ['csv'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  json: { name: 'JSON file', extensions: ['json'] },
  png: { name: 'Image', extensions: ['png', 'jpg', 'jpeg'] },
};

const filterFor = (fileName: string): FileFilter[] => {
  const ext = fileName.split('.').pop()?.toLowerCase() ?? '';
  return FILTERS[ext] ? [FILTERS[ext]] : [];
};

/** Generate a file through the API, then save (desktop) or download (browser) it, with messages either way. */
export function useFileActions() {
  const host = useHost();
  const notify = useNotify();
  const [busy, setBusy] = useState<string | null>(null);

  const saveGenerated = useCallback(
    async (what: string, make: () => Promise<GeneratedFile>) => {
      setBusy(what);
      try {
        const file = await make();
        const saved = await host.saveFile({
          title: `Save ${what}`,
          suggestedName: file.fileName,
          contentBase64: file.contentBase64,
          filters: filterFor(file.fileName),
        });
        if (saved) notify.success(saved.path ? `Saved to ${saved.path}` : `${file.fileName} has been downloaded.`, `${what} ready`);
      } catch (err) {
        notify.error(err, `Could not create ${what.toLowerCase()}`);
      } finally {
        setBusy(null);
      }
    },
    [host, notify],
  );

  const pickFile = useCallback(
    async (title: string, filters: FileFilter[]): Promise<PickedFile | null> => {
      try {
        return await host.openFile({ title, filters });
      } catch (err) {
        notify.error(err, 'Could not open the file');
        return null;
      }
    },
    [host, notify],
  );

  return { busy, saveGenerated, pickFile };
}
