import { useState } from 'react';
import type { GeneratedFile } from '../../../../shared/domain/settings';
import { useNotify } from '../../app/notify';
import { useHost } from '../../host/services-context';
import { chooseFolder, saveZip } from '../folder-or-zip/folder-or-zip';

/**
 * Writing .eml drafts for Outlook: into a folder on the desktop, or one zip download in the browser; busy while
 * it runs and one error message if it fails. The chasers, case chasers and requests for updates share it.
 */
export function useEmlDrafts() {
  const host = useHost();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  /** Runs `work` with busy set; a failure is reported under `failTitle`. */
  const whileBusy = async (failTitle: string, work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (err) {
      notify.error(err, failTitle);
    } finally {
      setBusy(false);
    }
  };

  const create = async <O extends { files: GeneratedFile[] }>(spec: {
    make: (folder: string | null) => Promise<O>;
    zipName: string;
    onDone: (out: O, where: { folder: string | null; zipName: string | null }) => void;
  }) => {
    const where = await chooseFolder(host, 'Choose the folder for the email drafts');
    if (!where) return;
    await whileBusy('The email drafts were not created', async () => {
      const out = await spec.make(where.folder);
      let zipName: string | null = null;
      if (!where.folder && out.files.length) {
        zipName = spec.zipName;
        await saveZip(host, out.files, zipName, 'Save the email drafts');
      }
      spec.onDone(out, { folder: where.folder, zipName });
    });
  };

  return { busy, create, whileBusy };
}
