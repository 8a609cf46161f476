import { useEffect, useState } from 'react';
import type { ColumnMapping, ImportPreview } from '../../../../shared/domain/imports';
import type { PickedFile } from '../../../../shared/host';
import { FILTERS, useFileActions } from '../use-file-actions';

export interface ImportFlowOptions {
  open: boolean;
  /** Title of the file picker. */
  title: string;
  preview: (file: PickedFile, mapping?: ColumnMapping) => Promise<ImportPreview>;
  /** Saves the file with the mapping the preview settled on; throw to show the error and stay open. */
  commit: (file: PickedFile, mapping: ColumnMapping) => Promise<void>;
}

/**
 * Pick a spreadsheet → preview it (re-run when the mapping changes) → commit. The register import wizard
 * and the past-results import share this; each supplies its own API calls and surroundings.
 */
export function useImportFlow(options: ImportFlowOptions) {
  const { pickFile } = useFileActions();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);

  useEffect(() => {
    if (options.open) return;
    setFile(null);
    setPreview(null);
    setError(null);
  }, [options.open]);

  const runPreview = async (f: PickedFile, mapping?: ColumnMapping) => {
    setBusy('preview');
    setError(null);
    try {
      setPreview(await options.preview(f, mapping));
    } catch (err) {
      setPreview(null);
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const choose = async () => {
    const picked = await pickFile(options.title, [{ name: 'CSV or Excel', extensions: ['csv', 'xlsx'] }, FILTERS.csv!, FILTERS.xlsx!]);
    if (!picked) return;
    setFile(picked);
    await runPreview(picked);
  };

  const commit = async () => {
    if (!file || !preview) return;
    setBusy('import');
    try {
      await options.commit(file, preview.mapping);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  /** Every row problem, as the error list shows them. */
  const issues = preview ? preview.rows.flatMap((r) => r.issues.map((i) => ({ row: i.row, field: i.column, message: i.message }))) : [];
  const remap = (mapping: ColumnMapping) => (file ? runPreview(file, mapping) : Promise.resolve());
  return { file, preview, error, busy, choose, commit, remap, issues };
}
