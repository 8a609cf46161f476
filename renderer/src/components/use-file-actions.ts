import { useCallback, useState } from 'react';
import type { GeneratedFile } from '../../../shared/domain/settings';
import type { FileFilter, PickedFile } from '../../../shared/host';
import { useNotify } from '../app/notify';
import { saveGeneratedFile } from '../host/file-flows';
import { useHost } from '../host/services-context';

export { FILTERS } from '../host/file-flows';

/** Generate a file through the API, then save (desktop) or download (browser) it, with messages either way. */
export function useFileActions() {
  const host = useHost();
  const notify = useNotify();
  const [busy, setBusy] = useState<string | null>(null);

  const saveGenerated = useCallback(
    async (what: string, make: () => Promise<GeneratedFile>) => {
      setBusy(what);
      try {
        const message = await saveGeneratedFile(host, what, await make());
        if (message) notify.success(message, `${what} ready`);
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
