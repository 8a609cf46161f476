import { useRef, useState } from 'react';
import type { GeneratedFile } from '../../../../shared/domain/settings';
import { useNotify } from '../../app/notify';
import { useHost } from '../../host/services-context';
import { startProgress, type ProgressState } from '../progress-dialog';
import { runEach } from '../run-each';
import { chooseFolder, saveZip } from './folder-or-zip';

export interface BatchResult {
  folder: string | null;
  zipName: string | null;
}

export interface BatchSpec<T> {
  folderTitle: string;
  /** "Save the tools": the browser's save dialog title. */
  zipTitle: string;
  zipName: string;
  name: (item: T) => string;
  /** One item's files: written into `folder` on the desktop, returned for the zip in the browser. */
  work: (item: T, folder: string | null) => Promise<GeneratedFile[]>;
  describeError: (err: unknown) => string;
}

/**
 * One generated document per item (tools, returns, letters), one API call each so the progress moves and a
 * failure stops only its own item: into a folder on the desktop, or one zip download in the browser.
 */
export function useBatchFiles() {
  const host = useHost();
  const notify = useNotify();
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [result, setResult] = useState<BatchResult | null>(null);
  const stop = useRef(false);

  /** False when the user cancelled the folder picker. */
  const start = async <T>(targets: readonly T[], spec: BatchSpec<T>): Promise<boolean> => {
    const where = await chooseFolder(host, spec.folderTitle);
    if (!where) return false;
    const { folder } = where;
    stop.current = false;
    setResult(null);
    setProgress(startProgress(targets.length));
    const files: GeneratedFile[] = [];
    const outcome = await runEach(targets, {
      name: spec.name,
      work: async (item) => {
        const out = await spec.work(item, folder);
        if (!folder) files.push(...out);
        return out;
      },
      onProgress: (p) => setProgress((s) => (s ? { ...s, ...p } : s)),
      shouldStop: () => stop.current,
      describeError: spec.describeError,
    });
    let zipName: string | null = null;
    if (!folder && files.length) {
      zipName = spec.zipName;
      try {
        setProgress((s) => (s ? { ...s, current: `the zip file ${zipName}` } : s));
        await saveZip(host, files, zipName, spec.zipTitle);
      } catch (err) {
        notify.error(err, 'Could not save the zip file');
        zipName = null;
      }
    }
    setResult({ folder, zipName });
    setProgress((s) => (s ? { ...s, failures: outcome.failures, finished: true, cancelled: outcome.stopped, current: null } : s));
    return true;
  };

  const cancel = () => {
    stop.current = true;
    setProgress((s) => (s ? { ...s, cancelled: true } : s));
  };

  return { progress, result, start, cancel, clear: () => setProgress(null) };
}

export type BatchFiles = ReturnType<typeof useBatchFiles>;
