import { useEffect, useRef, useState } from 'react';
import type { PickedFile } from '../../../../shared/host';
import { useNotify } from '../../app/notify';
import { FILTERS } from '../../host/file-flows';
import { useHost } from '../../host/services-context';
import { runEach } from '../run-each';

export type FileEntryState = 'checking' | 'checked' | 'importing' | 'imported' | 'failed';

/** One chosen file in a multi-file import: its check (preview) and how far it has got. */
export interface FileEntry<P> {
  key: number;
  file: PickedFile;
  state: FileEntryState;
  preview: P | null;
  error: string | null;
}

export interface Upload {
  fileName: string;
  contentBase64: string;
}

export interface MultiFileImportSpec<P> {
  /** Check one file on the backend; nothing is saved. */
  preview: (file: Upload) => Promise<P>;
  /** Import one file, all or nothing. */
  commit: (file: Upload) => Promise<unknown>;
  /** A checked preview that can be imported (no problems, matched, not a repeat). */
  ready: (preview: P) => boolean;
  describeError: (err: unknown) => string;
  /** After an import run, e.g. refresh the screen's data. */
  onImported: () => void;
}

export type MultiFileImport<P> = ReturnType<typeof useMultiFileImport<P>>;

const upload = (f: PickedFile): Upload => ({ fileName: f.fileName, contentBase64: f.contentBase64 });

/** Files checked at once (bench/cycle-figures.ts measures the import the same way). */
const CHECKS_IN_FLIGHT = 3;

/**
 * Completed returns, one or many files: each is checked and listed; then the good ones are imported one by one
 * with progress and Stop. A bad file keeps its problems and nothing of it is saved. Shared by the cycle and
 * case-file audit imports, which differ only in the API calls and what a preview holds.
 */
export function useMultiFileImport<P>(open: boolean, spec: MultiFileImportSpec<P>) {
  const host = useHost();
  const notify = useNotify();
  const [entries, setEntries] = useState<Array<FileEntry<P>>>([]);
  const [running, setRunning] = useState<{ done: number; total: number; current: string | null } | null>(null);
  const stop = useRef(false);
  const nextKey = useRef(1);

  useEffect(() => {
    if (!open) setEntries([]);
  }, [open]);

  const update = (key: number, patch: Partial<FileEntry<P>>) => setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));
  const isImportable = (e: FileEntry<P>) => e.state === 'checked' && !!e.preview && spec.ready(e.preview);

  const addFiles = async () => {
    let files: PickedFile[];
    try {
      files = await host.openFiles({ title: 'Add completed returns', filters: [{ name: 'Returns (Excel or Word)', extensions: ['xlsx', 'docx'] }, FILTERS.xlsx!, FILTERS.docx!] });
    } catch (err) {
      notify.error(err, 'Could not open the files');
      return;
    }
    // The same file chosen again (say with "Add more files…") is listed once, so it cannot be imported twice.
    const listed = new Set(entries.filter((e) => e.state !== 'failed').map((e) => `${e.file.fileName}\n${e.file.contentBase64}`));
    const fresh = files.filter((f) => !listed.has(`${f.fileName}\n${f.contentBase64}`));
    const again = files.length - fresh.length;
    if (again) notify.info(`${again} of the files you chose ${again === 1 ? 'is' : 'are'} already in the list.`);
    if (!fresh.length) return;
    const added = fresh.map((file): FileEntry<P> => ({ key: nextKey.current++, file, state: 'checking', preview: null, error: null }));
    setEntries((list) => [...list, ...added]);
    // A few checks in flight: the backend reads workbooks on worker threads while it checks the one before, so
    // 2,000 returns are checked in a fraction of the time one at a time takes, without flooding it.
    const queue = [...added];
    const checkNext = async (): Promise<void> => {
      for (let e = queue.shift(); e; e = queue.shift()) {
        try {
          update(e.key, { preview: await spec.preview(upload(e.file)), state: 'checked' });
        } catch (err) {
          update(e.key, { state: 'failed', error: spec.describeError(err) });
        }
      }
    };
    await Promise.all(Array.from({ length: CHECKS_IN_FLIGHT }, checkNext));
  };

  const good = entries.filter(isImportable);
  const importGood = async () => {
    stop.current = false;
    setRunning({ done: 0, total: good.length, current: null });
    const outcome = await runEach(good, {
      name: (e) => e.file.fileName,
      work: async (e) => {
        update(e.key, { state: 'importing' });
        try {
          const out = await spec.commit(upload(e.file));
          update(e.key, { state: 'imported' });
          return out;
        } catch (err) {
          update(e.key, { state: 'failed', error: spec.describeError(err) });
          throw err;
        }
      },
      onProgress: (p) => setRunning((r) => (r ? { ...r, done: p.done, current: p.current } : r)),
      shouldStop: () => stop.current,
      describeError: spec.describeError,
    });
    setRunning(null);
    spec.onImported();
    const n = outcome.results.length;
    if (n) notify.success(`${n} ${n === 1 ? 'return' : 'returns'} imported${outcome.failures.length ? `, ${outcome.failures.length} failed` : ''}.`, 'Returns imported');
    else if (outcome.failures.length) notify.error(new Error(`${outcome.failures.length} ${outcome.failures.length === 1 ? 'file' : 'files'} could not be imported.`));
  };

  return {
    entries,
    running,
    good,
    checking: entries.filter((e) => e.state === 'checking').length,
    bad: entries.filter((e) => e.state === 'failed' || (e.state === 'checked' && !isImportable(e))).length,
    addFiles,
    importGood,
    stop: () => (stop.current = true),
    remove: (key: number) => setEntries((list) => list.filter((e) => e.key !== key)),
  };
}
